// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { canChangeMeasureStatus, measureStatuses, measureTransitions } from './rules.ts';

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
