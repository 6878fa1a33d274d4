// SPDX-License-Identifier: EUPL-1.2
import { and, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { auditLog } from '../../src/platform/audit/schema.ts';
import type { Role } from '../../src/platform/auth/roles.ts';
import type { Outbox } from '../../src/platform/mail/outbox.ts';
import { canTransition, type Workflow } from '../../src/platform/workflow/rules.ts';
import { statusHistory } from '../../src/platform/workflow/schema.ts';
import { changeStatus } from '../../src/platform/workflow/service.ts';
import { measureWorkflow } from '../../src/programme/rules.ts';
import { measures } from '../../src/programme/schema.ts';

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

/**
 * Ten staff members save a change from the same old status at the same moment (the same measure,
 * 'started' → 'completed'), each with a mail. Returns how many passed and what was stored, for the
 * PGlite and the server tests.
 */
export async function raceStatusChanges(
  database: Database,
  outbox: Pick<Outbox, 'queue'>,
  actor: { id: number; email: string; role: Role },
  times = 10,
) {
  const { db } = database;
  const [measure] = await db
    .select({ id: measures.id })
    .from(measures)
    .where(eq(measures.status, 'started'))
    .orderBy(measures.id)
    .limit(1);
  if (!measure) throw new Error('the dataset has a started measure');
  const results = await Promise.all(
    Array.from({ length: times }, (_, i) =>
      changeStatus(db, outbox, {
        workflow: measureWorkflow,
        table: measures,
        id: measure.id,
        from: 'started',
        to: 'completed',
        reason: `Klaar (melding ${i + 1})`,
        actor,
        audit: { action: 'measure.status' },
        mails: [{ to: 'volger@example.nl', subject: `Klaar ${i + 1}`, text: 'De maatregel is klaar.' }],
      }),
    ),
  );
  const history = await db
    .select()
    .from(statusHistory)
    .where(and(eq(statusHistory.entityType, 'measure'), eq(statusHistory.entityId, String(measure.id))));
  const audits = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'measure'), eq(auditLog.entityId, String(measure.id))));
  const [row] = await db
    .select({ status: measures.status })
    .from(measures)
    .where(eq(measures.id, measure.id));
  return {
    passed: results.filter((r) => r.ok).length,
    conflicts: results.filter((r) => !r.ok && r.refusal === 'conflict').length,
    status: row!.status,
    history: history.filter((h) => h.fromStatus === 'started' && h.toStatus === 'completed'),
    audits: audits.filter((a) => a.action === 'measure.status'),
  };
}
