// SPDX-License-Identifier: EUPL-1.2
/**
 * The loops of `mes-float.ts` over the supporters of one project, as plain module functions. Inside a
 * run they would be closures made anew by every run; V8 then keeps deoptimizing them ("wrong call
 * target", "exit from OSR'd inner loop") across the hundreds of runs of an add1 search. As module
 * functions each is compiled once and stays optimized. They only add and compare floats: none of
 * them decides anything on its own (see mes-float.ts for the bounds around them).
 *
 * Several sums come back at once in `out`, a Float64Array owned by the caller.
 */

/** Per group (a distinct ballot): the arrays the loops read and write. */
export interface GroupState {
  /** Number of voters with this ballot. */
  readonly weights: Float64Array;
  /** Float budget (within a known bound of the exact one). */
  readonly beta: Float64Array;
  /** 1 when the group has paid all it had (its budget is exactly 0). */
  readonly zero: Uint8Array;
  /** Bound of how much faster than the start budget the group's budget grows (add1 records). */
  readonly lam: Float64Array;
  /** Stamp of the last exact pricing: stamp = pays all it has, -stamp = has exactly the price. */
  readonly mark: Int32Array;
}

/**
 * Splits list[0 .. count - 1] by float budget: groups with nothing or below `low` are appended to
 * `poor` (from index poorCount; marked with `stamp` unless it is 0), those in [low, high] to
 * `middle`, the others are left out. out: [0] weight of the groups with nothing or below low,
 * [1] weight of those below low, [2] their float budgets, [3] weight * lam of both, [4] the new
 * poorCount, [5] the number in middle.
 */
export function splitByBudget(
  list: Int32Array,
  count: number,
  groups: GroupState,
  low: number,
  high: number,
  stamp: number,
  poor: Int32Array,
  poorCount: number,
  middle: Int32Array,
  out: Float64Array,
): void {
  const { weights, beta, zero, lam, mark } = groups;
  let nothing = 0;
  let below = 0;
  let sum = 0;
  let lamPoor = 0;
  let k = poorCount;
  let j = 0;
  for (let i = 0; i < count; i++) {
    const g = list[i] as number;
    const w = weights[g] as number;
    if (zero[g] === 1) {
      nothing += w;
      lamPoor += w * (lam[g] as number);
      continue;
    }
    const b = beta[g] as number;
    if (b < low) {
      below += w;
      sum += w * b;
      lamPoor += w * (lam[g] as number);
      poor[k++] = g;
      if (stamp !== 0) mark[g] = stamp;
    } else if (b <= high) {
      middle[j++] = g;
    }
  }
  out[0] = nothing + below;
  out[1] = below;
  out[2] = sum;
  out[3] = lamPoor;
  out[4] = k;
  out[5] = j;
}

/**
 * Over list[0 .. count - 1]: out [0] the float budgets below x (weighted), [1] their weight, [2] how
 * many groups, [3] the weight of the groups below x + band.
 */
export function sumsBelow(
  list: Int32Array,
  count: number,
  groups: GroupState,
  x: number,
  band: number,
  out: Float64Array,
): void {
  const { weights, beta } = groups;
  let sum = 0;
  let weight = 0;
  let terms = 0;
  let upToBand = 0;
  const top = x + band;
  for (let i = 0; i < count; i++) {
    const g = list[i] as number;
    const b = beta[g] as number;
    if (b < top) {
      const w = weights[g] as number;
      upToBand += w;
      if (b < x) {
        sum += w * b;
        weight += w;
        terms++;
      }
    }
  }
  out[0] = sum;
  out[1] = weight;
  out[2] = terms;
  out[3] = upToBand;
}

/**
 * sumsBelow over all of s, which also lists the groups below `cap` in `near` and sums all float
 * budgets: out [0..3] as sumsBelow, [4] the sum of all budgets (weighted), [5] the number in near.
 */
