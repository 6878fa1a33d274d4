// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { checkTransitionTable } from '../../tests/support/workflow.ts';
import { canChangeMeasureStatus, measureStatuses, measureTransitions, measureWorkflow } from './rules.ts';

const allowed = new Set(
  Object.entries(measureTransitions).flatMap(([from, tos]) => tos.map((to) => `${from}->${to}`)),
);

describe('measure status transitions', () => {
  for (const from of measureStatuses) {
    for (const to of measureStatuses) {
      const expected = allowed.has(`${from}->${to}`);
      test(`${from} -> ${to} is ${expected ? 'allowed' : 'refused'}`, () => {
        expect(canChangeMeasureStatus(from, to)).toBe(expected);
      });
    }
  }

  test('no measure can be set back to unknown, and no status moves to itself', () => {
    for (const from of measureStatuses) {
      expect(canChangeMeasureStatus(from, 'unknown')).toBe(false);
      expect(canChangeMeasureStatus(from, from)).toBe(false);
    }
  });

  test('every status can be left, so no measure gets stuck', () => {
    for (const from of measureStatuses) expect(measureTransitions[from].length).toBeGreaterThan(0);
  });
});

// The shared workflow's table, pair by pair and role by role: written out here, apart from rules.ts.
const everyone = ['admin', 'editor', 'alliance-editor'] as const;
checkTransitionTable(measureWorkflow, [
  ['unknown', 'planned', everyone],
  ['unknown', 'started', everyone],
  ['unknown', 'paused', everyone, 'reason'],
  ['unknown', 'completed', everyone],
  ['unknown', 'stopped', everyone, 'reason'],
  ['planned', 'started', everyone],
  ['planned', 'stopped', everyone, 'reason'],
  ['started', 'paused', everyone, 'reason'],
  ['started', 'completed', everyone],
  ['started', 'stopped', everyone, 'reason'],
  ['paused', 'started', everyone],
  ['paused', 'stopped', everyone, 'reason'],
  ['completed', 'started', everyone],
  ['stopped', 'planned', everyone],
  ['stopped', 'started', everyone],
]);
