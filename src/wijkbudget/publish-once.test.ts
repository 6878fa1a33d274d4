// SPDX-License-Identifier: EUPL-1.2
/**
 * Publication moves the plans on the ballot through the shared status workflow: two staff members
 * publishing at the same moment publish once. One set of measures, one history row per plan, one mail
 * per submitter. (Run on the server too: the server suite runs this file with real concurrency.)
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { createRoundIn, insertPlan, moveRoundTo } from '../../tests/support/wijkbudget.ts';
import { auditLog } from '../platform/audit/schema.ts';
import { users } from '../platform/auth/schema.ts';
import type { SignedInUser } from '../platform/auth/sessions.ts';
import { createLogger } from '../platform/logger.ts';
import { createOutbox } from '../platform/mail/outbox.ts';
import { statusHistory } from '../platform/workflow/schema.ts';
import { castBallot, codeSecret, createCodes } from './ballot-service.ts';
import { countRound, publishResult } from './result-service.ts';
import { plans } from './schema.ts';
import type { WijkbudgetDeps } from './service.ts';
import { normaliseCode } from './voting-codes.ts';

const buurt = 'BU05183620'; // a buurt of Moerwijk

let t: TestApp;
let deps: WijkbudgetDeps;
let admin: SignedInUser;
let editor: SignedInUser;

beforeAll(async () => {
  t = await buildTestApp();
  deps = { outbox: createOutbox(t.jobs), logger: createLogger('silent'), publicUrl: 'http://localhost' };
  const staffUser = async (email: string): Promise<SignedInUser> => {
    const [row] = await t.database.db.select().from(users).where(eq(users.email, email));
    return { id: row!.id, email, name: row!.name, role: row!.role, allianceId: row!.allianceId };
  };
  admin = await staffUser(t.staff.admin);
  editor = await staffUser(t.staff.editor);
});
afterAll(() => t.close());

test('two publications at the same moment: one passes, the other is told the result is published, nothing doubles', async () => {
  const { db } = t.database;
  const round = await createRoundIn(db, 'voting', { eligibility: 'codes-and-paper' });
  const a = await insertPlan(db, round.id, {
    title: 'Bankjes in het park',
    costEuros: 4000,
    buurtCode: buurt,
  });
  const b = await insertPlan(db, round.id, {
    title: 'Groot buurtfeest',
    costEuros: 28_000,
    buurtCode: buurt,
  });
  const secret = await codeSecret(db, undefined);
  const { codes } = await createCodes(db, secret, null, round.id, {
    kind: 'letters',
    label: 'Test',
    size: 3,
  });
  for (const [i, planIds] of [[a], [a], [b]].entries()) {
    const cast = await castBallot(db, secret, {
      roundId: round.id,
      code: normaliseCode(codes[i]!),
      choice: { planIds },
      wantsTracker: false,
    });
    expect(cast.ok).toBe(true);
  }
  await moveRoundTo(db, round.id, 'counting');
  expect(await countRound(db, admin, round.id, new Date())).toEqual({ ok: true });
  await t.jobs.runDue();

  const both = await Promise.all([
    publishResult(db, deps, admin, round.id, new Date()),
    publishResult(db, deps, editor, round.id, new Date()),
  ]);
  expect(both.filter((r) => r.ok)).toHaveLength(1);
  expect(both.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'published' }]);

  const stored = await db
    .select()
    .from(plans)
    .where(inArray(plans.id, [a, b]))
    .orderBy(plans.id);
  expect(stored.map((p) => p.status)).toEqual(['funded', 'not-funded']);
  const history = await db
    .select()
    .from(statusHistory)
    .where(
      and(eq(statusHistory.entityType, 'wijkbudget-plan'), inArray(statusHistory.entityId, [`${a}`, `${b}`])),
    );
  expect(history.map((h) => `${h.entityId}: ${h.fromStatus} → ${h.toStatus}`).sort()).toEqual(
    [`${a}: feasible → funded`, `${b}: feasible → not-funded`].sort(),
  );
  const audits = await db.select().from(auditLog).where(eq(auditLog.action, 'wijkbudget.plan.publish'));
  expect(audits.filter((e) => [`${a}`, `${b}`].includes(e.entityId))).toHaveLength(2);
  expect(await t.jobs.runDue()).toBe(2); // one mail per submitter, not two
});
