// SPDX-License-Identifier: EUPL-1.2
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rateLimits } from './schema.ts';

export interface Limit {
  max: number;
  windowSeconds: number;
}

/** One counter: a key (what is limited, e.g. "login:email:a@b.nl") and its limit. */
export interface Counter {
  key: string;
  limit: Limit;
}

/** True when the key has used up its attempts in the current window. Does not count an attempt. */
export async function isLimited(db: Db, key: string, limit: Limit): Promise<boolean> {
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
  return row !== undefined && row.resetAt > new Date() && row.count >= limit.max;
}

export type TakeResult = { ok: true; counts: Map<string, number> } | { ok: false; blocked: boolean };

/**
 * Takes one attempt from each counter, deciding and counting in ONE statement: a counter that is
 * still under its limit counts the attempt, one at its limit refuses it. Concurrent attempts on any
 * number of app processes queue on the counter's row, so of 200 attempts at once exactly `max` get
 * through. All or nothing: when one counter refuses, the others get their attempt back. `blockedBy`
 * counters are only read, in the same statement: when one of them is at its limit nothing is counted
 * and the result says `blocked`. Give an attempt back with returnAttempt when it turned out not to
 * count (a right code, a right password).
 */
export async function takeAttempt(
  db: Db,
  counters: readonly Counter[],
  options: { blockedBy?: readonly Counter[] } = {},
): Promise<TakeResult> {
  // Rows are locked in key order, so two attempts on the same keys can never deadlock.
  const sorted = [...new Map(counters.map((c) => [c.key, c])).values()].sort((a, b) =>
    a.key < b.key ? -1 : 1,
  );
  const blockedBy = options.blockedBy ?? [];
  const values = sql.join(
    sorted.map((c) => sql`(${c.key}::text, ${c.limit.windowSeconds}::integer)`),
    sql`, `,
  );
  const maxOf = sql.join(
    sorted.map((c) => sql`when ${c.key}::text then ${c.limit.max}::integer`),
    sql` `,
  );
  const blocked =
    blockedBy.length === 0
      ? sql`false`
      : sql`exists (select 1 from rate_limits b where b.reset_at > now() and (${sql.join(
          blockedBy.map((c) => sql`(b.key = ${c.key}::text and b.count >= ${c.limit.max}::integer)`),
          sql` or `,
        )}))`;
  const result = await db.execute(sql`
    with blocked as (select ${blocked} as yes),
    taken as (
      insert into rate_limits (key, count, reset_at)
      select input.key, 1, now() + make_interval(secs => input.window_seconds)
      from (values ${values}) as input(key, window_seconds)
      where not (select yes from blocked)
      order by input.key
      on conflict (key) do update set
        count = case when rate_limits.reset_at <= now() then 1 else rate_limits.count + 1 end,
        reset_at = case when rate_limits.reset_at <= now() then excluded.reset_at else rate_limits.reset_at end
      where rate_limits.reset_at <= now() or rate_limits.count < (case rate_limits.key ${maxOf} end)
      returning key, count
    )
    select (select yes from blocked) as blocked, key, count from taken
    union all
    select (select yes from blocked), null, null where not exists (select 1 from taken)`);
  const rows = rowsOf(result) as { blocked: boolean; key: string | null; count: number | null }[];
  const counts = new Map<string, number>();
  for (const row of rows) if (row.key !== null) counts.set(row.key, Number(row.count));
  if (counts.size === sorted.length) return { ok: true, counts };
  if (counts.size > 0) await returnAttempt(db, [...counts.keys()]);
  return { ok: false, blocked: rows[0]?.blocked === true };
}

/** Gives back an attempt taken with takeAttempt (in the current window; a new window starts at zero anyway). */
export async function returnAttempt(db: Db, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await db
    .update(rateLimits)
    .set({ count: sql`${rateLimits.count} - 1` })
    .where(
      sql`${inArray(rateLimits.key, [...keys])} and ${rateLimits.count} > 0 and ${rateLimits.resetAt} > now()`,
    );
}

/** Removes counters whose window has passed (they count from zero again anyway), so the table stays small. */
export async function deleteExpiredCounters(db: Db): Promise<void> {
  await db.delete(rateLimits).where(sql`${rateLimits.resetAt} < now()`);
}

export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** Rows of a raw query, from node-postgres ({ rows }) or PGlite ({ rows }) alike. */
function rowsOf(result: unknown): unknown[] {
  return Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? []);
}
