// SPDX-License-Identifier: EUPL-1.2
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { migrationsAreApplied } from '../../db/migrate.ts';
import { readinessProbe } from './schema.ts';

export type Readiness =
  | { ready: true }
  | { ready: false; reason: 'migrations-not-applied' | 'database-cannot-write' };

/**
 * Ready to serve: the database answers, every migration is applied, and a write commits. A database that
 * only reads (a full disk, a read-only data folder, a replica after a failover) would let pages render
 * but lose every vote, plan and sign-in, so it is not ready.
 */
export async function readiness(database: Database): Promise<Readiness> {
  if (!(await migrationsAreApplied(database).catch(() => false)))
    return { ready: false, reason: 'migrations-not-applied' };
  try {
    await database.db
      .insert(readinessProbe)
      .values({ id: 1, checkedAt: sql`now()` })
      .onConflictDoUpdate({ target: readinessProbe.id, set: { checkedAt: sql`now()` } });
    return { ready: true };
  } catch {
    return { ready: false, reason: 'database-cannot-write' };
  }
}
