// SPDX-License-Identifier: EUPL-1.2
import type { Db } from './client.ts';

// The public pages' queries are prepared once per database and connection (named statements): PostgreSQL
// then plans them once instead of on every request (planning the measure list took longer than running it),
// and Drizzle builds their SQL once.
const preparedQueries = new WeakMap<Db, Map<string, unknown>>();

export function prepared<T>(db: Db, name: string, build: (name: string) => T): T {
  let cache = preparedQueries.get(db);
  if (!cache) {
    cache = new Map();
    preparedQueries.set(db, cache);
  }
  let query = cache.get(name) as T | undefined;
  if (query === undefined) {
    query = build(name);
    cache.set(name, query);
  }
  return query;
}
