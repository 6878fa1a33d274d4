// SPDX-License-Identifier: EUPL-1.2
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The same Drizzle API over PGlite and over a PostgreSQL server. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'server';
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir?: string;
  poolSize?: number;
  /** Told when the server drops an idle connection (restart, failover, admin). The pool replaces it. */
  onConnectionError?: (error: Error) => void;
}

/** Opens PGlite in dataDir, or a connection pool to databaseUrl when it is given. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl)
    return openServer(options.databaseUrl, options.poolSize ?? 10, options.onConnectionError);
  return openPglite(options.dataDir ?? './data');
}

async function openServer(
  databaseUrl: string,
  poolSize: number,
  onConnectionError: (error: Error) => void = () => {},
): Promise<Database> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  // Without a listener, an idle connection that the server ends (a restart, a failover) would crash the
  // whole process. The pool drops that connection and opens a new one when it is needed.
  pool.on('error', onConnectionError);
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return { db, kind: 'server', close: () => pool.end() };
}

async function openPglite(dataDir: string): Promise<Database> {
  if (dataDir !== 'memory://') mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return { db, kind: 'pglite', close: () => client.close() };
}

/** The same server URL with another database name (tests and benchmarks make databases of their own). */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
