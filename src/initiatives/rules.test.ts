// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { checkTransitionTable } from '../../tests/support/workflow.ts';
import { checkBudget, decisionDueOn, initiativeWorkflow, isOverdue, missingSteps } from './rules.ts';

checkTransitionTable(initiativeWorkflow, [
  ['draft', 'received', ['applicant', 'broker']],
  ['received', 'complete', ['broker', 'assessor']],
  ['received', 'needs-info', ['broker', 'assessor'], 'reason'],
  ['needs-info', 'received', ['applicant', 'broker']],
  ['complete', 'in-review', ['broker', 'assessor']],
  ['in-review', 'granted', ['assessor'], 'reason'],
  ['in-review', 'partly-granted', ['assessor'], 'reason'],
  ['in-review', 'rejected', ['assessor'], 'reason'],
  ['in-review', 'needs-info', ['broker', 'assessor'], 'reason'],
  ['granted', 'paid', ['assessor']],
  ['partly-granted', 'paid', ['assessor']],
  ['paid', 'accounted', ['applicant', 'broker']],
  ['accounted', 'closed', ['assessor']],
]);

describe('the budget is checked against the regulation maximum', () => {
  const lines = [
    { item: 'Huur partytent', amountEuros: 350 },
    { item: 'Limonade en fruit', amountEuros: 150 },
  ];
  test('the total of the lines within the maximum passes, with the total', () => {
    expect(checkBudget(lines, 500)).toEqual({ ok: true, totalEuros: 500 });
  });
  test('one euro over the maximum is refused with the total and the maximum', () => {
    expect(checkBudget(lines, 499)).toEqual({
      ok: false,
      reason: 'over-maximum',
      totalEuros: 500,
      maximumEuros: 499,
    });
  });
  test('a budget without lines is refused', () => {
    expect(checkBudget([], 5000)).toEqual({ ok: false, reason: 'no-lines' });
  });
});

describe('the decision deadline', () => {
  test('is the number of days after the day of receipt', () => {
    expect(decisionDueOn(new Date('2026-12-06T23:30:00Z'), 56)).toBe('2027-01-31');
  });
  test('an open application past its deadline is overdue; a decided one never is', () => {
    expect(isOverdue('in-review', '2026-12-01', '2026-12-02')).toBe(true);
    expect(isOverdue('in-review', '2026-12-02', '2026-12-02')).toBe(false);
    expect(isOverdue('granted', '2026-12-01', '2026-12-02')).toBe(false);
  });
});

test('an application names the steps still missing, in order', () => {
  const empty = {
    groupName: null,
    contactName: 'Fatima',
    title: 'Buurtfeest',
    description: null,
    buurtCode: null,
    startsOn: null,
    audience: null,
    participants: null,
    budgetLineCount: 0,
    declared: false,
  };
  expect(missingSteps(empty)).toEqual([
    'wie',
    'wat',
    'waar',
    'wanneer',
    'deelnemers',
    'begroting',
    'verklaring',
  ]);
});
