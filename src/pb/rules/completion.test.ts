// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { rational } from '../rational.ts';
import { election } from '../test-helpers.ts';
import type { MesTrace } from '../types.ts';
import { add1Search, add1SearchPlain, mesCostAdd1, mesCostAdd1Greedy } from './completion.ts';
import { mesCost } from './equal-shares.ts';

describe('the add1 completion of equal shares', () => {
  // Two voters, budget 100: each starts with 50. a (60) is approved by both, b (40) by v1 only.
  const twoVoters = election({
    budget: 100,
    projects: [
      ['a', 60],
      ['b', 40],
    ],
    votes: [['a', 'b'], ['a']],
  });

  test('without completion, v1 has only 20 left after a and cannot pay b', () => {
    expect(mesCost(twoVoters).selected).toEqual(['a']);
  });

  test('with one euro more per voter at a time, b is bought at 70 per voter and the budget is spent', () => {
    const search = add1Search(twoVoters);
    expect(search.increments).toBe(20);
    expect(mesCostAdd1(twoVoters).selected).toEqual(['a', 'b']);
    expect(mesCostAdd1(twoVoters).cost).toBe(100n);
  });

  test('the trace, counted when first read, is the chosen run: its rounds, its budget and its increments', () => {
    const outcome = mesCostAdd1(twoVoters);
    const trace = outcome.trace as MesTrace;
    expect(trace.rounds.map((round) => round.id)).toEqual(outcome.selected);
    expect(trace.increments).toBe(20);
    expect(trace.voterBudget).toEqual(rational(70n));
    expect(outcome.trace).toBe(trace);
    const greedy = mesCostAdd1Greedy(twoVoters);
    expect(greedy.trace).toBe(greedy.trace);
  });

  test('jumping over budgets that change nothing gives the same answer as trying every euro', () => {
    const plain = add1SearchPlain(twoVoters);
    const fast = add1Search(twoVoters);
    expect(fast.increments).toBe(plain.increments);
    expect(fast.result.selected).toEqual(plain.result.selected);
    expect(fast.runs).toBeLessThan(plain.runs);
  });

  test('when the next outcome would cost more than the budget, the previous outcome is kept', () => {
    const over = election({
      budget: 100,
      projects: [
        ['a', 60],
        ['b', 30],
        ['c', 30],
      ],
      votes: [
        ['a', 'b'],
        ['a', 'c'],
      ],
    });
    // After a, each voter has b - 30. At 60 per voter both b and c become affordable at once, and
    // a + b + c = 120 > 100: the outcome at 59 per voter (only a) is returned.
    expect(mesCostAdd1(over).selected).toEqual(['a']);
    expect(add1Search(over).increments).toBe(9);
    expect(add1SearchPlain(over).increments).toBe(9);
  });

  test('a start budget per voter that is not a whole number stays exact while euros are added', () => {
    // 3 voters: 100/3 each. c (50) needs v3 alone to have 50 after nothing else: 100/3 + 17 > 50.
    const thirds = election({
      budget: 100,
      projects: [
        ['a', 50],
        ['c', 50],
      ],
      votes: [['a'], ['a'], ['c']],
    });
    const plain = add1SearchPlain(thirds);
    const fast = add1Search(thirds);
    expect(fast.increments).toBe(plain.increments);
    expect(fast.increments).toBe(17);
    expect(mesCostAdd1(thirds).selected).toEqual(['a', 'c']);
  });

  test('add1 followed by greedy spends what add1 leaves on the most approved projects that fit', () => {
    const instance = election({
      budget: 100,
      projects: [
        ['a', 60],
        ['b', 50],
        ['c', 30],
        ['nobody', 10],
      ],
      votes: [['a', 'b'], ['a'], ['b', 'c']],
    });
    const add1 = mesCostAdd1(instance);
    const completed = mesCostAdd1Greedy(instance);
    expect(completed.selected.slice(0, add1.selected.length)).toEqual(add1.selected);
    expect(completed.cost).toBeLessThanOrEqual(100n);
    expect(completed.trace.kind).toBe('mes+greedy');
  });
});
