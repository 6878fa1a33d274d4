// SPDX-License-Identifier: EUPL-1.2
import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { wijken } from '../places/schema.ts';
import type { Source } from '../platform/source.ts';
import type { MeasureKind, MeasureStatus } from './types.ts';

const source = () => jsonb('source').$type<Source>().notNull();

export const programme = pgTable('programme', {
  id: integer('id').primaryKey().default(1),
  name: text('name').notNull(),
  mission: text('mission').notNull(),
  summary: text('summary').notNull(),
  partnerraad: text('partnerraad').notNull(),
  source: source(),
  partnerraadSource: jsonb('partnerraad_source').$type<Source>().notNull(),
});

export const lines = pgTable('lines', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  position: integer('position').notNull(),
  ambitionTitle: text('ambition_title').notNull(),
  ambition: text('ambition').notNull(),
  source: source(),
});

export const goals = pgTable('goals', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  lineId: integer('line_id')
    .notNull()
    .references(() => lines.id),
  title: text('title').notNull(),
  description: text('description'),
  targetValue: numeric('target_value', { mode: 'number' }),
  targetUnit: text('target_unit'),
  targetYear: integer('target_year'),
  position: integer('position').notNull(),
  source: source(),
});

export const partners = pgTable('partners', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  source: source(),
});

export const alliances = pgTable('alliances', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  position: integer('position').notNull(),
  source: source(),
});

export const allianceLines = pgTable(
  'alliance_lines',
  {
    allianceId: integer('alliance_id')
      .notNull()
      .references(() => alliances.id),
    lineId: integer('line_id')
      .notNull()
      .references(() => lines.id),
  },
  (table) => [primaryKey({ columns: [table.allianceId, table.lineId] })],
);

export const alliancePartners = pgTable(
  'alliance_partners',
  {
    allianceId: integer('alliance_id')
      .notNull()
      .references(() => alliances.id),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id),
  },
  (table) => [primaryKey({ columns: [table.allianceId, table.partnerId] })],
);

export const measures = pgTable(
  'measures',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    description: text('description'),
    kind: text('kind').$type<MeasureKind>().notNull(),
    top10Rank: integer('top10_rank').unique(),
    status: text('status').$type<MeasureStatus>().notNull().default('unknown'),
    allianceId: integer('alliance_id').references(() => alliances.id),
    budgetEuros: bigint('budget_euros', { mode: 'number' }),
    fundingSource: text('funding_source'),
    position: integer('position').notNull().default(0),
    source: jsonb('source').$type<Source>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('measures_alliance_idx').on(table.allianceId),
    index('measures_status_idx').on(table.status),
  ],
);

export const measureLines = pgTable(
  'measure_lines',
  {
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id),
    lineId: integer('line_id')
      .notNull()
      .references(() => lines.id),
  },
  (table) => [
    primaryKey({ columns: [table.measureId, table.lineId] }),
    index('measure_lines_line_idx').on(table.lineId),
  ],
);

export const measureGoals = pgTable(
  'measure_goals',
  {
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id),
    goalId: integer('goal_id')
      .notNull()
      .references(() => goals.id),
  },
  (table) => [primaryKey({ columns: [table.measureId, table.goalId] })],
);

export const measureWijken = pgTable(
  'measure_wijken',
  {
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id),
    wijkId: integer('wijk_id')
      .notNull()
      .references(() => wijken.id),
  },
  (table) => [
    primaryKey({ columns: [table.measureId, table.wijkId] }),
    index('measure_wijken_wijk_idx').on(table.wijkId),
  ],
);

export const measurePartners = pgTable(
  'measure_partners',
  {
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id),
  },
  (table) => [primaryKey({ columns: [table.measureId, table.partnerId] })],
);

/** Progress updates: appended, never edited. */
export const measureUpdates = pgTable(
  'measure_updates',
  {
    id: serial('id').primaryKey(),
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    body: text('body').notNull(),
    authorName: text('author_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('measure_updates_measure_idx').on(table.measureId, table.publishedOn)],
);

export const funds = pgTable('funds', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  position: integer('position').notNull(),
  source: source(),
});

export const fundContributions = pgTable('fund_contributions', {
  id: serial('id').primaryKey(),
  fundId: integer('fund_id')
    .notNull()
    .references(() => funds.id),
  contributor: text('contributor').notNull(),
  amountEuros: bigint('amount_euros', { mode: 'number' }).notNull(),
  position: integer('position').notNull(),
  source: source(),
});

export const budgetTables = pgTable('budget_tables', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  period: text('period').notNull(),
  unit: text('unit').notNull(),
  position: integer('position').notNull(),
  source: source(),
});

export const budgetRows = pgTable('budget_rows', {
  id: serial('id').primaryKey(),
  tableId: integer('table_id')
    .notNull()
    .references(() => budgetTables.id),
  position: integer('position').notNull(),
  label: text('label').notNull(),
  lasten: integer('lasten'),
  baten: integer('baten'),
  saldo: integer('saldo'),
});
