// SPDX-License-Identifier: EUPL-1.2
// Raw SQL, the same on both drivers. The two drivers (PGlite embedded, node-postgres on a server) differ in
// what `db.execute` returns and in how a statement is prepared by name; those differences stay here.
import type { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import type { Db } from './client.ts';

/** The rows of a raw query's result, from node-postgres ({ rows }), PGlite ({ rows }) or an array alike. */
export function rowsOf<Row>(result: unknown): Row[] {
  if (Array.isArray(result)) return result as Row[];
  return ((result as { rows?: unknown[] }).rows ?? []) as Row[];
}

/** Runs raw SQL and gives its rows, typed as the caller says (check the select list against `Row`). */
export async function queryRows<Row>(db: Pick<Db, 'execute'>, query: SQL): Promise<Row[]> {
  return rowsOf<Row>(await db.execute(query));
}

/**
 * Runs a statement prepared once per connection on a PostgreSQL server (by `name`: the server plans it
 * once), and as a plain query on PGlite, which has no named statements. For hot paths only.
 */
export async function queryPrepared<Row>(
  db: Db,
  name: string,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  const client = (db as unknown as { $client: pg.Pool | PGlite }).$client;
  const result =
    client instanceof pg.Pool ? await client.query({ name, text, values }) : await client.query(text, values);
  return rowsOf<Row>(result);
}
