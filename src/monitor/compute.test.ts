// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { monitorPlaces } from './areas.ts';
import { seriesOf } from './compute.ts';
import { kwbFigures } from './data/kwb-figures.ts';
import type { Figure } from './figures.ts';
import { findIndicator, type Indicator } from './indicators.ts';

const places = {
  wijken: [
    { code: 'WK1', name: 'Een', level: 'wijk' as const },
    { code: 'WK2', name: 'Twee', level: 'wijk' as const },
  ],
  buurten: [],
};

function figure(year: number, areaCode: string, stem: string, value: number | null): Figure {
  return { year, areaCode, cbsKey: `${stem}_1`, stem, value, unit: 'count', source: 'test' };
}

const rate: Indicator = {
  key: 'bijstand',
  line: 'werk-en-economie',
  formula: { kind: 'rate', numerator: ['N'], denominator: ['D'], per: 100 },
  unit: 'percent',
  direction: 'lower',
  comparable: true,
};

describe('seriesOf', () => {
  it("computes Zuidwest's rate from the wijken's counts, not by averaging their rates", () => {
    // WK1: 10 of 100 = 10 %, WK2: 90 of 300 = 30 %. Counts: 100 of 400 = 25 %; the average would be 20 %.
    const series = seriesOf(
      rate,
      [
        figure(2019, 'WK1', 'N', 10),
        figure(2019, 'WK1', 'D', 100),
        figure(2019, 'WK2', 'N', 90),
        figure(2019, 'WK2', 'D', 300),
        figure(2019, 'GM0518', 'N', 150),
        figure(2019, 'GM0518', 'D', 1000),
      ],
      places,
    );
    expect(series.zuidwest.values).toEqual([25]);
    expect(series.city.values).toEqual([15]);
    expect(series.gap).toEqual([10]);
    expect(series.wijken.map((w) => w.values)).toEqual([[10], [30]]);
    expect(series.assessment).toMatchObject({ status: 'unknown', reason: 'too-few-years', years: 1 });
  });

  it('leaves Zuidwest unknown when one wijk is unknown, and shows a missing year as a gap', () => {
    const series = seriesOf(
      rate,
      [
        figure(2019, 'WK1', 'N', 10),
        figure(2019, 'WK1', 'D', 100),
        figure(2019, 'WK2', 'N', null),
        figure(2019, 'WK2', 'D', 300),
        figure(2021, 'WK1', 'N', 10),
        figure(2021, 'WK1', 'D', 100),
        figure(2021, 'WK2', 'N', 30),
        figure(2021, 'WK2', 'D', 100),
      ],
      places,
    );
    expect(series.years).toEqual([2019, 2020, 2021]);
    expect(series.zuidwest.values).toEqual([null, null, 20]);
    expect(series.gap).toEqual([null, null, null]);
  });

  it('turns a CBS percentage back into counts with its base before adding wijken up', () => {
    const share: Indicator = { ...rate, formula: { kind: 'share', stem: 'P', base: 'B' } };
    // 10 % of 100 and 40 % of 200: 10 + 80 = 90 of 300 = 30 % (not 25 %)
    const series = seriesOf(
      share,
      [
        figure(2019, 'WK1', 'P', 10),
        figure(2019, 'WK1', 'B', 100),
        figure(2019, 'WK2', 'P', 40),
        figure(2019, 'WK2', 'B', 200),
      ],
      places,
    );
    expect(series.zuidwest.values[0]).toBeCloseTo(30, 10);
  });

  it('gives the real 2019 figures for bijstand: Zuidwest 96.9 against 47.0 per 1,000 in The Hague', () => {
    const series = seriesOf(findIndicator('bijstand')!, kwbFigures, monitorPlaces());
    // (2530 + 1740 + 2480) / (29040 + 19345 + 21300) * 1000 = 96.864; 25280 / 537833 * 1000 = 47.003
    expect(series.years).toEqual([2019, 2020]);
    expect(series.zuidwest.values[0]).toBeCloseTo(96.864, 3);
    expect(series.city.values[0]).toBeCloseTo(47.003, 3);
  });

  it('gives the real low-income share: Moerwijk 24.7 and Zuidwest 21.1 against 12.4 percent in 2019', () => {
    const series = seriesOf(findIndicator('laag-inkomen')!, kwbFigures, monitorPlaces());
    const moerwijk = series.wijken.find((w) => w.area.code === 'WK051836')!;
    expect(moerwijk.values[0]).toBeCloseTo(24.7, 10);
    // (19.2 * 13530 + 19.6 * 9920 + 24.7 * 10890) / (13530 + 9920 + 10890) = 21.0597
    expect(series.zuidwest.values[0]).toBeCloseTo(21.0597, 4);
    expect(series.city.values[0]).toBeCloseTo(12.4, 10);
  });

  it('adds up the housing stock of the three CBS wijken, with 2021 to 2023 as gaps', () => {
    const series = seriesOf(findIndicator('woningvoorraad')!, kwbFigures, monitorPlaces());
    expect(series.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(series.zuidwest.values).toEqual([33007, 33229, null, null, null, 33701]);
    expect(series.gap.every((g) => g === null)).toBe(true);
  });
});
