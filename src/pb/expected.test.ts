// SPDX-License-Identifier: EUPL-1.2
/**
 * The small fixture set shipped with the repository (src/pb/fixtures, see its README) against the reference
 * outcomes of pabutools, list for list (same projects, same selection order), every rule. All 56 shared
 * instances are compared in expected.shared-test.ts when the shared data folder is beside the repository.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { describeReferenceOutcomes, referenceCases } from './reference-outcomes.ts';

const fixtures = new URL('fixtures/', import.meta.url);
const cases = referenceCases(fixtures);

describe('the shipped fixtures cover what the engine must get right', () => {
  const byName = new Map(cases.map((c) => [c.name, c]));

  test('approval, cumulative, ordinal and choose-1 ballots, every rule on each', () => {
    const types = new Set(cases.map((c) => c.expected.vote_type));
    expect([...types].sort()).toEqual(['approval', 'choose-1', 'cumulative', 'ordinal']);
    for (const c of cases) expect(c.rules, c.name).toHaveLength(5);
  });

  test('an instance where every project ties and only the tie-breaking (ids as text) decides', () => {
    const tied = byName.get('Worldwide_Mechanical_Turk_Ranking_value_3')!;
    const greedy = tied.expected.rules.greedy_cost!;
    // "13" before "3": ids compare as text, not as numbers.
    expect(greedy.indexOf('13')).toBeLessThan(greedy.indexOf('3'));
  });

  test('an instance where add1 funds more than plain equal shares', () => {
    const assen = byName.get('Netherlands_Assen_2024')!;
    expect(assen.expected.rules.mes_cost_add1).not.toEqual(assen.expected.rules.mes_cost);
    // Assen counted its real vote with equal shares and add1: the file's own result agrees.
    const text = readFileSync(new URL('instances/Netherlands_Assen_2024.pb', fixtures), 'utf8');
    expect(text).toContain('equalshares/add1');
  });
});

describe('outcomes identical to the reference (pabutools 1.2.3), in selection order', () => {
  describeReferenceOutcomes(fixtures, cases);
});
