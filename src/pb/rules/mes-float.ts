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
 * (E = (16 + 5 * rounds) * 2^-53 * b covers the rounding of b, of each pi_r and of each subtraction;
 * pi_r is exact before it is rounded, so errors do not compound).
 *
 * A round:
 * 1. Go through the projects in order of their proven lower bound of rho: the first gets a float
 *    estimate of rho (Newton from below on the float budgets, starting at the proven lower bound:
 *    the level for the supporters poorer than the current level, until that set stops growing); each
 *    further one is first tried with one pass of the proof of step 3 against the best estimate so far
 *    (kept as its lower bound when it holds), and estimated only when that fails. The smallest
 *    estimate is w.
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
 *
 * The add1 search runs this for b, b + 1, b + 2, ... with `runMesSession`: see `MesSession`.
 */
import { gcd, type Rational, rational } from '../rational.ts';
import type { MesLeftover, MesRound, MesTrace, Payment } from '../types.ts';
import {
  addPatterns,
  cappedSums,
  firstSums,
  type GroupState,
  lamWeight,
  pay,
  splitByBudget,
  sumsBelow,
} from './mes-loops.ts';
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

/**
 * Per-group arrays of a run, kept per profile and reused by the next run (the add1 search runs
 * hundreds): runs never overlap. `mark` is never cleared: its stamps keep counting up.
 */
interface Scratch extends GroupState {
  readonly near: Int32Array;
  readonly poorList: Int32Array;
  readonly middle: Int32Array;
  /** The poor supporters of the rounds bought at a float price (see `PendingRound`). */
  readonly pool: Int32Array;
  /** Several sums at once from the loops of mes-loops.ts. */
  readonly out: Float64Array;
  stamp: number;
  /** The size of the last recording run's `unpaid` list (the next starts that large). */
  unpaidSize: number;
}

const scratches = new WeakMap<Profile, Scratch>();

function scratchOf(profile: Profile, weights: Float64Array): Scratch {
  let scratch = scratches.get(profile);
  if (!scratch || scratch.stamp > 2 ** 30) {
    const G = profile.weights.length;
    scratch = {
      weights,
      beta: new Float64Array(G),
      zero: new Uint8Array(G),
      mark: new Int32Array(G),
      lam: new Float64Array(G),
      near: new Int32Array(G),
      poorList: new Int32Array(G),
      middle: new Int32Array(G),
      pool: new Int32Array(G),
      out: new Float64Array(6),
      stamp: 0,
      unpaidSize: 1024,
    };
    scratches.set(profile, scratch);
  }
  return scratch;
}

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
  const out: Prepared = {
    weights: Float64Array.from(profile.weights),
    start: profile.groupStart,
    items: profile.groupItems,
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
  // Number() of a BigInt is rounded to nearest: below 2^996 both fit with room to spare.
  const a = Number(n);
  const b = Number(d);
  if (a < 2 ** 996 && b < 2 ** 996) return a / b;
  const bits = Math.min(n.toString(16).length, d.toString(16).length) * 4;
  if (bits <= 64) return a / b;
  const shift = BigInt(bits - 64);
  return Number(n >> shift) / Number(d >> shift);
}

const UNAFFORDABLE = -1;

/** Half the relative width of the window in which a guided run looks for a winner's price. */
const WINDOW = 1e-3;

/**
 * What one round (one pass of the main loop) of a recorded run decided, enough to redo it exactly at
 * another start budget b' without searching: valid while b' <= limit (see `MesSession`).
 */
interface RoundRecord {
  /** The winner, or -1 for the last pass (which only drops the projects left). */
  readonly w: number;
  /**
   * The proofs of the pass, four numbers each: RETIRED or LOWER, the project, the proven lower
   * bound of its rho (LOWER), and the largest start budget (float, units per voter) for which the
   * proof holds.
   */
  readonly proofs: readonly number[];
  /** The smallest limit of the proofs: up to it, this pass decides the same. */
  readonly limit: number;
  /** A certain upper bound of the winner's rho at this b (0 for the last pass). */
  readonly rhoHi: number;
  /** The winner's price (float), and how it changed with b since the run before (NaN: unknown). */
  readonly pi: number;
  readonly slope: number;
  /** A bound of how fast that price falls as b grows (the same winners before it). */
  readonly fall: number;
  /**
   * The winner's supporters that had nothing left or paid all they had in this round:
   * MesSession.unpaid[from .. to - 1]. At a larger b with the same winners before, every other
   * supporter certainly pays the price (see priceNear).
   */
  readonly from: number;
  readonly to: number;
}

const RETIRED = 0;
const LOWER = 1;

/**
 * A round bought at a float price only (see `materialize` in runMesSession): its winner, its
 * supporters who paid all they had (pool[start .. end - 1], weight `weight`), the weight of those
 * who paid the price, and the float price with the tolerance it was proved within.
 */
interface PendingRound {
  readonly w: number;
  readonly start: number;
  readonly end: number;
  readonly weight: number;
  readonly payers: number;
  readonly x: number;
  readonly tolerance: number;
}

/** Float prices are used while the error bound of the float budgets stays below this (times b). */
const FLOAT_LIMIT = 1e-6;

