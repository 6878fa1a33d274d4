// SPDX-License-Identifier: EUPL-1.2
import {
  boolean,
  customType,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { buurten } from '../places/schema.ts';
import { users } from '../platform/auth/schema.ts';
import type { Category, ReportStatus } from './rules.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * A resident's report. Contact details, the typed location and the description are personal data: they
 * are shown to staff and to the reporter (through the follow link), never in public pages or the API.
 * The follow link's token is stored only as its SHA-256 hash.
 */
export const reports = pgTable(
  'reports',
  {
    id: serial('id').primaryKey(),
    /** The form's own key: a form sent twice makes one report. */
    submission: uuid('submission').notNull().unique(),
    followTokenHash: text('follow_token_hash').notNull().unique(),
    category: text('category').$type<Category>().notNull(),
    sensitive: boolean('sensitive').notNull(),
    buurtCode: text('buurt_code')
      .notNull()
      .references(() => buurten.code),
    /** An address or a description of the place, as typed: private (the public sees the buurt only). */
    location: text('location').notNull(),
    description: text('description').notNull(),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    hasPhoto: boolean('has_photo').notNull().default(false),
    status: text('status').$type<ReportStatus>().notNull().default('received'),
    /** The partner or department it was sent on to (from the programme's register), by name as it was then. */
    forwardedTo: text('forwarded_to'),
    /** What was done, for everyone to read (the reporter and, when not sensitive, the public). */
    publicAnswer: text('public_answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** The reporter's judgement after closing: did it solve the problem? */
    solved: boolean('solved'),
    reopenedAt: timestamp('reopened_at', { withTimezone: true }),
    mergedIntoId: integer('merged_into_id'),
    /** An example report (DEMO=1), marked "Voorbeeld", never mixed with real ones. */
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('reports_status_created_idx').on(table.status, table.createdAt),
    index('reports_buurt_idx').on(table.buurtCode),
  ],
);

/** A report's photo, re-encoded without metadata (platform/photos.ts). */
export const reportPhotos = pgTable('reports_photos', {
  reportId: integer('report_id')
    .primaryKey()
    .references(() => reports.id, { onDelete: 'cascade' }),
  contentType: text('content_type').notNull(),
  bytes: bytea('bytes').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
});

/** Staff's internal notes on a report: never shown to the reporter or the public. */
export const reportNotes = pgTable(
  'reports_notes',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    authorId: integer('author_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('reports_notes_report_idx').on(table.reportId)],
);
