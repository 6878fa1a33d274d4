// SPDX-License-Identifier: EUPL-1.2
/**
 * The Method of Equal Shares (pabutools' `method_of_equal_shares` on the multiprofile).
 *
 * Every voter starts with the same budget b (budget / number of ballots). Repeatedly, for every project
 * p that its supporters can still pay for, find the smallest rho such that the supporters together pay
 * cost(p) when each supporter i pays min(budget_i, rho * u_i(p)); buy the project with the smallest rho
 * (ties to the smaller id) and let its supporters pay. Stop when no project can be paid for.
 * u_i(p) is cost(p) for mes_cost (cost satisfaction) and 1 for mes_approval (cardinality satisfaction);
 * a voter supports p when p is on the ballot.
 *
 * Exact and fast: all voters with the same remaining budget form one class. Since all supporters of a
 * project have the same utility for it, rho only needs the supporters' budgets in ascending order, which
 * one globally sorted list of classes gives for every project. Budgets are integers over one common
 * denominator D, so every comparison is a BigInt comparison without fractions. As in the reference,
 * rho of a project from an earlier round is a lower bound (budgets only go down), so each round only
 * recomputes rho until the lower bounds exceed the best rho found.
 */
import { gcd, type Rational, rational } from '../rational.ts';
import type { Instance, MesLeftover, MesRound, MesTrace, Outcome, Payment } from '../types.ts';
import { runMesFast } from './mes-float.ts';
import { type Profile, profileOf } from './profile.ts';

export type Utility = 'cost' | 'approval';

interface VoterClass {
  /** Budget of each voter in the class, as a numerator over the common denominator D. */
  a: bigint;
  /**
   * How fast that budget grows with the starting budget b per voter, as a numerator over the common
   * denominator E (add1 only; see `steady` below). Every live class has slope >= 1.
   */
  q: bigint;
  /** Groups (distinct ballots) in the class. */
  groups: number[];
  /** Per project: voters in the class who support it. */
  cnt: Int32Array;
  /** Voters in the class. */
  size: number;
  /** a / D as a float (for the float filter only; never decides anything on its own). */
  f: number;
  /** A certain upper bound of a / D: f rounded generously up. */
  fhi: number;
}

export interface MesResult {
  /** Project indices in selection order. */
  readonly selected: readonly number[];
  readonly cost: bigint;
  /** Only when asked for. */
  readonly trace?: MesTrace;
  /**
   * Only when asked for: the outcome is provably the same for every per-voter budget b + j * step with
   * 0 <= j < steady (a lower bound; Infinity when no decision depends on b).
   */
  readonly steady?: number;
}

/** Projects equal shares can buy: at least one supporter and a positive cost (as in pabutools). */
export function mesCandidates(profile: Profile): number[] {
  const out: number[] = [];
  for (let p = 0; p < profile.ids.length; p++) {
    if ((profile.approvals[p] as number) > 0 && (profile.costs[p] as bigint) > 0n) out.push(p);
  }
  return out;
}

export interface MesRunOptions {
  /** Record who paid what (for explanations). */
  readonly trace?: boolean;
  /**
   * Compute `steady` for increments of this size (in units of 10^-decimals) of the per-voter budget.
   *
   * Why this is exact: while every decision of the run keeps its result, each voter's budget is an
   * affine function of the starting budget b, and so are pi and rho of every project. The decisions
   * are: which supporters pay all they have (poor) when rho of a project is computed, which projects
   * the supporters cannot pay for, and which project has the smallest rho. Each is an affine
   * inequality in b that holds at this b, so it keeps holding up to its root. Poor supporters'
   * budgets grow at least as fast as pi falls, so a rich supporter stays rich as b grows (all slopes
   * are >= 1 and pi never grows with b); only the other decisions need a root.
   */
  readonly stepSize?: bigint;
  /**
   * Use the class-based path below even where the fast path (`runMesFast`: float guidance, exact
   * prices, no classes) applies; for tests that compare the two.
   */
  readonly classes?: boolean;
}

/**
 * One run of equal shares with per-voter budget num/den (in units of 10^-decimals).
 * Zero-cost projects with supporters come first, in tie-break order (pabutools adds them up front).
 */
