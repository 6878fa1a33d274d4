// SPDX-License-Identifier: EUPL-1.2
import { asc, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { rowsOf } from '../db/raw.ts';
import { monitorPlaces } from './areas.ts';
import { type IndicatorSeries, seriesOf } from './compute.ts';
import { kwbFigures } from './data/kwb-figures.ts';
import type { Figure } from './figures.ts';
import { findIndicator, indicators, stemsOf } from './indicators.ts';
import { monitorFigures } from './schema.ts';

type Writer = Pick<Db, 'insert'>;

/** The stored figures (of the given CBS key stems, or all), oldest edition first. */
export async function listFigures(db: Db, stems?: string[]): Promise<Figure[]> {
  const rows = await db
    .select({
      year: monitorFigures.year,
      areaCode: monitorFigures.areaCode,
      cbsKey: monitorFigures.cbsKey,
      stem: monitorFigures.stem,
      value: monitorFigures.value,
      unit: monitorFigures.unit,
      source: monitorFigures.source,
    })
    .from(monitorFigures)
    .where(stems ? inArray(monitorFigures.stem, stems) : undefined)
    .orderBy(asc(monitorFigures.year), asc(monitorFigures.areaCode), asc(monitorFigures.cbsKey));
  return rows;
}

/**
 * Stores checked figures in one transaction: a figure for the same area, year and key replaces the old
 * one (a corrected CBS release), so importing the same file twice changes nothing.
 */
export async function importFigures(db: Db, figures: Figure[]): Promise<number> {
  return db.transaction(async (tx) => writeFigures(tx, figures));
}

async function writeFigures(db: Writer, figures: Figure[]): Promise<number> {
  const batch = 500;
  for (let i = 0; i < figures.length; i += batch) {
    await db
      .insert(monitorFigures)
      .values(figures.slice(i, i + batch))
      .onConflictDoUpdate({
        target: [monitorFigures.year, monitorFigures.areaCode, monitorFigures.stem],
        set: {
          cbsKey: sql`excluded.cbs_key`,
          value: sql`excluded.value`,
          unit: sql`excluded.unit`,
          source: sql`excluded.source`,
          importedAt: sql`now()`,
        },
      });
  }
  return figures.length;
}

/**
 * The shipped CBS figures (src/monitor/data), for the seed: missing ones are added, none replaced. One
 * statement with the rows as one JSON parameter: thousands of bound values are slow on PGlite.
 */
export async function loadShippedFigures(db: Pick<Db, 'execute'>): Promise<number> {
  const rows = kwbFigures.map((f) => ({
    year: f.year,
    area_code: f.areaCode,
    cbs_key: f.cbsKey,
    stem: f.stem,
    value: f.value,
    unit: f.unit,
    source: f.source,
  }));
  const result = await db.execute(sql`
    insert into monitor_figures (year, area_code, cbs_key, stem, value, unit, source)
    select year, area_code, cbs_key, stem, value, unit, source
      from json_to_recordset(${JSON.stringify(rows)}::json)
        as x(year integer, area_code text, cbs_key text, stem text, value double precision, unit text, source text)
    on conflict do nothing
    returning id`);
  return rowsOf(result).length;
}

/** Every indicator computed from the stored figures, in the order of `indicators`. */
export async function listIndicatorSeries(db: Db): Promise<IndicatorSeries[]> {
  const figures = await listFigures(db, [...new Set(indicators.flatMap((i) => stemsOf(i.formula)))]);
  const places = monitorPlaces();
  return indicators.map((indicator) => {
    const stems = new Set(stemsOf(indicator.formula));
    return seriesOf(
      indicator,
      figures.filter((f) => stems.has(f.stem)),
      places,
    );
  });
}

export async function getIndicatorSeries(db: Db, key: string): Promise<IndicatorSeries | null> {
  const indicator = findIndicator(key);
  if (!indicator) return null;
  return seriesOf(indicator, await listFigures(db, stemsOf(indicator.formula)), monitorPlaces());
}
