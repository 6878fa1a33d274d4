// SPDX-License-Identifier: EUPL-1.2
import { boolean, date, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { wijken } from '../places/schema.ts';
import type { ConsultationLevel } from './types.ts';

/** A consultation (inspraakmoment): what residents are asked, where, when, and how much they can change. */
export const consultations = pgTable(
  'consultations',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    /** The department or partner that asks (and answers). */
    organiser: text('organiser').notNull(),
    summary: text('summary').notNull(),
    wijkId: integer('wijk_id')
      .notNull()
      .references(() => wijken.id),
    /** CBS codes of the buurten it is about; empty: the whole wijk. */
    buurtCodes: jsonb('buurt_codes').$type<string[]>().notNull().default([]),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    level: text('level').$type<ConsultationLevel>().notNull(),
    openForDiscussion: text('open_for_discussion').notNull(),
    notOpenForDiscussion: text('not_open_for_discussion').notNull(),
    /** When every contribution will have its public answer. */
    answerPromisedOn: date('answer_promised_on', { mode: 'string' }).notNull(),
    /** How residents are asked (a name for now; later a link to the methods databank). */
    method: text('method').notNull(),
    /** An invented example (DEMO=1), shown marked "Voorbeeld". */
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('consultations_wijk_starts_idx').on(table.wijkId, table.startsOn)],
);
