// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nl } from '../i18n/nl.ts';
import {
  BYTE_LIMIT,
  CODE_ALPHABET,
  CODE_BASE,
  CODE_BITS,
  CODE_LENGTH,
  checkCode,
  checkSymbol,
  codeProblemMessages,
  formatCode,
  generateCode,
  LEFT_OUT_CHARACTERS,
  letterNumber,
  normaliseCode,
  parseLetterNumber,
  symbolValueFromByte,
} from './voting-codes.ts';

/** A random source that hands out the given bytes in order, then repeats them. */
function bytesFrom(values: readonly number[]): (n: number) => Uint8Array {
  let i = 0;
  return (n) => Uint8Array.from({ length: n }, () => values[i++ % values.length]!);
}

const sampleCodes = Array.from({ length: 100 }, () => generateCode(randomBytes));

/** A valid code with the given symbols at positions i and i + 1, made valid by choosing position k. */
function validCodeWith(base: string, i: number, a: string, b: string, k: number): string {
  const symbols = [...base];
  symbols[i] = a;
  symbols[i + 1] = b;
  for (const s of CODE_ALPHABET) {
    symbols[k] = s;
    const code = symbols.join('');
    if (checkCode(code).ok) return code;
  }
  throw new Error('no symbol at k makes the code valid');
}

describe('the alphabet of voting codes', () => {
  test('has 29 different symbols, a prime number', () => {
    expect(new Set(CODE_ALPHABET).size).toBe(29);
    expect(CODE_BASE).toBe(29);
    for (let d = 2; d * d <= CODE_BASE; d++) expect(CODE_BASE % d).not.toBe(0);
  });

  test('leaves out characters that look alike (0 O, 1 I L), U and Y', () => {
    for (const c of LEFT_OUT_CHARACTERS) expect(CODE_ALPHABET).not.toContain(c);
    expect(CODE_ALPHABET).toMatch(/^[2-9A-Z]+$/);
  });

  test('a code has at least 50 bits of randomness, 12 symbols with the check symbol, shown as 3 groups of 4', () => {
    expect(CODE_BITS).toBeGreaterThanOrEqual(50);
    expect(CODE_LENGTH).toBe(12);
    expect(formatCode('7KQMRX4H2DN2')).toBe('7KQM-RX4H-2DN2');
  });
});

describe('making a code from random bytes', () => {
  test('every symbol comes from exactly 8 of the 256 byte values, and the other 24 are skipped', () => {
    const counts = new Map<number, number>();
    let skipped = 0;
    for (let byte = 0; byte < 256; byte++) {
      const value = symbolValueFromByte(byte);
      if (value === null) skipped++;
      else counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    expect(skipped).toBe(256 - BYTE_LIMIT);
    expect(skipped).toBe(24);
    expect(counts.size).toBe(CODE_BASE);
    for (const count of counts.values()) expect(count).toBe(8);
    for (let byte = BYTE_LIMIT; byte < 256; byte++) expect(symbolValueFromByte(byte)).toBeNull();
  });

  test('bytes become symbols in order, and the twelfth symbol is the check symbol', () => {
    const code = generateCode(bytesFrom([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect(code.slice(0, 11)).toBe('23456789ABC');
    expect(code).toBe(`23456789ABC${checkSymbol('23456789ABC')}`);
  });

  test('skipped bytes are not used at all (no modulo bias), and more bytes are asked for until the code is full', () => {
    const code = generateCode(bytesFrom([255, 232, 240, 30, 255, 31, 250]));
    expect(code.slice(0, 11)).toBe('34343434343');
  });

  test('every code made from any random bytes passes the check and uses only the alphabet', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 64 }).filter((a) => a.some((b) => b < BYTE_LIMIT)),
        (bytes) => {
          const code = generateCode(bytesFrom([...bytes]));
          expect(code).toHaveLength(CODE_LENGTH);
          expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
          expect(checkCode(code)).toEqual({ ok: true, code });
          expect(checkCode(formatCode(code))).toEqual({ ok: true, code });
        },
      ),
    );
  });

  test('codes from node:crypto differ from each other', () => {
    expect(new Set(sampleCodes).size).toBe(sampleCodes.length);
  });
});

