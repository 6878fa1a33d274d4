// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { checkTransitionTable } from '../../tests/support/workflow.ts';
import {
  type ContributionFacts,
  contributionWorkflow,
  daysBetween,
  isNearby,
  median,
  nearbyConsultations,
  phaseOn,
  responseFigures,
} from './rules.ts';

const period = (startsOn: string, endsOn: string) => ({ startsOn, endsOn });

describe('the 7-day warning: consultations in the same wijk close in time', () => {
  // Hand-checked: the first ends on 10 March; 17 March is 7 days later, 18 March is 8.
  const first = period('2027-03-01', '2027-03-10');
  test.each([
    ['overlapping periods', period('2027-03-05', '2027-03-20'), true],
    ['one inside the other', period('2027-03-03', '2027-03-04'), true],
    ['starting the day after', period('2027-03-11', '2027-03-11'), true],
    ['starting 7 days after the last day', period('2027-03-17', '2027-03-30'), true],
    ['starting 8 days after the last day', period('2027-03-18', '2027-03-30'), false],
    ['ending 7 days before the first day', period('2027-02-01', '2027-02-22'), true],
    ['ending 8 days before the first day', period('2027-02-01', '2027-02-21'), false],
    ['across a month end in a leap year', period('2028-02-22', '2028-02-29'), false],
  ])('%s', (_, other, expected) => {
    expect(isNearby(first, other)).toBe(expected);
    expect(isNearby(other, first)).toBe(expected);
  });

  test('only others in the same wijk count, and never the consultation itself', () => {
    const planned = { id: 1, wijkId: 7, ...first };
    const others = [
      { id: 1, wijkId: 7, ...first },
      { id: 2, wijkId: 7, ...period('2027-03-12', '2027-03-12') },
      { id: 3, wijkId: 8, ...period('2027-03-12', '2027-03-12') },
      { id: 4, wijkId: 7, ...period('2027-04-12', '2027-04-12') },
    ];
    expect(nearbyConsultations(planned, others).map((c) => c.id)).toEqual([2]);
    expect(nearbyConsultations({ ...planned, id: null }, others).map((c) => c.id)).toEqual([1, 2]);
  });

  test('days between dates count calendar days, also over the change to summer time', () => {
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2027-03-10', '2027-03-03')).toBe(-7);
  });
});

describe('where a consultation stands', () => {
  const p = period('2027-03-01', '2027-03-10');
  test.each([
    ['2027-02-28', 'planned'],
    ['2027-03-01', 'open'],
    ['2027-03-10', 'open'],
    ['2027-03-11', 'closed'],
  ] as const)('on %s it is %s', (today, phase) => {
    expect(phaseOn(p, today)).toBe(phase);
  });
});

describe('the contribution workflow, pair by pair', () => {
  const staff = ['admin', 'editor'] as const;
  checkTransitionTable(contributionWorkflow, [
    ['received', 'in-progress', staff],
    ['received', 'answered', staff],
    ['received', 'merged', staff],
    ['received', 'hidden', staff, 'reason'],
    ['in-progress', 'answered', staff],
    ['in-progress', 'merged', staff],
    ['in-progress', 'hidden', staff, 'reason'],
    ['hidden', 'received', staff, 'reason'],
  ]);
});

describe('the public response figures, on hand-checked cases', () => {
  const promised = '2027-04-15';
  const c = (status: ContributionFacts['status'], receivedOn: string, answeredOn: string | null = null) => ({
    status,
    receivedOn,
    answeredOn,
    answerPromisedOn: promised,
  });

  test('nothing to answer: no share, no median, nothing overdue', () => {
    expect(responseFigures([], '2027-05-01')).toEqual({
      total: 0,
      answered: 0,
      shareAnswered: null,
      medianDaysToAnswer: null,
      overdue: 0,
    });
  });

  test('three answered in 2, 10 and 30 days, one waiting past the promise, one hidden, one merged', () => {
    const figures = responseFigures(
      [
        c('answered', '2027-03-01', '2027-03-03'), // 2 days
        c('answered', '2027-03-05', '2027-03-15'), // 10 days
        c('answered', '2027-03-01', '2027-03-31'), // 30 days
        c('in-progress', '2027-03-02'), // waiting, overdue on 1 May
        c('hidden', '2027-03-02'), // not counted
        c('merged', '2027-03-02'), // answered through the one it joined: not counted twice
      ],
      '2027-05-01',
    );
    expect(figures).toEqual({
      total: 4,
      answered: 3,
      shareAnswered: 0.75,
      medianDaysToAnswer: 10,
      overdue: 1,
    });
  });

  test('on the promised day itself nothing is overdue yet; the day after it is', () => {
    const waiting = [c('received', '2027-03-01'), c('in-progress', '2027-03-02')];
    expect(responseFigures(waiting, promised).overdue).toBe(0);
    expect(responseFigures(waiting, '2027-04-16').overdue).toBe(2);
  });

  test('the median of an even count is the middle two averaged', () => {
    expect(median([1, 4])).toBe(2.5);
    expect(median([9, 1, 5, 3])).toBe(4);
    expect(median([7])).toBe(7);
  });
});
