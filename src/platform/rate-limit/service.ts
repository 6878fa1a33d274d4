// SPDX-License-Identifier: EUPL-1.2
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rateLimits } from './schema.ts';

export interface Limit {
  max: number;
  windowSeconds: number;
}

/** True when the key has used up its attempts in the current window. Does not count an attempt. */
export async function isLimited(db: Db, key: string, limit: Limit): Promise<boolean> {
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
  return row !== undefined && row.resetAt > new Date() && row.count >= limit.max;
}

/** Counts one attempt in one statement, so concurrent attempts on several app processes add up. */
export async function countAttempt(db: Db, key: string, limit: Limit): Promise<number> {
  const resetAt = new Date(Date.now() + limit.windowSeconds * 1000);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, count: 1, resetAt })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.resetAt} <= now() then 1 else ${rateLimits.count} + 1 end`,
        resetAt: sql`case when ${rateLimits.resetAt} <= now() then excluded.reset_at else ${rateLimits.resetAt} end`,
      },
    })
    .returning({ count: rateLimits.count });
  return row!.count;
}

export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}
