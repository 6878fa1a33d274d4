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
  /** The same, restricted to the projects that have won a round (see WinnerItems). */
  readonly winners: WinnerItems;
  readonly costF: Float64Array;
  readonly approvalsF: Float64Array;
  readonly candidates: readonly number[];
  readonly zeroCost: readonly number[];
}

const prepared = new WeakMap<Profile, Prepared>();

/**
 * The groups' projects restricted to the set S of projects that have won a round in some run of this
 * profile so far, in the same order: group g is items[start[g]] .. items[start[g + 1] - 1]. Every loop
 * over a group's projects (exact budgets, `addPatterns`, payments in a trace) only counts this run's
 * winners (roundOf >= 0), and S holds them all, so skipping the other projects changes no sum and no
 * order of additions. S grows (and the arrays are rebuilt) when a project wins for the first time:
 * at most once per project over all runs. On Budapest 2024 a ballot lists up to 15 of 175 projects,
 * of which a handful ever win.
 */
interface WinnerItems {
  readonly inS: Uint8Array;
  start: Int32Array;
  items: Int32Array;
}

function emptyWinnerItems(profile: Profile): WinnerItems {
  const G = profile.weights.length;
  return { inS: new Uint8Array(profile.ids.length), start: new Int32Array(G + 1), items: new Int32Array(0) };
}

/** Adds project w to S and rebuilds the restricted arrays from the full ones. */
function addWinner(winners: WinnerItems, w: number, fullStart: Int32Array, fullItems: Int32Array): void {
  winners.inS[w] = 1;
  const G = fullStart.length - 1;
  const start = new Int32Array(G + 1);
  let count = 0;
  for (let i = 0; i < fullItems.length; i++) if (winners.inS[fullItems[i] as number] === 1) count++;
  const items = new Int32Array(count);
  let k = 0;
  for (let g = 0; g < G; g++) {
    start[g] = k;
    const end = fullStart[g + 1] as number;
    for (let i = fullStart[g] as number; i < end; i++) {
      const p = fullItems[i] as number;
      if (winners.inS[p] === 1) items[k++] = p;
    }
  }
  start[G] = k;
  winners.start = start;
  winners.items = items;
}

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
    winners: emptyWinnerItems(profile),
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

// certifyAbove's answers (and UNAFFORDABLE).
const NOT_PROVED = 0;
const ABOVE = 1;

// compareWithWinner's answers.
const PROVED = 0;
const RESTART = 1;
const GIVE_UP = 2;

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
    if (num <= 0n || den <= 0n) return undefined;
    const bF = ratioF(num, den);
    if (!(bF > 0) || !Number.isFinite(bF)) return undefined;
    return new MesRun(profile, utility, num, den, withTrace, previous, record, certifyInterval).count();
  } catch (error) {
    if (error instanceof FloatProofFailed) return undefined;
    throw error;
  }
}

/**
 * firstUnpaidBefore per session: the leaps from one session (a quarter further, or half as far after
 * a miss) share it.
 */
const firstUnpaidOf = new WeakMap<MesSession, Int32Array>();

/** A price proved in floats was not within its bound of the exact one (never seen). */
class FloatProofFailed extends Error {
  override name = 'FloatProofFailed';
}

/**
 * One run (see the file comment), its state in fields and its steps as methods: `count` runs the
 * passes; each pass takes over the proofs still valid (`takeOverProofs`), finds a candidate winner
 * (`tryGuidedWinner`, else `searchWinner`), proves it (`proveWinner`) and buys it (`buyWinner`).
 * A class rather than closures in one function: the methods are compiled once for all runs.
 */
class MesRun {
  readonly profile: Profile;
  readonly utility: Utility;
  readonly num: bigint;
  readonly den: bigint;
  readonly withTrace: boolean;
  readonly previous: MesSession | undefined;
  readonly record: boolean;
  readonly certifyInterval: boolean;
  readonly weights: Float64Array;
  /** The groups' projects that have won somewhere (Prepared.winners; replaced when S grows). */
  start: Int32Array;
  items: Int32Array;
  readonly prepared: Prepared;
  readonly costF: Float64Array;
  readonly approvalsF: Float64Array;
  readonly candidates: readonly number[];
  readonly zeroCost: readonly number[];
  readonly supporters: readonly Int32Array[];
  readonly costs: readonly bigint[];
  readonly P: number;
  readonly bF: number;
  readonly scratch: Scratch;
  readonly out: Float64Array;
  readonly beta: Float64Array;
  /** Group paid all it had (its budget is exactly 0). */
  readonly zero: Uint8Array;
  /** Marks of the last exact pricing: stamp = pays all it has, -stamp = has exactly pi. */
  readonly mark: Int32Array;
  stampNow: number;
  readonly roundOf: Int32Array;
  // Exact state over the common denominator D.
  D: bigint;
  /** D is the product of these (small) factors: payments are reduced one factor at a time. */
  readonly factors: bigint[];
  /** Products of the first 1, 2, ... factors, and per round how many factors there were after it. */
  readonly prefix: bigint[];
  readonly factorsAfter: number[];
  // The factors (each below 2^53) in batches whose product stays below 2^53: reducing a numerator
  // takes one BigInt remainder per batch, the rest is float arithmetic.
  readonly factorsF: number[];
  readonly batchEnd: number[];
  readonly batchProdF: number[];
  readonly batchProd: bigint[];
  bigFactor: boolean;
  bN: bigint;
  readonly piN: bigint[];
  /** Per round: weight of a set of groups that supports that round's winner (scratch). */
  readonly perRound: Float64Array;
  E: number;
  readonly selected: number[];
  spent: bigint;
  readonly alive: Uint8Array;
  /** A certain lower bound of rho (rho only grows during a run). */
  readonly lo: Float64Array;
  readonly stamp: Int32Array;
  readonly piEst: Float64Array;
  /** Per project: a start for Newton left by a failed price() in round hintRound. */
  readonly hint: Float64Array;
  readonly hintRound: Int32Array;
  roundNow: number;
  readonly piTol: Float64Array;
  readonly near: Int32Array;
  readonly poorList: Int32Array;
  readonly middle: Int32Array;
  // Recording: this pass's proofs (each with the largest start budget for which it holds) and the
  // smallest of those limits.
  readonly records: RoundRecord[];
  /**
   * For the next run (recording only): see RoundRecord.from. It starts as large as the last run
   * needed: growing it round by round cost a tenth of a run (copies, GC).
   */
  unpaid: Int32Array;
  unpaidCount: number;
  passLimit: number;
  passProofs: number[];
  /** The limit of the proof made last (absolute: a start budget per voter, float). */
  lastLimit: number;
  /**
   * Per group: an upper bound of how much faster than b its budget grows (while the winners so far
   * stay the same): 1 plus the bounds of the price slopes of the rounds whose winner it supports.
   */
  readonly lam: Float64Array;
  exX: bigint;
  exR: number;
  /**
   * Of the last marking price(): sum of weight * lam over the supporters that pay all they have (or
   * have nothing), over the voters who pay the price. The price falls at most this fast as b grows
   * (with budgets larger by at most d_g, the level at pi - sum_poor(w * d_g) / R collects at most
   * the cost, and only supporters poor at b can be poor at a larger b).
   */
  markSlope: number;
  readonly floatMode: boolean;
  /** Of the last priceNear, when it proved its price in floats only (else NaN): the float price,
   * its error bound, and its round as it will be pending (poor set in the pool). */
  floatPi: number;
  floatErr: number;
  floatPoor: PendingRound | undefined;
  /** The rounds bought at a float price since the last exact one, in order. */
  readonly pending: PendingRound[];
  readonly pool: Int32Array;
  poolUsed: number;
  /** With a trace: who paid what in the round just committed. */
  paid: Payment[];
  /** Of the last certifyAbove that gave ABOVE: a proven lower bound of rho(p), at least r. */
  aboveLo: number;
  readonly rounds: MesRound[];
  // Guided passes (add1): the passes of the run at a smaller b are tried first with the same
  // winner; their proofs that still hold at this b are taken over, and the certification below
  // proves the rest (or finds the real winner). Guidance stops at the first pass whose winner differs.
  readonly old: readonly RoundRecord[] | undefined;
  readonly bCheck: number;
  guiding: boolean;
  /** Still provable: the outcome is the same from previous.b to this b (see runMesSession). */
  sameSince: boolean;
  // The projects still in play, kept sorted by their lower bound (insertion sort: the order changes
  // little from one round to the next). Only the first `live` entries count.
  readonly order: Int32Array;
  live: number;
  // The candidate winner of the pass: its price exX / exR (wX / wR), or floatPi when wFloat, and
  // markedFor: the project whose supporters the last marking price() marked.
  best = -1;
  markedFor = -1;
  /** Of the pass's candidate winner, for the interval: see fallingThreshold (NaN: not yet). */
  winnerFall = Number.NaN;
  /** See firstUnpaidBefore (made when first needed). */
  firstUnpaid: Int32Array | undefined = undefined;
  wX = 0n;
  wR = 0;
  wFloat = false;

