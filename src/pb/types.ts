// SPDX-License-Identifier: EUPL-1.2
/**
 * The data model of the vote-counting library: instances, projects, ballots and outcomes as readonly
 * plain data. Money is a bigint that counts units of 10^-decimals of the currency (the smallest
 * decimal unit that occurs in the instance), so 2532645.83 with decimals 2 is 253264583n.
 */
import type { Rational } from './rational.ts';

export type VoteType = 'approval' | 'choose-1' | 'cumulative' | 'ordinal';

export interface Project {
  /** The Pabulib project_id, kept as a string ("37827", "c12", "M/01/X"). */
  readonly id: string;
  /** Cost in units of 10^-decimals. */
  readonly cost: bigint;
  /** The other columns of the PROJECTS row (name, votes, selected, ...), verbatim. */
  readonly fields: Readonly<Record<string, string>>;
}

export interface Ballot {
  readonly voterId: string;
  /** Project ids as listed on the ballot: a set for approval, a ranking (best first) for ordinal. */
  readonly projects: readonly string[];
  /** Cumulative ballots only: the points for each listed project, aligned with `projects`. */
  readonly points?: readonly bigint[];
  /** The other columns of the VOTES row (age, sex, ...), verbatim. */
  readonly fields: Readonly<Record<string, string>>;
}

export interface Instance {
  /** All META key/value pairs, verbatim and in file order. */
  readonly meta: Readonly<Record<string, string>>;
  readonly voteType: VoteType;
  /** Budget in units of 10^-decimals. */
  readonly budget: bigint;
  /** Money values count units of 10^-decimals of the currency. */
  readonly decimals: number;
  /** Projects in file order. */
  readonly projects: readonly Project[];
  /** Ballots in file order. */
  readonly ballots: readonly Ballot[];
  /** Header of the PROJECTS section (starts with project_id). */
  readonly projectColumns: readonly string[];
  /** Header of the VOTES section (starts with voter_id). */
  readonly voteColumns: readonly string[];
}

export type RuleKey =
  | 'greedy_cost'
  | 'greedy_points'
  | 'mes_cost'
  | 'mes_cost_add1'
  | 'mes_cost_add1_greedy'
  | 'mes_approval';

/** One project as the greedy walk met it. Money in units of 10^-decimals. */
export interface GreedyStep {
  readonly id: string;
  /** Approvals (greedy_cost) or points (greedy_points). */
  readonly score: bigint;
  readonly cost: bigint;
  /** Budget left just before this project was considered. */
  readonly remaining: bigint;
  readonly selected: boolean;
}

export interface GreedyTrace {
  readonly kind: 'greedy';
  readonly score: 'approvals' | 'points';
  /** Budget the walk started with (the whole budget, or what an earlier rule left). */
  readonly start: bigint;
  readonly steps: readonly GreedyStep[];
  /** Projects the walk did not consider (greedy_points: projects without points). */
  readonly ignored: readonly string[];
}

/** A set of voters who paid the same amount for a project. */
export interface Payment {
  readonly voters: number;
  /** What each of them paid, in units of 10^-decimals. */
  readonly each: Rational;
}

export interface MesRound {
  readonly id: string;
  /** The price per unit of utility at which the project was bought. */
  readonly rho: Rational;
  readonly payments: readonly Payment[];
}

export interface MesLeftover {
  readonly id: string;
  /** Voters who support the project (counted with multiplicity). */
  readonly supporters: number;
  /** What those supporters still had together when counting stopped. */
  readonly supportersBudget: Rational;
}

export interface MesTrace {
  readonly kind: 'mes';
  readonly utility: 'cost' | 'approval';
  /** The budget each voter started with in the run that gave the outcome. */
  readonly voterBudget: Rational;
  /** Completion only: how many times one currency unit was added per voter (0 without completion). */
  readonly increments: number;
  readonly rounds: readonly MesRound[];
  /** Supported projects that were not bought, with what their supporters had left. */
  readonly leftovers: readonly MesLeftover[];
  /** Projects nobody supports (or that cost nothing): equal shares never buys them. */
  readonly unsupported: readonly string[];
}

export interface CombinedTrace {
  readonly kind: 'mes+greedy';
  readonly mes: MesTrace;
  readonly greedy: GreedyTrace;
}

export type Trace = GreedyTrace | MesTrace | CombinedTrace;

/** What a rule returns: the selected projects in selection order, their total cost and the trace. */
export interface Outcome {
  readonly rule: RuleKey;
  readonly selected: readonly string[];
  /** Total cost of the selected projects, in units of 10^-decimals. */
  readonly cost: bigint;
  readonly trace: Trace;
}
