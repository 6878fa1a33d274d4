// SPDX-License-Identifier: EUPL-1.2
/**
 * Completions of equal shares, as in pabutools.
 *
 * add1 (`voter_budget_increment=1`): run equal shares with per-voter budget b = budget / n. If the
 * outcome costs more than the budget, return the outcome of the previous b; if it is exhaustive (no
 * supported, unfunded project with a positive cost fits in what is left of the real budget), return it;
 * otherwise add one currency unit to b and run again from scratch. b stays exact: budget / n need not be
 * an integer, and b = budget / n + k for k = 0, 1, 2, ...
 *
 * add1_greedy: the add1 outcome, completed by greedy_cost with the money that is left.
 */
import { PbError } from '../errors.ts';
import type { Instance, MesTrace, Outcome, Trace } from '../types.ts';
import { type MesResult, mesCandidates, runMes, voterCount } from './equal-shares.ts';
import { completeByApprovals } from './greedy-cost.ts';
import { type MesSession, runMesSession, validPasses } from './mes-float.ts';
import { profileOf } from './profile.ts';

export interface Add1Result {
  /** The chosen run's outcome (without its trace: countAdd1 counts that when it is read). */
  readonly result: MesResult;
  /** No run fitted the budget, not even the first: the outcome is empty. */
  readonly empty: boolean;
  /** How many currency units were added to the per-voter budget for the returned outcome. */
  readonly increments: number;
  /** How many full runs of equal shares were needed. */
  readonly runs: number;
}

/**
 * Runs the add1 search and returns the chosen run.
 *
 * The reference reruns equal shares for every b = budget / n + k. Here each run is recorded
 * (runMesSession) and guides the run at the next b: the same winners are tried first and every
 * proof that provably still holds there is taken over, so a run costs little more than pricing the
 * winners while the outcome changes only in its later rounds. Where every proof of every pass still
 * holds, the outcome is the same without a run, and the search jumps over all those b at once (they
 * pass the same feasibility and exhaustiveness checks). Should the fast path give up, the
 * class-based exact path counts that b and reports its own jump (`steady`). The result is the
 * reference's.
 *
 * Those proofs bound how fast each budget can grow, and the bounds compound over the rounds, so they
 * rarely reach more than a few units. So the search also leaps: a run at k + reach, guided by the
 * run at k, that proves the outcome the same for every b in between (runMesSession with
 * certifyInterval: the real budgets at both ends bound those in between). A leap that holds grows
 * the next by a quarter; a missed one is stopped at the first pass that fails and tried half as far.
 * After leaps that all missed, the search waits 1, 3, 7, ... steps before trying again (on most
 * instances the outcome changes every few units and leaps never hold), and no leap aims at or past
 * the target of the last missed one until the search has passed it (Budapest 2024: 3,173 -> 3,116
 * runs, 463 -> 429 M loop iterations over supporters).
 */
export function add1Search(instance: Instance): Add1Result {
  const profile = profileOf(instance);
  const n = voterCount(profile);
  const unit = 10n ** BigInt(instance.decimals);
  const step = unit * n; // one currency unit per voter, over the denominator n
  const candidates = mesCandidates(profile);
  const budget = instance.budget;
  let previousK = -1;
  let previous: MesResult = { selected: [], cost: 0n };
  let runs = 0;
  let k = 0;
  let session: MesSession | undefined;
  /** How far the next leap tries to jump (see `leap`). */
  let reach = 0;
  /** Leaps that failed in a row, and how many steps to wait before the next one. */
  let misses = 0;
  let wait = 0;
  /** Where the last missed leap was aimed: later leaps stop short of it until the search passes it. */
  let failAt = -1;
  /** Leaps from the session at k, halving reach after each miss while it is more than steady. */
  const leap = (from: MesSession, k: number, reach: number, steady: number) => {
    let tries = 0;
    for (let r = reach; r > steady; r = Math.floor(r / 2)) {
      tries++;
      const far = runMesSession(profile, 'cost', budget + BigInt(k + r) * step, n, false, from, true, true);
      if (far?.sameSincePrevious) return { session: far, reach: r, tries };
      failAt = k + r;
    }
    return { session: undefined, reach: 0, tries };
  };
  for (;;) {
    const start = budget + BigInt(k) * step;
    let result: MesResult;
    let steady = 1;
    const passes = session ? validPasses(session, start, n) : 0;
    if (session && passes === session.records.length) {
      result = session.run; // every decision still holds: the same outcome
    } else {
      session = runMesSession(profile, 'cost', start, n, false, session, true);
      runs++;
      if (session) {
        result = session.run;
      } else {
        result = runMes(profile, 'cost', start, n, { stepSize: unit });
        steady = result.steady ?? 1;
      }
    }
    if (result.cost > budget)
      return { result: previous, empty: previousK < 0, increments: Math.max(0, previousK), runs };
    const chosen = new Set(result.selected);
    const left = budget - result.cost;
    const exhaustive = candidates.every((p) => chosen.has(p) || (profile.costs[p] as bigint) > left);
    if (exhaustive) return { result, empty: false, increments: k, runs };
    if (session) steady = 1 + sameFor(session, start, step, n);
    if (!Number.isFinite(steady)) {
      throw new PbError('add1 stopt nooit: de uitkomst verandert niet meer als het budget per kiezer groeit');
    }
    if (failAt >= 0 && k + steady >= failAt) failAt = -1;
    if (failAt >= 0 && reach > failAt - k - 1) reach = failAt - k - 1;
    if (session && reach > steady && wait-- <= 0) {
      // Try to leap further than the proofs of this run reach: a run at k + reach that proves the
      // outcome the same all the way (runMesSession, certifyInterval); shorter after a miss.
      const far = leap(session, k, reach, steady);
      runs += far.tries;
      if (far.session) {
        previousK = k + far.reach;
        previous = far.session.run;
        k += far.reach;
        session = far.session;
        // A quarter further each time: doubling missed more often (Budapest 2024: 592 -> 527 M
        // loop iterations over supporters).
        reach = Math.max(far.reach + 1, Math.floor(1.25 * far.reach));
        misses = 0;
        continue;
      }
      misses++;
      wait = 2 ** misses - 1;
      reach = Math.max(2 * steady, 8);
    } else if (reach <= steady) {
      reach = Math.max(2 * steady, 8);
    }
    // Runs k+1 .. k+steady-1 give this same outcome; the last of them is the "previous" one.
    previousK = k + steady - 1;
    previous = result;
    k += steady;
  }
}