/**
 * A recorded run, for the add1 search, which counts b, b + 1, b + 2, ... and whose outcome rarely
 * changes in the first rounds from one b to the next.
 *
 * Why proofs carry over to a larger b': with the same winners in the same order, every budget after
 * every round is at least as large at b' as at b (a larger budget before a round gives a lower or
 * equal price, max(0, budget - price) is larger or equal), so rho of each winner is at most what it
 * was. A proof that q has a larger rho than the winner (its supporters paying at most r * u collect
 * less than cost(q), with r at least rho of the winner) or that q is unaffordable stays true as long
 * as the budgets it summed have not grown by its slack. Budget of group g grows at most lam[g] times
 * as fast as b: lam starts at 1 and grows, in each round whose winner g supports, by a bound of how
 * fast that price falls: sum over the supporters poor at b (only they can be poor at b') of
 * weight * lam, over the voters who pay the price (with budgets larger by at most d_g, the level at
 * pi - sum_poor(weight * d_g) / R collects at most the cost). Each proof is recorded with the
 * largest b for which it holds.
 *
 * The run at b' is then guided by the run at b: each pass first tries the same winner (its exact
 * price, at first on the line through its last two prices), takes over the proofs that still hold at
 * b' (lower bounds of rho, projects dropped), and proves the rest as usual; should another project
 * win, the guidance stops and the run goes on unguided. Whatever the guidance, every decision is
 * proved at b' itself, so the outcome is the exact one. If every proof of every pass still holds at
 * b', the outcome is the same without a run (`validPasses`), and the search jumps over all such b.
 */
export interface MesSession {
  readonly num: bigint;
  readonly den: bigint;
  /** num / den as a float. */
  readonly b: number;
  readonly records: readonly RoundRecord[];
  /** The supporters of each round's winner that did not pay its price (see RoundRecord). */
  readonly unpaid: Int32Array;
  readonly run: FastRun;
  /**
   * Only for a run asked to certify the interval from the session that guided it: true when the
   * outcome is proved the same for every start budget from that session's b to this one (see
   * `runMesSession`).
   */
  readonly sameSincePrevious: boolean;
}

/** Passes of the session (from the first) whose proofs all still hold for the start budget num/den. */
export function validPasses(session: MesSession, num: bigint, den: bigint): number {
  const b = ratioF(num, den) * (1 + 16 * U);
  let r = 0;
  while (r < session.records.length && b <= (session.records[r] as RoundRecord).limit) r++;
  return r;
}

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
  return runMesSession(profile, utility, num, den, withTrace, undefined, false)?.run;
}

/**
 * runMesFast, recording each pass (`record`), and guided by the recorded run at a smaller start
 * budget (`previous`; see MesSession).
 *
 * With `certifyInterval`, the run also tries to prove that the outcome is the same for every start
 * budget b between previous.b and this b' (`sameSincePrevious`). Why that holds: if the winners of
 * the first r rounds are the same at b and b', they are the same at every b in between, and every
 * budget after round r at b lies between its values at previous.b and at b' (with the same winners, a
 * larger start budget leaves every budget at least as large after every round). rho of a project only
 * falls when budgets grow, so rho_w(b) <= rho_w(previous.b) <= the recorded upper bound `rhoHi` of
 * the winner w, and rho_q(b) >= rho_q(b') for every other project q (q unaffordable at b' is
 * unaffordable at b). So if every other q is proved here, at b', to have rho above previous rhoHi of
 * the pass (or to be unaffordable), w wins round r + 1 at every b in between; at the last pass, every
 * project left unaffordable at b' is unaffordable at b.
 */
export function runMesSession(
  profile: Profile,
  utility: Utility,
  num: bigint,
  den: bigint,
  withTrace: boolean,
  previous: MesSession | undefined,
  record: boolean,
  certifyInterval = false,
): MesSession | undefined {
  try {
    return runSession(profile, utility, num, den, withTrace, previous, record, certifyInterval);
  } catch (error) {
    if (error instanceof FloatProofFailed) return undefined;
    throw error;
  }
}

/** A price proved in floats was not within its bound of the exact one (never seen). */
class FloatProofFailed extends Error {
  override name = 'FloatProofFailed';
}

