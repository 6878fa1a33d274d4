// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { checkTransitionTable } from '../../tests/support/workflow.ts';
import {
  canReopen,
  type FigureInput,
  figuresBy,
  figuresOf,
  idOfReference,
  isOverdue,
  isSensitive,
  median,
  referenceOf,
  reportWorkflow,
  staffNextStatuses,
} from './rules.ts';

checkTransitionTable(reportWorkflow, [
  ['received', 'in-progress', ['staff']],
  ['received', 'forwarded', ['staff']],
  ['received', 'closed', ['staff'], 'reason'],
  ['received', 'merged', ['staff'], 'reason'],
  ['in-progress', 'forwarded', ['staff']],
  ['in-progress', 'closed', ['staff'], 'reason'],
  ['in-progress', 'merged', ['staff'], 'reason'],
  ['forwarded', 'in-progress', ['staff']],
  ['forwarded', 'closed', ['staff'], 'reason'],
  ['forwarded', 'merged', ['staff'], 'reason'],
  ['closed', 'reopened', ['resident'], 'reason'],
  ['reopened', 'in-progress', ['staff']],
  ['reopened', 'forwarded', ['staff']],
  ['reopened', 'closed', ['staff'], 'reason'],
  ['reopened', 'merged', ['staff'], 'reason'],
]);

describe('the rules of a report', () => {
  test('crime and exploitation are sensitive; litter and "weet ik niet" are not', () => {
    expect(isSensitive('undermining')).toBe(true);
    expect(isSensitive('exploitation')).toBe(true);
    expect(isSensitive('litter')).toBe(false);
    expect(isSensitive('unknown')).toBe(false);
  });

  test('staff never reopen a closed report (only its reporter does) and merge with a form of its own', () => {
    expect(staffNextStatuses('closed')).toEqual([]);
    expect(staffNextStatuses('received')).toEqual(['in-progress', 'forwarded', 'closed']);
  });

  test('a report reopens once', () => {
    expect(canReopen({ status: 'closed', reopenedAt: null })).toBe(true);
    expect(canReopen({ status: 'closed', reopenedAt: new Date() })).toBe(false);
    expect(canReopen({ status: 'forwarded', reopenedAt: null })).toBe(false);
  });

  test('the reference reads back the way residents say it', () => {
    expect(referenceOf(42)).toBe('M-00042');
    expect(idOfReference('M-00042')).toBe(42);
    expect(idOfReference('m 42')).toBe(42);
    expect(idOfReference('42')).toBe(42);
    expect(idOfReference('M-4x')).toBeNull();
  });

  const now = new Date('2026-12-10T12:00:00Z');
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
  test('overdue: new and not picked up after 72 hours, or open after 14 days; never when closed', () => {
    expect(isOverdue({ status: 'received', createdAt: hoursAgo(71), firstResponseAt: null }, now)).toBe(
      false,
    );
    expect(isOverdue({ status: 'received', createdAt: hoursAgo(73), firstResponseAt: null }, now)).toBe(true);
    expect(
      isOverdue({ status: 'in-progress', createdAt: hoursAgo(100), firstResponseAt: hoursAgo(99) }, now),
    ).toBe(false);
    expect(
      isOverdue(
        { status: 'forwarded', createdAt: hoursAgo(14 * 24 + 1), firstResponseAt: hoursAgo(300) },
        now,
      ),
    ).toBe(true);
    expect(isOverdue({ status: 'closed', createdAt: hoursAgo(1000), firstResponseAt: null }, now)).toBe(
      false,
    );
  });
});

describe('response-time figures, checked by hand', () => {
  const at = (day: number, hour = 0) => new Date(Date.UTC(2026, 10, day, hour));
  const report = (over: Partial<FigureInput>): FigureInput => ({
    category: 'litter',
    buurtCode: 'BU1',
    status: 'received',
    createdAt: at(1),
    firstResponseAt: null,
    closedAt: null,
    solved: null,
    ...over,
  });
  // Four litter reports and one lighting report; one litter report merged into another.
  const reports: FigureInput[] = [
    // picked up after 2 hours, closed after 3 days, solved
    report({ status: 'closed', firstResponseAt: at(1, 2), closedAt: at(4), solved: true }),
    // picked up after 10 hours, closed after 5 days, not solved (and reopened, closed again)
    report({ status: 'closed', firstResponseAt: at(1, 10), closedAt: at(6), solved: false }),
    // picked up after 4 hours, still forwarded
    report({ status: 'forwarded', firstResponseAt: at(1, 4), buurtCode: 'BU2' }),
    // merged: counts in the other report, not itself
    report({ status: 'merged', firstResponseAt: at(1, 1), buurtCode: 'BU2' }),
    // another category, never picked up
    report({ category: 'lighting', buurtCode: 'BU2' }),
  ];

  test('the median of an odd and an even list', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  test('all reports: 4 counted (not the merged one), 2 closed, median 4 hours to respond, 4 days to close', () => {
    expect(figuresOf(reports)).toEqual({
      count: 4,
      closed: 2,
      medianHoursToResponse: 4, // 2, 4, 10
      medianDaysToClose: 4, // 3 and 5
      solvedByReporter: 1,
      judgedByReporter: 2,
    });
  });

  test('per category, in the given order, leaving out a category without reports', () => {
    const byCategory = figuresBy(reports, ['lighting', 'litter', 'green'], (r, c) => r.category === c);
    expect(byCategory.map((g) => [g.group, g.figures.count, g.figures.medianHoursToResponse])).toEqual([
      ['lighting', 1, null],
      ['litter', 3, 4],
    ]);
  });

  test('per wijk, where a buurt may lie in two wijken (Bouwlust and Vrederust)', () => {
    const wijken = [
      { slug: 'bouwlust', buurten: ['BU1', 'BU2'] },
      { slug: 'vrederust', buurten: ['BU1', 'BU2'] },
      { slug: 'moerwijk', buurten: ['BU2'] },
    ];
    const byWijk = figuresBy(reports, wijken, (r, w) => w.buurten.includes(r.buurtCode));
    expect(byWijk.map((g) => [g.group.slug, g.figures.count, g.figures.closed])).toEqual([
      ['bouwlust', 4, 2],
      ['vrederust', 4, 2],
      ['moerwijk', 2, 0],
    ]);
  });
});
