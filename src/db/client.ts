// SPDX-License-Identifier: EUPL-1.2
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The same Drizzle API over PGlite and over a PostgreSQL server. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'server';
  /** The embedded database itself (the job runner shares its one connection). */
  pglite?: PGlite;
  /** The server's address (the job runner opens a small pool of its own). */
  url?: string;
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
  return { db, kind: 'server', url: databaseUrl, close: () => pool.end() };
}

/** The embedded database cannot use its folder: a clear sentence instead of a stack trace. */
export class DataDirError extends Error {
  override name = 'DataDirError';
}

/**
 * Makes sure PGlite can write in its folder (it exists or can be made, and a file can be written and
 * removed there), and throws a DataDirError with one plain line in Dutch and English if not.
 */
export function assertWritableDataDir(dataDir: string): void {
  const probe = join(dataDir, `.schrijftest-${process.pid}`);
  try {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(probe, 'ok');
    rmSync(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'onbekend';
    throw new DataDirError(
      `DATA_DIR ${dataDir}: deze map is niet te beschrijven (${code}); kies een map waarin Open Zuidwest mag schrijven. ` +
        `/ DATA_DIR ${dataDir} is not writable (${code}); choose a folder this process may write to.`,
    );
  }
}

async function openPglite(dataDir: string): Promise<Database> {
  const release = dataDir === 'memory://' ? () => {} : claimDataDir(dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir);
  } catch (error) {
    release();
    throw error;
  }
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  const close = async () => {
    try {
      await client.close();
    } finally {
      release();
    }
  };
  return { db, kind: 'pglite', pglite: client, close };
}

/** Another process writing in the same folder would go unseen by the first: refuse while one runs. */
function claimDataDir(dataDir: string): () => void {
  assertWritableDataDir(dataDir);
  const lock = lockDataDir(dataDir);
  if ('release' in lock) return lock.release;
  throw new DataDirError(
    `DATA_DIR ${dataDir} is in gebruik door een ander proces (pid ${lock.heldBy}), meestal de server. ` +
      'Stop de server eerst en probeer het dan opnieuw; de ingebouwde database kan maar door één proces tegelijk worden gebruikt. ' +
      `/ DATA_DIR ${dataDir} is in use by another process (pid ${lock.heldBy}), usually the server. ` +
      'Stop the server first and try again; the embedded database can be used by one process at a time.',
  );
}

/** The same server URL with another database name (tests and benchmarks make databases of their own). */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
