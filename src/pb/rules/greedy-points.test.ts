// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { election } from '../test-helpers.ts';
import { greedyPoints, pointsPerProject } from './greedy-points.ts';

describe('greedy by points (greedy_points)', () => {
  const instance = election({
    voteType: 'cumulative',
    budget: 100,
    projects: [
      ['a', 60],
      ['b', 50],
      ['c', 40],
      ['d', 10],
    ],
    votes: [['a', 'b'], ['b', 'c'], ['b']],
    points: [[1, 9], [5, 5], [10]],
  });

  test('the points on all ballots are added up per project', () => {
    expect(pointsPerProject(instance)).toEqual([1n, 24n, 5n, 0n]);
  });

  test('projects with the most points are funded first while they fit', () => {
    expect(greedyPoints(instance).selected).toEqual(['b', 'c']);
  });

  test('a project without points is not funded, even if money is left', () => {
    const outcome = greedyPoints(instance);
    expect(outcome.selected).not.toContain('d');
    if (outcome.trace.kind !== 'greedy') throw new Error('greedy trace expected');
    expect(outcome.trace.ignored).toEqual(['d']);
  });

  test('on approval ballots every listed project gets one point', () => {
    const approval = election({
      budget: 10,
      projects: [
        ['x', 10],
        ['y', 10],
      ],
      votes: [['y'], ['y'], ['x']],
    });
    expect(greedyPoints(approval).selected).toEqual(['y']);
  });
});
