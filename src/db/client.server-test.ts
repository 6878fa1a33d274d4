// SPDX-License-Identifier: EUPL-1.2
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase } from '../../tests/support/db.ts';
import { type Database, openDatabase } from './client.ts';

let testDb: Database & { url?: string };
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.close());

describe('the connection pool to a PostgreSQL server', () => {
  test('survives the server ending its connections (a restart or failover) and answers the next query', async () => {
    const dropped: Error[] = [];
    const database = await openDatabase({
      databaseUrl: testDb.url!,
      poolSize: 3,
      onConnectionError: (e) => dropped.push(e),
    });
    try {
      await Promise.all([1, 2, 3].map(() => database.db.execute(sql`select pg_sleep(0.05)`)));
      const admin = new pg.Client({ connectionString: testDb.url });
      await admin.connect();
      const killed = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      await admin.end();
      expect(killed.rowCount).toBeGreaterThanOrEqual(3);
      // pg_terminate_backend only signals the backends; each one ends when the server gets to it, which on a
      // busy machine can take a while. Wait until the pool has heard of all three, as it would after a restart.
      for (let i = 0; i < 100 && dropped.length < 3; i++) await new Promise((r) => setTimeout(r, 100));
      expect(dropped.length).toBe(3);
      const result = await database.db.execute(sql`select 1 as one`);
      expect((result as unknown as { rows: { one: number }[] }).rows[0]?.one).toBe(1);
    } finally {
      await database.close();
    }
  });
});
