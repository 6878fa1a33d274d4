// SPDX-License-Identifier: EUPL-1.2
// The indicators the monitor shows, each built from CBS figures (stems of kwb-zuidwest.csv).
import type { Direction } from './trend.ts';

/**
 * How an area's value is made from the figures, so Zuidwest is always computed from counts:
 * - count: the figure itself; Zuidwest is the sum of its wijken.
 * - rate: numerator / denominator x per (both counts); Zuidwest sums both first.
 * - share: a CBS percentage turned back into a count with its base (percentage x base / 100), so Zuidwest
 *   is (sum of those counts) / (sum of the bases) x 100, never an average of percentages.
 */
export type Formula =
  | { kind: 'count'; stem: string }
  | { kind: 'rate'; numerator: string[]; denominator: string[]; per: 100 | 1000 }
  | { kind: 'share'; stem: string; base: string };

export type Unit = 'per-1000' | 'percent' | 'count';
export type LineSlug = (typeof lineSlugs)[number];

export const indicatorKeys = [
  'bijstand',
  'ww-uitkering',
  'laag-inkomen',
  'laag-opleidingsniveau',
  'woningvoorraad',
  'arbeidsongeschiktheid',
  'wmo',
] as const;
export type IndicatorKey = (typeof indicatorKeys)[number];

export interface Indicator {
  key: IndicatorKey;
  /** The programme line (its slug in the register) the indicator tells about. */
  line: LineSlug;
  formula: Formula;
  unit: Unit;
  direction: Direction;
  /** True when Zuidwest and the city can be compared (a rate or share, not a total). */
  comparable: boolean;
}

export const cbsSource = 'Bron: CBS, Kerncijfers wijken en buurten 2019, 2020, 2021, 2024 (CC BY 4.0)';
export const cbsLicence = 'CC BY 4.0';

export const indicators: readonly Indicator[] = [
  {
    key: 'bijstand',
    line: 'werk-en-economie',
    formula: {
      kind: 'rate',
      numerator: ['PersonenPerSoortUitkeringBijstand'],
      denominator: ['AantalInwoners'],
      per: 1000,
    },
    unit: 'per-1000',
    direction: 'lower',
    comparable: true,
  },
  {
    key: 'ww-uitkering',
    line: 'werk-en-economie',
    formula: {
      kind: 'rate',
      numerator: ['PersonenPerSoortUitkeringWW'],
      denominator: ['AantalInwoners'],
      per: 1000,
    },
    unit: 'per-1000',
    direction: 'lower',
    comparable: true,
  },
  {
    key: 'laag-inkomen',
    line: 'werk-en-economie',
    formula: { kind: 'share', stem: 'HuishoudensMetEenLaagInkomen', base: 'HuishoudensTotaal' },
    unit: 'percent',
    direction: 'lower',
    comparable: true,
  },
  {
    key: 'laag-opleidingsniveau',
    line: 'onderwijs',
    formula: {
      kind: 'rate',
      numerator: ['OpleidingsniveauLaag'],
      denominator: ['OpleidingsniveauLaag', 'OpleidingsniveauMiddelbaar', 'OpleidingsniveauHoog'],
      per: 100,
    },
    unit: 'percent',
    direction: 'lower',
    comparable: true,
  },
  {
    key: 'woningvoorraad',
    line: 'wonen-en-leefomgeving',
    formula: { kind: 'count', stem: 'Woningvoorraad' },
    unit: 'count',
    direction: 'higher',
    comparable: false,
  },
  {
    key: 'arbeidsongeschiktheid',
    line: 'gezondheid-en-vitaliteit',
    formula: {
      kind: 'rate',
      numerator: ['PersonenPerSoortUitkeringAO'],
      denominator: ['AantalInwoners'],
      per: 1000,
    },
    unit: 'per-1000',
    direction: 'lower',
    comparable: true,
  },
  {
    key: 'wmo',
    line: 'gezondheid-en-vitaliteit',
    formula: { kind: 'rate', numerator: ['WmoClienten'], denominator: ['AantalInwoners'], per: 1000 },
    unit: 'per-1000',
    direction: 'lower',
    comparable: true,
  },
];

/** The programme lines in the register's order; a line without indicators is shown as such. */
export const lineSlugs = [
  'onderwijs',
  'werk-en-economie',
  'wonen-en-leefomgeving',
  'veiligheid-en-leefbaarheid',
  'gezondheid-en-vitaliteit',
  'sociale-samenhang-en-participatie',
] as const;

export function findIndicator(key: string): Indicator | undefined {
  return indicators.find((indicator) => indicator.key === key);
}

/** The CBS stems an indicator reads. */
export function stemsOf(formula: Formula): string[] {
  if (formula.kind === 'count') return [formula.stem];
  if (formula.kind === 'share') return [formula.stem, formula.base];
  return [...new Set([...formula.numerator, ...formula.denominator])];
}