export function runMes(
  profile: Profile,
  utility: Utility,
  num: bigint,
  den: bigint,
  options: MesRunOptions = {},
): MesResult {
  const withTrace = options.trace === true;
  const stepSize = options.stepSize;
  const track = stepSize !== undefined;
  if (!track && options.classes !== true) {
    const result = runMesFast(profile, utility, num, den, withTrace);
    if (result) return result;
  }
  let steady = Number.POSITIVE_INFINITY;
  /** Lowers `steady` to the first step at which f0 + rate * delta stops being > 0 (or >= 0). */
  const limit = (f0N: bigint, f0D: bigint, rateN: bigint, rateD: bigint, strict: boolean) => {
    if (rateN >= 0n || steady <= 1) return;
    // delta* = (f0N / f0D) / (-rateN / rateD), in steps of stepSize.
    const n = f0N * rateD;
    const d = f0D * -rateN * (stepSize as bigint);
    let j: bigint;
    if (strict) j = (n + d - 1n) / d;
    else j = n / d + 1n;
    if (j < 1n) j = 1n;
    if (j < BigInt(Number.MAX_SAFE_INTEGER) && Number(j) < steady) steady = Number(j);
  };

  const P = profile.ids.length;
  const { costs, groups, weights } = profile;
  const selected: number[] = [];
  let spent = 0n;
  for (let p = 0; p < P; p++) {
    if ((profile.approvals[p] as number) > 0 && costs[p] === 0n) selected.push(p);
  }
  const candidates = mesCandidates(profile);
  const alive = new Uint8Array(P);
  for (const p of candidates) alive[p] = 1;

  let D = den;
  // D is den times the Rr of every round so far: its factors, to reduce payments in the trace cheaply.
  const dFactors: bigint[] = [den];
  let E = 1n;
  const first: VoterClass = { a: num, q: 1n, groups: [], cnt: new Int32Array(P), size: 0, f: 0, fhi: 0 };
  setFloat(first, num, den, shiftOf(den));
  for (let g = 0; g < groups.length; g++) {
    const set = groups[g] as Int32Array;
    if (set.length === 0) continue; // an empty ballot counts in n but supports nothing
    first.groups.push(g);
    first.size += weights[g] as number;
    for (const p of set) first.cnt[p] = (first.cnt[p] as number) + (weights[g] as number);
  }
  let classes: VoterClass[] = num > 0n && first.size > 0 ? [first] : [];
  // Supporters with a positive budget, per project.
  const live = new Float64Array(P);
  if (classes.length > 0) for (let p = 0; p < P; p++) live[p] = first.cnt[p] as number;

  const utilityOf = (p: number) => (utility === 'cost' ? (costs[p] as bigint) : 1n);
  // Per project: rho (or a lower bound of it from an earlier round) as boundN/boundD, and how it
  // changes with b as slopeN/slopeD. At first, rho with all supporters paying equally: pi = cost / M.
  const boundN: bigint[] = new Array(P).fill(0n);
  const boundD: bigint[] = new Array(P).fill(1n);
  const slopeN: bigint[] = new Array(P).fill(0n);
  const slopeD: bigint[] = new Array(P).fill(1n);
  for (const p of candidates) {
    boundN[p] = costs[p] as bigint;
    boundD[p] = BigInt(profile.approvals[p] as number) * utilityOf(p);
  }
  let order = candidates.slice();
  const inW = new Uint8Array(groups.length);
  // Per group: how many of its projects can still be bought. A group with none left cannot matter
  // any more and is dropped from its class (kept only when the trace needs every budget).
  const aliveIn = new Int32Array(groups.length);
  for (const p of candidates) {
    for (const g of profile.supporters[p] as Int32Array) aliveIn[g] = (aliveIn[g] as number) + 1;
  }
  let deadGroups = 0;
  let liveGroups = 0;
  for (let g = 0; g < groups.length; g++) if ((aliveIn[g] as number) > 0) liveGroups++;
  const retire = (p: number) => {
    alive[p] = 0;
    if (withTrace) return;
    for (const g of profile.supporters[p] as Int32Array) {
      const left = (aliveIn[g] as number) - 1;
      aliveIn[g] = left;
      if (left === 0) deadGroups++;
    }
  };
  const rounds: MesRound[] = [];
  let poor: VoterClass[] = [];
  let bestPoor: VoterClass[] = [];

  // The float filter (runs without `stepSize`): see selectFast.
  const fast = !track;
  const costF = new Float64Array(P);
  const uF = new Float64Array(P);
  for (let p = 0; p < P; p++) {
    costF[p] = Number(costs[p] as bigint);
    uF[p] = utility === 'cost' ? (costF[p] as number) : 1;
  }
  /** Per project: a certain lower bound of rho (valid for the rest of the run: rho only grows). */
  const lo = new Float64Array(P);
  let exX = 0n;
  let exR = 0n;
  /** Exact water-filling (as in the plain path); false when the supporters cannot pay for p. */
  const exact = (p: number): boolean => {
    const target = (costs[p] as bigint) * D;
    let S = 0n;
    let N = 0;
    const M = live[p] as number;
    for (const c of classes) {
      const k = c.cnt[p] as number;
      if (k === 0) continue;
      const rest = BigInt(M - N);
      const x = target - S;
      if (x <= c.a * rest) {
        exX = x;
        exR = rest;
        return true;
      }
      S += c.a * BigInt(k);
      N += k;
    }
    return false;
  };
  /** Water-filling in floats: an estimate of rho, or -1 when the supporters seem unable to pay. */
  const estimate = (p: number): number => {
    const cf = costF[p] as number;
    const M = live[p] as number;
    let S = 0;
    let N = 0;
    for (const c of classes) {
      const k = c.cnt[p] as number;
      if (k === 0) continue;
      const rest = M - N;
      const x = cf - S;
      if (x <= c.f * rest) return x / (rest * (uF[p] as number));
      S += c.f * k;
      N += k;
    }
    return -1;
  };
  /**
   * True only if, exactly, the supporters of p paying min(budget, r * u) each collect less than
   * cost(p): then rho(p) > r (or p cannot be paid for at all). Every term is an upper bound (fhi, r * u
   * rounded up) and the float sum of m terms is at most (1 + m * 2^-52) times too small, so a pass
   * is certain; a near miss returns false and the caller decides exactly.
   */
  const certifyAbove = (p: number, r: number): boolean => {
    const ru = r * (uF[p] as number) * (1 + 2 ** -50);
    let sum = 0;
    let m = 0;
    for (const c of classes) {
      const k = c.cnt[p] as number;
      if (k === 0) continue;
      sum += (c.fhi < ru ? c.fhi : ru) * k;
      m++;
    }
    return sum * (1 + (m + 8) * 2 ** -52) < (costF[p] as number) * (1 - 2 ** -52);
  };

  for (;;) {
    order = order.filter((p) => alive[p] === 1);
    if (order.length === 0) break;
    // Dropping dead groups scans every class, so it waits until enough groups died to pay off.
    if (deadGroups > 0 && deadGroups * 16 >= liveGroups) {
      liveGroups -= deadGroups;
      classes = dropDeadGroups(classes, aliveIn, weights);
      deadGroups = 0;
    }
    let best = -1;
    let bestN = 0n;
    let bestD = 1n;
    let bestX = 0n;
    let bestR = 0n;
    let bestPoorSlope = 0n;
    if (fast) {
      // Float filter: pick the project with the smallest estimated rho, compute its rho exactly, and
      // prove with certain float bounds (certifyAbove) that every other project has a larger rho;
      // whatever cannot be proved that way is computed and compared exactly (ties included).
      best = -1;
      for (;;) {
        order.sort((p, q) => (lo[p] as number) - (lo[q] as number) || p - q);
        let guess = -1;
        let guessF = Number.POSITIVE_INFINITY;
        for (const p of order) {
          if (alive[p] !== 1) continue;
          if ((lo[p] as number) > guessF * (1 + 1e-9)) break; // an estimate only; proved below
          let e = estimate(p);
          if (e < 0) {
            if (certifyAbove(p, Number.POSITIVE_INFINITY) || !exact(p)) {
              retire(p);
              continue;
            }
            e = ratioF(exX, D * exR * utilityOf(p));
          }
          if (e < guessF || (e === guessF && p < guess)) {
            guessF = e;
            guess = p;
          }
        }
        if (guess < 0) break;
        if (!exact(guess)) {
          retire(guess);
          order = order.filter((p) => alive[p] === 1);
          continue;
        }
        best = guess;
        bestX = exX;
        bestR = exR;
        bestN = exX;
        bestD = D * exR * utilityOf(guess);
        let proved = false;
        while (!proved) {
          proved = true;
          const rHi = ratioF(bestN, bestD) * (1 + 2 ** -40);
          for (const q of order) {
            if (q === best || alive[q] !== 1 || (lo[q] as number) > rHi) continue;
            if (certifyAbove(q, rHi)) {
              lo[q] = rHi;
              continue;
            }
            if (!exact(q)) {
              retire(q);
              continue;
            }
            const qN = exX;
            const qD = D * exR * utilityOf(q);
            const l = qN * bestD;
            const r = bestN * qD;
            if (l < r || (l === r && q < best)) {
              best = q;
              bestX = exX;
              bestR = exR;
              bestN = qN;
              bestD = qD;
              proved = false;
              break;
            }
            const qLo = ratioF(qN, qD) * (1 - 2 ** -40);
            if (qLo > (lo[q] as number)) lo[q] = qLo;
          }
        }
        break;
      }
      order = order.filter((p) => alive[p] === 1);
      if (best < 0) break;
      const bLo = ratioF(bestN, bestD) * (1 - 2 ** -40);
      if (bLo > (lo[best] as number)) lo[best] = bLo;
    } else {
      order.sort((p, q) => {
        const l = (boundN[p] as bigint) * (boundD[q] as bigint);
        const r = (boundN[q] as bigint) * (boundD[p] as bigint);
        return l < r ? -1 : l > r ? 1 : p - q;
      });
      for (const p of order) {
        if (best >= 0 && (boundN[p] as bigint) * bestD > bestN * (boundD[p] as bigint)) break;
        // Water-filling over the supporters in ascending budget order: the poorest pay all they have,
        // the rest pay pi = X / (D * R) where X = cost * D - (what the poor pay) * D and R counts the rest.
        const target = (costs[p] as bigint) * D;
        let S = 0n;
        let N = 0;
        const M = live[p] as number;
        let X = -1n;
        let R = 0n;
        let poorSlope = 0n;
        poor.length = 0;
        for (const c of classes) {
          const k = c.cnt[p] as number;
          if (k === 0) continue;
          const rest = BigInt(M - N);
          const x = target - S;
          if (x <= c.a * rest) {
            X = x;
            R = rest;
            break;
          }
          S += c.a * BigInt(k);
          N += k;
          if (track) {
            poorSlope += c.q * BigInt(k);
            poor.push(c);
          }
        }
        if (X < 0n) {
          retire(p); // its supporters cannot pay for it any more
          // ... until b is large enough: sum of budgets (S / D) grows by poorSlope / E per unit of b.
          if (track) limit(target - S, D, -poorSlope, E, true);
          continue;
        }
        const u = utilityOf(p);
        const rhoN = X;
        const rhoD = D * R * u;
        boundN[p] = rhoN;
        boundD[p] = rhoD;
        slopeN[p] = -poorSlope;
        slopeD[p] = E * R * u;
        if (best < 0) {
          best = p;
        } else {
          const l = rhoN * bestD;
          const r = bestN * rhoD;
          if (l < r || (l === r && p < best)) best = p;
          else continue;
        }
        bestN = rhoN;
        bestD = rhoD;
        bestX = X;
        bestR = R;
        bestPoorSlope = poorSlope;
        if (track) [poor, bestPoor] = [bestPoor, poor];
      }
    }
    if (best < 0) break;
    const w = best;

    if (track && steady > 1) {
      // The winner's poor supporters stay poor while pi - budget > 0; that margin changes by
      // -(poorSlope + q * R) / (E * R) per unit of b. (Other projects need no such condition: with
      // budgets affine in b, rho is the maximum of the affine functions of all possible poor sets, so
      // the function from the current poor set is a lower bound of rho for every b.)
      for (const c of bestPoor) {
        limit(bestX - c.a * bestR, D * bestR, -(bestPoorSlope + c.q * bestR), E * bestR, true);
      }
    }

    if (track && steady > 1) {
      // w must keep the smallest rho: rho_q - rho_w > 0 for projects that win ties against w,
      // >= 0 for the others (for projects not recomputed this round, their lower bound suffices).
      const wN = boundN[w] as bigint;
      const wD = boundD[w] as bigint;
      const wsN = slopeN[w] as bigint;
      const wsD = slopeD[w] as bigint;
      for (const q of order) {
        if (q === w || alive[q] !== 1) continue;
        const qN = boundN[q] as bigint;
        const qD = boundD[q] as bigint;
        const qsN = slopeN[q] as bigint;
        const qsD = slopeD[q] as bigint;
        limit(qN * wD - wN * qD, qD * wD, qsN * wsD - wsN * qsD, qsD * wsD, q < w);
        if (steady <= 1) break;
      }
    }

    // Buy w: every supporter pays min(budget, pi), pi = X / (D * R).
    selected.push(w);
    spent += costs[w] as bigint;
    retire(w);
    const g0 = gcd(bestX, bestR);
    const Xr = bestX / g0;
    const Rr = bestR / g0;
    const payments: Payment[] = [];
    const Dold = D;
    const oldFactors = withTrace ? dFactors.slice() : dFactors;
    D *= Rr;
    if (Rr !== 1n) dFactors.push(Rr);
    // What each rich supporter pays, Xr / D (reduced once per round, only for the trace).
    const richEach = withTrace ? rational(Xr, D) : undefined;
    const dShift = fast ? shiftOf(D) : 0n;
    // Rich payers' slopes grow by bestPoorSlope / (E * bestR) (pi falls as poor payers get more).
    let Rs = 1n;
    let Ps = 0n;
    if (track && bestPoorSlope !== 0n) {
      const g1 = gcd(bestPoorSlope, bestR);
      Rs = bestR / g1;
      Ps = bestPoorSlope / g1;
      E *= Rs;
    }
    for (const g of profile.supporters[w] as Int32Array) inW[g] = 1;
    const kept: VoterClass[] = [];
    const shifted: VoterClass[] = [];
    const drop = (c: VoterClass) => {
      for (const g of c.groups) {
        const wg = weights[g] as number;
        for (const p of groups[g] as Int32Array) live[p] = (live[p] as number) - wg;
      }
    };
    for (const c of classes) {
      const k = c.cnt[w] as number;
      if (k === 0) {
        if (Rr !== 1n) c.a *= Rr;
        if (Rs !== 1n) c.q *= Rs;
        kept.push(c);
        continue;
      }
      const rich = c.a * Rr >= Xr;
      let inPart = c;
      if (k !== c.size) {
        // Split the class into the groups that support w and the rest. Only the smaller side's
        // counts are summed from its ballots; the larger side's are the class counts minus those
        // (each group is on the smaller side O(log groups) times in a run). Poor payers are dropped,
        // so their counts are not needed at all.
        const inGroups: number[] = [];
        const outGroups: number[] = [];
        let sizeIn = 0;
        for (const g of c.groups) {
          if (inW[g] === 1) {
            inGroups.push(g);
            sizeIn += weights[g] as number;
          } else {
            outGroups.push(g);
          }
        }
        const cnt = c.cnt;
        let cntIn: Int32Array;
        let cntOut: Int32Array;
        if (!rich) {
          cntIn = EMPTY;
          if (inGroups.length <= outGroups.length) {
            cntOut = cnt;
            subtractCounts(cntOut, inGroups, groups, weights);
          } else {
            cntOut = countsOf(outGroups, groups, weights, P);
          }
        } else if (inGroups.length <= outGroups.length) {
          cntIn = countsOf(inGroups, groups, weights, P);
          cntOut = cnt;
          for (let p = 0; p < P; p++) cntOut[p] = (cntOut[p] as number) - (cntIn[p] as number);
        } else {
          cntOut = countsOf(outGroups, groups, weights, P);
          cntIn = cnt;
          for (let p = 0; p < P; p++) cntIn[p] = (cntIn[p] as number) - (cntOut[p] as number);
        }
        kept.push({
          a: c.a * Rr,
          q: c.q * Rs,
          groups: outGroups,
          cnt: cntOut,
          size: c.size - sizeIn,
          f: c.f,
          fhi: c.fhi,
        });
        inPart = { a: c.a, q: c.q, groups: inGroups, cnt: cntIn, size: sizeIn, f: 0, fhi: 0 };
      }
      if (withTrace) {
        payments.push({
          voters: k,
          each: rich ? (richEach as Rational) : reduceOver(c.a, Dold, oldFactors),
        });
      }
      if (rich) {
        inPart.a = inPart.a * Rr - Xr;
        inPart.q = inPart.q * Rs + Ps;
        if (inPart.a === 0n) {
          // Exactly spent at this b, but with a larger b something would be left: rerun at the next b.
          if (track) steady = 1;
          drop(inPart);
        } else {
          if (fast) setFloat(inPart, inPart.a, D, dShift);
          shifted.push(inPart);
        }
      } else {
        drop(inPart);
      }
    }
    for (const g of profile.supporters[w] as Int32Array) inW[g] = 0;
    classes = mergeClasses(kept, shifted, P);
    if (withTrace) {
      rounds.push({
        id: profile.ids[w] as string,
        rho: rational(bestN, bestD),
        payments: mergePayments(payments),
      });
    }
  }

  const result = track ? { selected, cost: spent, steady } : { selected, cost: spent };
  if (!withTrace) return result;
  const chosen = new Set(selected);
  const leftovers: MesLeftover[] = [];
  const unsupported: string[] = [];
  for (let p = 0; p < P; p++) {
    if (chosen.has(p)) continue;
    if ((profile.approvals[p] as number) === 0) {
      unsupported.push(profile.ids[p] as string);
      continue;
    }
    let total = 0n;
    for (const c of classes) total += c.a * BigInt(c.cnt[p] as number);
    leftovers.push({
      id: profile.ids[p] as string,
      supporters: profile.approvals[p] as number,
      supportersBudget: rational(total, D),
    });
  }
  return {
    ...result,
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

const EMPTY = new Int32Array(0);

/** How far to shift numerator and denominator right so that the denominator keeps about 64 bits. */
function shiftOf(D: bigint): bigint {
  const bits = D.toString(16).length * 4;
  return bits > 64 ? BigInt(bits - 64) : 0n;
}

/**
 * Sets the float budget of a class: f is a / D with an error of a few units in the last place plus at
 * most 2^-60 (the bits shifted out), so fhi = f * (1 + 2^-40) + 2^-40 is certainly >= a / D.
 */
function setFloat(c: VoterClass, a: bigint, D: bigint, shift: bigint): void {
  const f = shift > 0n ? Number(a >> shift) / Number(D >> shift) : Number(a) / Number(D);
  c.f = f;
  c.fhi = f * (1 + 2 ** -40) + 2 ** -40;
}

/** n / d (both positive) as a float, within a few units in the last place. */
function ratioF(n: bigint, d: bigint): number {
  const bits = Math.min(n.toString(16).length, d.toString(16).length) * 4;
  if (bits <= 64) return Number(n) / Number(d);
  const shift = BigInt(bits - 64);
  return Number(n >> shift) / Number(d >> shift);
}

/**
 * a / D reduced, where D is the product of `factors` (each small): gcd(a, f1 * f2 * ...) is found one
 * factor at a time (after dividing by h = gcd(a, f), a / h and f / h are coprime), which avoids a
 * Euclid on numbers of hundreds of bits.
 */
function reduceOver(a: bigint, D: bigint, factors: readonly bigint[]): Rational {
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

/** Per project: how many voters of these groups support it. */
function countsOf(
  list: readonly number[],
  groups: readonly Int32Array[],
  weights: readonly number[],
  P: number,
): Int32Array {
  const cnt = new Int32Array(P);
  for (const g of list) {
    const wg = weights[g] as number;
    for (const p of groups[g] as Int32Array) cnt[p] = (cnt[p] as number) + wg;
  }
  return cnt;
}

function subtractCounts(
  cnt: Int32Array,
  list: readonly number[],
  groups: readonly Int32Array[],
  weights: readonly number[],
): void {
  for (const g of list) {
    const wg = weights[g] as number;
    for (const p of groups[g] as Int32Array) cnt[p] = (cnt[p] as number) - wg;
  }
}

/** Removes groups that support no project that can still be bought, and classes left empty. */
function dropDeadGroups(
  classes: VoterClass[],
  aliveIn: Int32Array,
  weights: readonly number[],
): VoterClass[] {
  const out: VoterClass[] = [];
  for (const c of classes) {
    let dead = 0;
    for (const g of c.groups) if (aliveIn[g] === 0) dead++;
    if (dead === 0) {
      out.push(c);
      continue;
    }
    if (dead === c.groups.length) continue;
    const groups: number[] = [];
    let size = c.size;
    for (const g of c.groups) {
      if (aliveIn[g] === 0) size -= weights[g] as number;
      else groups.push(g);
    }
    c.groups = groups;
    c.size = size;
    out.push(c);
  }
  return out;
}

/** Merges two lists sorted by budget into one, joining classes with equal budgets. */
function mergeClasses(left: VoterClass[], right: VoterClass[], P: number): VoterClass[] {
  if (right.length === 0) return left;
  if (left.length === 0) return right;
  const out: VoterClass[] = [];
  let i = 0;
  let j = 0;
  const push = (c: VoterClass) => {
    const last = out[out.length - 1];
    // Equal budgets merge only when they also grow alike with b (see MesRunOptions.stepSize).
    if (last && last.a === c.a && last.q === c.q) {
      for (const g of c.groups) last.groups.push(g);
      for (let p = 0; p < P; p++) last.cnt[p] = (last.cnt[p] as number) + (c.cnt[p] as number);
      last.size += c.size;
    } else {
      out.push(c);
    }
  };
  while (i < left.length && j < right.length) {
    const l = left[i] as VoterClass;
    const r = right[j] as VoterClass;
    if (l.a <= r.a) {
      push(l);
      i++;
    } else {
      push(r);
      j++;
    }
  }
  while (i < left.length) push(left[i++] as VoterClass);
  while (j < right.length) push(right[j++] as VoterClass);
  return out;
}

function mergePayments(payments: Payment[]): Payment[] {
  const byAmount = new Map<string, Payment>();
  for (const payment of payments) {
    const key = `${payment.each.n}/${payment.each.d}`;
    const seen = byAmount.get(key);
    byAmount.set(key, seen ? { voters: seen.voters + payment.voters, each: payment.each } : payment);
  }
  return [...byAmount.values()].sort((x, y) => y.voters - x.voters);
}

/**
 * The outcome of one run of equal shares. The trace (who paid what, what the supporters of the others
 * still had) is what explanations need and costs about as much as the count itself, so it is counted
 * when it is first read: the same run again, with the trace (the run is exact, so it is the same run).
 */
function singleRunOutcome(
  profile: Profile,
  rule: Outcome['rule'],
  utility: Utility,
  budget: bigint,
): Outcome {
  const n = voterCount(profile);
  const result = runMes(profile, utility, budget, n);
  let trace: MesTrace | undefined;
  return {
    rule,
    selected: result.selected.map((p) => profile.ids[p] as string),
    cost: result.cost,
    get trace() {
      trace ??= runMes(profile, utility, budget, n, { trace: true }).trace as MesTrace;
      return trace;
    },
  };
}

/** mes_cost: equal shares with cost satisfaction, no completion. */
export function mesCost(instance: Instance): Outcome {
  return singleRunOutcome(profileOf(instance), 'mes_cost', 'cost', instance.budget);
}

/** mes_approval: equal shares with approval (cardinality) satisfaction, no completion. */
export function mesApproval(instance: Instance): Outcome {
  return singleRunOutcome(profileOf(instance), 'mes_approval', 'approval', instance.budget);
}

export function perVoterBudget(instance: Instance): Rational {
  return rational(instance.budget, BigInt(Math.max(1, instance.ballots.length)));
}

/** n for budget / n; at least 1 so that an election without ballots still counts (to nothing). */
export function voterCount(profile: Profile): bigint {
  return BigInt(Math.max(1, profile.voters));
}
