// SPDX-License-Identifier: EUPL-1.2
import { pgTable, smallint, timestamp } from 'drizzle-orm/pg-core';

/** One row that /readyz writes on every check: proof that the database still accepts writes. */
export const readinessProbe = pgTable('readiness_probe', {
  id: smallint('id').primaryKey(),
  checkedAt: timestamp('checked_at', { withTimezone: true }).notNull(),
});
