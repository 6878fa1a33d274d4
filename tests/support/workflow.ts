// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { canTransition, type Workflow } from '../../src/platform/workflow/rules.ts';

/** One allowed change as a test expects it: from, to, the roles that may, and 'reason' when one is needed. */
export type ExpectedTransition<S extends string, R extends string> =
  | readonly [from: S, to: S, roles: readonly R[]]
  | readonly [from: S, to: S, roles: readonly R[], reason: 'reason'];

/**
 * Checks a workflow's transition table pair by pair against a table written out in the test: for every
 * (from, to) pair of statuses and every role, a listed change passes for its roles (with a reason, and
 * without one only when none is needed), and every other pair or role is refused. One test per pair,
 * so a failure names the pair.
 */
export function checkTransitionTable<S extends string, R extends string>(
  workflow: Workflow<S, R>,
  expected: readonly ExpectedTransition<S, R>[],
): void {
  const listed = new Map(expected.map((row) => [`${row[0]} → ${row[1]}`, row]));
  const pairs = workflow.statuses.flatMap((from) => workflow.statuses.map((to) => [from, to] as const));

  describe(`${workflow.entityType}: every pair of statuses`, () => {
    test('the expected table names only known statuses and roles, each pair once', () => {
      expect(listed.size).toBe(expected.length);
      for (const [from, to, roles] of expected) {
        expect(workflow.statuses).toContain(from);
        expect(workflow.statuses).toContain(to);
        for (const role of roles) expect(workflow.roles).toContain(role);
      }
    });

    test.each(pairs.map(([from, to]) => ({ from, to, name: `${from} → ${to}` })))('$name', ({ from, to }) => {
      const row = listed.get(`${from} → ${to}`);
      for (const role of workflow.roles) {
        const withReason = canTransition(workflow, { from, to, role, reason: 'Omdat het zo is besloten.' });
        const withoutReason = canTransition(workflow, { from, to, role, reason: null });
        const blankReason = canTransition(workflow, { from, to, role, reason: '   ' });
        const label = `${from} → ${to} as ${role}`;
        if (row?.[2].includes(role)) {
          expect(withReason, label).toEqual({ ok: true });
          if (row[3] === 'reason') {
            expect(withoutReason, `${label} without a reason`).toEqual({
              ok: false,
              refusal: 'reason-required',
            });
            expect(blankReason, `${label} with a blank reason`).toEqual({
              ok: false,
              refusal: 'reason-required',
            });
          } else {
            expect(withoutReason, `${label} without a reason`).toEqual({ ok: true });
          }
        } else {
          const refusal = from === to ? 'same-status' : row ? 'role' : 'not-allowed';
          expect(withReason, label).toEqual({ ok: false, refusal });
          expect(withoutReason.ok, label).toBe(false);
        }
      }
    });
  });
}
