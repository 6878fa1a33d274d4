// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { rational } from '../rational.ts';
import { election, times } from '../test-helpers.ts';
import type { MesTrace } from '../types.ts';
import { mesApproval, mesCost } from './equal-shares.ts';

// Four voters, budget 100: each voter starts with 25.
// a (60) is approved by v1, v2, v3; b (40) only by v4; c (30) by v3 and v4.
const fourVoters = election({
  budget: 100,
  projects: [
    ['a', 60],
    ['b', 40],
    ['c', 30],
  ],
  votes: [['a'], ['a'], ['a', 'c'], ['b', 'c']],
});

describe('equal shares with cost satisfaction (mes_cost)', () => {
  test('the project its supporters can pay at the lowest price per euro of value is bought first', () => {
    // a: 3 supporters pay 20 each, rho = 20/60 = 1/3; c: 2 pay 15 each, rho = 15/30 = 1/2.
    // Then c: v3 has 5 left and pays it, v4 pays 25. b: v4 has nothing left.
    const outcome = mesCost(fourVoters);
    expect(outcome.selected).toEqual(['a', 'c']);
    expect(outcome.cost).toBe(90n);
  });

  test('the trace is counted when first read, once, and follows the same run as the outcome', () => {
    const outcome = mesCost(fourVoters);
    const trace = outcome.trace as MesTrace;
    expect(trace.rounds.map((round) => round.id)).toEqual(outcome.selected);
    expect(outcome.trace).toBe(trace);
    const approval = mesApproval(fourVoters);
    expect((approval.trace as MesTrace).rounds.map((round) => round.id)).toEqual(approval.selected);
  });

  test('the trace says who paid what, exactly', () => {
    const trace = mesCost(fourVoters).trace as MesTrace;
    expect(trace.voterBudget).toEqual(rational(25n));
    expect(trace.rounds[0]).toEqual({
      id: 'a',
      rho: rational(1n, 3n),
      payments: [{ voters: 3, each: rational(20n) }],
    });
    expect(trace.rounds[1]?.payments).toEqual(
      expect.arrayContaining([
        { voters: 1, each: rational(25n) },
        { voters: 1, each: rational(5n) },
      ]),
    );
    expect(trace.leftovers).toEqual([{ id: 'b', supporters: 1, supportersBudget: rational(0n) }]);
  });

  test('a project nobody approves is never bought, even with money left', () => {
    const instance = election({
      budget: 100,
      projects: [
        ['a', 10],
        ['nobody', 1],
      ],
      votes: [['a'], ['a']],
    });
    const outcome = mesCost(instance);
    expect(outcome.selected).toEqual(['a']);
    expect((outcome.trace as MesTrace).unsupported).toEqual(['nobody']);
  });

  test('equal prices are broken by the smaller id, by code point', () => {
    const instance = election({
      budget: 20,
      projects: [
        ['b', 10],
        ['B', 10],
      ],
      votes: [['b'], ['B']],
    });
    expect(mesCost(instance).selected).toEqual(['B', 'b']);
  });

  test('a budget per voter that is not a whole number is used exactly', () => {
    // 3 voters, budget 100: each has 100/3. Together they can pay exactly 100, not more.
    const instance = election({
      budget: 100,
      projects: [
        ['all', 100],
        ['more', 1],
      ],
      votes: times(3, ['all', 'more']),
    });
    // "more" is cheaper per voter (1/3 each, rho 1/3 / 1 = 1/3) than "all" (rho 1/3); tie -> 'all' < 'more'.
    const outcome = mesCost(instance);
    expect(outcome.selected).toEqual(['all']);
    expect(outcome.cost).toBe(100n);
  });

  test('identical ballots are counted together with the same result as one by one', () => {
    const together = election({ budget: 90, projects: [['p', 90]], votes: times(9, ['p']) });
    expect(mesCost(together).selected).toEqual(['p']);
    expect((mesCost(together).trace as MesTrace).rounds[0]?.payments).toEqual([
      { voters: 9, each: rational(10n) },
    ]);
  });
});

describe('equal shares with approval satisfaction (mes_approval)', () => {
  test('every project counts the same, so the one with the lowest payment per supporter comes first', () => {
    // c asks 15 per supporter, a asks 20: c first; then v3 has 10 and pays it all for a.
    expect(mesApproval(fourVoters).selected).toEqual(['c', 'a']);
  });

  test('an election without ballots funds nothing', () => {
    const empty = election({ budget: 100, projects: [['a', 10]], votes: [] });
    expect(mesApproval(empty).selected).toEqual([]);
    expect(mesCost(empty).selected).toEqual([]);
  });
});
