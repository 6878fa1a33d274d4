// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { election, times } from '../test-helpers.ts';
import { greedyCost } from './greedy-cost.ts';

describe('greedy by approvals (greedy_cost)', () => {
  test('the most approved projects are funded first while they fit', () => {
    const instance = election({
      budget: 100,
      projects: [
        ['a', 60],
        ['b', 50],
        ['c', 40],
      ],
      votes: [...times(3, ['a']), ...times(2, ['b']), ['c']],
    });
    expect(greedyCost(instance).selected).toEqual(['a', 'c']);
    expect(greedyCost(instance).cost).toBe(100n);
  });

  test('a project that does not fit is skipped and a cheaper one after it is still funded', () => {
    const instance = election({
      budget: 100,
      projects: [
        ['big', 90],
        ['huge', 50],
        ['small', 10],
      ],
      votes: [...times(3, ['big']), ...times(2, ['huge']), ['small']],
    });
    const outcome = greedyCost(instance);
    expect(outcome.selected).toEqual(['big', 'small']);
    if (outcome.trace.kind !== 'greedy') throw new Error('greedy trace expected');
    expect(outcome.trace.steps[1]).toMatchObject({ id: 'huge', selected: false, remaining: 10n, cost: 50n });
  });

  test('equal approvals are broken by the smaller id as a string: "10" before "9"', () => {
    const instance = election({
      budget: 10,
      projects: [
        ['9', 10],
        ['10', 10],
      ],
      votes: [['9'], ['10']],
    });
    expect(greedyCost(instance).selected).toEqual(['10']);
  });

  test('as in the reference, a project nobody approved is funded last if money is left', () => {
    const instance = election({
      budget: 100,
      projects: [
        ['a', 50],
        ['nobody', 30],
      ],
      votes: [['a']],
    });
    expect(greedyCost(instance).selected).toEqual(['a', 'nobody']);
  });

  test('a project that costs more than the whole budget is never funded', () => {
    const instance = election({
      budget: 100,
      projects: [
        ['a', 999999999],
        ['b', 20],
      ],
      votes: [['a'], ['a'], ['b']],
    });
    expect(greedyCost(instance).selected).toEqual(['b']);
  });

  test('decimal costs are counted exactly: 0.1 + 0.2 fits in a budget of 0.3', () => {
    const instance = election({
      budget: '0.3',
      projects: [
        ['a', '0.1'],
        ['b', '0.2'],
      ],
      votes: [['a'], ['a'], ['b']],
    });
    expect(greedyCost(instance).selected).toEqual(['a', 'b']);
  });
});
