// SPDX-License-Identifier: EUPL-1.2
/**
 * Exact rational numbers as reduced BigInt fractions. Every comparison that can tie in a vote count
 * (shares, rho, budgets) uses these, never floating point.
 */

export interface Rational {
  /** Numerator; carries the sign. */
  readonly n: bigint;
  /** Denominator; always positive. */
  readonly d: bigint;
}

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

/** The fraction n/d, reduced. Throws on a zero denominator. */
export function rational(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('Rational with denominator 0');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

export const ZERO: Rational = { n: 0n, d: 1n };
export const ONE: Rational = { n: 1n, d: 1n };

export function add(a: Rational, b: Rational): Rational {
  if (a.d === b.d) return rational(a.n + b.n, a.d);
  return rational(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function sub(a: Rational, b: Rational): Rational {
  if (a.d === b.d) return rational(a.n - b.n, a.d);
  return rational(a.n * b.d - b.n * a.d, a.d * b.d);
}

export function mul(a: Rational, b: Rational): Rational {
  return rational(a.n * b.n, a.d * b.d);
}

export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError('Division by zero');
  return rational(a.n * b.d, a.d * b.n);
}

/** -1, 0 or 1 as a is smaller than, equal to or larger than b. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function equals(a: Rational, b: Rational): boolean {
  return a.n === b.n && a.d === b.d;
}

export function min(a: Rational, b: Rational): Rational {
  return compare(a, b) <= 0 ? a : b;
}

/** Nearest double, for display and JSON output only: never use it to decide anything. */
export function toNumber(a: Rational): number {
  if (a.d === 1n) return Number(a.n);
  const whole = a.n / a.d;
  const rest = a.n - whole * a.d;
  return Number(whole) + Number((rest * 10n ** 17n) / a.d) / 1e17;
}

/** Smallest integer >= a. */
export function ceil(a: Rational): bigint {
  const q = a.n / a.d;
  return a.n > q * a.d ? q + 1n : q;
}

/** Largest integer <= a. */
export function floor(a: Rational): bigint {
  const q = a.n / a.d;
  return a.n < q * a.d ? q - 1n : q;
}

/** "12.5", "-3", or "1/3" when the value has no finite decimal expansion. */
export function formatRational(a: Rational): string {
  if (a.d === 1n) return a.n.toString();
  let d = a.d;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  if (d !== 1n) return `${a.n}/${a.d}`;
  const digits = Math.max(twos, fives);
  return formatScaled((a.n * 10n ** BigInt(digits)) / a.d, digits);
}

/** Writes an integer that counts units of 10^-decimals as a decimal string without trailing zeros. */
export function formatScaled(value: bigint, decimals: number): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const scale = 10n ** BigInt(decimals);
  const whole = abs / scale;
  let frac = decimals > 0 ? (abs % scale).toString().padStart(decimals, '0') : '';
  frac = frac.replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

/**
 * Reads a non-negative decimal such as "2532645.83", "400000.0" or "12,5" exactly.
 * Returns the digits as an integer and the number of significant decimals (trailing zeros dropped),
 * or undefined when the text is not such a number.
 */
export function parseDecimal(
  text: string,
): { readonly digits: bigint; readonly decimals: number } | undefined {
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(text);
  if (!match) return undefined;
  const frac = (match[2] ?? '').replace(/0+$/, '');
  return { digits: BigInt(match[1] + frac), decimals: frac.length };
}
