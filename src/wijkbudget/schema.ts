// SPDX-License-Identifier: EUPL-1.2
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { buurten, wijken } from '../places/schema.ts';
import { users } from '../platform/auth/schema.ts';
import { measures } from '../programme/schema.ts';
import type { BallotKind, PlanStatus, WijkbudgetRule } from './rules.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** "2026-11-22 12:58:26.778+00" (PostgreSQL's text form) -> an ISO instant the rules can read. */
function isoFromPostgres(value: string | Date): string {
  if (value instanceof Date) return value.toISOString();
  const text = value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  return new Date(text).toISOString();
}

/** A timestamptz read and written as an ISO 8601 instant (text), the form rules.ts works with. */
const isoInstant = customType<{ data: string; driverData: string | Date }>({
  dataType: () => 'timestamp with time zone',
  toDriver: (value) => value,
  fromDriver: isoFromPostgres,
});

const instant = (name: string) => isoInstant(name).notNull();
const cents = (name: string) => bigint(name, { mode: 'bigint' });

/** How voters prove they may vote: a code from a letter, a paper ballot at a polling place, or both. */
export type Eligibility = 'codes' | 'paper' | 'codes-and-paper';

/** The stored ballot: plan ids (approval) or plan id -> points, always in canonical (sorted) order. */
export type StoredChoice = { planIds: number[] } | { points: Record<string, number> };

