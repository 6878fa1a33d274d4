// SPDX-License-Identifier: EUPL-1.2
/**
 * Four eyes under real concurrency, on a PostgreSQL server only (PGlite runs one query at a time): ten
 * colleagues confirm the same request at once through two pools, and its codes are made exactly once.
 * The counts per batch (codes issued and used) come out the same on the server as on PGlite.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createTestDatabase } from '../../tests/support/db.ts';
import { createRoundIn } from '../../tests/support/wijkbudget.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { users } from '../platform/auth/schema.ts';
import type { SignedInUser } from '../platform/auth/sessions.ts';
import { castBallot, codeSecret } from './ballot-service.ts';
import { batchCounts, confirmCodeRequest, startCodeBatch } from './code-batches.ts';
import { codeBatches, votingCodes } from './schema.ts';
import { getRound } from './service.ts';
import { normaliseCode } from './voting-codes.ts';

const onServer = inject('databaseTemplate').kind === 'server';

let database: Database & { url?: string };
let secondPool: Database;
const staff: SignedInUser[] = [];

beforeAll(async () => {
  if (!onServer) return;
  database = await createTestDatabase();
  secondPool = await openDatabase({ databaseUrl: database.url!, poolSize: 20 });
  for (let i = 0; i < 11; i++) {
    const email = `collega${i}@example.nl`;
    const [row] = await database.db
      .insert(users)
      .values({ email, name: `Collega ${i}`, passwordHash: 'not used', role: 'editor' })
      .returning({ id: users.id });
    staff.push({ id: row!.id, email, name: `Collega ${i}`, role: 'editor', allianceId: null });
  }
});
afterAll(async () => {
  if (!onServer) return;
  await secondPool.close();
  await database.close();
});

describe.skipIf(!onServer)(
  'confirming a request for codes at the same moment, on the PostgreSQL server',
  () => {
    test('ten colleagues confirm one request at once: one gets the codes, nine are told it is decided', async () => {
      const db = database.db;
      const created = await createRoundIn(db, 'voting');
      const round = (await getRound(db, { id: created.id }, new Date()))!;
      const secret = await codeSecret(db, undefined);
      const started = await startCodeBatch(db, secret, staff[0]!, round, {
        kind: 'letters',
        label: 'Vervangende brieven',
        size: 25,
        format: 'csv',
      });
      if (!started.ok || started.state !== 'requested') throw new Error('not requested');

      const answers = await Promise.all(
        staff
          .slice(1)
          .map((user, i) =>
            confirmCodeRequest(i % 2 ? secondPool.db : db, secret, user, round, started.batchId),
          ),
      );
      expect(answers.filter((a) => a.ok)).toHaveLength(1);
      expect(answers.filter((a) => !a.ok).map((a) => !a.ok && a.reason)).toEqual(Array(9).fill('decided'));
      const made = await db.select().from(votingCodes).where(eq(votingCodes.roundId, round.id));
      expect(made).toHaveLength(25);
      const [batch] = await db.select().from(codeBatches).where(eq(codeBatches.id, started.batchId));
      expect(batch!.status).toBe('made');

      // Used codes per batch, and when the batch was made (confirmed now, so during voting).
      const confirmed = answers.find((a) => a.ok)!;
      if (!confirmed.ok) throw new Error('no confirmation');
      for (const code of confirmed.codes.slice(0, 7)) {
        const cast = await castBallot(db, secret, {
          roundId: round.id,
          code: normaliseCode(code),
          choice: { planIds: [] },
          wantsTracker: false,
        });
        expect(cast.ok).toBe(true);
      }
      const [counts] = await batchCounts(db, round.id);
      expect(counts).toMatchObject({ kind: 'letters', issued: 25, used: 7 });
      expect(Math.abs(counts!.madeAt.getTime() - Date.now())).toBeLessThan(60_000);
    });
  },
);
