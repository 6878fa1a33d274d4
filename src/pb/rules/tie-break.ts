// SPDX-License-Identifier: EUPL-1.2
/**
 * Tie-breaking as pabutools' default `lexico_tie_breaking`: among tied projects the one whose id is the
 * smallest string wins, comparing Unicode code points (Python's string order). So "10" beats "9" and
 * "P014" beats "b013". This is not localeCompare.
 *
 * JavaScript's `<` on strings compares UTF-16 code units, which differs from code-point order only when
 * a character above U+FFFF (a surrogate pair) meets one in U+E000..U+FFFF. No Pabulib id has such
 * characters, but compareIds handles them anyway.
 */

const SURROGATE = /[\uD800-\uDFFF]/;

/** Negative when id a wins a tie against id b, positive when b wins, 0 when they are equal. */
export function compareIds(a: string, b: string): number {
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  const ca = Array.from(a, (ch) => ch.codePointAt(0) as number);
  const cb = Array.from(b, (ch) => ch.codePointAt(0) as number);
  const length = Math.min(ca.length, cb.length);
  for (let i = 0; i < length; i++) {
    const diff = (ca[i] as number) - (cb[i] as number);
    if (diff !== 0) return diff;
  }
  return ca.length - cb.length;
}

/** The id that wins a tie among the given ids: the smallest by code point. */
export function breakTie(ids: readonly string[]): string {
  if (ids.length === 0) throw new RangeError('breakTie needs at least one id');
  let best = ids[0] as string;
  for (const id of ids) if (compareIds(id, best) < 0) best = id;
  return best;
}

/** The ids sorted so that every id wins ties against the ones after it. */
export function tieOrder(ids: readonly string[]): string[] {
  return [...ids].sort(compareIds);
}