describe('catching typos', () => {
  test('every single wrong symbol, at every position of 100 codes, fails the check', () => {
    for (const code of sampleCodes) {
      for (let i = 0; i < CODE_LENGTH; i++) {
        for (const s of CODE_ALPHABET) {
          if (s === code[i]) continue;
          const typo = code.slice(0, i) + s + code.slice(i + 1);
          expect(checkCode(typo), typo).toEqual({ ok: false, reason: 'check-failed' });
        }
      }
    }
  });

  test('every swap of two different adjacent symbols fails the check, for every pair of symbols at every position', () => {
    const base = sampleCodes[0]!;
    for (let i = 0; i < CODE_LENGTH - 1; i++) {
      const k = i === 0 ? CODE_LENGTH - 1 : 0;
      for (const a of CODE_ALPHABET) {
        for (const b of CODE_ALPHABET) {
          if (a === b) continue;
          const code = validCodeWith(base, i, a, b, k);
          const swapped = code.slice(0, i) + b + a + code.slice(i + 2);
          expect(checkCode(swapped).ok, `${code} -> ${swapped}`).toBe(false);
        }
      }
    }
  });

  test('swapping any two different symbols, adjacent or not, fails the check', () => {
    for (const code of sampleCodes) {
      for (let i = 0; i < CODE_LENGTH; i++) {
        for (let j = i + 1; j < CODE_LENGTH; j++) {
          if (code[i] === code[j]) continue;
          const s = [...code];
          [s[i], s[j]] = [s[j]!, s[i]!];
          expect(checkCode(s.join('')).ok).toBe(false);
        }
      }
    }
  });
});

describe('a typed code', () => {
  test('is read in any case, with spaces and any kind of dash', () => {
    const code = sampleCodes[0]!;
    const typed = ` ${formatCode(code).toLowerCase().replace('-', ' – ')}\t`;
    expect(normaliseCode(typed)).toBe(code);
    expect(checkCode(typed)).toEqual({ ok: true, code });
  });

  for (const c of LEFT_OUT_CHARACTERS) {
    test(`with a ${c} is refused and the character named, not guessed as a look-alike`, () => {
      const code = sampleCodes[1]!;
      expect(checkCode(c + code.slice(1))).toEqual({ ok: false, reason: 'unknown-character', character: c });
    });
  }

  test('with a lower-case look-alike names it in upper case, as the voter sees it on the page', () => {
    expect(checkCode('o234-5678-9ABC')).toEqual({ ok: false, reason: 'unknown-character', character: 'O' });
  });

  test('that is too short or too long is refused with its length', () => {
    const code = sampleCodes[2]!;
    expect(checkCode(code.slice(0, 11))).toEqual({
      ok: false,
      reason: 'wrong-length',
      length: 11,
      expected: 12,
    });
    expect(checkCode(`${code}2`)).toEqual({ ok: false, reason: 'wrong-length', length: 13, expected: 12 });
    expect(checkCode('')).toEqual({ ok: false, reason: 'wrong-length', length: 0, expected: 12 });
  });

  test('a wrong character is reported before a wrong length', () => {
    expect(checkCode('ABC0')).toEqual({ ok: false, reason: 'unknown-character', character: '0' });
  });

  test('every problem has a Dutch message', () => {
    for (const key of Object.values(codeProblemMessages)) expect(nl).toHaveProperty([key]);
    expect(nl).toHaveProperty(['wijkbudget.code.hint']);
  });

  test('the example code in the hint is a valid code', () => {
    const example = /[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}/.exec(nl['wijkbudget.code.hint'])?.[0];
    expect(example && checkCode(example).ok).toBe(true);
  });
});

describe('a letter number', () => {
  test('is the batch and the place in it, and reads back however the desk types it', () => {
    expect(letterNumber(12, 345)).toBe('12-345');
    for (const typed of ['12-345', ' 12 - 345 ', '12–345', '12/345', '12 — 345'])
      expect(parseLetterNumber(typed), typed).toEqual({ batchId: 12, sequence: 345 });
  });

  test('that is not two whole numbers above 0 is not a letter number', () => {
    for (const typed of ['', '12345', '12-', '-345', 'twaalf-1', '12-3-4', '0-1', '12-0', '1234567890-1'])
      expect(parseLetterNumber(typed), typed).toBeNull();
  });
});