/** How many further increments after start/n keep every decision of the session (checked exactly). */
function sameFor(session: MesSession, start: bigint, step: bigint, n: bigint): number {
  let limit = Number.POSITIVE_INFINITY;
  for (const record of session.records) if (record.limit < limit) limit = record.limit;
  if (limit === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  const all = session.records.length;
  const b = Number(start) / Number(n);
  const stepF = Number(step) / Number(n);
  let j = Math.floor((limit - b) / stepF);
  if (!(j >= 1)) return 0;
  if (j > Number.MAX_SAFE_INTEGER / 4) j = Number.MAX_SAFE_INTEGER / 4;
  // The float estimate of j is checked (and lowered if needed) with validPasses itself.
  while (j > 0 && validPasses(session, start + BigInt(j) * step, n) < all) j = Math.floor(j / 2);
  return j;
}

function withTrace(instance: Instance, k: number): MesResult {
  const profile = profileOf(instance);
  const n = voterCount(profile);
  const step = 10n ** BigInt(instance.decimals) * n;
  return runMes(profile, 'cost', instance.budget + BigInt(k) * step, n, { trace: true });
}

/** The add1 search without jumps, exactly as the reference runs it (for tests; slow). */
export function add1SearchPlain(instance: Instance): Add1Result {
  const profile = profileOf(instance);
  const n = voterCount(profile);
  const step = 10n ** BigInt(instance.decimals) * n;
  const candidates = mesCandidates(profile);
  const budget = instance.budget;
  let previous: MesResult | undefined;
  let runs = 0;
  for (let k = 0; ; k++) {
    const result = runMes(profile, 'cost', budget + BigInt(k) * step, n);
    runs++;
    if (result.cost > budget)
      return { result: previous ?? { selected: [], cost: 0n }, empty: !previous, increments: k - 1, runs };
    const chosen = new Set(result.selected);
    const left = budget - result.cost;
    if (candidates.every((p) => chosen.has(p) || (profile.costs[p] as bigint) > left)) {
      return { result, empty: false, increments: k, runs };
    }
    previous = result;
  }
}

// mes_cost_add1_greedy starts from mes_cost_add1: count add1 once per instance.
const add1Outcomes = new WeakMap<Instance, Outcome>();

/** mes_cost_add1: equal shares with cost satisfaction and the add1 completion. */
export function mesCostAdd1(instance: Instance): Outcome {
  const cached = add1Outcomes.get(instance);
  if (cached) return cached;
  const outcome = countAdd1(instance);
  add1Outcomes.set(instance, outcome);
  return outcome;
}

function countAdd1(instance: Instance): Outcome {
  const profile = profileOf(instance);
  const { result, increments, empty } = add1Search(instance);
  // The trace (for explanations) is the chosen run counted again with it, when it is first read.
  let trace: MesTrace | undefined;
  return {
    rule: 'mes_cost_add1',
    selected: result.selected.map((p) => profile.ids[p] as string),
    cost: result.cost,
    get trace() {
      trace ??= empty
        ? emptyTrace(instance)
        : { ...(withTrace(instance, increments).trace as MesTrace), increments };
      return trace;
    },
  };
}

/** mes_cost_add1_greedy: mes_cost_add1, then greedy_cost with the money left. */
export function mesCostAdd1Greedy(instance: Instance): Outcome {
  const first = mesCostAdd1(instance);
  const { added, trace } = completeByApprovals(instance, first.selected);
  const profile = profileOf(instance);
  let cost = first.cost;
  for (const id of added) cost += profile.costs[profile.indexOf.get(id) as number] as bigint;
  let combined: Trace | undefined;
  return {
    rule: 'mes_cost_add1_greedy',
    selected: [...first.selected, ...added],
    cost,
    // Read lazily: the add1 trace is counted only when an explanation asks for it.
    get trace() {
      combined ??= { kind: 'mes+greedy', mes: first.trace as MesTrace, greedy: trace };
      return combined;
    },
  };
}

function emptyTrace(instance: Instance): MesTrace {
  const run = runMes(profileOf(instance), 'cost', 0n, 1n, { trace: true });
  return run.trace as MesTrace;
}
