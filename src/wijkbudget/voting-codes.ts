// SPDX-License-Identifier: EUPL-1.2
/**
 * Single-use voting codes (stemcodes) as printed on a letter: `7KQM-RX4H-2DN2`.
 *
 * - **Alphabet**: 29 symbols, `23456789ABCDEFGHJKMNPQRSTVWXZ`. Left out: 0 and O, 1, I and L (they look
 *   alike), U (looks like V) and Y (Dutch readers say and may type "ij"). 29 is a prime, which the check
 *   character needs (below).
 * - **Randomness**: 11 random symbols, 11 × log2(29) ≈ 53.4 bits. The caller passes the random source
 *   (node:crypto's randomBytes); bytes become symbols by rejection sampling (bytes 232 to 255 are
 *   skipped, the rest taken modulo 29), so every symbol is exactly equally likely.
 * - **Check character**: the 12th symbol makes Σ (position × value) ≡ 0 (mod 29), positions 1 to 12.
 *   Because 29 is prime and the weights 1..12 differ, this catches every single wrong symbol and every
 *   swap of two different symbols, adjacent or not. We chose it over Luhn mod N, which the brief
 *   suggested: Luhn mod N misses the swap of the first and last symbol of the alphabet ("29" ↔ "92"
 *   in mod 10), so it does not catch every adjacent swap.
 * - **Shown** in groups of 4 with dashes; typed codes may use any case, spaces and dashes.
 * - **Look-alikes are not guessed**: a typed 0, O, 1, I, L, U or Y is not mapped to a symbol, because
 *   both halves of each look-alike pair are left out of the alphabet; the voter is told which
 *   character does not belong ('unknown-character'), and the message lists them.
 *
 * Codes are stored only as keyed hashes (HMAC-SHA-256 of the canonical code with a server-side pepper,
 * done on the I/O side with node:crypto), so nobody can read them back after the CSV export for the
 * letters. Hash the canonical form that checkCode returns (12 symbols, upper case, no dashes).
 */

/** The symbols of a code, in value order (value 0 is '2'). */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXZ';

/** The number of symbols in the alphabet: 29, a prime. */
export const CODE_BASE = CODE_ALPHABET.length;

/** Random symbols per code. */
export const RANDOM_SYMBOLS = 11;

/** Symbols per code, the check character included. */
export const CODE_LENGTH = RANDOM_SYMBOLS + 1;

/** Bits of randomness per code: 11 × log2(29) ≈ 53.4. */
export const CODE_BITS = RANDOM_SYMBOLS * Math.log2(CODE_BASE);

/** Symbols per group when a code is shown. */
export const GROUP_SIZE = 4;

/** Bytes below this limit map to a symbol (byte mod 29); bytes from it up are skipped. 232 = 8 × 29. */
export const BYTE_LIMIT = 256 - (256 % CODE_BASE);

/** The characters a voter may type that are never part of a code, for the message. */
export const LEFT_OUT_CHARACTERS = ['0', 'O', '1', 'I', 'L', 'U', 'Y'] as const;

const symbolValues = new Map([...CODE_ALPHABET].map((symbol, value) => [symbol, value]));

/**
 * The symbol value a random byte stands for, or null for a byte that must be skipped. Every value
 * 0..28 comes from exactly 8 of the 256 bytes, so a code has no modulo bias.
 * @example
 * ```ts
 * symbolValueFromByte(30); // 1
 * symbolValueFromByte(240); // null
 * ```
 */
export function symbolValueFromByte(byte: number): number | null {
  return byte < BYTE_LIMIT ? byte % CODE_BASE : null;
}

/**
 * The check symbol for a body of symbols: the symbol that makes Σ (position × value) ≡ 0 (mod 29)
 * when it is put at the end (positions count from 1).
 * @example
 * ```ts
 * checkSymbol('7KQMRX4H2DN'); // '2'
 * ```
 */
export function checkSymbol(body: string): string {
  const sum = weightedSum(body);
  const weight = body.length + 1;
  // Solve weight × c ≡ -sum (mod 29); 29 is prime so weight (1..28) has an inverse.
  const c = (((CODE_BASE - (sum % CODE_BASE)) % CODE_BASE) * inverse(weight)) % CODE_BASE;
  return CODE_ALPHABET[c]!;
}

function weightedSum(symbols: string): number {
  let sum = 0;
  for (let i = 0; i < symbols.length; i++) sum += (i + 1) * symbolValues.get(symbols[i]!)!;
  return sum;
}

function inverse(weight: number): number {
  const w = weight % CODE_BASE;
  for (let x = 1; x < CODE_BASE; x++) if ((w * x) % CODE_BASE === 1) return x;
  throw new RangeError(`no inverse of ${weight} modulo ${CODE_BASE}`);
}

