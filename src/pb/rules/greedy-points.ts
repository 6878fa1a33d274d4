// SPDX-License-Identifier: EUPL-1.2
/**
 * greedy_points: the wijkbudget's own greedy for cumulative (points) ballots. Projects are ranked by
 * their total points, ties to the smaller id, and every project that still fits is funded. Unlike
 * greedy_cost, a project without any points is never funded: nobody asked for it. On approval,
 * choose-1 and ordinal ballots every listed project gets one point, so the ranking is by approvals.
 * There is no reference implementation of this rule.
 */
import type { Instance, Outcome } from '../types.ts';
import { greedyWalk } from './greedy-cost.ts';
import { profileOf } from './profile.ts';

/** Total points per project index (one point per listed project on non-cumulative ballots). */
export function pointsPerProject(instance: Instance): bigint[] {
  const profile = profileOf(instance);
  const totals = profile.ids.map(() => 0n);
  for (const ballot of instance.ballots) {
    ballot.projects.forEach((id, i) => {
      const p = profile.indexOf.get(id) as number;
      totals[p] = (totals[p] as bigint) + (ballot.points ? (ballot.points[i] as bigint) : 1n);
    });
  }
  return totals;
}

/** greedy_points: fund projects by total points while they fit; projects without points are ignored. */
export function greedyPoints(instance: Instance): Outcome {
  const profile = profileOf(instance);
  const points = pointsPerProject(instance);
  const order: number[] = [];
  const ignored: string[] = [];
  for (let p = 0; p < profile.ids.length; p++) {
    if ((points[p] as bigint) > 0n) order.push(p);
    else ignored.push(profile.ids[p] as string);
  }
  // Stable sort: indices are in tie-break order.
  order.sort((a, b) => {
    const pa = points[a] as bigint;
    const pb = points[b] as bigint;
    return pa > pb ? -1 : pa < pb ? 1 : 0;
  });
  const { selected, steps } = greedyWalk(order, profile.ids, profile.costs, points, instance.budget);
  let cost = 0n;
  for (const p of selected) cost += profile.costs[p] as bigint;
  return {
    rule: 'greedy_points',
    selected: selected.map((p) => profile.ids[p] as string),
    cost,
    trace: { kind: 'greedy', score: 'points', start: instance.budget, steps, ignored },
  };
}
