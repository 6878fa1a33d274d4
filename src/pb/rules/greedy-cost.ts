// SPDX-License-Identifier: EUPL-1.2
/**
 * greedy_cost: pabutools' `greedy_utilitarian_welfare` with cost satisfaction. Projects are ranked by
 * total satisfaction per unit of cost, which with cost satisfaction is the number of approvals; ties go
 * to the smaller id. Walking down that ranking, every project that still fits is funded; one that does
 * not fit is skipped and cheaper ones after it are still considered. As in the reference, projects
 * nobody approves are not left out: they come last and are funded if money is left.
 */
import type { GreedyStep, GreedyTrace, Instance, Outcome } from '../types.ts';
import { profileOf } from './profile.ts';

/** Walks projects in the given order and funds each one that still fits in `start`. */
export function greedyWalk(
  order: readonly number[],
  ids: readonly string[],
  costs: readonly bigint[],
  scores: readonly bigint[],
  start: bigint,
): { selected: number[]; steps: GreedyStep[] } {
  let remaining = start;
  const selected: number[] = [];
  const steps: GreedyStep[] = [];
  for (const p of order) {
    const cost = costs[p] as bigint;
    const fits = cost <= remaining;
    steps.push({ id: ids[p] as string, score: scores[p] as bigint, cost, remaining, selected: fits });
    if (fits) {
      selected.push(p);
      remaining -= cost;
    }
  }
  return { selected, steps };
}

/**
 * The greedy_cost ranking of the projects not in `exclude`: most approvals first, a zero-cost project
 * with approvals before everything (its density is infinite), ties by the smaller id.
 */
export function approvalOrder(instance: Instance, exclude: ReadonlySet<number> = new Set()): number[] {
  const profile = profileOf(instance);
  const rank = (p: number) => {
    const approvals = profile.approvals[p] as number;
    if (approvals === 0) return 0;
    return profile.costs[p] === 0n ? Number.POSITIVE_INFINITY : approvals;
  };
  const order: number[] = [];
  for (let p = 0; p < profile.ids.length; p++) if (!exclude.has(p)) order.push(p);
  // Indices are in tie-break order, so a stable sort on the rank keeps ties by the smaller id.
  return order.sort((a, b) => rank(b) - rank(a));
}

/**
 * Completes an outcome greedily by approvals with the money it leaves (used by mes_cost_add1_greedy).
 * Returns the added ids in the order they were added and the trace of the walk.
 */
export function completeByApprovals(
  instance: Instance,
  initial: readonly string[],
): { added: string[]; trace: GreedyTrace } {
  const profile = profileOf(instance);
  const exclude = new Set(initial.map((id) => profile.indexOf.get(id) as number));
  let start = instance.budget;
  for (const p of exclude) start -= profile.costs[p] as bigint;
  const order = approvalOrder(instance, exclude);
  const scores = profile.approvals.map(BigInt);
  const { selected, steps } = greedyWalk(order, profile.ids, profile.costs, scores, start);
  return {
    added: selected.map((p) => profile.ids[p] as string),
    trace: { kind: 'greedy', score: 'approvals', start, steps, ignored: [] },
  };
}

/** greedy_cost: fund projects by number of approvals while they fit. */
export function greedyCost(instance: Instance): Outcome {
  const { added, trace } = completeByApprovals(instance, []);
  const profile = profileOf(instance);
  let cost = 0n;
  for (const id of added) cost += profile.costs[profile.indexOf.get(id) as number] as bigint;
  return { rule: 'greedy_cost', selected: added, cost, trace };
}
