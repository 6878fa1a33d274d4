// SPDX-License-Identifier: EUPL-1.2
/** The rules by key, as used in Pabulib's expected outcomes and on the pb-count command line. */
import type { Instance, Outcome, RuleKey } from '../types.ts';
import { mesCostAdd1, mesCostAdd1Greedy } from './completion.ts';
import { mesApproval, mesCost } from './equal-shares.ts';
import { greedyCost } from './greedy-cost.ts';
import { greedyPoints } from './greedy-points.ts';

export const RULES: Readonly<Record<RuleKey, (instance: Instance) => Outcome>> = {
  greedy_cost: greedyCost,
  greedy_points: greedyPoints,
  mes_cost: mesCost,
  mes_cost_add1: mesCostAdd1,
  mes_cost_add1_greedy: mesCostAdd1Greedy,
  mes_approval: mesApproval,
};

export const RULE_KEYS = Object.keys(RULES) as RuleKey[];

export function isRuleKey(value: string): value is RuleKey {
  return Object.hasOwn(RULES, value);
}
