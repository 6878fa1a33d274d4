// SPDX-License-Identifier: EUPL-1.2
import { bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Every status change of anything that moves through a workflow (measures, wijkbudget plans, ...):
 * appended in the transaction of the change, never edited. The thing's own status column is the
 * latest row, kept for fast reads. `reason` is public: residents read it in the history.
 */
export const statusHistory = pgTable(
  'status_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    reason: text('reason'),
    /** The staff member who made the change; null for a change from a seeded document or the system. */
    changedBy: integer('changed_by'),
    /** Null where the date is not known (a status taken from a document that gives no date). */
    changedAt: timestamp('changed_at', { withTimezone: true }).defaultNow(),
  },
  (table) => [index('status_history_entity_idx').on(table.entityType, table.entityId, table.changedAt)],
);
