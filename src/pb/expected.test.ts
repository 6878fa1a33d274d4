// SPDX-License-Identifier: EUPL-1.2
/**
 * Every shared Pabulib instance against the reference outcomes of pabutools, list for list (same
 * projects, same selection order).
 *
 * To keep CI fast, this test counts:
 * - greedy_cost, mes_cost and mes_approval on every instance (all 56, including Warsaw 2026 and
 *   Wroclaw 2015);
 * - mes_cost_add1 and mes_cost_add1_greedy on the instances where pabutools needed less than 15 s for
 *   add1, plus those that the jumping add1 search finishes in a few runs (Veszprem 2025: 72,725
 *   increments, 335 s in pabutools).
 * The rest (add1 on the largest instances, Toulouse 2022/2024, Warsaw districts, Amsterdam 252/621,
 * ...) is left to the benchmark, `npm run bench:pb`, which checks every outcome of every instance
 * against the same expected files and flags each mismatch. Rules the reference did not finish
 * (Budapest add1) are listed under `skipped` in the expected file and are not compared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { countVotes, parsePabulib } from './index.ts';
import type { Instance, RuleKey } from './types.ts';

const data = new URL('../../../shared/data/pabulib/', import.meta.url);
const MAX_REFERENCE_ADD1_SECONDS = 15;
/** add1 here needs only a few runs of equal shares thanks to the jumps, however slow the reference. */
const ADD1_FEW_RUNS = new Set(['Hungary_Veszprem_2025']);
const FAST_RULES: RuleKey[] = ['greedy_cost', 'mes_cost', 'mes_approval'];
const ADD1_RULES: RuleKey[] = ['mes_cost_add1', 'mes_cost_add1_greedy'];

interface Expected {
  readonly num_voters: number;
  readonly budget_str: string;
  readonly rules: Partial<Record<RuleKey, string[]>>;
  readonly total_cost: Partial<Record<RuleKey, number>>;
  readonly skipped?: Partial<Record<RuleKey, string>>;
}

const referenceSeconds = new Map<string, number>();
for (const line of readFileSync(new URL('expected/timings.csv', data), 'utf8').trim().split('\n').slice(1)) {
  const [instance, rule, seconds] = line.split(',');
  referenceSeconds.set(`${instance}/${rule}`, Number(seconds));
}

const names = readdirSync(new URL('instances/', data))
  .filter((f) => f.endsWith('.pb'))
  .map((f) => f.slice(0, -3));

const cases = names.map((name) => {
  const expected = JSON.parse(readFileSync(new URL(`expected/${name}.json`, data), 'utf8')) as Expected;
  const add1 = referenceSeconds.get(`${name}/mes_cost_add1`) ?? Number.POSITIVE_INFINITY;
  const rules = [
    ...FAST_RULES,
    ...(add1 < MAX_REFERENCE_ADD1_SECONDS || ADD1_FEW_RUNS.has(name) ? ADD1_RULES : []),
  ].filter((rule) => expected.rules[rule] !== undefined);
  return { name, expected, rules };
});

describe('outcomes identical to the reference (pabutools 1.2.3), in selection order', () => {
  test('the CI selection covers most instances and every rule', () => {
    expect(cases.length).toBe(names.length);
    const covered = new Set(cases.flatMap((c) => c.rules));
    for (const rule of [...FAST_RULES, ...ADD1_RULES]) expect(covered.has(rule)).toBe(true);
  });

  describe.each(cases)('$name', ({ name, expected, rules }) => {
    let instance: Instance | undefined;
    const load = () => {
      instance ??= parsePabulib(readFileSync(new URL(`instances/${name}.pb`, data), 'utf8'));
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
});
