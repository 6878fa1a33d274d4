// SPDX-License-Identifier: EUPL-1.2
import { integer, jsonb, pgTable, serial, text } from 'drizzle-orm/pg-core';
import type { Source } from '../platform/source.ts';

/** The wijken of the area (CBS counts Bouwlust and Vrederust as one wijk, so two rows share a code). */
export const wijken = pgTable('wijken', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  cbsCode: text('cbs_code').notNull(),
  description: text('description').notNull(),
  position: integer('position').notNull(),
  source: jsonb('source').$type<Source>().notNull(),
});

export const buurten = pgTable('buurten', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  cbsWijkCode: text('cbs_wijk_code').notNull(),
});
