// SPDX-License-Identifier: EUPL-1.2
/**
 * The public surface of the pure vote-counting library for participatory budgeting. Nothing outside
 * src/pb imports anything else from it. See README.md in this folder for the rules' exact definitions.
 */
import { formatScaled } from './rational.ts';
import { isRuleKey as isRuleKeyImpl, RULES, RULE_KEYS as ruleKeys } from './rules/registry.ts';
import type { Instance, Outcome, RuleKey } from './types.ts';

/**
 * Errors: every error the library throws on purpose extends PbError; a bad file gives a
 * PabulibParseError with the 1-based line number.
 * @example
 * ```ts
 * try { parsePabulib(text); } catch (e) { if (e instanceof PabulibParseError) console.log(e.line, e.problem); }
 * ```
 */
export { PabulibParseError, PbError } from './errors.ts';
/**
 * One plain Dutch sentence for a reason, using the caller's translate function.
 * @example
 * ```ts
 * describe(reason, t, { formatMoney: formatEuros });
 * // 'Niet gekozen: er was nog € 12.400 over en dit plan kost € 18.000.'
 * ```
 */
export {
  type DescribeOptions,
  describe,
  PB_EXPLAIN_KEYS,
  type PbExplainKey,
  type Translate,
} from './explain/describe.ts';
/**
 * One reason per project, as data.
 * @example
 * ```ts
 * const reasons = explain(instance, greedyCost(instance));
 * reasons[0]; // { id: '3', selected: true, reason: 'fits', score: 43, remaining: 100000, cost: 7200, ... }
 * ```
 */
export { explain, type PaymentShare, type Reason } from './explain/explain.ts';

/**
 * Reads a Pabulib `.pb` text into an Instance (strict; BOM, CRLF and `,` decimals accepted).
 * @example
 * ```ts
 * const instance = parsePabulib(readFileSync('Netherlands_Assen_2024.pb', 'utf8'));
 * instance.budget; // 100000n
 * ```
 */
export { parsePabulib } from './pabulib/parse.ts';

/**
 * Writes an Instance as Pabulib text; parsing it again gives the same instance.
 * @example
 * ```ts
 * const text = writePabulib(instance);
 * parsePabulib(text); // deep-equal to instance
 * ```
 */
export { writePabulib } from './pabulib/write.ts';
/**
 * An exact fraction of BigInts (shares and budgets in equal shares).
 * @example
 * ```ts
 * import type { Rational } from '../pb/index.ts';
 * const third: Rational = { n: 1n, d: 3n };
 * ```
 */
export type { Rational } from './rational.ts';
/**
 * mes_cost_add1 (equal shares with the add1 completion) and mes_cost_add1_greedy (then greedy).
 * @example
 * ```ts
 * mesCostAdd1(instance).selected;
 * mesCostAdd1Greedy(instance).cost;
 * ```
 */
export { mesCostAdd1, mesCostAdd1Greedy } from './rules/completion.ts';

/**
 * mes_cost and mes_approval: the Method of Equal Shares with cost or approval satisfaction.
 * @example
 * ```ts
 * mesCost(instance).selected;
 * mesApproval(instance).selected;
 * ```
 */
export { mesApproval, mesCost } from './rules/equal-shares.ts';
/**
 * greedy_cost: fund projects by number of approvals while they fit (ties to the smaller id).
 * @example
 * ```ts
 * greedyCost(instance).selected; // ['3', '9', '8', ...]
 * ```
 */
export { greedyCost } from './rules/greedy-cost.ts';
/**
 * greedy_points: fund projects by total points while they fit; projects without points are ignored.
 * @example
 * ```ts
 * greedyPoints(instance).selected;
 * ```
 */
export { greedyPoints } from './rules/greedy-points.ts';
/**
 * Pabulib's tie-breaking: the smallest project id by code point wins ("10" beats "9").
 * @example
 * ```ts
 * breakTie(['9', '10']); // '10'
 * [...ids].sort(compareIds);
 * ```
 */
export { breakTie, compareIds } from './rules/tie-break.ts';
/**
 * The data model: instances, projects, ballots, outcomes and their traces.
 * @example
 * ```ts
 * import type { Instance, Outcome } from '../pb/index.ts';
 * const total = (outcome: Outcome) => outcome.cost; // bigint, in units of 10^-decimals
 * ```
 */
export type {
  Ballot,
  CombinedTrace,
  GreedyStep,
  GreedyTrace,
  Instance,
  MesLeftover,
  MesRound,
  MesTrace,
  Outcome,
  Payment,
  Project,
  RuleKey,
  Trace,
  VoteType,
} from './types.ts';

/**
 * The rule keys pb-count accepts, in a fixed order.
 * @example
 * ```ts
 * RULE_KEYS; // ['greedy_cost', 'greedy_points', 'mes_cost', ...]
 * ```
 */
export const RULE_KEYS: readonly RuleKey[] = ruleKeys;

/**
 * True when a string is one of the rule keys.
 * @example
 * ```ts
 * isRuleKey('mes_cost'); // true
 * ```
 */
export function isRuleKey(value: string): value is RuleKey {
  return isRuleKeyImpl(value);
}

/**
 * Counts the votes of an instance with the rule of the given key.
 * @example
 * ```ts
 * countVotes(instance, 'mes_cost_add1').selected; // ['3', '9', '11', ...]
 * ```
 */
export function countVotes(instance: Instance, rule: RuleKey): Outcome {
  return RULES[rule](instance);
}

/**
 * A money value of the instance (units of 10^-decimals) as an exact decimal string in currency units.
 * @example
 * ```ts
 * moneyText(instance, 253264583n); // '2532645.83' when instance.decimals is 2
 * ```
 */
export function moneyText(instance: Instance, value: bigint): string {
  return formatScaled(value, instance.decimals);
}
