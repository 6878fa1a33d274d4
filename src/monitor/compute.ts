// SPDX-License-Identifier: EUPL-1.2
// From CBS figures to an indicator's values per area and year. Pure: no I/O.
import type { Figure } from './figures.ts';
import { type Formula, type Indicator, stemsOf } from './indicators.ts';
import { type Assessment, assess, type Point } from './trend.ts';

export const cityCode = 'GM0518';
/** Zuidwest is not a CBS area: it is computed from its three CBS wijken. */
export const zuidwestCode = 'zuidwest';

export interface Area {
  code: string;
  name: string;
  level: 'gemeente' | 'zuidwest' | 'wijk' | 'buurt';
}

export interface AreaSeries {
  area: Area;
  /** One per year of `IndicatorSeries.years`; null where the figure is not known. */
  values: (number | null)[];
}

export interface IndicatorSeries {
  indicator: Indicator;
  /** Every year from the first to the last with a figure, so missing years show as gaps. */
  years: number[];
  city: AreaSeries;
  zuidwest: AreaSeries;
  wijken: AreaSeries[];
  buurten: AreaSeries[];
  /** Zuidwest minus the city, per year (null where either is unknown or the indicator is a total). */
  gap: (number | null)[];
  assessment: Assessment;
}

interface Parts {
  numerator: number;
  denominator: number;
}

type Lookup = (areaCode: string, year: number, stem: string) => number | null;

export function lookupOf(figures: readonly Figure[]): Lookup {
  const map = new Map<string, number | null>();
  for (const f of figures) map.set(`${f.areaCode}|${f.year}|${f.stem}`, f.value);
  return (areaCode, year, stem) => map.get(`${areaCode}|${year}|${stem}`) ?? null;
}

function sumOf(lookup: Lookup, areaCode: string, year: number, stems: string[]): number | null {
  let sum = 0;
  for (const stem of stems) {
    const value = lookup(areaCode, year, stem);
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

/** The counts behind an area's value: for a share, the percentage turned back into a count. */
export function partsOf(formula: Formula, lookup: Lookup, areaCode: string, year: number): Parts | null {
  if (formula.kind === 'count') {
    const value = lookup(areaCode, year, formula.stem);
    return value === null ? null : { numerator: value, denominator: 1 };
  }
  if (formula.kind === 'share') {
    const percentage = lookup(areaCode, year, formula.stem);
    const base = lookup(areaCode, year, formula.base);
    if (percentage === null || base === null) return null;
    return { numerator: (percentage * base) / 100, denominator: base };
  }
  const numerator = sumOf(lookup, areaCode, year, formula.numerator);
  const denominator = sumOf(lookup, areaCode, year, formula.denominator);
  if (numerator === null || denominator === null) return null;
  return { numerator, denominator };
}

/** Adds the counts of several areas; unknown when any one of them is unknown. */
export function combine(parts: (Parts | null)[]): Parts | null {
  if (parts.length === 0 || parts.some((p) => p === null)) return null;
  return parts.reduce<Parts>(
    (sum, p) => ({ numerator: sum.numerator + p!.numerator, denominator: sum.denominator + p!.denominator }),
    { numerator: 0, denominator: 0 },
  );
}

export function indicatorValue(formula: Formula, parts: Parts | null): number | null {
  if (parts === null) return null;
  if (formula.kind === 'count') return parts.numerator;
  if (parts.denominator === 0) return null;
  const per = formula.kind === 'share' ? 100 : formula.per;
  return (parts.numerator / parts.denominator) * per;
}

/** The years from the first to the last edition that has any figure. */
export function yearRange(figures: readonly Figure[]): number[] {
  if (figures.length === 0) return [];
  const years = figures.map((f) => f.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * Computes an indicator for the city, Zuidwest (from its wijken' counts), each wijk and each buurt, with
 * the gap between Zuidwest and the city and the judgement for 2040.
 */
export function seriesOf(
  indicator: Indicator,
  allFigures: readonly Figure[],
  places: { wijken: Area[]; buurten: Area[] },
): IndicatorSeries {
  const stems = new Set(stemsOf(indicator.formula));
  const figures = allFigures.filter((f) => stems.has(f.stem));
  const lookup = lookupOf(figures);
  const { formula } = indicator;
  const valuesIn = (years: number[], area: Area): AreaSeries => ({
    area,
    values: years.map((year) => indicatorValue(formula, partsOf(formula, lookup, area.code, year))),
  });
  const zuidwestIn = (years: number[]): AreaSeries => ({
    area: { code: zuidwestCode, name: '', level: 'zuidwest' },
    values: years.map((year) =>
      indicatorValue(formula, combine(places.wijken.map((w) => partsOf(formula, lookup, w.code, year)))),
    ),
  });
  const city: Area = { code: cityCode, name: '', level: 'gemeente' };
  const years = trimmed(yearRange(figures), (candidates) => [
    valuesIn(candidates, city),
    ...places.wijken.map((w) => valuesIn(candidates, w)),
    ...places.buurten.map((b) => valuesIn(candidates, b)),
  ]);
  const citySeries = valuesIn(years, city);
  const zuidwest = zuidwestIn(years);
  const gap = years.map((_, i) => {
    const zw = zuidwest.values[i];
    const c = citySeries.values[i];
    return indicator.comparable && zw != null && c != null ? zw - c : null;
  });
  const assessment = indicator.comparable
    ? assess(pointsOf(years, gap), 0, indicator.direction)
    : assess([], 0, indicator.direction);
  return {
    indicator,
    years,
    city: citySeries,
    zuidwest,
    wijken: places.wijken.map((w) => valuesIn(years, w)),
    buurten: places.buurten.map((b) => valuesIn(years, b)),
    gap,
    assessment,
  };
}

/** The years from the first to the last in which any area has a value (a figure of one part is not enough). */
function trimmed(years: number[], seriesIn: (years: number[]) => AreaSeries[]): number[] {
  const all = seriesIn(years);
  const known = years.map((_, i) => all.some((s) => s.values[i] != null));
  const first = known.indexOf(true);
  if (first === -1) return [];
  return years.slice(first, known.lastIndexOf(true) + 1);
}

export function pointsOf(years: number[], values: (number | null)[]): Point[] {
  return years.flatMap((year, i) => {
    const value = values[i];
    return value == null ? [] : [{ year, value }];
  });
}

/** The latest year in which a series has a figure, with that figure. */
export function latestOf(years: number[], values: (number | null)[]): Point | null {
  return pointsOf(years, values).at(-1) ?? null;
}