function runSession(
  profile: Profile,
  utility: Utility,
  num: bigint,
  den: bigint,
  withTrace: boolean,
  previous: MesSession | undefined,
  record: boolean,
  certifyInterval: boolean,
): MesSession | undefined {
  if (num <= 0n || den <= 0n) return undefined;
  const { weights, start, items, costF, approvalsF, candidates, zeroCost } = prepare(profile);
  const { supporters, costs } = profile;
  const P = profile.ids.length;
  const bF = ratioF(num, den);
  if (!(bF > 0) || !Number.isFinite(bF)) return undefined;
  const scratch = scratchOf(profile, weights);
  const out = scratch.out;
  const beta = scratch.beta.fill(bF);
  /** Group paid all it had (its budget is exactly 0). */
  const zero = scratch.zero.fill(0);
  /** Marks of the last exact pricing: stamp = pays all it has, -stamp = has exactly pi. */
  const mark = scratch.mark;
  let stampNow = scratch.stamp;
  const roundOf = new Int32Array(P).fill(-1);

  // Exact state over the common denominator D.
  let D = den;
  /** D is the product of these (small) factors: payments are reduced one factor at a time. */
  const factors: bigint[] = [den];
  /** Products of the first 1, 2, ... factors, and per round how many factors there were after it. */
  const prefix: bigint[] = [den];
  const factorsAfter: number[] = [];
  // The factors (each below 2^53) in batches whose product stays below 2^53: reducing a numerator
  // takes one BigInt remainder per batch, the rest is float arithmetic.
  const factorsF: number[] = [Number(den)];
  const batchEnd: number[] = [1];
  const batchProdF: number[] = [Number(den)];
  const batchProd: bigint[] = [den];
  let bigFactor = !(Number(den) < 2 ** 53);
  const addFactor = (f: bigint) => {
    if (!(Number(f) < 2 ** 53)) bigFactor = true;
    factors.push(f);
    prefix.push((prefix[prefix.length - 1] as bigint) * f);
    const fv = Number(f);
    factorsF.push(fv);
    const last = batchEnd.length - 1;
    const product = (batchProdF[last] as number) * fv;
    if (product < 2 ** 53) {
      batchProdF[last] = product;
      batchProd[last] = BigInt(product);
      batchEnd[last] = factors.length;
    } else {
      batchProdF.push(fv);
      batchProd.push(f);
      batchEnd.push(factors.length);
    }
  };
  /** a / (product of the first `count` factors), reduced (see reduceOver). */
  const reduce = (a: bigint, count: number): Rational => {
    let d = prefix[count - 1] as bigint;
    if (a === 0n) return { n: 0n, d: 1n };
    if (bigFactor) return reduceOver(a, d, factors.slice(0, count));
    let n = a;
    let from = 0;
    for (let b = 0; b < batchEnd.length && from < count; b++) {
      const end = Math.min(batchEnd[b] as number, count);
      let P = batchProd[b] as bigint;
      let modulus = batchProdF[b] as number;
      if (end !== batchEnd[b]) {
        modulus = 1;
        for (let i = from; i < end; i++) modulus *= factorsF[i] as number;
        P = BigInt(modulus);
      }
      const rest = n % P;
      let r = Number(rest < 0n ? rest + P : rest);
      let H = 1;
      for (let i = from; i < end; i++) {
        const f = factorsF[i] as number;
        if (f === 1) continue;
        const h = f < 2 ** 31 ? gcdInt(r % f, f) : gcdSmall(r % f, f);
        if (h > 1) {
          // h divides r, f and the modulus: (n / h) mod (modulus / h) is r / h, all below 2^53, so
          // the later factors of the batch need no BigInt until n is divided once at the end.
          r /= h;
          modulus /= h;
          H *= h;
        }
      }
      if (H > 1) {
        const hb = BigInt(H);
        n /= hb;
        d /= hb;
      }
      from = end;
    }
    return { n, d };
  };
  let bN = num;
  const piN: bigint[] = [];
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
  /** Per project: a start for Newton left by a failed price() in round hintRound. */
  const hint = new Float64Array(P);
  const hintRound = new Int32Array(P).fill(-1);
  let roundNow = 0;
  const piTol = new Float64Array(P);
  const near = scratch.near;
  const poorList = scratch.poorList;
  const middle = scratch.middle;
  // Recording: this pass's proofs (each with the largest start budget for which it holds) and the
  // smallest of those limits.
  const records: RoundRecord[] = [];
  /** For the next run (recording only): see RoundRecord.from. */
  // As large as the last run needed: growing it round by round cost a tenth of a run (copies, GC).
  let unpaid: Int32Array = new Int32Array(record ? scratch.unpaidSize : 0);
  let unpaidCount = 0;
  let passLimit = Number.POSITIVE_INFINITY;
  let passProofs: number[] = [];
  /** The limit of the proof made last (absolute: a start budget per voter, float). */
  let lastLimit = Number.POSITIVE_INFINITY;
  /**
   * Per group: an upper bound of how much faster than b its budget grows (while the winners so far
   * stay the same): 1 plus the bounds of the price slopes of the rounds whose winner it supports.
   */
  const lam = scratch.lam.fill(1);
  /** Sum of weight * lam over the supporters of p (for a supporter that is poor at b, too). */
  const lamSum = (p: number): number => lamWeight(supporters[p] as Int32Array, scratch) * (1 + 1e-9);
  /** The proof just made holds while b grows by at most slack / rate. */
  const noteLimit = (slack: number, rate: number) => {
    const d = !(slack > 0) ? 0 : rate > 0 ? slack / rate : Number.POSITIVE_INFINITY;
    lastLimit = bF + d * (1 - 1e-9) - 16 * U * bF;
    if (lastLimit < passLimit) passLimit = lastLimit;
  };
  const retire = (p: number) => {
    alive[p] = 0;
    passProofs.push(RETIRED, p, 0, lastLimit);
  };
  const setLo = (p: number, value: number) => {
    lo[p] = value;
    passProofs.push(LOWER, p, value, lastLimit);
  };

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
    if (!materialize()) throw new FloatProofFailed();
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
    // Newton may start at any level that is certainly at most pi: the proven lower bound helps.
    const x0 = cost / M;
    let fromLo = (lo[p] as number) * uOf(p) * (1 - 1e-12);
    // A failed price() of this round left the level of some poor set: also at most pi (nearly).
    if (hintRound[p] === round && (hint[p] as number) > fromLo) fromLo = hint[p] as number;
    let x = fromLo > x0 ? fromLo : x0;
    // Groups below `cap` are kept in `near`: the later Newton passes only look at them while the
    // level stays below cap (the poor set only grows with the level).
    const cap = x * 3;
    firstSums(s, scratch, x, x * 1e-9, cap, near, out);
    let S = out[0] as number;
    let N = out[1] as number;
    let m = out[2] as number;
    let Nbig = out[3] as number;
    const total = out[4] as number;
    const nearCount = out[5] as number;
    const slack = M * E + (2 * s.length + 8) * U * total;
    if (total + slack < cost) {
      if (record) noteLimit((cost - (total + slack)) * (1 - 1e-9), lamSum(p));
      return UNAFFORDABLE;
    }
    if (total - slack < cost && !exactAffordable(p)) {
      noteLimit(0, 1);
      return UNAFFORDABLE;
    }
    let prevN = 0;
    let prevM = 0;
    let allPoor = false;
    if (N === 0) x = x0; // nobody below: the level is cost / M
    while (N > prevN) {
      if (M - N <= 0) {
        allPoor = true;
        break;
      }
      const nx = (cost - S) / (M - N);
      prevN = N;
      prevM = m;
      x = nx;
      const band = x * 1e-9;
      if (x + band < cap) sumsBelow(near, nearCount, scratch, x, band, out);
      else sumsBelow(s, s.length, scratch, x, band, out);
      S = out[0] as number;
      N = out[1] as number;
      m = out[2] as number;
      Nbig = out[3] as number;
    }
    stamp[p] = round;
    piEst[p] = x;
    piTol[p] = allPoor ? x : newtonTolerance(x, cost, M, prevN, Math.max(m, prevM), Nbig);
    return x / uOf(p);
  };
  /**
   * How far the exact pi may be from a Newton level x computed in floats from a poor set of weight
   * `poorWeight` (a sum of `terms` float budgets), where `Nbig` voters have a budget up to just above
   * x: rounding, and the float budgets' error E, which weighs more when few voters pay the price.
   * Barely affordable (Nbig = M): x itself, and the exact pricing sorts everything out.
   */
  const newtonTolerance = (
    x: number,
    cost: number,
    M: number,
    poorWeight: number,
    terms: number,
    Nbig: number,
  ): number => {
    if (M - Nbig <= 0) return x;
    const epsR = ((2 * terms + 8) * U * cost) / (M - poorWeight);
    return 2 * (E + epsR) * (1 + Nbig / (M - Nbig)) + 16 * U * x;
  };

  let exX = 0n;
  let exR = 0;
  /**
   * Of the last marking price(): sum of weight * lam over the supporters that pay all they have (or
   * have nothing), over the voters who pay the price. The price falls at most this fast as b grows
   * (with budgets larger by at most d_g, the level at pi - sum_poor(w * d_g) / R collects at most
   * the cost, and only supporters poor at b can be poor at a larger b).
   */
  let markSlope = 0;
  const floatMode = !withTrace;
  /** Of the last priceNear, when it proved its price in floats only (else NaN): the float price,
   * its error bound, and its round as it will be pending (poor set in the pool). */
  let floatPi = Number.NaN;
  let floatErr = 0;
  let floatPoor: PendingRound | undefined;
  /** The rounds bought at a float price since the last exact one, in order. */
  const pending: PendingRound[] = [];
  const pool = scratch.pool;
  let poolUsed = 0;
  /** With a trace: who paid what in the round just committed. */
  let paid: Payment[] = [];
  /**
   * Exact pi = exX / (D * exR) of p from its estimate (see step 2); with `marking`, marks who pays all
   * (mark = stamp) and who has exactly pi (mark = -stamp). False when the estimate was too far off.
   * With `inFloats` (a winner), the price may instead be proved in floats only (floatPi).
   */
  const price = (p: number, tolerance: number, marking: boolean, inFloats: boolean): boolean => {
    floatPi = Number.NaN;
    const s = supporters[p] as Int32Array;
    const x = piEst[p] as number;
    // Float budgets are within E of the exact ones; pi below is within 4 units in the last place of
    // pi, and at most x + tolerance once checked: so 16 units of (x + tolerance) cover the rounding.
    const tol = E + tolerance + 16 * U * (x + tolerance);
    const M = approvalsF[p] as number;
    if (marking) {
      stampNow++;
      scratch.stamp = stampNow;
    }
    splitByBudget(s, s.length, scratch, x - tol, x + tol, marking ? stampNow : 0, poorList, 0, middle, out);
    const N = out[0] as number;
    const W = out[1] as number;
    const Sf = out[2] as number;
    const lamPoor = out[3] as number;
    const poorCount = out[4] as number;
    const betweenCount = out[5] as number;
    // A cheap float check first: with this poor set the level is far from x, the estimate was bad.
    if (betweenCount === 0 && M - N > 0) {
      const level = ((costF[p] as number) - Sf) / (M - N);
      if (Math.abs(level - x) > 2 * tolerance + 1e-6 * x) {
        hint[p] = level * (1 - 1e-9);
        hintRound[p] = roundNow;
        return false;
      }
      // Everybody is at least `tolerance` from x: if the level of the poor set is within
      // tolerance - (its error) of x, that set is the one that pays all it has.
      const slack = tolerance - Math.abs(level - x);
      if (
        inFloats &&
        marking &&
        priceInFloats(level, costF[p] as number, M - N, W, poorCount, slack, lamPoor)
      )
        return true;
    }
    return priceExactly(p, x, tolerance, marking, N, W, lamPoor, poorCount, betweenCount);
  };
  /**
   * The exact tail of price(): the supporters in poorList[0 .. poorCount - 1] (weight W; N with
   * those that have nothing) certainly pay all they have, those in middle[0 .. betweenCount - 1]
   * are classified exactly,
   * the others certainly pay pi. True if the exact pi is within `tolerance` of x (which proves the
   * classification); then it is exX / (D * exR).
   */
  const priceExactly = (
    p: number,
    x: number,
    tolerance: number,
    marking: boolean,
    N: number,
    W: number,
    lamPoor: number,
    poorCount: number,
    betweenCount: number,
  ): boolean => {
    if (!materialize()) throw new FloatProofFailed();
    const M = approvalsF[p] as number;
    addPatterns(poorList, 0, poorCount, weights, start, items, roundOf, perRound);
    let X = (costs[p] as bigint) * D - sumFromPattern(W);
    let R = M - N;
    if (betweenCount > 0) {
      const exactB = Array.from(middle.subarray(0, betweenCount), (g) => ({ g, b: budgetOf(g) }));
      exactB.sort((a, c) => (a.b < c.b ? -1 : a.b > c.b ? 1 : 0));
      let i = 0;
      for (; i < exactB.length; i++) {
        const { g, b } = exactB[i] as { g: number; b: bigint };
        if (b * BigInt(R) >= X) break;
        const w = weights[g] as number;
        X -= BigInt(w) * b;
        R -= w;
        lamPoor += w * (lam[g] as number);
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
    if (Math.abs(pi - x) > tolerance) return false;
    exX = X;
    exR = R;
    if (marking) markSlope = (lamPoor / R) * (1 + 1e-9) + 1e-12;
    return true;
  };
  /** price(), retrying with a wider tolerance once. */
  const priceOf = (p: number, marking: boolean, inFloats = false): boolean =>
    price(p, piTol[p] as number, marking, inFloats) ||
    price(p, (piTol[p] as number) * 1e4 + 1e-9 * (piEst[p] as number), marking, inFloats);

  /**
   * price() of a project whose pi is expected in [low, high] (a winner of a guided run), without a
   * separate estimate: one pass sorts the supporters into certainly poor (below the window),
   * certainly rich (above it) and the few in the window, and Newton runs on the window alone (from
   * below: a Newton step of this concave sum from the window's lower edge stays at most pi). False
   * when pi is not well inside the window; the caller then estimates as usual.
   */
  const priceNear = (
    p: number,
    low: number,
    high: number,
    list: Int32Array,
    from: number,
    to: number,
  ): boolean => {
    floatPi = Number.NaN;
    const cost = costF[p] as number;
    const M = approvalsF[p] as number;
    stampNow++;
    scratch.stamp = stampNow;
    splitByBudget(list.subarray(from, to), to - from, scratch, low, high, stampNow, poorList, 0, near, out);
    let N = out[0] as number;
    let W = out[1] as number;
    const Sf = out[2] as number;
    let lamPoor = out[3] as number;
    let poorCount = out[4] as number;
    const inWindow = out[5] as number;
    // Newton from below on the window: the poor set only grows.
    let x = low;
    let n = N;
    let m = poorCount;
    let Nbig = N;
    for (let S = Sf, before = -1; n > before; ) {
      if (M - n <= 0) return false;
      x = (cost - S) / (M - n);
      if (!(x >= low && x <= high)) return false;
      sumsBelow(near, inWindow, scratch, x, x * 1e-9, out);
      before = n;
      S = Sf + (out[0] as number);
      n = N + (out[1] as number);
      m = poorCount + (out[2] as number);
      Nbig = N + (out[3] as number);
    }
    const tolerance = newtonTolerance(x, cost, M, n, m, Nbig);
    const tol = E + tolerance + 16 * U * (x + tolerance);
    if (x - tol < low || x + tol > high) return false;
    splitByBudget(near, inWindow, scratch, x - tol, x + tol, stampNow, poorList, poorCount, middle, out);
    N += out[0] as number;
    W += out[1] as number;
    lamPoor += out[3] as number;
    poorCount = out[4] as number;
    const betweenCount = out[5] as number;
    piEst[p] = x;
    piTol[p] = tolerance;
    if (betweenCount === 0 && priceInFloats(x, cost, M - N, W, poorCount, tolerance, lamPoor)) return true;
    return priceExactly(p, x, tolerance, true, N, W, lamPoor, poorCount, betweenCount);
  };
  /**
   * Float mode (runs without a trace). x is the float level of the poor set poorList[0 ..
   * poorCount - 1] (weight W; the float sum of their budgets is within W * E + rounding of the exact
   * one), so the exact level of that set is within err (below) of x. The caller has checked that no
   * supporter's float budget is within `slack` + E of x, so if err <= slack, that set is certainly
   * the one that pays all it has and the exact pi is within err of x. Then the round is bought at
   * the float price x: the float budgets' bound E grows by err, and the exact price waits in
   * `pending` until an exact decision needs it. Sets floatPi (else NaN) and markSlope.
   */
  const priceInFloats = (
    x: number,
    cost: number,
    R: number,
    W: number,
    poorCount: number,
    slack: number,
    lamPoor: number,
  ): boolean => {
    floatPi = Number.NaN;
    if (!floatMode || poolUsed + poorCount > pool.length) return false;
    const err = ((W * E + (2 * poorCount + 8) * U * cost) / R) * (1 + 2 ** -40) + 4 * U * x;
    if (!(err <= slack) || !(E + err < FLOAT_LIMIT * bF)) return false;
    floatPi = x;
    floatErr = err;
    const tolerance = 2 * err + 16 * U * x;
    floatPoor = { w: -1, start: poolUsed, end: poolUsed + poorCount, weight: W, payers: R, x, tolerance };
    pool.set(poorList.subarray(0, poorCount), poolUsed);
    markSlope = (lamPoor / R) * (1 + 1e-9) + 1e-12;
    return true;
  };
  /**
   * Computes the exact prices of the rounds bought at a float price (in order, each from its poor
   * set, as priceExactly would have), so that the exact state is complete. False if one were not
   * within its proven tolerance (a failed proof: never seen; the caller falls back).
   */
  const materialize = (): boolean => {
    if (pending.length === 0) return true;
    for (const round of pending) roundOf[round.w] = -1;
    for (const round of pending) {
      addPatterns(pool, round.start, round.end, weights, start, items, roundOf, perRound);
      const X = (costs[round.w] as bigint) * D - sumFromPattern(round.weight);
      const R = BigInt(round.payers);
      if (X <= 0n || !(Math.abs(ratioF(X, D * R) - round.x) <= round.tolerance)) return false;
      commitExact(round.w, X, R);
    }
    pending.length = 0;
    return true;
  };
  /**
   * Records the exact price X / (D * R) of w, the winner of the next round: the common denominator
   * becomes D * Rr, pi = Xr / (D * Rr). Returns Xr. With a trace, also who paid what (`paid`).
   */
  const commitExact = (w: number, X: bigint, R: bigint): bigint => {
    const g0 = gcd(X, R);
    const Xr = X / g0;
    const Rr = R / g0;
    const Dold = D;
    if (Rr !== 1n) addFactor(Rr); // factors only: budgets are still over Dold for the trace
    if (withTrace) paid = tracePayments(w, Dold, Xr);
    if (Rr !== 1n) {
      D *= Rr;
      bN *= Rr;
      for (let r = 0; r < piN.length; r++) piN[r] = (piN[r] as bigint) * Rr;
    }
    piN.push(Xr);
    factorsAfter.push(factors.length);
    roundOf[w] = piN.length - 1;
    return Xr;
  };
  /**
   * The price of the winner of a guided pass: first near the line through its last two prices, else
   * between its last price and what it can have fallen to since.
   */
  const priceGuided = (rec: RoundRecord, session: MesSession): boolean => {
    const { w, pi, slope } = rec;
    const db = bF - session.b;
    // Only the supporters that did not pay the price at the smaller b can be poor now (with the same
    // winners before, every budget is at least as large and the price at most as large).
    let list = supporters[w] as Int32Array;
    let from = 0;
    let to = list.length;
    if (db >= 0 && session.unpaid.length > 0) {
      list = session.unpaid;
      from = rec.from;
      to = rec.to;
    }
    if (Number.isFinite(slope)) {
      const x = pi + slope * db;
      if (x > 0 && priceNear(w, x * (1 - WINDOW), x * (1 + WINDOW), list, from, to)) return true;
    }
    const low = pi - rec.fall * db * (1 + 1e-6) - pi * WINDOW;
    return low > 0 && priceNear(w, low, pi * (1 + WINDOW), list, from, to);
  };

  const NOT_PROVED = 0;
  const ABOVE = 1;
  /** Of the last certifyAbove that gave ABOVE: a proven lower bound of rho(p), at least r. */
  let aboveLo = 0;
  /**
   * ABOVE only if the supporters of p paying min(budget, r * u) each collect less than cost(p), with
   * certain upper bounds: then rho(p) > r. UNAFFORDABLE if even all their budgets (upper bounds) are
   * less than cost(p). NOT_PROVED otherwise.
   *
   * With ABOVE, `aboveLo` is a larger lower bound from the same sums, so that later rounds (whose
   * winners have a larger rho) need not prove p again: at a level x > r the supporters below r * u
   * still pay at most their budgets and the others at most x * u, so the level x1 at which those
   * bounds add up to cost(p) is at most rho(p). aboveLo is three quarters of the way from r to x1: the
   * last quarter is slack for a larger start budget (the recorded limit), as long as the terms below r * u grow.
   */
  const certifyAbove = (p: number, r: number): number => {
    const s = supporters[p] as Int32Array;
    const ru = r * uOf(p) * (1 + 2 ** -50);
    cappedSums(s, scratch, E * 1.01 + U * bF, ru, out);
    const sum = out[0] as number;
    const all = out[1] as number;
    const low = out[2] as number;
    const cost = (costF[p] as number) * (1 - 2 ** -52);
    const err = 1 + (2 * s.length + 8) * 2 ** -52;
    const short = cost - all * err;
    if (short > 0) {
      if (record) noteLimit(short * (1 - 1e-9), lamSum(p));
      return UNAFFORDABLE;
    }
    // As b grows, only the terms below r * u grow (group g at most lam[g] times as fast); r is an
    // upper bound of rho(w), which only falls.
    const slack = cost - sum * err;
    if (!(slack > 0)) return NOT_PROVED;
    const capped = out[4] as number;
    const belowHi = (out[3] as number) * err;
    // x1 * u * capped = cost - belowHi, rounded down (2^-40 covers the rounding of u and of x1).
    const x1 = ((cost - belowHi) / (uOf(p) * capped)) * (1 - 2 ** -40);
    aboveLo = r;
    let rest = slack;
    if (x1 > r) {
      aboveLo = r + (x1 - r) * 0.75;
      // The slack left at aboveLo: cost - belowHi - aboveLo * u * capped, at least half the first.
      rest = Math.min(slack, (x1 - aboveLo) * uOf(p) * capped * (1 - 2 ** -40));
    }
    noteLimit(rest * (1 - 1e-9), low * (1 + 1e-9));
    return ABOVE;
  };

  const rounds: MesRound[] = [];

  // Guided passes (add1): the passes of the run at a smaller b are tried first with the same
  // winner; their proofs that still hold at this b are taken over, and the certification below
  // proves the rest (or finds the real winner). Guidance stops at the first pass whose winner differs.
  const old = previous?.records;
  const bCheck = bF * (1 + 16 * U);
  let guiding = old !== undefined;
  /** Still provable: the outcome is the same from previous.b to this b (see runMesSession). */
  let sameSince = certifyInterval && old !== undefined && previous !== undefined && bF >= previous.b;
  // The projects still in play, kept sorted by their lower bound (insertion sort: the order changes
  // little from one round to the next). Only the first `live` entries count.
  const order = Int32Array.from(candidates);
  let live = order.length;
  const compact = () => {
    let j = 0;
    for (let i = 0; i < live; i++) {
      const p = order[i] as number;
      if (alive[p] === 1) order[j++] = p;
    }
    live = j;
  };
  const sortByLo = () => {
    for (let i = 1; i < live; i++) {
      const p = order[i] as number;
      const key = lo[p] as number;
      let j = i - 1;
      while (j >= 0) {
        const q = order[j] as number;
        const k = lo[q] as number;
        if (k < key || (k === key && q < p)) break;
        order[j + 1] = q;
        j--;
      }
      order[j + 1] = p;
    }
  };
  for (let round = 0; ; round++) {
    roundNow = round;
    let best = -1;
    let markedFor = -1;
    let wX = 0n;
    let wR = 0;
    /** The winner's price is only known in floats (floatPi, within floatErr). */
    let wFloat = false;
    const rec = guiding ? (old as readonly RoundRecord[])[round] : undefined;
    if (rec) {
      const proofs = rec.proofs;
      for (let i = 0; i < proofs.length; i += 4) {
        const limit = proofs[i + 3] as number;
        if (!(limit >= bCheck)) continue;
        const q = proofs[i + 1] as number;
        if (proofs[i] === RETIRED) {
          if (alive[q] !== 1) continue;
          alive[q] = 0;
        } else if ((proofs[i + 2] as number) > (lo[q] as number)) {
          lo[q] = proofs[i + 2] as number;
        }
        passProofs.push(proofs[i] as number, q, proofs[i + 2] as number, limit);
        if (limit < passLimit) passLimit = limit;
      }
    }
    compact();
    if (rec && rec.w >= 0 && alive[rec.w] === 1) {
      best = rec.w;
      // Priced near where it was (checked exactly), else estimated as usual.
      const priced = priceGuided(rec, previous as MesSession);
      if (priced) {
        markedFor = best;
        wFloat = !Number.isNaN(floatPi);
        wX = exX;
        wR = exR;
      } else if (estimate(best, round) === UNAFFORDABLE) {
        retire(best);
        best = -1;
        guiding = false;
        compact();
      } else {
        if (!priceOf(best, true, true)) return undefined;
        markedFor = best;
        wFloat = !Number.isNaN(floatPi);
        wX = exX;
        wR = exR;
      }
    } else {
      guiding = false;
    }
    if (best < 0) {
      if (live === 0) {
        if (!rec || rec.w !== -1) sameSince = false;
        records.push({
          w: -1,
          proofs: passProofs,
          limit: passLimit,
          rhoHi: 0,
          pi: 0,
          slope: Number.NaN,
          fall: 0,
          from: 0,
          to: 0,
        });
        break;
      }
      sortByLo();
      let bestRho = Number.POSITIVE_INFINITY;
      for (let i = 0; i < live; i++) {
        const p = order[i] as number;
        if ((lo[p] as number) > bestRho * (1 + 1e-9)) break; // a guess only; proved below
        if (best >= 0) {
          // One pass proves most others worse than the best so far (kept if that is the winner).
          const r = bestRho * (1 + 1e-7);
          const proof = certifyAbove(p, r);
          if (proof === UNAFFORDABLE) {
            retire(p);
            continue;
          }
          if (proof === ABOVE) {
            setLo(p, aboveLo);
            continue;
          }
        }
        const rho = estimate(p, round);
        if (rho === UNAFFORDABLE) {
          retire(p);
          continue;
        }
        if (rho < bestRho || (rho === bestRho && p < best)) {
          best = p;
          bestRho = rho;
        }
      }
      if (best < 0) {
        if (!rec || rec.w !== -1) sameSince = false;
        records.push({
          w: -1,
          proofs: passProofs,
          limit: passLimit,
          rhoHi: 0,
          pi: 0,
          slope: Number.NaN,
          fall: 0,
          from: 0,
          to: 0,
        });
        break;
      }
      if (!priceOf(best, true, true)) return undefined;
      markedFor = best;
      wFloat = !Number.isNaN(floatPi);
      wX = exX;
      wR = exR;
    }
    // Prove that best has the smallest rho (ties: smaller index).
    let rhoHi = 0;
    for (let changed = true; changed; ) {
      changed = false;
      const wD = wFloat ? 1n : D * BigInt(wR) * uExact(best);
      const rHi = (wFloat ? (floatPi + floatErr) / uOf(best) : ratioF(wX, wD)) * (1 + 2 ** -40);
      rhoHi = rHi;
      if (!rec || rec.w !== best) sameSince = false;
      // For the interval (see runMesSession): every other project above the winner's rho at previous.b.
      let rT = sameSince && (rec as RoundRecord).rhoHi > rHi ? (rec as RoundRecord).rhoHi : rHi;
      for (let i = 0; i < live; i++) {
        const q = order[i] as number;
        if (q === best || alive[q] !== 1 || (lo[q] as number) > rT) continue;
        if (rT > rHi) {
          const above = certifyAbove(q, rT);
          if (above === UNAFFORDABLE) {
            retire(q);
            continue;
          }
          if (above === ABOVE) {
            setLo(q, aboveLo);
            continue;
          }
          sameSince = false;
          rT = rHi;
          if ((lo[q] as number) > rHi) continue;
        }
        const proof = certifyAbove(q, rHi);
        if (proof === UNAFFORDABLE) {
          retire(q);
          continue;
        }
        if (proof === ABOVE) {
          setLo(q, aboveLo);
          continue;
        }
        if (stamp[q] !== round && estimate(q, round) === UNAFFORDABLE) {
          retire(q);
          continue;
        }
        if (wFloat) {
          // A near tie is compared exactly: that needs the exact price of w too.
          if (!priceOf(best, true)) return undefined;
          wFloat = false;
          wX = exX;
          wR = exR;
          changed = true;
          break;
        }
        if (!priceOf(q, false)) return undefined;
        noteLimit(0, 1); // a near tie: decided exactly here, not carried to another b
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
        if (!(qLo > rT)) sameSince = false;
        if (qLo > (lo[q] as number)) setLo(q, qLo);
      }
    }
    if (rec && best !== rec.w) guiding = false;
    if (!rec || best !== rec.w) sameSince = false;
    if (certifyInterval && !sameSince) return undefined; // the caller only wants the interval
    const w = best;
    if (markedFor !== w && !priceOf(w, true)) return undefined;
    let pf: number;
    if (wFloat) {
      const round = { ...(floatPoor as PendingRound), w };
      pending.push(round);
      poolUsed = round.end;
      roundOf[w] = piN.length + pending.length - 1;
      pf = floatPi;
      E += floatErr + 5 * U * bF;
    } else {
      const Xr = commitExact(w, wX, BigInt(wR));
      pf = ratioF(Xr, D);
      E += 5 * U * bF;
      if (withTrace) {
        rounds.push({
          id: profile.ids[w] as string,
          rho: divideBy(reduce(Xr, factors.length), uExact(w)),
          payments: paid,
        });
      }
    }
    const sw = supporters[w] as Int32Array;
    const from = unpaidCount;
    if (record && unpaid.length < unpaidCount + sw.length) {
      unpaid = grown(unpaid, unpaidCount + sw.length);
      scratch.unpaidSize = unpaid.length;
    }
    unpaidCount = pay(sw, scratch, stampNow, pf, record ? markSlope : 0, unpaid, unpaidCount);
    if (record) {
      const slope = rec && rec.w === w ? (pf - rec.pi) / (bF - (previous as MesSession).b) : Number.NaN;
      records.push({
        w,
        proofs: passProofs,
        limit: passLimit,
        rhoHi,
        pi: pf,
        slope,
        fall: markSlope,
        from,
        to: unpaidCount,
      });
    }
    passLimit = Number.POSITIVE_INFINITY;
    passProofs = [];
    selected.push(w);
    spent += costs[w] as bigint;
    alive[w] = 0;
  }

  /** Who paid what in this round (before the state changes): poor groups by budget, then pi. */
  function tracePayments(w: number, Dold: bigint, Xr: bigint): Payment[] {
    const s = supporters[w] as Int32Array;
    /** Per amount: the voters, and the last round any of them paid in (its denominator divides
     * the D of that round: later factors divide every term of b - sum of their prices). */
    type Amount = { voters: number; last: number; f: number };
    const poorBy = new Map<bigint, Amount>();
    // Groups that paid for the same winners have bit-identical float budgets: the exact budget (and
    // its entry of poorBy) is found once per float value and paid-for set (checked), not per group.
    const seen = new Map<number, { g: number; last: number; amount: Amount }[]>();
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
      let known: { last: number; amount: Amount } | undefined;
      for (const other of list) {
        if (samePayments(g, other.g)) {
          known = other;
          break;
        }
      }
      if (!known) {
        const b = budgetOf(g);
        let last = -1;
        const end = start[g + 1] as number;
        for (let j = start[g] as number; j < end; j++) {
          const r = roundOf[items[j] as number] as number;
          if (r > last) last = r;
        }
        let amount = poorBy.get(b);
        if (!amount) {
          amount = { voters: 0, last, f: key };
          poorBy.set(b, amount);
        }
        known = { last, amount };
        list.push({ g, last, amount });
      }
      known.amount.voters += wg;
      if (known.last > known.amount.last) known.amount.last = known.last;
    }
    // Ascending amounts: by the float budgets (within E of the exact ones), exactly when close.
    const close = 4 * E + 1e-9;
    const amounts = [...poorBy].sort(([a, x], [c, y]) => {
      if (Math.abs(x.f - y.f) > close) return x.f - y.f;
      return a < c ? -1 : a > c ? 1 : 0;
    });
    const below = new Map<number, bigint>();
    const list: Payment[] = amounts.map(([b, { voters, last }]) => {
      const count = last < 0 ? 1 : (factorsAfter[last] as number);
      const Dm = prefix[count - 1] as bigint;
      let rest = below.get(count);
      if (rest === undefined) {
        rest = Dold / Dm;
        below.set(count, rest);
      }
      return { voters, each: reduce(b / rest, count) };
    });
    if (richVoters > 0) {
      // pi = Xr / (Dold * Rr): Rr is the last factor, already added by the caller.
      list.push({ voters: richVoters, each: reduce(Xr, factors.length) });
    }
    // The amounts are all different (poor ones are different budgets, all below pi): no merging,
    // only the order of mergePayments (most voters first, stable).
    return list.sort((x, y) => y.voters - x.voters);
  }

  const sameSincePrevious = sameSince && records.length === (old as readonly RoundRecord[]).length;
  if (!withTrace)
    return { num, den, b: bF, records, unpaid, run: { selected, cost: spent }, sameSincePrevious };
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
      supportersBudget: reduce(sumFromPattern(W), factors.length),
    });
  }
  const run: FastRun = {
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
  return { num, den, b: bF, records, unpaid, run, sameSincePrevious };
}

