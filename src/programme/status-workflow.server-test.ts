// SPDX-License-Identifier: EUPL-1.2
/**
 * The shared workflow under real concurrency, on a PostgreSQL server only (PGlite runs one query at a
 * time): ten staff members change the same measure from the same old status at once, over ten
 * connections; exactly one change is saved, with one history row, one audit entry and one mail.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { testJobs } from '../../tests/support/app.ts';
import { createTestDatabase, type TestDatabase } from '../../tests/support/db.ts';
import { raceStatusChanges } from '../../tests/support/workflow.ts';
import { createUser } from '../platform/auth/service.ts';
import type { JobRunner } from '../platform/jobs/runner.ts';
import { createOutbox } from '../platform/mail/outbox.ts';

const onServer = inject('databaseTemplate').kind === 'server';

let database: TestDatabase;
let jobs: JobRunner;

beforeAll(async () => {
  if (!onServer) return;
  database = await createTestDatabase();
  jobs = await testJobs(database, undefined);
});
afterAll(async () => {
  if (!onServer) return;
  await jobs.stop();
  await database.close();
});

test.runIf(onServer)(
  'ten simultaneous changes from the same old status on the server: exactly one passes',
  async () => {
    const user = await createUser(database.db, null, {
      email: 'redactie@example.nl',
      name: 'Eddy Redactie',
      password: 'correct horse battery staple',
      role: 'editor',
      allianceId: null,
    });
    if (!user.ok) throw new Error('user not created');
    for (let round = 0; round < 3; round++) {
      // Three rounds, each on a fresh 'started' measure, so a lucky ordering cannot hide a race.
      const race = await raceStatusChanges(
        database,
        createOutbox(jobs),
        { id: user.id, email: 'redactie@example.nl', role: 'editor' },
        10,
      );
      expect(race).toMatchObject({ passed: 1, conflicts: 9, status: 'completed' });
      expect(race.history).toHaveLength(1);
      expect(race.audits).toHaveLength(1);
    }
    expect(await jobs.runDue()).toBe(3);
  },
);
