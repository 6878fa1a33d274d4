// SPDX-License-Identifier: EUPL-1.2
// Checks a file of CBS figures (the columns of kwb-zuidwest.csv) before anything is stored. Pure: no I/O.
import { t } from '../platform/i18n.ts';
import { parseCsv } from './csv-rows.ts';

export const figureColumns = [
  'year',
  'area_code',
  'area_name',
  'area_level',
  'indicator',
  'value',
  'unit',
  'source',
] as const;

/** The units the monitor knows how to show, as they are written in the file. */
export const knownUnits = [
  'count',
  '%',
  'x 1000 euro',
  'per 1000 inhabitants',
  'inhabitants per km2',
  'persons per household',
  'cars per household',
  'addresses per km2',
  'class 1-5 (1 = very strongly urban)',
  'ha',
] as const;

/** One published figure: a CBS column for one area and one KWB edition. A null value is not known. */
export interface Figure {
  year: number;
  areaCode: string;
  cbsKey: string;
  /** The key without its edition's number suffix ("Woningvoorraad"), to compare editions. */
  stem: string;
  value: number | null;
  unit: string;
  source: string;
}

export interface FigureError {
  line: number;
  message: string;
}

export type FigureCheck = { ok: true; figures: Figure[] } | { ok: false; errors: FigureError[] };

/** "Woningvoorraad_34" -> "Woningvoorraad": CBS renumbers the columns in each edition. */
export function stemOf(cbsKey: string): string {
  return cbsKey.replace(/_\d+$/, '');
}

const numberPattern = /^-?\d+(\.\d+)?$/;

/**
 * Reads a figures file and checks every line: the header, the year, the area code, the CBS key, the value,
 * the unit, the source, and that no area, year and key come twice. All errors are returned (one per
 * problem, with its line), so staff can fix the file in one go; no figures are returned unless all is well.
 */
export function checkFigures(text: string, areaCodes: ReadonlySet<string>): FigureCheck {
  const records = parseCsv(text);
  if (records === null) return { ok: false, errors: [{ line: 0, message: t('monitor.import.quote') }] };
  const [header, ...rows] = records;
  if (!header || header.cells.join(',') !== figureColumns.join(',')) {
    return {
      ok: false,
      errors: [{ line: 1, message: t('monitor.import.header', { columns: figureColumns.join(',') }) }],
    };
  }
  if (rows.length === 0) return { ok: false, errors: [{ line: 2, message: t('monitor.import.empty') }] };
  const errors: FigureError[] = [];
  const figures: Figure[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const problems = checkRow(cells, areaCodes);
    if (problems.length > 0) {
      errors.push(...problems.map((message) => ({ line, message })));
      continue;
    }
    const figure = toFigure(cells);
    const identity = `${figure.year}|${figure.areaCode}|${figure.stem}`;
    const first = seen.get(identity);
    if (first !== undefined) {
      errors.push({
        line,
        message: t('monitor.import.duplicate', {
          first,
          area: figure.areaCode,
          year: figure.year,
          key: figure.cbsKey,
        }),
      });
      continue;
    }
    seen.set(identity, line);
    figures.push(figure);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, figures };
}

function checkRow(cells: string[], areaCodes: ReadonlySet<string>): string[] {
  if (cells.length !== figureColumns.length) {
    return [t('monitor.import.columns', { expected: figureColumns.length, found: cells.length })];
  }
  const [year, areaCode, , , key, value, unit, source] = cells.map((cell) => cell.trim()) as string[];
  const problems: string[] = [];
  if (!/^\d{4}$/.test(year ?? '') || Number(year) < 1990 || Number(year) > 2100) {
    problems.push(t('monitor.import.year', { value: year ?? '' }));
  }
  if (!areaCodes.has(areaCode ?? '')) problems.push(t('monitor.import.area', { value: areaCode ?? '' }));
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key ?? ''))
    problems.push(t('monitor.import.key', { value: key ?? '' }));
  if (value !== '' && !numberPattern.test(value ?? '')) {
    problems.push(t('monitor.import.value', { value: value ?? '' }));
  }
  if (!(knownUnits as readonly string[]).includes(unit ?? '')) {
    problems.push(t('monitor.import.unit', { value: unit ?? '' }));
  }
  if (source === '') problems.push(t('monitor.import.source'));
  return problems;
}

function toFigure(cells: string[]): Figure {
  const [year, areaCode, , , key, value, unit, source] = cells.map((cell) => cell.trim()) as string[];
  return {
    year: Number(year),
    areaCode: areaCode!,
    cbsKey: key!,
    stem: stemOf(key!),
    value: value === '' ? null : Number(value),
    unit: unit!,
    source: source!,
  };
}
