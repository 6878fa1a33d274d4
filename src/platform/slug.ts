// SPDX-License-Identifier: EUPL-1.2
/**
 * A readable web address part from a title, without accents:
 * "Nieuwe speeltuin aan de Dedemsvaartweg" -> "nieuwe-speeltuin-aan-de-dedemsvaartweg".
 */
export function slugify(title: string, fallback: string, maxLength = 80): string {
  return (
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, maxLength)
      .replace(/-+$/g, '') || fallback
  );
}

/** `base`, or `base-2`, `base-3`, ... : the first that is not taken. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
