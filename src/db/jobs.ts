// SPDX-License-Identifier: EUPL-1.2
import { type ConstructorOptions, fromPglite } from 'pg-boss';
import type { Database } from './client.ts';

/**
 * How the job runner (pg-boss) reaches the database: on PGlite it shares the one embedded connection
 * (PGlite queues every statement behind an open transaction, so jobs never interleave with a request's
 * transaction); on a server it opens a pool of two connections of its own.
 */
export function jobDatabaseOptions(database: Database): ConstructorOptions {
  if (database.kind === 'pglite') {
    if (!database.pglite) throw new Error('the embedded database was opened without its client');
    return { db: fromPglite(database.pglite), backend: 'pglite' };
  }
  if (!database.url) throw new Error('the server database was opened without its address');
  return { connectionString: database.url, max: 2, application_name: 'open-zuidwest-jobs' };
}
