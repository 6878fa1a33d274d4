// SPDX-License-Identifier: EUPL-1.2
import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Counters in the database, so every app process sees the same limits. */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  resetAt: timestamp('reset_at', { withTimezone: true }).notNull(),
});
