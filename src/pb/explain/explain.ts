// SPDX-License-Identifier: EUPL-1.2
/**
 * Turns an outcome into one reason per project, as data. Money is in currency units (a number for
 * display: every decision was already taken exactly by the rule).
 */
import { type Rational, rational, toNumber } from '../rational.ts';
import type { GreedyStep, GreedyTrace, Instance, MesTrace, Outcome } from '../types.ts';

/** A selected plan and how many supporters of a rejected plan chose it too. */
export interface SharedSupport {
  readonly id: string;
  readonly supporters: number;
}

/** Voters who paid the same amount for a selected project. */
export interface PaymentShare {
  readonly voters: number;
  readonly each: number;
}

export type Reason =
  /** Greedy: the project was next in line and still fitted. */
  | {
      readonly id: string;
      readonly selected: true;
      readonly reason: 'fits';
      readonly score: number;
      readonly scoreKind: 'approvals' | 'points';
      readonly remaining: number;
      readonly cost: number;
    }
  /** Greedy: when it was this project's turn, the money left was less than its cost. */
  | {
      readonly id: string;
      readonly selected: false;
      readonly reason: 'does-not-fit';
      readonly score: number;
      readonly scoreKind: 'approvals' | 'points';
      readonly remaining: number;
      readonly cost: number;
    }
  /** Completion by greedy: funded with the money equal shares left over. */
  | {
      readonly id: string;
      readonly selected: true;
      readonly reason: 'fits-leftover';
      readonly score: number;
      readonly remaining: number;
      readonly cost: number;
    }
  /** Equal shares: bought; these supporters paid. */
  | {
      readonly id: string;
      readonly selected: true;
      readonly reason: 'paid-by-supporters';
      readonly cost: number;
      readonly supporters: number;
      readonly payments: readonly PaymentShare[];
    }
  /**
   * Equal shares: the supporters did not have enough left together. Often because they had already paid
   * for other plans they chose: `spentOn` names the (at most two) selected plans that most of them chose too.
   * After a greedy completion, `leftover` is the money that was left when this plan's turn came.
   */
  | {
      readonly id: string;
      readonly selected: false;
      readonly reason: 'supporters-cannot-afford';
      readonly supporters: number;
      readonly supportersBudget: number;
      readonly cost: number;
      /** The cost split equally over the supporters: what it would have cost each of them. */
      readonly perSupporter: number;
      /** The part of the budget each voter had to spend at the start (in the run that gave the outcome). */
      readonly share: number;
      readonly spentOn: readonly SharedSupport[];
      readonly leftover?: number;
    }
  /** The project costs more than the whole budget. */
  | {
      readonly id: string;
      readonly selected: false;
      readonly reason: 'over-budget';
      readonly cost: number;
      readonly budget: number;
    }
  /** Nobody voted for the project (or gave it points). */
  | { readonly id: string; readonly selected: false; readonly reason: 'no-votes' };

function money(instance: Instance, scaled: bigint | Rational): number {
  const value = typeof scaled === 'bigint' ? rational(scaled) : scaled;
  return toNumber(rational(value.n, value.d * 10n ** BigInt(instance.decimals)));
}

function greedyReasons(instance: Instance, trace: GreedyTrace, completion: boolean): Map<string, Reason> {
  const out = new Map<string, Reason>();
  const kind = trace.score;
  for (const step of trace.steps) out.set(step.id, greedyReason(instance, step, kind, completion));
  for (const id of trace.ignored) out.set(id, { id, selected: false, reason: 'no-votes' });
  return out;
}

function greedyReason(
  instance: Instance,
  step: GreedyStep,
  scoreKind: 'approvals' | 'points',
  completion: boolean,
): Reason {
  const base = {
    id: step.id,
    score: Number(step.score),
    remaining: money(instance, step.remaining),
    cost: money(instance, step.cost),
  };
  if (step.selected) {
    return completion
      ? { ...base, selected: true, reason: 'fits-leftover' }
      : { ...base, selected: true, reason: 'fits', scoreKind };
  }
  if (step.cost > instance.budget) {
    return {
      id: step.id,
      selected: false,
      reason: 'over-budget',
      cost: base.cost,
      budget: money(instance, instance.budget),
    };
  }
  if (step.score === 0n) return { id: step.id, selected: false, reason: 'no-votes' };
  return { ...base, selected: false, reason: 'does-not-fit', scoreKind };
}

