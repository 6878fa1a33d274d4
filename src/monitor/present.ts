// SPDX-License-Identifier: EUPL-1.2
// How the monitor's numbers are written and judged on a page: rounding, the gap, the status, the summary.
import type { MapShade } from '../platform/components/area-map.tsx';
import type { StatusTone } from '../platform/components/status-tag.tsx';
import { formatNumber, t, tPlural } from '../platform/i18n.ts';
import { type AreaSeries, type IndicatorSeries, latestOf } from './compute.ts';
import type { Indicator, Unit } from './indicators.ts';
import type { Assessment } from './trend.ts';

/** A count as a whole number, a rate or share with one decimal: "96,9", "33.701". */
export function formatValue(value: number, unit: Unit): string {
  return formatNumber(rounded(value, unit));
}

/** The value as the pages show it: whole for a count, one decimal otherwise. */
export function rounded(value: number, unit: Unit): number {
  return unit === 'count' ? Math.round(value) : Math.round(value * 10) / 10;
}

/** A gap with its sign: "+49,9", "-1,2", "0". */
export function formatGap(value: number, unit: Unit): string {
  const text = formatValue(Math.abs(value), unit);
  if (text === '0') return text;
  return `${value > 0 ? '+' : '-'}${text}`;
}

export function indicatorName(indicator: Indicator): string {
  return t(`monitor.indicator.${indicator.key}.name`);
}

export const statusTones: Record<Assessment['status'], StatusTone> = {
  met: 'success',
  'on-track': 'success',
  'off-track': 'danger',
  unknown: 'neutral',
};

/** "Onbekend: te weinig jaren om te zeggen", "Op koers". */
export function statusText(series: IndicatorSeries): { label: string; detail: string | null } {
  const { assessment, indicator } = series;
  const label = t(`monitor.status.${assessment.status}`);
  if (assessment.status !== 'unknown') return { label, detail: null };
  if (!indicator.comparable) return { label, detail: t('monitor.reason.no-target') };
  return { label, detail: t(`monitor.reason.${assessment.reason ?? 'no-data'}`) };
}

export function yearsText(series: IndicatorSeries): string {
  const known = series.years.filter((_, i) => series.zuidwest.values[i] != null).length;
  return tPlural('monitor.years', known);
}

/** The latest year with both Zuidwest and the city, for the overview. */
export function latestComparison(series: IndicatorSeries) {
  const zuidwest = latestOf(series.years, series.zuidwest.values);
  if (!zuidwest) return null;
  const index = series.years.indexOf(zuidwest.year);
  const city = series.city.values[index] ?? null;
  const gap = series.gap[index] ?? null;
  return { year: zuidwest.year, zuidwest: zuidwest.value, city, gap };
}

/** The text summary in B1 under the chart's title. */
export function summaryText(series: IndicatorSeries): string {
  const { indicator } = series;
  const latest = latestComparison(series);
  if (!latest) return t('monitor.indicator.summary.none');
  const title = t(`monitor.indicator.${indicator.key}.title`);
  const zuidwest = formatValue(latest.zuidwest, indicator.unit);
  if (!indicator.comparable || latest.city === null) {
    return t('monitor.indicator.summary.count', { title, zuidwest, year: latest.year });
  }
  const city = formatValue(latest.city, indicator.unit);
  if (zuidwest === city) return t('monitor.indicator.summary.same', { title, zuidwest, year: latest.year });
  const comparison = t(
    latest.zuidwest > latest.city ? 'monitor.comparison.higher' : 'monitor.comparison.lower',
  );
  return t('monitor.indicator.summary.worse', { title, comparison, zuidwest, city, year: latest.year });
}

/** The trend sentence, only when there are enough years for a line. */
export function trendText(series: IndicatorSeries): string | null {
  const slope = series.assessment.slope;
  if (slope === null) return null;
  const change = formatValue(Math.abs(slope), series.indicator.unit);
  const closing = series.indicator.direction === 'lower' ? slope < 0 : slope > 0;
  return t(closing ? 'monitor.trend' : 'monitor.trend.wider', { change });
}

/** The latest year in which buurten have values, and those values. */
export function buurtYear(
  series: IndicatorSeries,
): { year: number; buurten: AreaSeries[]; index: number } | null {
  for (let index = series.years.length - 1; index >= 0; index--) {
    if (series.buurten.some((b) => b.values[index] != null)) {
      return { year: series.years[index]!, buurten: series.buurten, index };
    }
  }
  return null;
}

/** Five equal steps between the lowest and highest known value. */
export function shadeOf(value: number | null, min: number, max: number): MapShade {
  if (value === null) return 'unknown';
  if (max === min) return 2;
  return Math.min(4, Math.floor(((value - min) / (max - min)) * 5)) as MapShade;
}
