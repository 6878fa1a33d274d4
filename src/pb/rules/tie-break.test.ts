// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { breakTie, compareIds, tieOrder } from './tie-break.ts';

describe('tie-breaking by the smallest project id', () => {
  test('ids are compared as strings, so "10" wins from "9"', () => {
    expect(breakTie(['9', '10'])).toBe('10');
  });

  test('upper case comes before lower case, as in Python: "P014" wins from "b013"', () => {
    expect(breakTie(['b013', 'P014'])).toBe('P014');
  });

  test('the order does not depend on the locale (no localeCompare)', () => {
    expect(tieOrder(['b', 'B', 'a', 'A', 'é', 'e'])).toEqual(['A', 'B', 'a', 'b', 'e', 'é']);
  });

  test('characters outside the basic plane sort by code point, as in Python', () => {
    // U+1F600 is after U+FFFD by code point, although its UTF-16 code units are smaller.
    expect(compareIds('\u{1F600}', '\uFFFD')).toBeGreaterThan(0);
    expect('\u{1F600}' < '\uFFFD').toBe(true);
  });

  test('a prefix comes first', () => {
    expect(compareIds('1', '10')).toBeLessThan(0);
    expect(compareIds('x', 'x')).toBe(0);
  });

  test('breaking a tie needs at least one project', () => {
    expect(() => breakTie([])).toThrow(RangeError);
  });
});
