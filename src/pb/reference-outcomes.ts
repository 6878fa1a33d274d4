// SPDX-License-Identifier: EUPL-1.2
/**
 * The reference outcomes (pabutools 1.2.3) next to Pabulib instances, as the tests read them: a folder with
 * `instances/<name>.pb` and `expected/<name>.json`. Used twice: for the small fixture set shipped in
 * `src/pb/fixtures/` (always tested) and for the 56 instances in `../shared/data/pabulib` (tested when that
 * folder is there; required in CI).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { countVotes, parsePabulib } from './index.ts';
import type { Instance, RuleKey } from './types.ts';

export const FAST_RULES: readonly RuleKey[] = ['greedy_cost', 'mes_cost', 'mes_approval'];
export const ADD1_RULES: readonly RuleKey[] = ['mes_cost_add1', 'mes_cost_add1_greedy'];
const ALL_RULES = [...FAST_RULES, ...ADD1_RULES];

export interface Expected {
  readonly vote_type: string;
  readonly num_voters: number;
  readonly budget_str: string;
  readonly rules: Partial<Record<RuleKey, string[]>>;
  readonly total_cost: Partial<Record<RuleKey, number>>;
  readonly skipped?: Partial<Record<RuleKey, string>>;
}

export interface ReferenceCase {
  readonly name: string;
  readonly expected: Expected;
  /** The rules the reference finished for this instance. */
  readonly rules: RuleKey[];
}

export function instanceNames(folder: URL): string[] {
  return readdirSync(new URL('instances/', folder))
    .filter((f) => f.endsWith('.pb'))
    .map((f) => f.slice(0, -3))
    .sort();
}

export function referenceCases(folder: URL): ReferenceCase[] {
  return instanceNames(folder).map((name) => {
    const expected = JSON.parse(readFileSync(new URL(`expected/${name}.json`, folder), 'utf8')) as Expected;
    return { name, expected, rules: ALL_RULES.filter((rule) => expected.rules[rule] !== undefined) };
  });
}

/** One describe block per instance: its voters and budget, then every finished rule, list for list. */
export function describeReferenceOutcomes(folder: URL, cases: readonly ReferenceCase[]): void {
  describe.each(cases)('$name', ({ name, expected, rules }) => {
    let instance: Instance | undefined;
    const load = () => {
      instance ??= parsePabulib(readFileSync(new URL(`instances/${name}.pb`, folder), 'utf8'));
      return instance;
    };

    test('the file has the voters and budget the reference saw', () => {
      expect(load().ballots.length).toBe(expected.num_voters);
      expect(load().meta.budget).toBe(expected.budget_str);
    });

    test.each(rules)('%s', (rule) => {
      const outcome = countVotes(load(), rule);
      expect(outcome.selected).toEqual(expected.rules[rule]);
      const scale = 10 ** load().decimals;
      expect(Number(outcome.cost) / scale).toBeCloseTo(expected.total_cost[rule] as number, 6);
    });
  });
}