/** A copy of `array` with room for at least `size` entries. */
function grown(array: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(Math.max(size, 2 * array.length));
  bigger.set(array);
  return bigger;
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
    let h: bigint;
    if (f <= SMALL) {
      const x = gcdSmall(Number(n % f), Number(f));
      if (x === 1) continue;
      h = BigInt(x);
    } else {
      h = gcd(n % f, f);
      if (h === 1n) continue;
    }
    n /= h;
    d /= h;
  }
  return { n, d };
}

const SMALL = BigInt(Number.MAX_SAFE_INTEGER);

/** gcd of two non-negative integers below 2^31, in 32-bit integer arithmetic (much faster than %
 * on doubles). */
function gcdInt(a: number, b: number): number {
  let x = a | 0;
  let y = b | 0;
  while (y !== 0) {
    const t = (x % y) | 0;
    x = y;
    y = t;
  }
  return x;
}

function gcdSmall(a: number, b: number): number {
  while (b !== 0) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
}

/** A reduced fraction divided by a small positive integer u, reduced. */
function divideBy(r: Rational, u: bigint): Rational {
  if (u === 1n) return r;
  const h = gcd(r.n % u, u);
  return h === 1n ? { n: r.n, d: r.d * u } : { n: r.n / h, d: (r.d * u) / h };
}
