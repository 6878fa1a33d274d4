// SPDX-License-Identifier: EUPL-1.2
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../platform/context.ts';
import { toCsv } from '../platform/csv.ts';
import { t } from '../platform/i18n.ts';
import { type AreaSeries, cityCode, type IndicatorSeries, zuidwestCode } from './compute.ts';
import { cbsLicence, cbsSource, indicatorKeys, stemsOf } from './indicators.ts';
import { indicatorName, latestComparison } from './present.ts';
import { getIndicatorSeries, listIndicatorSeries } from './service.ts';
import { targetYear } from './trend.ts';

function areaName(series: AreaSeries): string {
  if (series.area.code === cityCode) return t('monitor.table.city');
  if (series.area.code === zuidwestCode) return t('monitor.table.zuidwest');
  return series.area.name;
}

function summaryJson(s: IndicatorSeries) {
  const latest = latestComparison(s);
  return {
    key: s.indicator.key,
    name: indicatorName(s.indicator),
    line: s.indicator.line,
    definition: t(`monitor.indicator.${s.indicator.key}.definition`),
    formula: t(`monitor.indicator.${s.indicator.key}.formula`),
    unit: s.indicator.unit,
    direction: s.indicator.direction,
    comparable: s.indicator.comparable,
    cbs_keys: stemsOf(s.indicator.formula),
    source: cbsSource,
    licence: cbsLicence,
    latest: latest
      ? { year: latest.year, zuidwest: latest.zuidwest, city: latest.city, gap: latest.gap }
      : null,
    status: s.assessment.status,
    status_reason: s.assessment.reason ?? null,
    years_with_data: s.assessment.years,
  };
}

function areaRows(s: IndicatorSeries): AreaSeries[] {
  return [s.city, s.zuidwest, ...s.wijken, ...s.buurten];
}

function detailJson(s: IndicatorSeries) {
  return {
    ...summaryJson(s),
    years: s.years,
    values: areaRows(s).map((a) => ({
      area_code: a.area.code,
      area_name: areaName(a),
      level: a.area.level,
      values: a.values,
    })),
    gap: s.gap,
    trend: {
      method: t('monitor.method'),
      target_year: targetYear,
      slope_per_year: s.assessment.slope,
      projected_gap: s.assessment.projected,
    },
    targets: [],
  };
}

const csvQuery = z.object({ indicator: z.enum(indicatorKeys).optional() });

/** The monitor as open data: indicators as JSON and every value as CSV, under /api/v1. */
export function monitorApi({ database }: AppDeps) {
  const { db } = database;
  const app = new Hono();

  app.get('/indicators', async (c) => c.json((await listIndicatorSeries(db)).map(summaryJson)));

  app.get('/indicators.csv', async (c) => {
    const query = csvQuery.safeParse(c.req.query());
    if (!query.success) {
      return c.json({ error: 'invalid_query', message: 'Deze indicator kennen wij niet.' }, 400);
    }
    const all = await listIndicatorSeries(db);
    const chosen = all.filter((s) => !query.data.indicator || s.indicator.key === query.data.indicator);
    const rows = chosen.flatMap((s) =>
      areaRows(s).flatMap((a) =>
        s.years.map((year, i) => [
          s.indicator.key,
          a.area.code,
          areaName(a),
          year,
          a.values[i] ?? null,
          s.indicator.unit,
          cbsSource,
        ]),
      ),
    );
    const csv = toCsv(['indicator', 'area_code', 'area_name', 'year', 'value', 'unit', 'source'], rows);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${query.data.indicator ?? 'indicatoren'}.csv"`);
    return c.body(csv);
  });

  app.get('/indicators/:key', async (c) => {
    const series = await getIndicatorSeries(db, c.req.param('key'));
    if (!series) return c.json({ error: 'not_found', message: 'Deze indicator kennen wij niet.' }, 404);
    return c.json(detailJson(series));
  });

  return app;
}
