// SPDX-License-Identifier: EUPL-1.2
import {
  boolean,
  customType,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { buurten, wijken } from '../places/schema.ts';
import { users } from '../platform/auth/schema.ts';
import type { InitiativeStatus } from './rules.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** A resident who applies: known only by an e-mail address (no password, no account). */
export const initiativeApplicants = pgTable('initiatives_applicants', {
  id: serial('id').primaryKey(),
  /** Lower case. */
  email: text('email').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A sign-in link sent by e-mail. Only the SHA-256 of the token is kept, so a copy of the database does
 * not sign anyone in. A link works once (`used_at`) and until `expires_at`.
 */
export const initiativeMagicLinks = pgTable('initiatives_magic_links', {
  id: serial('id').primaryKey(),
  /** Lower case. The applicant is made when the link is used, so typing an address stores no applicant. */
  email: text('email').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An applicant's browser session after a link was used (hashed token in a cookie). */
export const initiativeSessions = pgTable('initiatives_sessions', {
  tokenHash: text('token_hash').primaryKey(),
  applicantId: integer('applicant_id')
    .notNull()
    .references(() => initiativeApplicants.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** One application for a subsidy under the regulation "Leefbaarheid en bewonersparticipatie". */
export const initiatives = pgTable(
  'initiatives',
  {
    id: serial('id').primaryKey(),
    applicantId: integer('applicant_id')
      .notNull()
      .references(() => initiativeApplicants.id),
    status: text('status').$type<InitiativeStatus>().notNull().default('draft'),
    groupName: text('group_name'),
    contactName: text('contact_name'),
    phone: text('phone'),
    title: text('title'),
    description: text('description'),
    buurtCode: text('buurt_code').references(() => buurten.code),
    location: text('location'),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    audience: text('audience'),
    participants: integer('participants'),
    declared: boolean('declared').notNull().default(false),
    /** The applicant agrees that an approved initiative (title, summary, buurt, amount) is published. */
    publishConsent: boolean('publish_consent').notNull().default(false),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    decisionDueOn: date('decision_due_on'),
    grantedEuros: integer('granted_euros'),
    /** An example application (DEMO=1), marked "Voorbeeld". */
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('initiatives_applicant_idx').on(table.applicantId),
    index('initiatives_status_idx').on(table.status, table.decisionDueOn),
  ],
);

/** The budget, line by line: what it is for and how much (whole euros). */
export const initiativeBudgetLines = pgTable('initiatives_budget_lines', {
  id: serial('id').primaryKey(),
  initiativeId: integer('initiative_id')
    .notNull()
    .references(() => initiatives.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  item: text('item').notNull(),
  amountEuros: integer('amount_euros').notNull(),
});

/** A PDF or image sent with an application, checked by its content. Never public. */
export const initiativeAttachments = pgTable('initiatives_attachments', {
  id: serial('id').primaryKey(),
  initiativeId: integer('initiative_id')
    .notNull()
    .references(() => initiatives.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  bytes: bytea('bytes').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The administrator's settings for the regulation: one row (id 1). */
export const initiativeSettings = pgTable('initiatives_settings', {
  id: integer('id').primaryKey().default(1),
  /** The most one application may ask for, in whole euros. */
  maximumEuros: integer('maximum_euros').notNull(),
  /** Decisions on more than this need a second assessor (four eyes). */
  fourEyesAboveEuros: integer('four_eyes_above_euros').notNull(),
  /** Calendar days to decide after an application is received. */
  decisionDays: integer('decision_days').notNull(),
});

/** The wijken an initiative broker helps in: they see and help the applications there. */
export const initiativeBrokerWijken = pgTable(
  'initiatives_broker_wijken',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    wijkId: integer('wijk_id')
      .notNull()
      .references(() => wijken.id),
  },
  (table) => [primaryKey({ columns: [table.userId, table.wijkId] })],
);

/**
 * A grant above the four-eyes amount, proposed by one assessor and waiting for a second one. At most
 * one per application (the primary key); the decision is saved only when another assessor confirms.
 */
export const initiativePendingDecisions = pgTable('initiatives_pending_decisions', {
  initiativeId: integer('initiative_id')
    .primaryKey()
    .references(() => initiatives.id, { onDelete: 'cascade' }),
  toStatus: text('to_status').$type<InitiativeStatus>().notNull(),
  reason: text('reason').notNull(),
  grantedEuros: integer('granted_euros').notNull(),
  proposedBy: integer('proposed_by')
    .notNull()
    .references(() => users.id),
  proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
});