export function firstSums(
  s: Int32Array,
  groups: GroupState,
  x: number,
  band: number,
  cap: number,
  near: Int32Array,
  out: Float64Array,
): void {
  const { weights, beta } = groups;
  let total = 0;
  let sum = 0;
  let weight = 0;
  let terms = 0;
  let upToBand = 0;
  let nearCount = 0;
  const top = x + band;
  for (let i = 0; i < s.length; i++) {
    const g = s[i] as number;
    const b = beta[g] as number;
    const w = weights[g] as number;
    total += w * b;
    if (b < cap) near[nearCount++] = g;
    if (b < top) {
      upToBand += w;
      if (b < x) {
        sum += w * b;
        weight += w;
        terms++;
      }
    }
  }
  out[0] = sum;
  out[1] = weight;
  out[2] = terms;
  out[3] = upToBand;
  out[4] = total;
  out[5] = nearCount;
}

/**
 * The supporters s paying min(budget + e, ru) each: out [0] the sum, [1] the sum of all budgets + e,
 * [2] weight * lam of those paying their budget (or having nothing), [3] the sum of the budgets + e
 * below ru, [4] the weight of those paying ru.
 */
export function cappedSums(
  s: Int32Array,
  groups: GroupState,
  e: number,
  ru: number,
  out: Float64Array,
): void {
  const { weights, beta, zero, lam } = groups;
  let below = 0;
  let all = 0;
  let low = 0;
  let capped = 0;
  for (let i = 0; i < s.length; i++) {
    const g = s[i] as number;
    const w = weights[g] as number;
    if (zero[g] === 1) {
      low += w * (lam[g] as number);
      continue;
    }
    const b = (beta[g] as number) + e;
    all += b * w;
    if (b < ru) {
      below += b * w;
      low += w * (lam[g] as number);
    } else {
      capped += w;
    }
  }
  out[0] = below + ru * capped;
  out[1] = all;
  out[2] = low;
  out[3] = below;
  out[4] = capped;
}

/** Sum of weight * lam over the groups in s. */
export function lamWeight(s: Int32Array, groups: GroupState): number {
  const { weights, lam } = groups;
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const g = s[i] as number;
    sum += (weights[g] as number) * (lam[g] as number);
  }
  return sum;
}

/**
 * The supporters s buy a project at float price pf: those marked with ±stamp pay all they have, the
 * others pay pf. With `slope` > 0 (recording runs) each supporter's lam grows by it, and those that
 * do not pay pf (they had nothing, or pay all they have) are listed in unpaid from index `count`
 * (it has room for all of s). Returns the new count.
 */
export function pay(
  s: Int32Array,
  groups: GroupState,
  stamp: number,
  pf: number,
  slope: number,
  unpaid: Int32Array,
  count: number,
): number {
  const { beta, zero, lam, mark } = groups;
  let k = count;
  for (let i = 0; i < s.length; i++) {
    const g = s[i] as number;
    if (slope > 0) lam[g] = (lam[g] as number) + slope;
    if (zero[g] === 1) {
      if (slope > 0) unpaid[k++] = g;
      continue;
    }
    const mk = mark[g] as number;
    if (mk === stamp || mk === -stamp) {
      zero[g] = 1;
      beta[g] = 0;
      if (slope > 0) unpaid[k++] = g;
    } else {
      const v = (beta[g] as number) - pf;
      beta[g] = v > 0 ? v : 0;
    }
  }
  return k;
}

/**
 * For each group in list[from .. to - 1] and each round r whose winner it paid for, adds the
 * group's weight to perRound[r] (the integer counts of an exact sum of budgets).
 */
export function addPatterns(
  list: Int32Array,
  from: number,
  to: number,
  weights: Float64Array,
  start: Int32Array,
  items: Int32Array,
  roundOf: Int32Array,
  perRound: Float64Array,
): void {
  for (let k = from; k < to; k++) {
    const g = list[k] as number;
    const w = weights[g] as number;
    const end = start[g + 1] as number;
    for (let i = start[g] as number; i < end; i++) {
      const r = roundOf[items[i] as number] as number;
      if (r >= 0) perRound[r] = (perRound[r] as number) + w;
    }
  }
}
