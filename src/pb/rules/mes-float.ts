// SPDX-License-Identifier: EUPL-1.2
/**
 * Equal shares without classes: float budgets per group to find each round's winner, and exact
 * BigInt prices to decide and to pay. The fast path of `runMes` (plain runs and the runs of the add1
 * search); it returns `undefined` in the (never observed) case that a float estimate was further off
 * than its tolerance, and the caller then runs the class-based exact path.
 *
 * Exact state, tiny: the start budget b and the price pi_r that each rich supporter paid in round r,
 * all as BigInt numerators over one common denominator D, and per group a flag "paid all it had"
 * (then its budget is 0). Every other group paid pi_r in each round whose winner it supports, so its
 * exact budget is b - sum of those pi_r: any sum of budgets over a set of groups is
 * (weight) * b - sum_r (weight of the set that supports the winner of round r) * pi_r, integers
 * times a few BigInts per round, never one BigInt per group.
 *
 * Floats, only to guide: `beta[g]`, the float budget of group g, within E of the exact one
 * (E = (16 + 2 * rounds) * 2^-53 * b covers the rounding of b, of each pi_r and of each subtraction;
 * pi_r is exact before it is rounded, so errors do not compound).
 *
 * A round:
 * 1. Estimate rho for the projects in order of their proven lower bound (Newton from below on the
 *    float budgets: the level for the supporters poorer than the current level, until that set stops
 *    growing) and take the smallest estimate w.
 * 2. Price of w, exactly: supporters whose float budget is below the estimate by more than a
 *    tolerance pay all they have, those above it by more pay pi; the few in between are compared
 *    exactly (their budgets from the formula above, in ascending order). The exact pi must then lie
 *    within the tolerance of the estimate (checked; otherwise the run gives up), which proves the
 *    classification of the others.
 * 3. Every other project q is proved to have a larger rho (or an equal one and a larger index):
 *    either its proven lower bound is above a certain float upper bound r of rho(w), or its
 *    supporters paying min(budget, r * u) with certain upper bounds collect less than cost(q),
 *    or, for a near or exact tie, its exact rho is computed as in 2 and compared in BigInt.
 *    A project is dropped as unaffordable only on a certain float bound or the exact sum.
 * 4. w is bought: poor supporters are marked as having paid everything, the others lose pi.
 */
import { gcd, type Rational, rational } from '../rational.ts';
import type { MesLeftover, MesRound, MesTrace, Payment } from '../types.ts';
import type { Profile } from './profile.ts';

export type Utility = 'cost' | 'approval';

const U = 2 ** -53;

export interface FastRun {
  /** Project indices in selection order. */
  readonly selected: readonly number[];
  readonly cost: bigint;
  readonly trace?: MesTrace;
}

interface Prepared {
  readonly weights: Float64Array;
  /** The groups' projects in one array: group g is items[start[g]] .. items[start[g + 1] - 1]. */
  readonly start: Int32Array;
  readonly items: Int32Array;
  readonly costF: Float64Array;
  readonly approvalsF: Float64Array;
  readonly candidates: readonly number[];
  readonly zeroCost: readonly number[];
}

const prepared = new WeakMap<Profile, Prepared>();

function prepare(profile: Profile): Prepared {
  const cached = prepared.get(profile);
  if (cached) return cached;
  const P = profile.ids.length;
  const candidates: number[] = [];
  const zeroCost: number[] = [];
  const costF = new Float64Array(P);
  const approvalsF = new Float64Array(P);
  for (let p = 0; p < P; p++) {
    costF[p] = Number(profile.costs[p] as bigint);
    approvalsF[p] = profile.approvals[p] as number;
    if ((profile.approvals[p] as number) > 0) {
      if ((profile.costs[p] as bigint) > 0n) candidates.push(p);
      else zeroCost.push(p);
    }
  }
  const G = profile.groups.length;
  const start = new Int32Array(G + 1);
  for (let g = 0; g < G; g++) start[g + 1] = (start[g] as number) + (profile.groups[g] as Int32Array).length;
  const items = new Int32Array(start[G] as number);
  for (let g = 0; g < G; g++) items.set(profile.groups[g] as Int32Array, start[g] as number);
  const out: Prepared = {
    weights: Float64Array.from(profile.weights),
    start,
    items,
    costF,
    approvalsF,
    candidates,
    zeroCost,
  };
  prepared.set(profile, out);
  return out;
}

