// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import {
  add,
  ceil,
  compare,
  div,
  floor,
  formatRational,
  formatScaled,
  mul,
  parseDecimal,
  rational,
  sub,
  toNumber,
} from './rational.ts';

describe('exact rationals', () => {
  test('a fraction is stored reduced with a positive denominator', () => {
    expect(rational(6n, -4n)).toEqual({ n: -3n, d: 2n });
  });

  test('one third plus one sixth is exactly one half, which floating point cannot promise', () => {
    expect(add(rational(1n, 3n), rational(1n, 6n))).toEqual(rational(1n, 2n));
    expect(sub(rational(1n, 2n), rational(1n, 3n))).toEqual(rational(1n, 6n));
    expect(mul(rational(2n, 3n), rational(3n, 4n))).toEqual(rational(1n, 2n));
    expect(div(rational(1n, 3n), rational(2n, 3n))).toEqual(rational(1n, 2n));
  });

  test('equal shares compare as equal, so ties are seen as ties', () => {
    expect(compare(rational(100n, 3n), rational(200n, 6n))).toBe(0);
    expect(compare(rational(1n, 3n), rational(1n, 2n))).toBe(-1);
    expect(compare(rational(-1n, 3n), rational(-1n, 2n))).toBe(1);
  });

  test('dividing by zero is refused', () => {
    expect(() => rational(1n, 0n)).toThrow(RangeError);
    expect(() => div(rational(1n), rational(0n))).toThrow(RangeError);
  });

  test('ceil and floor round towards the right integers, also below zero', () => {
    expect(ceil(rational(7n, 2n))).toBe(4n);
    expect(floor(rational(7n, 2n))).toBe(3n);
    expect(ceil(rational(-7n, 2n))).toBe(-3n);
    expect(floor(rational(-7n, 2n))).toBe(-4n);
  });

  test('a decimal amount is read exactly, with a point or a comma', () => {
    expect(parseDecimal('2532645.83')).toEqual({ digits: 253264583n, decimals: 2 });
    expect(parseDecimal('12,5')).toEqual({ digits: 125n, decimals: 1 });
    expect(parseDecimal('400000.0')).toEqual({ digits: 400000n, decimals: 0 });
    expect(parseDecimal('1e5')).toBeUndefined();
    expect(parseDecimal('-3')).toBeUndefined();
  });

  test('amounts are written back without losing a cent', () => {
    expect(formatScaled(253264583n, 2)).toBe('2532645.83');
    expect(formatScaled(4000000n, 1)).toBe('400000');
    expect(formatRational(rational(5n, 2n))).toBe('2.5');
    expect(formatRational(rational(1n, 3n))).toBe('1/3');
    expect(toNumber(rational(1n, 4n))).toBe(0.25);
  });
});
