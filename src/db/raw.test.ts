// SPDX-License-Identifier: EUPL-1.2
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readSourceTree, sourceMatches } from '../../tests/support/boundaries.ts';
import { createTestDatabase } from '../../tests/support/db.ts';
import type { Database } from './client.ts';
import { queryPrepared, queryRows, rowsOf } from './raw.ts';

const root = new URL('../..', import.meta.url).pathname;

/** What only src/db may do: import a driver, reach for its client, or read a raw result's shape. */
const driverSpecific = [
  /from '(pg|@electric-sql\/pglite[^']*|drizzle-orm\/(pglite|node-postgres))'/g,
  /\$client\b/g,
  /as unknown as \{ rows/g,
];

/** Kept on purpose, with the reason. */
const allowed = new Set([
  // The page cache's snapshot query; platform/http is being changed for page caching in another branch.
  'src/platform/http/page-cache.ts: as unknown as { rows',
]);

function driverSpecificOutsideDb(files: ReadonlyMap<string, string>): string[] {
  return sourceMatches(files, driverSpecific, { skip: /^src\/db\/|(\.test\.tsx?|test\.ts)$/, allowed });
}

describe('driver-specific SQL lives in src/db', () => {
  test('no file outside src/db imports a driver, uses its client or reads a raw result by hand', () => {
    expect(driverSpecificOutsideDb(readSourceTree(root))).toEqual([]);
  });

  test('the check catches what used to be in the rate limits and the ballot service', () => {
    const before = new Map([
      ['src/platform/rate-limit/service.ts', "import pg from 'pg';\nconst c = (db as any).$client;"],
      ['src/places/service.ts', 'const rows = (result as unknown as { rows: Row[] }).rows;'],
      ['src/db/raw.ts', "import pg from 'pg';"],
    ]);
    expect(driverSpecificOutsideDb(before)).toEqual([
      "src/platform/rate-limit/service.ts: from 'pg'",
      'src/platform/rate-limit/service.ts: $client',
      'src/places/service.ts: as unknown as { rows',
    ]);
  });

  test('rowsOf reads node-postgres and PGlite results and plain arrays alike', () => {
    expect(rowsOf([{ n: 1 }])).toEqual([{ n: 1 }]);
    expect(rowsOf({ rows: [{ n: 2 }], fields: [] })).toEqual([{ n: 2 }]);
    expect(rowsOf({ affectedRows: 0 })).toEqual([]);
  });
});

describe('raw queries on this database', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  test('queryRows gives the rows of a raw select', async () => {
    const rows = await queryRows<{ n: number }>(database.db, sql`select ${41}::integer + 1 as n`);
    expect(rows).toEqual([{ n: 42 }]);
  });

  test('queryPrepared runs the same named statement twice with other values', async () => {
    const text = 'select $1::integer * 2 as n';
    expect(await queryPrepared<{ n: number }>(database.db, 'raw-test-double', text, [2])).toEqual([{ n: 4 }]);
    expect(await queryPrepared<{ n: number }>(database.db, 'raw-test-double', text, [5])).toEqual([
      { n: 10 },
    ]);
  });
});