/** n / d (both positive) as a float, within a few units in the last place. */
export function ratioF(n: bigint, d: bigint): number {
  const bits = Math.min(n.toString(16).length, d.toString(16).length) * 4;
  if (bits <= 64) return Number(n) / Number(d);
  const shift = BigInt(bits - 64);
  return Number(n >> shift) / Number(d >> shift);
}

const UNAFFORDABLE = -1;

/**
 * One exact run of equal shares with per-voter budget num/den (see the file comment). Returns
 * undefined when a float estimate was not good enough to classify; the caller then uses the exact
 * class-based path.
 */
export function runMesFast(
  profile: Profile,
  utility: Utility,
  num: bigint,
  den: bigint,
  withTrace = false,
): FastRun | undefined {
  if (num <= 0n || den <= 0n) return undefined;
  const { weights, start, items, costF, approvalsF, candidates, zeroCost } = prepare(profile);
  const { supporters, groups, costs } = profile;
  const P = profile.ids.length;
  const G = groups.length;
  const bF = ratioF(num, den);
  if (!(bF > 0) || !Number.isFinite(bF)) return undefined;
  const beta = new Float64Array(G).fill(bF);
  /** Group paid all it had (its budget is exactly 0). */
  const zero = new Uint8Array(G);
  /** Marks of the last exact pricing: stamp = pays all it has, -stamp = has exactly pi. */
  const mark = new Int32Array(G);
  let stampNow = 0;
  const roundOf = new Int32Array(P).fill(-1);

  // Exact state over the common denominator D.
  let D = den;
  /** D is the product of these (small) factors: payments are reduced one factor at a time. */
  const factors: bigint[] = [den];
  let bN = num;
  const piN: bigint[] = [];
  const piF: number[] = [];
  /** Per round: weight of a set of groups that supports that round's winner (scratch). */
  const perRound = new Float64Array(P + 1);
  let E = 16 * U * bF;

  const selected: number[] = [...zeroCost];
  let spent = 0n;
  const alive = new Uint8Array(P);
  for (const p of candidates) alive[p] = 1;
  const uOf = (p: number) => (utility === 'cost' ? (costF[p] as number) : 1);
  const uExact = (p: number) => (utility === 'cost' ? (costs[p] as bigint) : 1n);
  /** A certain lower bound of rho (rho only grows during a run). */
  const lo = new Float64Array(P);
  for (const p of candidates)
    lo[p] = ((costF[p] as number) / ((approvalsF[p] as number) * uOf(p))) * (1 - 8 * U);
  const stamp = new Int32Array(P).fill(-1);
  const piEst = new Float64Array(P);
  const piTol = new Float64Array(P);

  /** Adds w to perRound[r] for every round r whose winner group g supports. */
  const addPattern = (g: number, w: number) => {
    const end = start[g + 1] as number;
    for (let i = start[g] as number; i < end; i++) {
      const r = roundOf[items[i] as number] as number;
      if (r >= 0) perRound[r] = (perRound[r] as number) + w;
    }
  };
  /** (weight) * b - sum_r perRound[r] * pi_r, over D; clears perRound. */
  const sumFromPattern = (weight: number): bigint => {
    let s = BigInt(weight) * bN;
    for (let r = 0; r < piN.length; r++) {
      const c = perRound[r] as number;
      if (c !== 0) {
        s -= BigInt(c) * (piN[r] as bigint);
        perRound[r] = 0;
      }
    }
    return s;
  };
  /** Exact budget of one live group, over D. */
  const budgetOf = (g: number): bigint => {
    let s = bN;
    const end = start[g + 1] as number;
    for (let i = start[g] as number; i < end; i++) {
      const r = roundOf[items[i] as number] as number;
      if (r >= 0) s -= piN[r] as bigint;
    }
    return s;
  };
  /** True if groups g and h paid for the same winners (both live). */
  const samePayments = (g: number, h: number): boolean => {
    let i = start[g] as number;
    let j = start[h] as number;
    const gEnd = start[g + 1] as number;
    const hEnd = start[h + 1] as number;
    for (;;) {
      while (i < gEnd && (roundOf[items[i] as number] as number) < 0) i++;
      while (j < hEnd && (roundOf[items[j] as number] as number) < 0) j++;
      if (i === gEnd || j === hEnd) return i === gEnd && j === hEnd;
      if (items[i] !== items[j]) return false;
      i++;
      j++;
    }
  };
  /** Exactly: can the supporters of p pay cost(p)? */
  const exactAffordable = (p: number): boolean => {
    const s = supporters[p] as Int32Array;
    let W = 0;
    for (let i = 0; i < s.length; i++) {
      const g = s[i] as number;
      if (zero[g] === 1) continue;
      const w = weights[g] as number;
      W += w;
      addPattern(g, w);
    }
    return sumFromPattern(W) >= (costs[p] as bigint) * D;
  };

  /**
   * Float estimate of pi for p (into piEst, with a tolerance in piTol), or UNAFFORDABLE when the
   * supporters certainly (or, on a near miss, exactly) cannot pay for p.
   */
  const estimate = (p: number, round: number): number => {
    const s = supporters[p] as Int32Array;
    const cost = costF[p] as number;
    const M = approvalsF[p] as number;
    let x = cost / M;
    let total = 0;
    let S = 0;
    let N = 0;
    let m = 0;
    let Nbig = 0;
    let band = x * 1e-9;
    for (let i = 0; i < s.length; i++) {
      const g = s[i] as number;
      const b = beta[g] as number;
      const w = weights[g] as number;
      total += w * b;
      if (b < x + band) {
        Nbig += w;
        if (b < x) {
          S += w * b;
          N += w;
          m++;
        }
      }
    }
    const slack = M * E + (2 * s.length + 8) * U * total;
    if (total + slack < cost) return UNAFFORDABLE;
    if (total - slack < cost && !exactAffordable(p)) return UNAFFORDABLE;
    let prevN = 0;
    let prevM = 0;
    let allPoor = false;
    while (N > prevN) {
      if (M - N <= 0) {
        allPoor = true;
        break;
      }
      const nx = (cost - S) / (M - N);
      prevN = N;
      prevM = m;
      x = nx;
      band = x * 1e-9;
      S = 0;
      N = 0;
      m = 0;
      Nbig = 0;
      for (let i = 0; i < s.length; i++) {
        const g = s[i] as number;
        const b = beta[g] as number;
        if (b < x + band) {
          const w = weights[g] as number;
          Nbig += w;
          if (b < x) {
            S += w * b;
            N += w;
            m++;
          }
        }
      }
    }
    stamp[p] = round;
    piEst[p] = x;
    if (allPoor || M - Nbig <= 0) {
      piTol[p] = x; // barely affordable: let the exact pricing sort everything out
    } else {
      const rest = M - prevN;
      const epsR = ((2 * Math.max(m, prevM) + 8) * U * cost) / rest;
      piTol[p] = 2 * (E + epsR) * (1 + Nbig / (M - Nbig)) + 16 * U * x;
    }
    return x / uOf(p);
  };

  let exX = 0n;
  let exR = 0;
  /**
   * Exact pi = exX / (D * exR) of p from its estimate (see step 2); with `marking`, marks who pays all
   * (mark = stamp) and who has exactly pi (mark = -stamp). False when the estimate was too far off.
   */
  const price = (p: number, tolerance: number, marking: boolean): boolean => {
    const s = supporters[p] as Int32Array;
    const x = piEst[p] as number;
    const tol = E + tolerance + 16 * U * x;
    const M = approvalsF[p] as number;
    let N = 0;
    let W = 0;
    const between: number[] = [];
    if (marking) stampNow++;
    for (let i = 0; i < s.length; i++) {
      const g = s[i] as number;
      const w = weights[g] as number;
      if (zero[g] === 1) {
        N += w;
        continue;
      }
      const b = beta[g] as number;
      if (b < x - tol) {
        N += w;
        W += w;
        addPattern(g, w);
        if (marking) mark[g] = stampNow;
      } else if (b <= x + tol) {
        between.push(g);
      }
    }
    let X = (costs[p] as bigint) * D - sumFromPattern(W);
    let R = M - N;
    if (between.length > 0) {
      const exactB = between.map((g) => ({ g, b: budgetOf(g) }));
      exactB.sort((a, c) => (a.b < c.b ? -1 : a.b > c.b ? 1 : 0));
      let i = 0;
      for (; i < exactB.length; i++) {
        const { g, b } = exactB[i] as { g: number; b: bigint };
        if (b * BigInt(R) >= X) break;
        const w = weights[g] as number;
        X -= BigInt(w) * b;
        R -= w;
        if (marking) mark[g] = stampNow;
      }
      if (marking) {
        for (; i < exactB.length; i++) {
          const { g, b } = exactB[i] as { g: number; b: bigint };
          if (b * BigInt(R) !== X) break;
          mark[g] = -stampNow;
        }
      }
    }
    if (R <= 0 || X <= 0n) return false;
    const pi = ratioF(X, D * BigInt(R));
    if (Math.abs(pi - x) > tol - E - 16 * U * x) return false;
    exX = X;
    exR = R;
    return true;
  };
  /** price(), retrying with a wider tolerance once. */
  const priceOf = (p: number, marking: boolean): boolean =>
    price(p, piTol[p] as number, marking) ||
    price(p, (piTol[p] as number) * 1e4 + 1e-9 * (piEst[p] as number), marking);

  /**
   * True only if the supporters of p paying min(budget, r * u) each collect less than cost(p), with
   * certain upper bounds: then rho(p) > r.
   */
  const certifyAbove = (p: number, r: number): boolean => {
    const s = supporters[p] as Int32Array;
    const ru = r * uOf(p) * (1 + 2 ** -50);
    const e = E * 1.01 + U * bF;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      const g = s[i] as number;
      if (zero[g] === 1) continue;
      const b = (beta[g] as number) + e;
      sum += (b < ru ? b : ru) * (weights[g] as number);
    }
    return sum * (1 + (2 * s.length + 8) * 2 ** -52) < (costF[p] as number) * (1 - 2 ** -52);
  };

  const rounds: MesRound[] = [];
  let order = candidates.slice();
  for (let round = 0; ; round++) {
    order = order.filter((p) => alive[p] === 1);
    if (order.length === 0) break;
    order.sort((p, q) => (lo[p] as number) - (lo[q] as number) || p - q);
    let best = -1;
    let bestRho = Number.POSITIVE_INFINITY;
    for (const p of order) {
      if ((lo[p] as number) > bestRho * (1 + 1e-9)) break; // a guess only; proved below
      const rho = estimate(p, round);
      if (rho === UNAFFORDABLE) {
        alive[p] = 0;
        continue;
      }
      if (rho < bestRho || (rho === bestRho && p < best)) {
        best = p;
        bestRho = rho;
      }
    }
    if (best < 0) break;
    if (!priceOf(best, true)) return undefined;
    const markedFor = best;
    let wX = exX;
    let wR = exR;
    // Prove that best has the smallest rho (ties: smaller index).
    for (let changed = true; changed; ) {
      changed = false;
      const wD = D * BigInt(wR) * uExact(best);
      const rHi = ratioF(wX, wD) * (1 + 2 ** -40);
      for (const q of order) {
        if (q === best || alive[q] !== 1 || (lo[q] as number) > rHi) continue;
        if (certifyAbove(q, rHi)) {
          lo[q] = rHi;
          continue;
        }
        if (stamp[q] !== round && estimate(q, round) === UNAFFORDABLE) {
          alive[q] = 0;
          continue;
        }
        if (!priceOf(q, false)) return undefined;
        const qD = D * BigInt(exR) * uExact(q);
        const l = exX * wD;
        const r = wX * qD;
        if (l < r || (l === r && q < best)) {
          best = q;
          wX = exX;
          wR = exR;
          changed = true;
          break;
        }
        const qLo = ratioF(exX, qD) * (1 - 2 ** -40);
        if (qLo > (lo[q] as number)) lo[q] = qLo;
      }
    }
    const w = best;
    if (markedFor !== w && !priceOf(w, true)) return undefined;
    const X = wX;
    const R = BigInt(wR);
    // Buy w: the common denominator becomes D * Rr, pi = Xr / (D * Rr).
    const g0 = gcd(X, R);
    const Xr = X / g0;
    const Rr = R / g0;
    const Dold = D;
    let payments: Payment[] = [];
    if (withTrace) payments = tracePayments(w, Dold, Xr, Rr);
    if (Rr !== 1n) {
      factors.push(Rr);
      D *= Rr;
      bN *= Rr;
      for (let r = 0; r < piN.length; r++) piN[r] = (piN[r] as bigint) * Rr;
    }
    piN.push(Xr);
    const pf = ratioF(Xr, D);
    piF.push(pf);
    roundOf[w] = round;
    const s = supporters[w] as Int32Array;
    for (let i = 0; i < s.length; i++) {
      const g = s[i] as number;
      if (zero[g] === 1) continue;
      const mk = mark[g] as number;
      if (mk === stampNow || mk === -stampNow) {
        zero[g] = 1;
        beta[g] = 0;
      } else {
        const v = (beta[g] as number) - pf;
        beta[g] = v > 0 ? v : 0;
      }
    }
    E += 5 * U * bF;
    selected.push(w);
    spent += costs[w] as bigint;
    alive[w] = 0;
    if (withTrace) {
      rounds.push({
        id: profile.ids[w] as string,
        rho: divideBy(reduceOver(Xr, D, factors), uExact(w)),
        payments,
      });
    }
  }

  /** Who paid what in this round (before the state changes): poor groups by budget, then pi. */
  function tracePayments(w: number, Dold: bigint, Xr: bigint, Rr: bigint): Payment[] {
    const s = supporters[w] as Int32Array;
    const poorBy = new Map<bigint, number>();
    // Groups that paid for the same winners have bit-identical float budgets: the exact budget is
    // computed once per float value and paid-for set (checked), not once per group.
    const seen = new Map<number, { g: number; b: bigint }[]>();
    let richVoters = 0;
    for (let i = 0; i < s.length; i++) {
      const g = s[i] as number;
      if (zero[g] === 1) continue;
      const wg = weights[g] as number;
      if (mark[g] !== stampNow) {
        richVoters += wg;
        continue;
      }
      const key = beta[g] as number;
      let list = seen.get(key);
      if (!list) {
        list = [];
        seen.set(key, list);
      }
      let b: bigint | undefined;
      for (const other of list) {
        if (samePayments(g, other.g)) {
          b = other.b;
          break;
        }
      }
      if (b === undefined) {
        b = budgetOf(g);
        list.push({ g, b });
      }
      poorBy.set(b, (poorBy.get(b) ?? 0) + wg);
    }
    const amounts = [...poorBy.keys()].sort((a, c) => (a < c ? -1 : a > c ? 1 : 0));
    const list: Payment[] = amounts.map((b) => ({
      voters: poorBy.get(b) as number,
      each: reduceOver(b, Dold, factors),
    }));
    if (richVoters > 0) {
      list.push({ voters: richVoters, each: reduceOver(Xr, Dold * Rr, [...factors, Rr]) });
    }
    return mergePayments(list);
  }

  if (!withTrace) return { selected, cost: spent };
  const chosen = new Set(selected);
  const leftovers: MesLeftover[] = [];
  const unsupported: string[] = [];
  for (let p = 0; p < P; p++) {
    if (chosen.has(p)) continue;
    if ((profile.approvals[p] as number) === 0) {
      unsupported.push(profile.ids[p] as string);
      continue;
    }
    const s = supporters[p] as Int32Array;
    let W = 0;
    for (let i = 0; i < s.length; i++) {
      const g = s[i] as number;
      if (zero[g] === 1) continue;
      const wg = weights[g] as number;
      W += wg;
      addPattern(g, wg);
    }
    leftovers.push({
      id: profile.ids[p] as string,
      supporters: profile.approvals[p] as number,
      supportersBudget: reduceOver(sumFromPattern(W), D, factors),
    });
  }
  return {
    selected,
    cost: spent,
    trace: {
      kind: 'mes',
      utility,
      voterBudget: rational(num, den),
      increments: 0,
      rounds,
      leftovers,
      unsupported,
    },
  };
}