export const rounds = pgTable('wijkbudget_rounds', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  intro: text('intro').notNull(),
  /** Example rounds of DEMO=1: shown with a "Voorbeeld" label, never mixed with real rounds. */
  demo: boolean('demo').notNull().default(false),
  /** null: all of Zuidwest. */
  wijkId: integer('wijk_id').references(() => wijken.id),
  budgetCents: cents('budget_cents').notNull(),
  ballotKind: text('ballot_kind').$type<BallotKind>().notNull(),
  /** The N of "at most N plans" or "divide N points". */
  ballotLimit: integer('ballot_limit'),
  rule: text('rule').$type<WijkbudgetRule>().notNull(),
  minimumAge: integer('minimum_age').notNull(),
  eligibility: text('eligibility').$type<Eligibility>().notNull(),
  /** New plans wait for a staff check before the public sees them ('pending'). On unless staff turn it off. */
  moderatePlans: boolean('moderate_plans').notNull().default(true),
  /**
   * Whether a voter may ask for a tracker (a random code printed next to their ballot in the published
   * file). Off by default: a tracker is a receipt, so a voter can prove their choice to someone who
   * pays for or forces it (docs/adr/0008-ballot-secrecy.md).
   */
  trackers: boolean('trackers').notNull().default(false),
  submitFrom: instant('submit_from'),
  submitUntil: instant('submit_until'),
  reviewUntil: instant('review_until'),
  voteFrom: instant('vote_from'),
  voteUntil: instant('vote_until'),
  resultBy: instant('result_by'),
  executionFrom: instant('execution_from'),
  resultPublishedAt: isoInstant('result_published_at'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const plans = pgTable(
  'wijkbudget_plans',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id),
    title: text('title').notNull(),
    description: text('description').notNull(),
    buurtCode: text('buurt_code')
      .notNull()
      .references(() => buurten.code),
    location: text('location'),
    submitterCostCents: cents('submitter_cost_cents').notNull(),
    /** The municipality's estimate: the cost that counts on the ballot. */
    costCents: cents('cost_cents'),
    /** Private: only for the mails about this plan. Never shown, never exported. Null: no mails wanted. */
    contactEmail: text('contact_email'),
    /**
     * The random key of the form that sent the plan: a second send of the same form (a double click, a
     * reload) finds this plan instead of making another.
     */
    submissionKey: text('submission_key').unique(),
    status: text('status').$type<PlanStatus>().notNull().default('submitted'),
    /** The public reason of the latest decision (not feasible, merged, hidden, impossible, feasible notes). */
    statusReason: text('status_reason'),
    mergedIntoId: integer('merged_into_id'),
    /**
     * The staff member who typed this plan in for a resident (at the desk, on the phone): the public
     * sees "via het loket", staff see who. Null: the resident sent it in themselves.
     */
    enteredBy: integer('entered_by').references(() => users.id),
    /** The measure in the programme register that carries out this funded plan. */
    measureId: integer('measure_id').references(() => measures.id),
    hasPhoto: boolean('has_photo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('wijkbudget_plans_round_idx').on(table.roundId)],
);

/** Photos are kept apart so lists of plans never load their bytes; re-encoded, without metadata. */
export const planPhotos = pgTable('wijkbudget_plan_photos', {
  planId: integer('plan_id')
    .primaryKey()
    .references(() => plans.id),
  contentType: text('content_type').notNull(),
  bytes: bytea('bytes').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  alt: text('alt'),
});

/**
 * Where a batch stands. Before voting opens one staff member makes codes at once ('made'). Once voting
 * has opened a batch is first 'requested' (no codes exist), and only a second staff member makes its
 * codes by confirming it ('made'), or rejects it ('rejected'): four eyes (docs/adr/0008-ballot-secrecy.md).
 */
export type CodeBatchStatus = 'requested' | 'made' | 'rejected';

/** A batch of voting codes: printed on letters, or one code given out at the help desk. */
export const codeBatches = pgTable('wijkbudget_code_batches', {
  id: serial('id').primaryKey(),
  roundId: integer('round_id')
    .notNull()
    .references(() => rounds.id),
  kind: text('kind').$type<'letters' | 'help-desk'>().notNull(),
  label: text('label').notNull(),
  size: integer('size').notNull(),
  /** Letters for one buurt of the round's area (turnout per buurt comes from these); null: none given. */
  buurtCode: text('buurt_code').references(() => buurten.code),
  status: text('status').$type<CodeBatchStatus>().notNull().default('made'),
  /** A requested batch of letters: how its codes leave the site once confirmed ('pdf' or 'csv'). */
  format: text('format').$type<'pdf' | 'csv'>(),
  /**
   * A help-desk code for a lost letter: the letter number ("batch-sequence") whose code it replaces.
   * When a second staff member confirms the request, that code is voided and this batch's code made.
   */
  replacesLetter: text('replaces_letter'),
  /** Who made the batch, or who requested it (status 'requested', or decided later). */
  createdBy: integer('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** The second staff member who confirmed (and so made) or rejected a requested batch. */
  decidedBy: integer('decided_by').references(() => users.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
});

/**
 * Only the HMAC of each code is stored; nobody can read a code back. `used` has no time on purpose:
 * the moment a code was used would link it to the ballot stored in that moment.
 */
export const votingCodes = pgTable(
  'wijkbudget_voting_codes',
  {
    hash: bytea('hash').primaryKey(),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id),
    batchId: integer('batch_id')
      .notNull()
      .references(() => codeBatches.id),
    used: boolean('used').notNull().default(false),
    /**
     * The help desk gave the resident a new code for this one (a lost letter): it can no longer be
     * used. Never set on a used code.
     */
    replaced: boolean('replaced').notNull().default(false),
    /**
     * HMAC of the letter number ("batch-sequence", printed on the letter and in the mail-merge file),
     * so the help desk can find the code of a lost letter without the code. Keyed like the code: a
     * stolen database alone does not tell which letter a code row belongs to. Null for codes made
     * before letter numbers were kept.
     */
    letterHash: bytea('letter_hash').unique(),
  },
  (table) => [index('wijkbudget_voting_codes_round_idx').on(table.roundId)],
);

export const pollingPlaces = pgTable(
  'wijkbudget_polling_places',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id),
    name: text('name').notNull(),
  },
  (table) => [unique('wijkbudget_polling_places_name').on(table.roundId, table.name)],
);

/**
 * The anonymous ballots. No voter, no code, no time, and a random id: nothing links a ballot to who
 * cast it or when. A paper ballot names its polling place (the turnout per place is public). Ballots
 * never arrive here in the transaction that uses their code: they wait in `pendingBallots` and are
 * moved here, shuffled, in sets of at least `mixSize`, and all of a round's ballots are written again
 * in one shuffled transaction when it is counted (docs/adr/0008-ballot-secrecy.md).
 */
export const ballots = pgTable(
  'wijkbudget_ballots',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id),
    choice: jsonb('choice').$type<StoredChoice>().notNull(),
    /**
     * The voter's own random tracker, when asked for; printed next to this ballot in the published file.
     * Unique among waiting ballots (pendingBallots) and checked against these when it is drawn.
     */
    tracker: text('tracker'),
    pollingPlaceId: integer('polling_place_id').references(() => pollingPlaces.id),
  },
  (table) => [
    index('wijkbudget_ballots_round_idx').on(table.roundId),
    // Each cast batch looks its new trackers up here (a tracker already on a mixed ballot is redrawn).
    index('wijkbudget_ballots_tracker_idx').on(table.tracker),
  ],
);