/**
 * For each rejected project, the selected projects its supporters chose most often too (at most two, most
 * shared supporters first, then selection order). One pass over the ballots.
 */
function sharedSupport(
  instance: Instance,
  selected: readonly string[],
  rejected: readonly string[],
): Map<string, SharedSupport[]> {
  const rank = new Map(selected.map((id, i) => [id, i]));
  const counts = new Map(rejected.map((id) => [id, new Map<string, number>()]));
  for (const ballot of instance.ballots) {
    const chosen = ballot.projects.filter((id) => rank.has(id));
    if (chosen.length === 0) continue;
    for (const id of ballot.projects) {
      const tally = counts.get(id);
      if (tally) for (const other of chosen) tally.set(other, (tally.get(other) ?? 0) + 1);
    }
  }
  const out = new Map<string, SharedSupport[]>();
  for (const [id, tally] of counts) {
    const top = [...tally]
      .sort(([a, x], [b, y]) => y - x || (rank.get(a) as number) - (rank.get(b) as number))
      .slice(0, 2)
      .map(([other, supporters]) => ({ id: other, supporters }));
    out.set(id, top);
  }
  return out;
}

function mesReasons(instance: Instance, trace: MesTrace): Map<string, Reason> {
  const out = new Map<string, Reason>();
  const costs = new Map(instance.projects.map((p) => [p.id, p.cost] as const));
  const shared = sharedSupport(
    instance,
    trace.rounds.map((r) => r.id),
    trace.leftovers.map((l) => l.id),
  );
  for (const round of trace.rounds) {
    let supporters = 0;
    for (const payment of round.payments) supporters += payment.voters;
    out.set(round.id, {
      id: round.id,
      selected: true,
      reason: 'paid-by-supporters',
      cost: money(instance, costs.get(round.id) as bigint),
      supporters,
      payments: round.payments.map((p) => ({ voters: p.voters, each: money(instance, p.each) })),
    });
  }
  for (const left of trace.leftovers) {
    const cost = costs.get(left.id) as bigint;
    out.set(
      left.id,
      cost > instance.budget
        ? {
            id: left.id,
            selected: false,
            reason: 'over-budget',
            cost: money(instance, cost),
            budget: money(instance, instance.budget),
          }
        : {
            id: left.id,
            selected: false,
            reason: 'supporters-cannot-afford',
            supporters: left.supporters,
            supportersBudget: money(instance, left.supportersBudget),
            cost: money(instance, cost),
            perSupporter: money(instance, rational(cost, BigInt(Math.max(left.supporters, 1)))),
            share: money(instance, trace.voterBudget),
            spentOn: shared.get(left.id) ?? [],
          },
    );
  }
  for (const id of trace.unsupported) out.set(id, { id, selected: false, reason: 'no-votes' });
  return out;
}

/**
 * One reason per project of the instance: first the selected projects in selection order, then the
 * others in file order.
 */
export function explain(instance: Instance, outcome: Outcome): Reason[] {
  const trace = outcome.trace;
  let reasons: Map<string, Reason>;
  if (trace.kind === 'greedy') {
    reasons = greedyReasons(instance, trace, false);
  } else if (trace.kind === 'mes') {
    reasons = mesReasons(instance, trace);
  } else {
    reasons = mesReasons(instance, trace.mes);
    // The greedy completion decides about every project equal shares left out. A project it could not
    // fit keeps the reason equal shares gave (why its supporters could not pay) and adds what was left.
    for (const [id, reason] of greedyReasons(instance, trace.greedy, true)) {
      const earlier = reasons.get(id);
      if (earlier?.reason === 'supporters-cannot-afford' && reason.reason === 'does-not-fit') {
        reasons.set(id, { ...earlier, leftover: reason.remaining });
      } else if (reason.selected || !earlier || earlier.reason !== 'no-votes') {
        reasons.set(id, reason);
      }
    }
  }
  const ordered: Reason[] = [];
  for (const id of outcome.selected) ordered.push(reasons.get(id) as Reason);
  const chosen = new Set(outcome.selected);
  for (const project of instance.projects) {
    if (chosen.has(project.id)) continue;
    ordered.push(reasons.get(project.id) ?? { id: project.id, selected: false, reason: 'no-votes' });
  }
  return ordered;
}
