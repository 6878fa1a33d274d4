// SPDX-License-Identifier: EUPL-1.2
import { doublePrecision, integer, pgTable, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';

/**
 * Published figures (CBS Kerncijfers wijken en buurten and the like): one per area, edition year and CBS
 * key stem. A null value means the figure was not published (suppressed or not yet filled in).
 */
export const monitorFigures = pgTable(
  'monitor_figures',
  {
    id: serial('id').primaryKey(),
    year: integer('year').notNull(),
    areaCode: text('area_code').notNull(),
    cbsKey: text('cbs_key').notNull(),
    stem: text('stem').notNull(),
    value: doublePrecision('value'),
    unit: text('unit').notNull(),
    source: text('source').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique('monitor_figures_year_area_stem').on(table.year, table.areaCode, table.stem)],
);