/**
 * Makes a new code in canonical form (12 symbols, no dashes) from a random source that returns n
 * random bytes, such as node:crypto's randomBytes.
 * @example
 * ```ts
 * import { randomBytes } from 'node:crypto';
 * const code = generateCode(randomBytes); // '7KQMRX4H2DN2'
 * formatCode(code); // '7KQM-RX4H-2DN2'
 * ```
 */
export function generateCode(randomBytes: (n: number) => Uint8Array): string {
  let body = '';
  while (body.length < RANDOM_SYMBOLS) {
    const wanted = RANDOM_SYMBOLS - body.length;
    // Ask for a few more bytes than needed: about 1 in 11 bytes is skipped.
    const bytes = randomBytes(wanted + 4);
    for (const byte of bytes) {
      const value = symbolValueFromByte(byte);
      if (value !== null && body.length < RANDOM_SYMBOLS) body += CODE_ALPHABET[value];
    }
  }
  return body + checkSymbol(body);
}

/**
 * A canonical code shown in groups of 4: `7KQM-RX4H-2DN2`.
 * @example
 * ```ts
 * formatCode('7KQMRX4H2DN2'); // '7KQM-RX4H-2DN2'
 * ```
 */
export function formatCode(code: string): string {
  return (code.match(new RegExp(`.{1,${GROUP_SIZE}}`, 'g')) ?? []).join('-');
}

/**
 * What a voter typed, in upper case without spaces or dashes (any kind of dash or white space, as a
 * copied code may bring along). Nothing else changes: look-alikes are not mapped (see the file's
 * comment).
 * @example
 * ```ts
 * normaliseCode(' 7kqm rx4h–2dn2 '); // '7KQMRX4H2DN2'
 * ```
 */
export function normaliseCode(typed: string): string {
  return typed.replace(/[\s\-‐‑‒–—―−]/g, '').toUpperCase();
}

/** Why a typed code cannot be right, with what the message needs. */
export type CodeProblem =
  | { readonly reason: 'unknown-character'; readonly character: string }
  | { readonly reason: 'wrong-length'; readonly length: number; readonly expected: number }
  | { readonly reason: 'check-failed' };

/** The message key per code problem. */
export const codeProblemMessages = {
  'unknown-character': 'wijkbudget.code.unknownCharacter',
  'wrong-length': 'wijkbudget.code.wrongLength',
  'check-failed': 'wijkbudget.code.checkFailed',
} as const satisfies Record<CodeProblem['reason'], string>;

/**
 * Checks a typed code before it is looked up, so a typo is caught at once and never counts as a
 * guess. First a character that never occurs in codes, then the length, then the check character.
 * @example
 * ```ts
 * checkCode('7kqm-rx4h-2dn2'); // { ok: true, code: '7KQMRX4H2DN2' }
 * checkCode('7KQM-RX4H-2DN'); // { ok: false, reason: 'wrong-length', length: 11, expected: 12 }
 * ```
 */
export function checkCode(typed: string): { ok: true; code: string } | ({ ok: false } & CodeProblem) {
  const code = normaliseCode(typed);
  for (const character of code) {
    if (!symbolValues.has(character)) return { ok: false, reason: 'unknown-character', character };
  }
  if (code.length !== CODE_LENGTH) {
    return { ok: false, reason: 'wrong-length', length: code.length, expected: CODE_LENGTH };
  }
  if (weightedSum(code) % CODE_BASE !== 0) return { ok: false, reason: 'check-failed' };
  return { ok: true, code };
}

/**
 * The number printed on a letter and in the mail-merge file: the batch and the letter's place in it,
 * `12-345`. The help desk uses it to find the code of a lost letter (the code itself is not kept).
 * @example
 * ```ts
 * letterNumber(12, 345); // '12-345'
 * ```
 */
export function letterNumber(batchId: number, sequence: number): string {
  return `${batchId}-${sequence}`;
}

/**
 * A letter number as typed: spaces and any dash or slash between the two numbers are fine. Null when
 * it is not two whole numbers (up to 9 digits each).
 * @example
 * ```ts
 * parseLetterNumber(' 12 – 345 '); // { batchId: 12, sequence: 345 }
 * parseLetterNumber('12345'); // null
 * ```
 */
export function parseLetterNumber(typed: string): { batchId: number; sequence: number } | null {
  const m = /^\s*(\d{1,9})\s*[-‐‑‒–—―−/]\s*(\d{1,9})\s*$/.exec(typed);
  if (!m) return null;
  const batchId = Number(m[1]);
  const sequence = Number(m[2]);
  return batchId > 0 && sequence > 0 ? { batchId, sequence } : null;
}