/**
 * Cast ballots waiting to be mixed into `ballots`. A row here is written in the same transaction as
 * its code's "used" mark (that is what makes one code give at most one ballot, and what keeps an
 * acknowledged ballot through a crash), so while it waits it shares that transaction id: no id, no
 * time, and it waits only until at least `mixSize` ballots of the round wait or the round is counted.
 */
export const pendingBallots = pgTable(
  'wijkbudget_pending_ballots',
  {
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id),
    choice: jsonb('choice').$type<StoredChoice>().notNull(),
    tracker: text('tracker').unique(),
    pollingPlaceId: integer('polling_place_id').references(() => pollingPlaces.id),
  },
  (table) => [index('wijkbudget_pending_ballots_round_idx').on(table.roundId)],
);

/** Why two matching entries of a paper ballot did not make it count: its voting code could not be used. */
export type PaperRefusal = 'code-used' | 'code-replaced' | 'code-unknown';

/**
 * A paper ballot is entered twice, by two different staff members. It counts (a row in `ballots`)
 * only when both entries are the same; a mismatch waits for one of them to correct their entry. In a
 * round with codes each entry holds the HMAC of the voting code from the resident's letter, and the
 * ballot counts only when that code is still unused (the same statement marks it used). Once both
 * entries agree, the choices and codes are erased from this row: it keeps the sheet's number, place,
 * who entered it and whether it counts or was refused (and why), never which code went with which
 * choice (docs/adr/0008-ballot-secrecy.md).
 */
export const paperBallots = pgTable(
  'wijkbudget_paper_ballots',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id),
    serial: text('serial').notNull(),
    pollingPlaceId: integer('polling_place_id')
      .notNull()
      .references(() => pollingPlaces.id),
    firstBy: integer('first_by')
      .notNull()
      .references(() => users.id),
    /** Null once the ballot counts or is refused (erased with the code). */
    firstChoice: jsonb('first_choice').$type<StoredChoice>(),
    firstCode: bytea('first_code'),
    secondBy: integer('second_by').references(() => users.id),
    secondChoice: jsonb('second_choice').$type<StoredChoice>(),
    secondCode: bytea('second_code'),
    counted: boolean('counted').notNull().default(false),
    /** Set when both entries agreed but the code could not be used: the ballot does not count. */
    refused: text('refused').$type<PaperRefusal>(),
  },
  (table) => [unique('wijkbudget_paper_ballots_serial').on(table.roundId, table.serial)],
);

/**
 * The count of a round. Staff may count again while it is not published; once `publishedAt` is set
 * the row never changes (the service refuses, and a trigger in the migration refuses too).
 */
export const results = pgTable('wijkbudget_results', {
  roundId: integer('round_id')
    .primaryKey()
    .references(() => rounds.id),
  /** The result document (JSON text, exactly as published and hashed). */
  document: text('document').notNull(),
  resultSha256: text('result_sha256').notNull(),
  ballotsPb: text('ballots_pb').notNull(),
  ballotsCsv: text('ballots_csv').notNull(),
  ballotsSha256: text('ballots_sha256').notNull(),
  countedAt: instant('counted_at'),
  countedBy: integer('counted_by').references(() => users.id),
  publishedAt: isoInstant('published_at'),
  publishedBy: integer('published_by').references(() => users.id),
});

/** A secret for the voting-code HMAC, made once per database when VOTING_CODE_SECRET is not set. */
export const wijkbudgetSecrets = pgTable(
  'wijkbudget_secrets',
  {
    name: text('name').notNull(),
    value: bytea('value').notNull(),
  },
  (table) => [primaryKey({ columns: [table.name] })],
);