  constructor(
    profile: Profile,
    utility: Utility,
    num: bigint,
    den: bigint,
    withTrace: boolean,
    previous: MesSession | undefined,
    record: boolean,
    certifyInterval: boolean,
  ) {
    this.profile = profile;
    this.utility = utility;
    this.num = num;
    this.den = den;
    this.withTrace = withTrace;
    this.previous = previous;
    this.record = record;
    this.certifyInterval = certifyInterval;
    const prepared = prepare(this.profile);
    this.weights = prepared.weights;
    this.prepared = prepared;
    this.start = prepared.winners.start;
    this.items = prepared.winners.items;
    this.costF = prepared.costF;
    this.approvalsF = prepared.approvalsF;
    this.candidates = prepared.candidates;
    this.zeroCost = prepared.zeroCost;

    this.supporters = this.profile.supporters;
    this.costs = this.profile.costs;
    this.P = this.profile.ids.length;
    this.bF = ratioF(this.num, this.den);
    this.scratch = scratchOf(this.profile, this.weights);
    this.out = this.scratch.out;
    this.beta = this.scratch.beta.fill(this.bF);
    this.zero = this.scratch.zero.fill(0);
    this.mark = this.scratch.mark;
    this.stampNow = this.scratch.stamp;
    this.roundOf = new Int32Array(this.P).fill(-1);
    this.D = this.den;
    this.factors = [this.den];
    this.prefix = [this.den];
    this.factorsAfter = [];
    this.factorsF = [Number(this.den)];
    this.batchEnd = [1];
    this.batchProdF = [Number(this.den)];
    this.batchProd = [this.den];
    this.bigFactor = !(Number(this.den) < 2 ** 53);
    this.bN = this.num;
    this.piN = [];
    this.perRound = new Float64Array(this.P + 1);
    this.E = 16 * U * this.bF;
    this.selected = [...this.zeroCost];
    this.spent = 0n;
    this.alive = new Uint8Array(this.P);
    for (const p of this.candidates) this.alive[p] = 1;
    this.lo = new Float64Array(this.P);
    for (const p of this.candidates)
      this.lo[p] = ((this.costF[p] as number) / ((this.approvalsF[p] as number) * this.uOf(p))) * (1 - 8 * U);
    this.stamp = new Int32Array(this.P).fill(-1);
    this.piEst = new Float64Array(this.P);
    this.hint = new Float64Array(this.P);
    this.hintRound = new Int32Array(this.P).fill(-1);
    this.roundNow = 0;
    this.piTol = new Float64Array(this.P);
    this.near = this.scratch.near;
    this.poorList = this.scratch.poorList;
    this.middle = this.scratch.middle;
    this.records = [];
    this.unpaid = new Int32Array(this.record ? this.scratch.unpaidSize : 0);
    this.unpaidCount = 0;
    this.passLimit = Number.POSITIVE_INFINITY;
    this.passProofs = [];
    this.lastLimit = Number.POSITIVE_INFINITY;
    this.lam = this.scratch.lam.fill(1);
    this.exX = 0n;
    this.exR = 0;
    this.markSlope = 0;
    this.floatMode = !this.withTrace;
    this.floatPi = Number.NaN;
    this.floatErr = 0;
    this.floatPoor = undefined;
    this.pending = [];
    this.pool = this.scratch.pool;
    this.poolUsed = 0;
    this.paid = [];
    this.aboveLo = 0;
    this.rounds = [];
    this.old = this.previous?.records;
    this.bCheck = this.bF * (1 + 16 * U);
    this.guiding = this.old !== undefined;
    this.sameSince =
      this.certifyInterval &&
      this.old !== undefined &&
      this.previous !== undefined &&
      this.bF >= this.previous.b;
    this.order = Int32Array.from(this.candidates);
    this.live = this.order.length;
  }

  addFactor(f: bigint) {
    if (!(Number(f) < 2 ** 53)) this.bigFactor = true;
    this.factors.push(f);
    this.prefix.push((this.prefix[this.prefix.length - 1] as bigint) * f);
    const fv = Number(f);
    this.factorsF.push(fv);
    const last = this.batchEnd.length - 1;
    const product = (this.batchProdF[last] as number) * fv;
    if (product < 2 ** 53) {
      this.batchProdF[last] = product;
      this.batchProd[last] = BigInt(product);
      this.batchEnd[last] = this.factors.length;
    } else {
      this.batchProdF.push(fv);
      this.batchProd.push(f);
      this.batchEnd.push(this.factors.length);
    }
  }

