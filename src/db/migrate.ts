// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { PgBoss } from 'pg-boss';
import type { Database } from './client.ts';
import { jobDatabaseOptions } from './jobs.ts';

/** pg-boss keeps its tables in this schema, apart from the parts' own tables. */
export const jobSchema = 'jobs';

/** Next to this file in src/, and copied next to the bundle in dist/ by scripts/build.ts. */
export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export async function runMigrations(database: Database): Promise<void> {
  const config = { migrationsFolder };
  // Both migrators take the same Drizzle database; the casts only pick the driver's signature.
  if (database.kind === 'server') await migratePg(database.db as never, config);
  else await migratePglite(database.db as never, config);
  await migrateJobSchema(database);
}

/** The job runner's own tables, made and upgraded by pg-boss itself (its version lives in its schema). */
async function migrateJobSchema(database: Database): Promise<void> {
  const boss = new PgBoss({
    ...jobDatabaseOptions(database),
    schema: jobSchema,
    migrate: true,
    createSchema: true,
    schedule: false,
    supervise: false,
  });
  await boss.start();
  await boss.stop({ graceful: false, close: true });
}

/** True when every migration in the journal has been applied (for /readyz). */
export async function migrationsAreApplied(database: Database): Promise<boolean> {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as {
    entries: unknown[];
  };
  try {
    const result = await database.db.execute(
      sql`select count(*)::int as applied from drizzle.__drizzle_migrations`,
    );
    const applied = (result as unknown as { rows: { applied: number }[] }).rows[0]?.applied ?? 0;
    return applied >= journal.entries.length;
  } catch {
    return false;
  }
}