/**
 * a / D reduced, where D is the product of `factors` (each small): gcd(a, f1 * f2 * ...) is found one
 * factor at a time (after dividing by h = gcd(a, f), a / h and f / h are coprime), which avoids a
 * Euclid on numbers of hundreds of bits.
 */
export function reduceOver(a: bigint, D: bigint, factors: readonly bigint[]): Rational {
  if (a === 0n) return { n: 0n, d: 1n };
  let n = a;
  let d = D;
  for (const f of factors) {
    if (f === 1n) continue;
    const h = gcd(n % f, f);
    if (h !== 1n) {
      n /= h;
      d /= h;
    }
  }
  return { n, d };
}

/** A reduced fraction divided by a small positive integer u, reduced. */
function divideBy(r: Rational, u: bigint): Rational {
  if (u === 1n) return r;
  const h = gcd(r.n % u, u);
  return h === 1n ? { n: r.n, d: r.d * u } : { n: r.n / h, d: (r.d * u) / h };
}

/** Joins payments of equal amounts (first occurrence keeps its place), most voters first. */
export function mergePayments(payments: readonly Payment[]): Payment[] {
  const byAmount = new Map<string, Payment>();
  for (const payment of payments) {
    const key = `${payment.each.n}/${payment.each.d}`;
    const seen = byAmount.get(key);
    byAmount.set(key, seen ? { voters: seen.voters + payment.voters, each: payment.each } : payment);
  }
  return [...byAmount.values()].sort((x, y) => y.voters - x.voters);
}

export type { Rational };
