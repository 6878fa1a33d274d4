// SPDX-License-Identifier: EUPL-1.2
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryPrepared, rowsOf } from '../../db/raw.ts';
import { type Batcher, createBatcher } from '../batching.ts';
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

// --- the same for the hot path: one counter per attempt, many attempts in one statement ------------------

interface PendingTake {
  counter: Counter;
  blockedBy: Counter | null;
}

const takeQueues = new WeakMap<Db, Batcher<PendingTake, TakeResult>>();
const returnQueues = new WeakMap<Db, Batcher<string, void>>();

/**
 * takeAttempt for one counter (and at most one `blockedBy`), for the busiest path (casting a ballot):
 * attempts that arrive while a statement runs go together in the next one, so under load one statement
 * and one commit serve many attempts (as casting does, see platform/batching.ts). Each counter's row is
 * still decided on its own, under its row lock: exactly as exact as takeAttempt. Attempts on the same
 * counter never share a statement.
 */
export function takeOneAttempt(
  db: Db,
  counter: Counter,
  blockedBy: Counter | null = null,
): Promise<TakeResult> {
  let queue = takeQueues.get(db);
  if (!queue) {
    queue = createBatcher((items: PendingTake[]) => takeBatch(db, items), {
      maxSize: 200,
      keyOf: (item) => item.counter.key,
    });
    takeQueues.set(db, queue);
  }
  return queue.add({ counter, blockedBy });
}

/** returnAttempt for one key, batched like takeOneAttempt. */
export function returnOneAttempt(db: Db, key: string): Promise<void> {
  let queue = returnQueues.get(db);
  if (!queue) {
    queue = createBatcher(
      async (keys: string[]) => {
        await queryPrepared(db, 'rate-limits-return', returnStatement, [keys]);
        return keys.map(() => undefined);
      },
      { maxSize: 200, keyOf: (key) => key },
    );
    returnQueues.set(db, queue);
  }
  return queue.add(key);
}

/**
 * The batched take, prepared once per connection on a PostgreSQL server (it runs for every ballot). Each
 * input row is decided on its own: blocked by its `blocked_key`, or counted when its row is under `max`.
 */
const takeStatement = `with input as (
  select * from jsonb_to_recordset($1::jsonb)
    as i(key text, max integer, window_seconds integer, blocked_key text, blocked_max integer)
), blocked as (
  select input.key from input join rate_limits b on b.key = input.blocked_key
  where b.reset_at > now() and b.count >= input.blocked_max
), taken as (
  insert into rate_limits (key, count, reset_at)
  select input.key, 1, now() + make_interval(secs => input.window_seconds) from input
  where input.key not in (select key from blocked)
  order by input.key
  on conflict (key) do update set
    count = case when rate_limits.reset_at <= now() then 1 else rate_limits.count + 1 end,
    reset_at = case when rate_limits.reset_at <= now() then excluded.reset_at else rate_limits.reset_at end
  where rate_limits.reset_at <= now()
    or rate_limits.count < (select input.max from input where input.key = rate_limits.key)
  returning key, count
)
select input.key, input.key in (select key from blocked) as blocked, taken.count
from input left join taken on taken.key = input.key`;

const returnStatement = `update rate_limits set count = count - 1
where key = any($1::text[]) and count > 0 and reset_at > now()`;

async function takeBatch(db: Db, items: PendingTake[]): Promise<TakeResult[]> {
  const input = JSON.stringify(
    items.map(({ counter, blockedBy }) => ({
      key: counter.key,
      max: counter.limit.max,
      window_seconds: counter.limit.windowSeconds,
      blocked_key: blockedBy?.key ?? null,
      blocked_max: blockedBy?.limit.max ?? null,
    })),
  );
  const found = await queryPrepared<{ key: string; blocked: boolean; count: number | null }>(
    db,
    'rate-limits-take',
    takeStatement,
    [input],
  );
  const rows = new Map(found.map((row) => [row.key, row]));
  return items.map(({ counter }): TakeResult => {
    const row = rows.get(counter.key);
    if (row && row.count !== null) return { ok: true, counts: new Map([[counter.key, Number(row.count)]]) };
    return { ok: false, blocked: row?.blocked === true };
  });
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
