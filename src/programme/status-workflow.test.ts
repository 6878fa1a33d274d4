// SPDX-License-Identifier: EUPL-1.2
/**
 * A measure's status change through the shared workflow, on the real database: the new status, the
 * history row, the audit entry and the queued mail are saved together or not at all, and of ten
 * simultaneous changes from the same old status exactly one passes (the server variant is
 * status-workflow.server-test.ts).
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testJobs } from '../../tests/support/app.ts';
import { createTestDatabase, type TestDatabase } from '../../tests/support/db.ts';
import { raceStatusChanges } from '../../tests/support/workflow.ts';
import { auditLog } from '../platform/audit/schema.ts';
import { createUser } from '../platform/auth/service.ts';
import type { JobRunner } from '../platform/jobs/runner.ts';
import { createOutbox, type Outbox } from '../platform/mail/outbox.ts';
import { statusHistory } from '../platform/workflow/schema.ts';
import { changeStatus, changeStatusIn } from '../platform/workflow/service.ts';
import { measureWorkflow } from './rules.ts';
import { measures } from './schema.ts';

let database: TestDatabase;
let jobs: JobRunner;
let outbox: Outbox;
let actor: { id: number; email: string; role: 'editor' };

beforeAll(async () => {
  database = await createTestDatabase();
  jobs = await testJobs(database, undefined);
  outbox = createOutbox(jobs);
  const user = await createUser(database.db, null, {
    email: 'redactie@example.nl',
    name: 'Eddy Redactie',
    password: 'correct horse battery staple',
    role: 'editor',
    allianceId: null,
  });
  if (!user.ok) throw new Error('user not created');
  actor = { id: user.id, email: 'redactie@example.nl', role: 'editor' };
});
afterAll(async () => {
  await jobs.stop();
  await database.close();
});

/** A measure with this status, and what is stored about it. */
async function measureWith(status: 'started') {
  const [row] = await database.db
    .select({ id: measures.id })
    .from(measures)
    .where(eq(measures.status, status))
    .orderBy(measures.id)
    .limit(1);
  return row!.id;
}
async function stored(id: number) {
  const { db } = database;
  const [row] = await db.select({ status: measures.status }).from(measures).where(eq(measures.id, id));
  const history = await db
    .select()
    .from(statusHistory)
    .where(and(eq(statusHistory.entityType, 'measure'), eq(statusHistory.entityId, String(id))));
  const audits = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'measure'), eq(auditLog.entityId, String(id))));
  return { status: row!.status, history: history.length, audits: audits.length };
}

const change = (id: number, reason = 'Het werk is af.') => ({
  workflow: measureWorkflow,
  table: measures,
  id,
  from: 'started' as const,
  to: 'completed' as const,
  reason,
  actor,
  audit: { action: 'measure.status' },
  mails: [{ to: 'volger@example.nl', subject: 'De maatregel is klaar', text: 'Het werk is af.' }],
});

describe('one status change, one transaction', () => {
  test('the status, the history with its public reason, the audit entry and the mail are saved together', async () => {
    const id = await measureWith('started');
    const before = await stored(id);
    expect(await changeStatus(database.db, outbox, change(id))).toEqual({ ok: true });
    expect(await stored(id)).toEqual({
      status: 'completed',
      history: before.history + 1,
      audits: before.audits + 1,
    });
    const [latest] = await database.db
      .select()
      .from(statusHistory)
      .where(eq(statusHistory.entityId, String(id)))
      .orderBy(statusHistory.id)
      .limit(1)
      .offset(before.history);
    expect(latest).toMatchObject({
      fromStatus: 'started',
      toStatus: 'completed',
      reason: 'Het werk is af.',
      changedBy: actor.id,
    });
    expect(await jobs.runDue()).toBe(1); // the mail was queued with the change
  });

  test('when queuing the mail fails, nothing is saved: no new status, no history, no audit entry', async () => {
    const id = await measureWith('started');
    const before = await stored(id);
    const brokenOutbox = {
      queue: async () => {
        throw new Error('the job table is not reachable');
      },
    };
    await expect(changeStatus(database.db, brokenOutbox, change(id))).rejects.toThrow('not reachable');
    expect(await stored(id)).toEqual(before);
    expect(await jobs.runDue()).toBe(0);
  });

  test("inside the caller's transaction: when the caller's later work fails, the change and its mail roll back too", async () => {
    const id = await measureWith('started');
    const before = await stored(id);
    await expect(
      database.db.transaction(async (tx) => {
        expect(await changeStatusIn(tx, outbox, change(id))).toEqual({ ok: true });
        throw new Error('the rest of the work failed');
      }),
    ).rejects.toThrow('the rest of the work failed');
    expect(await stored(id)).toEqual(before);
    expect(await jobs.runDue()).toBe(0);
  });

  test('a refused change (a pause without a reason) writes nothing', async () => {
    const id = await measureWith('started');
    const before = await stored(id);
    const result = await changeStatus(database.db, outbox, {
      ...change(id),
      from: 'started',
      to: 'paused',
      reason: ' ',
    });
    expect(result).toEqual({ ok: false, refusal: 'reason-required' });
    expect(await stored(id)).toEqual(before);
  });

  test('ten changes at once from the same old status: exactly one passes, nine are told the status changed', async () => {
    const race = await raceStatusChanges(database, outbox, actor, 10);
    expect(race).toMatchObject({ passed: 1, conflicts: 9, status: 'completed' });
    expect(race.history).toHaveLength(1);
    expect(race.audits).toHaveLength(1);
    expect(await jobs.runDue()).toBe(1); // one mail, for the one change that was saved
  });
});
