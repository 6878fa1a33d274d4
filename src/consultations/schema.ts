// SPDX-License-Identifier: EUPL-1.2
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { wijken } from '../places/schema.ts';
import { users } from '../platform/auth/schema.ts';
import type { ConsultationLevel, ContributionChannel, ContributionStatus } from './types.ts';

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
    /** The public summary after closing: what we heard, what we do, what not and why. */
    heard: text('heard'),
    willDo: text('will_do'),
    wontDo: text('wont_do'),
    summarisedAt: timestamp('summarised_at', { withTimezone: true }),
    /** An invented example (DEMO=1), shown marked "Voorbeeld". */
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('consultations_wijk_starts_idx').on(table.wijkId, table.startsOn)],
);

/**
 * A resident's contribution (reactie) to a consultation, sent online or entered by staff from paper or a
 * meeting. It moves through the contribution workflow (rules.ts) and gets a public answer.
 */
export const consultationContributions = pgTable(
  'consultations_contributions',
  {
    id: serial('id').primaryKey(),
    consultationId: integer('consultation_id')
      .notNull()
      .references(() => consultations.id),
    body: text('body').notNull(),
    channel: text('channel').$type<ContributionChannel>().notNull(),
    /** How many people it speaks for (a group at a meeting); 1 for one person. */
    peopleCount: integer('people_count').notNull().default(1),
    /**
     * Personal data: only to send the answer, never shown or given out. Cleared once the answer is
     * queued for sending.
     */
    email: text('email'),
    status: text('status').$type<ContributionStatus>().notNull().default('received'),
    answer: text('answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** Why moderation hid it: shown to everyone in place of the text. */
    moderationReason: text('moderation_reason'),
    /** The contribution this one was merged with; its answer answers this one too. */
    mergedIntoId: integer('merged_into_id').references((): AnyPgColumn => consultationContributions.id),
    /** The staff member who entered a paper or meeting contribution. */
    enteredBy: integer('entered_by').references(() => users.id),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('consultations_contributions_consultation_idx').on(table.consultationId, table.id),
    index('consultations_contributions_status_idx').on(table.status, table.createdAt),
  ],
);