  /** a / (product of the first `count` factors), reduced (see reduceOver). */
  reduce(a: bigint, count: number): Rational {
    let d = this.prefix[count - 1] as bigint;
    if (a === 0n) return { n: 0n, d: 1n };
    if (this.bigFactor) return reduceOver(a, d, this.factors.slice(0, count));
    let n = a;
    let from = 0;
    for (let b = 0; b < this.batchEnd.length && from < count; b++) {
      const end = Math.min(this.batchEnd[b] as number, count);
      let P = this.batchProd[b] as bigint;
      let modulus = this.batchProdF[b] as number;
      if (end !== this.batchEnd[b]) {
        modulus = 1;
        for (let i = from; i < end; i++) modulus *= this.factorsF[i] as number;
        P = BigInt(modulus);
      }
      const rest = n % P;
      let r = Number(rest < 0n ? rest + P : rest);
      let H = 1;
      for (let i = from; i < end; i++) {
        const f = this.factorsF[i] as number;
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
  }

  uOf(p: number) {
    return this.utility === 'cost' ? (this.costF[p] as number) : 1;
  }

  uExact(p: number) {
    return this.utility === 'cost' ? (this.costs[p] as bigint) : 1n;
  }

  /** Sum of weight * lam over the supporters of p (for a supporter that is poor at b, too). */
  lamSum(p: number): number {
    return lamWeight(this.supporters[p] as Int32Array, this.scratch) * (1 + 1e-9);
  }

  /** The proof just made holds while b grows by at most slack / rate. */
  noteLimit(slack: number, rate: number) {
    const d = !(slack > 0) ? 0 : rate > 0 ? slack / rate : Number.POSITIVE_INFINITY;
    this.lastLimit = this.bF + d * (1 - 1e-9) - 16 * U * this.bF;
    if (this.lastLimit < this.passLimit) this.passLimit = this.lastLimit;
  }

  retire(p: number) {
    this.alive[p] = 0;
    this.passProofs.push(RETIRED, p, 0, this.lastLimit);
  }

  setLo(p: number, value: number) {
    this.lo[p] = value;
    this.passProofs.push(LOWER, p, value, this.lastLimit);
  }

  /** w wins a round: the loops over the groups' projects must see it (see WinnerItems). */
  noteWinner(w: number) {
    const winners = this.prepared.winners;
    if (winners.inS[w] === 1) return;
    addWinner(winners, w, this.prepared.start, this.prepared.items);
    this.start = winners.start;
    this.items = winners.items;
  }

  /** Adds w to perRound[r] for every round r whose winner group g supports. */
  addPattern(g: number, w: number) {
    const end = this.start[g + 1] as number;
    for (let i = this.start[g] as number; i < end; i++) {
      const r = this.roundOf[this.items[i] as number] as number;
      if (r >= 0) this.perRound[r] = (this.perRound[r] as number) + w;
    }
  }

  /** (weight) * b - sum_r perRound[r] * pi_r, over D; clears perRound. */
  sumFromPattern(weight: number): bigint {
    let s = BigInt(weight) * this.bN;
    for (let r = 0; r < this.piN.length; r++) {
      const c = this.perRound[r] as number;
      if (c !== 0) {
        s -= BigInt(c) * (this.piN[r] as bigint);
        this.perRound[r] = 0;
      }
    }
    return s;
  }

  /** Exact budget of one live group, over D. */
  budgetOf(g: number): bigint {
    let s = this.bN;
    const end = this.start[g + 1] as number;
    for (let i = this.start[g] as number; i < end; i++) {
      const r = this.roundOf[this.items[i] as number] as number;
      if (r >= 0) s -= this.piN[r] as bigint;
    }
    return s;
  }

  /** True if groups g and h paid for the same winners (both live). */
  samePayments(g: number, h: number): boolean {
    let i = this.start[g] as number;
    let j = this.start[h] as number;
    const gEnd = this.start[g + 1] as number;
    const hEnd = this.start[h + 1] as number;
    for (;;) {
      while (i < gEnd && (this.roundOf[this.items[i] as number] as number) < 0) i++;
      while (j < hEnd && (this.roundOf[this.items[j] as number] as number) < 0) j++;
      if (i === gEnd || j === hEnd) return i === gEnd && j === hEnd;
      if (this.items[i] !== this.items[j]) return false;
      i++;
      j++;
    }
  }

  /** Exactly: can the supporters of p pay cost(p)? */
  exactAffordable(p: number): boolean {
    if (!this.materialize()) throw new FloatProofFailed();
    const s = this.supporters[p] as Int32Array;
    let W = 0;
    for (let i = 0; i < s.length; i++) {
      const g = s[i] as number;
      if (this.zero[g] === 1) continue;
      const w = this.weights[g] as number;
      W += w;
      this.addPattern(g, w);
    }
    return this.sumFromPattern(W) >= (this.costs[p] as bigint) * this.D;
  }

  /**
   * Float estimate of pi for p (into piEst, with a tolerance in piTol), or UNAFFORDABLE when the
   * supporters certainly (or, on a near miss, exactly) cannot pay for p.
   */
  estimate(p: number, round: number): number {
    const s = this.supporters[p] as Int32Array;
    const cost = this.costF[p] as number;
    const M = this.approvalsF[p] as number;
    // Newton may start at any level that is certainly at most pi: the proven lower bound helps.
    const x0 = cost / M;
    let fromLo = (this.lo[p] as number) * this.uOf(p) * (1 - 1e-12);
    // A failed price() of this round left the level of some poor set: also at most pi (nearly).
    if (this.hintRound[p] === round && (this.hint[p] as number) > fromLo) fromLo = this.hint[p] as number;
    let x = fromLo > x0 ? fromLo : x0;
    // Groups below `cap` are kept in `near`: the later Newton passes only look at them while the
    // level stays below cap (the poor set only grows with the level).
    const cap = x * 3;
    firstSums(s, this.scratch, x, x * 1e-9, cap, this.near, this.out);
    let S = this.out[0] as number;
    let N = this.out[1] as number;
    let m = this.out[2] as number;
    let Nbig = this.out[3] as number;
    const total = this.out[4] as number;
    const nearCount = this.out[5] as number;
    const slack = M * this.E + (2 * s.length + 8) * U * total;
    if (total + slack < cost) {
      if (this.record) this.noteLimit((cost - (total + slack)) * (1 - 1e-9), this.lamSum(p));
      return UNAFFORDABLE;
    }
    if (total - slack < cost && !this.exactAffordable(p)) {
      this.noteLimit(0, 1);
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
      if (x + band < cap) sumsBelow(this.near, nearCount, this.scratch, x, band, this.out);
      else sumsBelow(s, s.length, this.scratch, x, band, this.out);
      S = this.out[0] as number;
      N = this.out[1] as number;
      m = this.out[2] as number;
      Nbig = this.out[3] as number;
    }
    this.stamp[p] = round;
    this.piEst[p] = x;
    this.piTol[p] = allPoor ? x : this.newtonTolerance(x, cost, M, prevN, Math.max(m, prevM), Nbig);
    return x / this.uOf(p);
  }

  /**
   * How far the exact pi may be from a Newton level x computed in floats from a poor set of weight
   * `poorWeight` (a sum of `terms` float budgets), where `Nbig` voters have a budget up to just above
   * x: rounding, and the float budgets' error E, which weighs more when few voters pay the price.
   * Barely affordable (Nbig = M): x itself, and the exact pricing sorts everything out.
   */
  newtonTolerance(
    x: number,
    cost: number,
    M: number,
    poorWeight: number,
    terms: number,
    Nbig: number,
  ): number {
    if (M - Nbig <= 0) return x;
    const epsR = ((2 * terms + 8) * U * cost) / (M - poorWeight);
    return 2 * (this.E + epsR) * (1 + Nbig / (M - Nbig)) + 16 * U * x;
  }

  /**
   * Exact pi = exX / (D * exR) of p from its estimate (see step 2); with `marking`, marks who pays all
   * (mark = stamp) and who has exactly pi (mark = -stamp). False when the estimate was too far off.
   * With `inFloats` (a winner), the price may instead be proved in floats only (floatPi).
   */
  price(p: number, tolerance: number, marking: boolean, inFloats: boolean): boolean {
    this.floatPi = Number.NaN;
    const s = this.supporters[p] as Int32Array;
    const x = this.piEst[p] as number;
    // Float budgets are within E of the exact ones; pi below is within 4 units in the last place of
    // pi, and at most x + tolerance once checked: so 16 units of (x + tolerance) cover the rounding.
    const tol = this.E + tolerance + 16 * U * (x + tolerance);
    const M = this.approvalsF[p] as number;
    if (marking) {
      this.stampNow++;
      this.scratch.stamp = this.stampNow;
    }
    splitByBudget(
      s,
      s.length,
      this.scratch,
      x - tol,
      x + tol,
      marking ? this.stampNow : 0,
      this.poorList,
      0,
      this.middle,
      this.out,
    );
    const N = this.out[0] as number;
    const W = this.out[1] as number;
    const Sf = this.out[2] as number;
    const lamPoor = this.out[3] as number;
    const poorCount = this.out[4] as number;
    const betweenCount = this.out[5] as number;
    // A cheap float check first: with this poor set the level is far from x, the estimate was bad.
    if (betweenCount === 0 && M - N > 0) {
      const level = ((this.costF[p] as number) - Sf) / (M - N);
      if (Math.abs(level - x) > 2 * tolerance + 1e-6 * x) {
        this.hint[p] = level * (1 - 1e-9);
        this.hintRound[p] = this.roundNow;
        return false;
      }
      // Everybody is at least `tolerance` from x: if the level of the poor set is within
      // tolerance - (its error) of x, that set is the one that pays all it has.
      const slack = tolerance - Math.abs(level - x);
      if (
        inFloats &&
        marking &&
        this.priceInFloats(level, this.costF[p] as number, M - N, W, poorCount, slack, lamPoor)
      )
        return true;
    }
    return this.priceExactly(p, x, tolerance, marking, N, W, lamPoor, poorCount, betweenCount);
  }

  /**
   * The exact tail of price(): the supporters in poorList[0 .. poorCount - 1] (weight W; N with
   * those that have nothing) certainly pay all they have, those in middle[0 .. betweenCount - 1]
   * are classified exactly,
   * the others certainly pay pi. True if the exact pi is within `tolerance` of x (which proves the
   * classification); then it is exX / (D * exR).
   */
  priceExactly(
    p: number,
    x: number,
    tolerance: number,
    marking: boolean,
    N: number,
    W: number,
    lamPoor: number,
    poorCount: number,
    betweenCount: number,
  ): boolean {
    if (!this.materialize()) throw new FloatProofFailed();
    const M = this.approvalsF[p] as number;
    addPatterns(
      this.poorList,
      0,
      poorCount,
      this.weights,
      this.start,
      this.items,
      this.roundOf,
      this.perRound,
    );
    let X = (this.costs[p] as bigint) * this.D - this.sumFromPattern(W);
    let R = M - N;
    if (betweenCount > 0) {
      const exactB = Array.from(this.middle.subarray(0, betweenCount), (g) => ({ g, b: this.budgetOf(g) }));
      exactB.sort((a, c) => (a.b < c.b ? -1 : a.b > c.b ? 1 : 0));
      let i = 0;
      for (; i < exactB.length; i++) {
        const { g, b } = exactB[i] as { g: number; b: bigint };
        if (b * BigInt(R) >= X) break;
        const w = this.weights[g] as number;
        X -= BigInt(w) * b;
        R -= w;
        lamPoor += w * (this.lam[g] as number);
        if (marking) this.mark[g] = this.stampNow;
      }
      if (marking) {
        for (; i < exactB.length; i++) {
          const { g, b } = exactB[i] as { g: number; b: bigint };
          if (b * BigInt(R) !== X) break;
          this.mark[g] = -this.stampNow;
        }
      }
    }
    if (R <= 0 || X <= 0n) return false;
    const pi = ratioF(X, this.D * BigInt(R));
    if (Math.abs(pi - x) > tolerance) return false;
    this.exX = X;
    this.exR = R;
    if (marking) this.markSlope = (lamPoor / R) * (1 + 1e-9) + 1e-12;
    return true;
  }

  /** price(), retrying with a wider tolerance once. */
  priceOf(p: number, marking: boolean, inFloats = false): boolean {
    return (
      this.price(p, this.piTol[p] as number, marking, inFloats) ||
      this.price(p, (this.piTol[p] as number) * 1e4 + 1e-9 * (this.piEst[p] as number), marking, inFloats)
    );
  }

  /**
   * price() of a project whose pi is expected in [low, high] (a winner of a guided run), without a
   * separate estimate: one pass sorts the supporters into certainly poor (below the window),
   * certainly rich (above it) and the few in the window, and Newton runs on the window alone (from
   * below: a Newton step of this concave sum from the window's lower edge stays at most pi). False
   * when pi is not well inside the window; the caller then estimates as usual.
   */
  priceNear(p: number, low: number, high: number, list: Int32Array, from: number, to: number): boolean {
    this.floatPi = Number.NaN;
    const cost = this.costF[p] as number;
    const M = this.approvalsF[p] as number;
    this.stampNow++;
    this.scratch.stamp = this.stampNow;
    splitByBudget(
      list.subarray(from, to),
      to - from,
      this.scratch,
      low,
      high,
      this.stampNow,
      this.poorList,
      0,
      this.near,
      this.out,
    );
    let N = this.out[0] as number;
    let W = this.out[1] as number;
    const Sf = this.out[2] as number;
    let lamPoor = this.out[3] as number;
    let poorCount = this.out[4] as number;
    const inWindow = this.out[5] as number;
    // Newton from below on the window: the poor set only grows.
    let x = low;
    let n = N;
    let m = poorCount;
    let Nbig = N;
    for (let S = Sf, before = -1; n > before; ) {
      if (M - n <= 0) return false;
      x = (cost - S) / (M - n);
      if (!(x >= low && x <= high)) return false;
      sumsBelow(this.near, inWindow, this.scratch, x, x * 1e-9, this.out);
      before = n;
      S = Sf + (this.out[0] as number);
      n = N + (this.out[1] as number);
      m = poorCount + (this.out[2] as number);
      Nbig = N + (this.out[3] as number);
    }
    const tolerance = this.newtonTolerance(x, cost, M, n, m, Nbig);
    const tol = this.E + tolerance + 16 * U * (x + tolerance);
    if (x - tol < low || x + tol > high) return false;
    splitByBudget(
      this.near,
      inWindow,
      this.scratch,
      x - tol,
      x + tol,
      this.stampNow,
      this.poorList,
      poorCount,
      this.middle,
      this.out,
    );
    N += this.out[0] as number;
    W += this.out[1] as number;
    lamPoor += this.out[3] as number;
    poorCount = this.out[4] as number;
    const betweenCount = this.out[5] as number;
    this.piEst[p] = x;
    this.piTol[p] = tolerance;
    if (betweenCount === 0 && this.priceInFloats(x, cost, M - N, W, poorCount, tolerance, lamPoor))
      return true;
    return this.priceExactly(p, x, tolerance, true, N, W, lamPoor, poorCount, betweenCount);
  }

  /**
   * Float mode (runs without a trace). x is the float level of the poor set poorList[0 ..
   * poorCount - 1] (weight W; the float sum of their budgets is within W * E + rounding of the exact
   * one), so the exact level of that set is within err (below) of x. The caller has checked that no
   * supporter's float budget is within `slack` + E of x, so if err <= slack, that set is certainly
   * the one that pays all it has and the exact pi is within err of x. Then the round is bought at
   * the float price x: the float budgets' bound E grows by err, and the exact price waits in
   * `pending` until an exact decision needs it. Sets floatPi (else NaN) and markSlope.
   */
  priceInFloats(
    x: number,
    cost: number,
    R: number,
    W: number,
    poorCount: number,
    slack: number,
    lamPoor: number,
  ): boolean {
    this.floatPi = Number.NaN;
    if (!this.floatMode || this.poolUsed + poorCount > this.pool.length) return false;
    const err = ((W * this.E + (2 * poorCount + 8) * U * cost) / R) * (1 + 2 ** -40) + 4 * U * x;
    if (!(err <= slack) || !(this.E + err < FLOAT_LIMIT * this.bF)) return false;
    this.floatPi = x;
    this.floatErr = err;
    const tolerance = 2 * err + 16 * U * x;
    this.floatPoor = {
      w: -1,
      start: this.poolUsed,
      end: this.poolUsed + poorCount,
      weight: W,
      payers: R,
      x,
      tolerance,
    };
    this.pool.set(this.poorList.subarray(0, poorCount), this.poolUsed);
    this.markSlope = (lamPoor / R) * (1 + 1e-9) + 1e-12;
    return true;
  }

  /**
   * Computes the exact prices of the rounds bought at a float price (in order, each from its poor
   * set, as priceExactly would have), so that the exact state is complete. False if one were not
   * within its proven tolerance (a failed proof: never seen; the caller falls back).
   */
  materialize(): boolean {
    if (this.pending.length === 0) return true;
    for (const round of this.pending) this.roundOf[round.w] = -1;
    for (const round of this.pending) {
      addPatterns(
        this.pool,
        round.start,
        round.end,
        this.weights,
        this.start,
        this.items,
        this.roundOf,
        this.perRound,
      );
      const X = (this.costs[round.w] as bigint) * this.D - this.sumFromPattern(round.weight);
      const R = BigInt(round.payers);
      if (X <= 0n || !(Math.abs(ratioF(X, this.D * R) - round.x) <= round.tolerance)) return false;
      this.commitExact(round.w, X, R);
    }
    this.pending.length = 0;
    return true;
  }

  /**
   * Records the exact price X / (D * R) of w, the winner of the next round: the common denominator
   * becomes D * Rr, pi = Xr / (D * Rr). Returns Xr. With a trace, also who paid what (`paid`).
   */
  commitExact(w: number, X: bigint, R: bigint): bigint {
    const g0 = gcd(X, R);
    const Xr = X / g0;
    const Rr = R / g0;
    const Dold = this.D;
    if (Rr !== 1n) this.addFactor(Rr); // factors only: budgets are still over Dold for the trace
    if (this.withTrace) this.paid = this.tracePayments(w, Dold, Xr);
    if (Rr !== 1n) {
      this.D *= Rr;
      this.bN *= Rr;
      for (let r = 0; r < this.piN.length; r++) this.piN[r] = (this.piN[r] as bigint) * Rr;
    }
    this.piN.push(Xr);
    this.factorsAfter.push(this.factors.length);
    this.noteWinner(w);
    this.roundOf[w] = this.piN.length - 1;
    return Xr;
  }

  /**
   * The price of the winner of a guided pass: first near the line through its last two prices, else
   * between its last price and what it can have fallen to since.
   */
  priceGuided(rec: RoundRecord, session: MesSession): boolean {
    const { w, pi, slope } = rec;
    const db = this.bF - session.b;
    // Only the supporters that did not pay the price at the smaller b can be poor now (with the same
    // winners before, every budget is at least as large and the price at most as large).
    let list = this.supporters[w] as Int32Array;
    let from = 0;
    let to = list.length;
    if (db >= 0 && session.unpaid.length > 0) {
      list = session.unpaid;
      from = rec.from;
      to = rec.to;
    }
    if (Number.isFinite(slope)) {
      const x = pi + slope * db;
      if (x > 0 && this.priceNear(w, x * (1 - WINDOW), x * (1 + WINDOW), list, from, to)) return true;
    }
    const low = pi - rec.fall * db * (1 + 1e-6) - pi * WINDOW;
    return low > 0 && this.priceNear(w, low, pi * (1 + WINDOW), list, from, to);
  }

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
  certifyAbove(p: number, r: number): number {
    const s = this.supporters[p] as Int32Array;
    const ru = r * this.uOf(p) * (1 + 2 ** -50);
    cappedSums(s, this.scratch, this.E * 1.01 + U * this.bF, ru, this.out);
    const sum = this.out[0] as number;
    const all = this.out[1] as number;
    const low = this.out[2] as number;
    const cost = (this.costF[p] as number) * (1 - 2 ** -52);
    const err = 1 + (2 * s.length + 8) * 2 ** -52;
    const short = cost - all * err;
    if (short > 0) {
      if (this.record) this.noteLimit(short * (1 - 1e-9), this.lamSum(p));
      return UNAFFORDABLE;
    }
    // As b grows, only the terms below r * u grow (group g at most lam[g] times as fast); r is an
    // upper bound of rho(w), which only falls.
    const slack = cost - sum * err;
    if (!(slack > 0)) return NOT_PROVED;
    const capped = this.out[4] as number;
    const belowHi = (this.out[3] as number) * err;
    // x1 * u * capped = cost - belowHi, rounded down (2^-40 covers the rounding of u and of x1).
    const x1 = ((cost - belowHi) / (this.uOf(p) * capped)) * (1 - 2 ** -40);
    this.aboveLo = r;
    let rest = slack;
    if (x1 > r) {
      this.aboveLo = r + (x1 - r) * 0.75;
      // The slack left at aboveLo: cost - belowHi - aboveLo * u * capped, at least half the first.
      rest = Math.min(slack, (x1 - this.aboveLo) * this.uOf(p) * capped * (1 - 2 ** -40));
    }
    this.noteLimit(rest * (1 - 1e-9), low * (1 + 1e-9));
    return ABOVE;
  }

  compact() {
    let j = 0;
    for (let i = 0; i < this.live; i++) {
      const p = this.order[i] as number;
      if (this.alive[p] === 1) this.order[j++] = p;
    }
    this.live = j;
  }

  sortByLo() {
    for (let i = 1; i < this.live; i++) {
      const p = this.order[i] as number;
      const key = this.lo[p] as number;
      let j = i - 1;
      while (j >= 0) {
        const q = this.order[j] as number;
        const k = this.lo[q] as number;
        if (k < key || (k === key && q < p)) break;
        this.order[j + 1] = q;
        j--;
      }
      this.order[j + 1] = p;
    }
  }

  /** Who paid what in this round (before the state changes): poor groups by budget, then pi. */
  tracePayments(w: number, Dold: bigint, Xr: bigint): Payment[] {
    const s = this.supporters[w] as Int32Array;
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
      if (this.zero[g] === 1) continue;
      const wg = this.weights[g] as number;
      if (this.mark[g] !== this.stampNow) {
        richVoters += wg;
        continue;
      }
      const key = this.beta[g] as number;
      let list = seen.get(key);
      if (!list) {
        list = [];
        seen.set(key, list);
      }
      let known: { last: number; amount: Amount } | undefined;
      for (const other of list) {
        if (this.samePayments(g, other.g)) {
          known = other;
          break;
        }
      }
      if (!known) {
        const b = this.budgetOf(g);
        let last = -1;
        const end = this.start[g + 1] as number;
        for (let j = this.start[g] as number; j < end; j++) {
          const r = this.roundOf[this.items[j] as number] as number;
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
    const close = 4 * this.E + 1e-9;
    const amounts = [...poorBy].sort(([a, x], [c, y]) => {
      if (Math.abs(x.f - y.f) > close) return x.f - y.f;
      return a < c ? -1 : a > c ? 1 : 0;
    });
    const below = new Map<number, bigint>();
    const list: Payment[] = amounts.map(([b, { voters, last }]) => {
      const count = last < 0 ? 1 : (this.factorsAfter[last] as number);
      const Dm = this.prefix[count - 1] as bigint;
      let rest = below.get(count);
      if (rest === undefined) {
        rest = Dold / Dm;
        below.set(count, rest);
      }
      return { voters, each: this.reduce(b / rest, count) };
    });
    if (richVoters > 0) {
      // pi = Xr / (Dold * Rr): Rr is the last factor, already added by the caller.
      list.push({ voters: richVoters, each: this.reduce(Xr, this.factors.length) });
    }
    // The amounts are all different (poor ones are different budgets, all below pi): no merging,
    // only the order of mergePayments (most voters first, stable).
    return list.sort((x, y) => y.voters - x.voters);
  }

  /** The run, pass by pass; undefined when it gives up (see runMesSession). */
  count(): MesSession | undefined {
    for (let round = 0; ; round++) {
      this.roundNow = round;
      const rec = this.guiding ? (this.old as readonly RoundRecord[])[round] : undefined;
      this.takeOverProofs(rec);
      if (!this.tryGuidedWinner(rec, round)) return undefined;
      if (this.best < 0 && !this.searchWinner(round)) return undefined;
      if (this.best < 0) {
        this.recordLastPass(rec);
        break;
      }
      const rhoHi = this.proveWinner(round, rec);
      if (Number.isNaN(rhoHi)) return undefined;
      if (rec && this.best !== rec.w) this.guiding = false;
      if (!rec || this.best !== rec.w) this.sameSince = false;
      if (this.certifyInterval && !this.sameSince) return undefined; // the caller only wants the interval
      if (!this.buyWinner(rec, rhoHi)) return undefined;
    }
    return this.withTrace ? this.sessionWithTrace() : this.session();
  }

  /**
   * A guided pass starts with the proofs of the same pass at the smaller b that still hold at this b
   * (their limits): projects dropped, lower bounds of rho.
   */
  takeOverProofs(rec: RoundRecord | undefined): void {
    if (rec) {
      const proofs = rec.proofs;
      for (let i = 0; i < proofs.length; i += 4) {
        const limit = proofs[i + 3] as number;
        if (!(limit >= this.bCheck)) continue;
        const q = proofs[i + 1] as number;
        if (proofs[i] === RETIRED) {
          if (this.alive[q] !== 1) continue;
          this.alive[q] = 0;
        } else if ((proofs[i + 2] as number) > (this.lo[q] as number)) {
          this.lo[q] = proofs[i + 2] as number;
        }
        this.passProofs.push(proofs[i] as number, q, proofs[i + 2] as number, limit);
        if (limit < this.passLimit) this.passLimit = limit;
      }
    }
    this.compact();
  }

  /**
   * Clears the candidate winner, then (guided) tries the winner of the same pass at the smaller b:
   * priced near where it was (checked exactly), else estimated as usual. False: give up.
   */
  tryGuidedWinner(rec: RoundRecord | undefined, round: number): boolean {
    this.best = -1;
    this.markedFor = -1;
    this.wX = 0n;
    this.wR = 0;
    this.wFloat = false;
    if (!rec || rec.w < 0 || this.alive[rec.w] !== 1) {
      this.guiding = false;
      return true;
    }
    this.best = rec.w;
    if (this.priceGuided(rec, this.previous as MesSession)) {
      this.holdWinnerPrice();
      return true;
    }
    if (this.estimate(this.best, round) === UNAFFORDABLE) {
      this.retire(this.best);
      this.best = -1;
      this.guiding = false;
      this.compact();
      return true;
    }
    if (!this.priceOf(this.best, true, true)) return false;
    this.holdWinnerPrice();
    return true;
  }

  /** The price just computed (exX / exR, or floatPi) is the candidate winner's, marked for paying. */
  holdWinnerPrice(): void {
    this.markedFor = this.best;
    this.wFloat = !Number.isNaN(this.floatPi);
    this.wX = this.exX;
    this.wR = this.exR;
  }

  /**
   * An unguided pass: the projects in order of their lower bound of rho, each either proved worse
   * than the best so far in one pass over its supporters, or estimated; the smallest estimate is
   * priced. Leaves best = -1 when nothing can be bought. False: give up.
   */
  searchWinner(round: number): boolean {
    if (this.live === 0) return true;
    this.sortByLo();
    let bestRho = Number.POSITIVE_INFINITY;
    for (let i = 0; i < this.live; i++) {
      const p = this.order[i] as number;
      if ((this.lo[p] as number) > bestRho * (1 + 1e-9)) break; // a guess only; proved below
      if (this.best >= 0) {
        // One pass proves most others worse than the best so far (kept if that is the winner).
        const proof = this.certifyAbove(p, bestRho * (1 + 1e-7));
        if (proof === UNAFFORDABLE) {
          this.retire(p);
          continue;
        }
        if (proof === ABOVE) {
          this.setLo(p, this.aboveLo);
          continue;
        }
      }
      const rho = this.estimate(p, round);
      if (rho === UNAFFORDABLE) {
        this.retire(p);
        continue;
      }
      if (rho < bestRho || (rho === bestRho && p < this.best)) {
        this.best = p;
        bestRho = rho;
      }
    }
    if (this.best < 0) return true;
    if (!this.priceOf(this.best, true, true)) return false;
    this.holdWinnerPrice();
    return true;
  }

  /** The last pass: nothing left that its supporters can pay for. */
  recordLastPass(rec: RoundRecord | undefined): void {
    if (!rec || rec.w !== -1) this.sameSince = false;
    this.records.push({
      w: -1,
      proofs: this.passProofs,
      limit: this.passLimit,
      rhoHi: 0,
      pi: 0,
      slope: Number.NaN,
      fall: 0,
      from: 0,
      to: 0,
    });
  }

  /**
   * Proves that best has the smallest rho (ties: smaller index), or finds the project that has and
   * proves that one. Returns the certain upper bound of the winner's rho, NaN to give up.
   */
  proveWinner(round: number, rec: RoundRecord | undefined): number {
    let rhoHi = 0;
    for (let changed = true; changed; ) {
      changed = false;
      this.winnerFall = Number.NaN;
      const wD = this.wFloat ? 1n : this.D * BigInt(this.wR) * this.uExact(this.best);
      const rHi =
        (this.wFloat ? (this.floatPi + this.floatErr) / this.uOf(this.best) : ratioF(this.wX, wD)) *
        (1 + 2 ** -40);
      rhoHi = rHi;
      if (!rec || rec.w !== this.best) this.sameSince = false;
      // For the interval (see runMesSession): every other project above the winner's rho at previous.b.
      let rT = this.sameSince && (rec as RoundRecord).rhoHi > rHi ? (rec as RoundRecord).rhoHi : rHi;
      for (let i = 0; i < this.live; i++) {
        const q = this.order[i] as number;
        if (q === this.best || this.alive[q] !== 1 || (this.lo[q] as number) > rT) continue;
        if (rT > rHi) {
          if (this.provedAboveInterval(q, rT, rHi, round)) continue;
          rT = rHi;
          if ((this.lo[q] as number) > rHi) continue;
        }
        const step = this.compareWithWinner(q, round, rHi, wD, rT);
        if (step === GIVE_UP) return Number.NaN;
        if (step === RESTART) {
          changed = true;
          break;
        }
      }
    }
    return rhoHi;
  }

  /**
   * q proved above rT (the winner's rho at previous.b) or unaffordable, else above the lower
   * threshold that the falls of both rhos allow (`fallingThreshold`); else the interval fails.
   */
  provedAboveInterval(q: number, rT: number, rHi: number, round: number): boolean {
    let above = this.certifyAbove(q, rT);
    if (above === NOT_PROVED) {
      const lower = this.fallingThreshold(q, rT, rHi, round);
      if (lower < rT) above = this.certifyAbove(q, lower);
    }
    if (above === UNAFFORDABLE) {
      this.retire(q);
      return true;
    }
    if (above === ABOVE) {
      this.setLo(q, this.aboveLo);
      return true;
    }
    this.sameSince = false;
    return false;
  }

  /**
   * A threshold t in [rHi, rT] such that rho(q) > t at this b proves, with rho(w) <= rT at
   * previous.b, that q is worse than the winner w at every start budget between previous.b and this
   * b. Both rhos fall as b grows, each at least at a certain rate f (`fallRate`), so on the interval
   * rho(w) lies below the line from rT down at rate f_w, and rho(q) above the line from rho_q(b')
   * up (towards smaller b) at rate f_q: both lines are straight, so comparing them at the two ends
   * suffices, which is rho_q(b') > rT - min(f_w, f_q) * (b' - previous.b).
   */
  fallingThreshold(q: number, rT: number, rHi: number, round: number): number {
    if (Number.isNaN(this.winnerFall)) {
      const wLo = this.wFloat
        ? (this.floatPi - this.floatErr) / this.uOf(this.best)
        : ratioF(this.wX, this.D * BigInt(this.wR) * this.uExact(this.best)) * (1 - 2 ** -40);
      this.winnerFall = this.fallRate(this.best, wLo, round);
    }
    const f = Math.min(this.winnerFall, this.fallRate(q, rHi, round));
    if (!(f > 0)) return rT;
    const db = (this.bF - (this.previous as MesSession).b) * (1 - 1e-9);
    const t = (rT - f * db) * (1 + 2 ** -50);
    return t > rHi ? t : rHi;
  }

  /**
   * A certain lower bound, valid from previous.b to this b with the winners so far the same, of how
   * fast rho(p) falls as b grows, given rho(p) >= level at this b (rho per unit of b). A supporter
   * that paid the price in every earlier round at previous.b (`paidAllBefore`) does so at every
   * larger b, and its budget b - (those prices) grows at least as fast as b (the prices only fall).
   * With P the supporters certainly poor at this b (nothing left, or budget below level * u), A the
   * weight of those among them that paid every price before, and R the weight of the others: at any
   * b0 < b1 in the interval, the supporters in P (poor at b1, so at b0 too) had at least
   * A * (b1 - b0) less, so rho(b0) - rho(b1) >= A * (b1 - b0) / (u * R).
   */
  fallRate(p: number, level: number, round: number): number {
    const firstUnpaid = this.firstUnpaidBefore();
    const s = this.supporters[p] as Int32Array;
    const u = this.uOf(p);
    const cap = level * u * (1 - 1e-12) - (this.E * 1.01 + U * this.bF);
    let poor = 0;
    let rising = 0;
    for (let i = 0; i < s.length; i++) {
      const g = s[i] as number;
      const w = this.weights[g] as number;
      if (this.zero[g] === 1) {
        poor += w;
      } else if ((this.beta[g] as number) < cap) {
        poor += w;
        if ((firstUnpaid[g] as number) >= round) rising += w;
      }
    }
    const rich = (this.approvalsF[p] as number) - poor;
    if (!(rich > 0) || rising === 0) return 0;
    return (rising / (u * rich * (1 + 1e-9))) * (1 - 1e-9);
  }

  /** Per group: the first round of the previous run in which it did not pay the price (or P). */
  firstUnpaidBefore(): Int32Array {
    if (this.firstUnpaid) return this.firstUnpaid;
    const previous = this.previous as MesSession;
    const known = firstUnpaidOf.get(previous);
    if (known) {
      this.firstUnpaid = known;
      return known;
    }
    const first = new Int32Array(this.weights.length).fill(this.P + 1);
    for (let r = previous.records.length - 1; r >= 0; r--) {
      const rec = previous.records[r] as RoundRecord;
      for (let k = rec.from; k < rec.to; k++) first[previous.unpaid[k] as number] = r;
    }
    this.firstUnpaid = first;
    firstUnpaidOf.set(previous, first);
    return first;
  }

  /**
   * Proves q worse than the candidate winner (rho at most rHi): in floats when it can, else
   * exactly. RESTART when the winner's price had to be made exact or q turned out better (then q is
   * the candidate).
   */
  compareWithWinner(q: number, round: number, rHi: number, wD: bigint, rT: number): number {
    const proof = this.certifyAbove(q, rHi);
    if (proof === UNAFFORDABLE) {
      this.retire(q);
      return PROVED;
    }
    if (proof === ABOVE) {
      this.setLo(q, this.aboveLo);
      return PROVED;
    }
    if (this.stamp[q] !== round && this.estimate(q, round) === UNAFFORDABLE) {
      this.retire(q);
      return PROVED;
    }
    if (this.wFloat) {
      // A near tie is compared exactly: that needs the exact price of w too.
      if (!this.priceOf(this.best, true)) return GIVE_UP;
      this.wFloat = false;
      this.wX = this.exX;
      this.wR = this.exR;
      return RESTART;
    }
    return this.compareExactly(q, wD, rT);
  }

  /** A near tie, decided in BigInt (and not carried to another b). */
  compareExactly(q: number, wD: bigint, rT: number): number {
    if (!this.priceOf(q, false)) return GIVE_UP;
    this.noteLimit(0, 1);
    const qD = this.D * BigInt(this.exR) * this.uExact(q);
    const l = this.exX * wD;
    const r = this.wX * qD;
    if (l < r || (l === r && q < this.best)) {
      this.best = q;
      this.wX = this.exX;
      this.wR = this.exR;
      return RESTART;
    }
    const qLo = ratioF(this.exX, qD) * (1 - 2 ** -40);
    if (!(qLo > rT)) this.sameSince = false;
    if (qLo > (this.lo[q] as number)) this.setLo(q, qLo);
    return PROVED;
  }

  /** Buys the proved winner: its price (float or exact), the payments, the record of the pass. */
  buyWinner(rec: RoundRecord | undefined, rhoHi: number): boolean {
    const w = this.best;
    if (this.markedFor !== w && !this.priceOf(w, true)) return false;
    const pf = this.wFloat ? this.buyAtFloatPrice(w) : this.buyAtExactPrice(w);
    const from = this.payWinner(w, pf);
    if (this.record) {
      const slope =
        rec && rec.w === w ? (pf - rec.pi) / (this.bF - (this.previous as MesSession).b) : Number.NaN;
      this.records.push({
        w,
        proofs: this.passProofs,
        limit: this.passLimit,
        rhoHi,
        pi: pf,
        slope,
        fall: this.markSlope,
        from,
        to: this.unpaidCount,
      });
    }
    this.passLimit = Number.POSITIVE_INFINITY;
    this.passProofs = [];
    this.selected.push(w);
    this.spent += this.costs[w] as bigint;
    this.alive[w] = 0;
    return true;
  }

  /** The round waits in `pending` with its float price; the float budgets' error bound grows. */
  buyAtFloatPrice(w: number): number {
    const round = { ...(this.floatPoor as PendingRound), w };
    this.pending.push(round);
    this.poolUsed = round.end;
    this.noteWinner(w);
    this.roundOf[w] = this.piN.length + this.pending.length - 1;
    this.E += this.floatErr + 5 * U * this.bF;
    return this.floatPi;
  }

  /** The exact price joins the exact state (and the trace). Returns it as a float. */
  buyAtExactPrice(w: number): number {
    const Xr = this.commitExact(w, this.wX, BigInt(this.wR));
    this.E += 5 * U * this.bF;
    if (this.withTrace) {
      this.rounds.push({
        id: this.profile.ids[w] as string,
        rho: divideBy(this.reduce(Xr, this.factors.length), this.uExact(w)),
        payments: this.paid,
      });
    }
    return ratioF(Xr, this.D);
  }

  /** The supporters of w pay (float budgets); returns where this round's unpaid list starts. */
  payWinner(w: number, pf: number): number {
    const sw = this.supporters[w] as Int32Array;
    const from = this.unpaidCount;
    if (this.record && this.unpaid.length < this.unpaidCount + sw.length) {
      this.unpaid = grown(this.unpaid, this.unpaidCount + sw.length);
      this.scratch.unpaidSize = this.unpaid.length;
    }
    this.unpaidCount = pay(
      sw,
      this.scratch,
      this.stampNow,
      pf,
      this.record ? this.markSlope : 0,
      this.unpaid,
      this.unpaidCount,
    );
    return from;
  }

  /** The run as a session for the next one (no trace). */
  session(): MesSession {
    const sameSincePrevious =
      this.sameSince && this.records.length === (this.old as readonly RoundRecord[]).length;
    return {
      num: this.num,
      den: this.den,
      b: this.bF,
      records: this.records,
      unpaid: this.unpaid,
      run: { selected: this.selected, cost: this.spent },
      sameSincePrevious,
    };
  }

  /** The session with the trace: the rounds, and what the supporters of every other project had. */
  sessionWithTrace(): MesSession {
    const chosen = new Set(this.selected);
    const leftovers: MesLeftover[] = [];
    const unsupported: string[] = [];
    for (let p = 0; p < this.P; p++) {
      if (chosen.has(p)) continue;
      if ((this.profile.approvals[p] as number) === 0) {
        unsupported.push(this.profile.ids[p] as string);
        continue;
      }
      const s = this.supporters[p] as Int32Array;
      let W = 0;
      for (let i = 0; i < s.length; i++) {
        const g = s[i] as number;
        if (this.zero[g] === 1) continue;
        const wg = this.weights[g] as number;
        W += wg;
        this.addPattern(g, wg);
      }
      leftovers.push({
        id: this.profile.ids[p] as string,
        supporters: this.profile.approvals[p] as number,
        supportersBudget: this.reduce(this.sumFromPattern(W), this.factors.length),
      });
    }
    const trace: MesTrace = {
      kind: 'mes',
      utility: this.utility,
      voterBudget: rational(this.num, this.den),
      increments: 0,
      rounds: this.rounds,
      leftovers,
      unsupported,
    };
    return { ...this.session(), run: { selected: this.selected, cost: this.spent, trace } };
  }
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
