// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { assess, linearFit } from './trend.ts';

describe('linearFit', () => {
  it('finds the line through points that lie on one (hand-checked: 2 per year from 10 in 2019)', () => {
    const fit = linearFit([
      { year: 2019, value: 10 },
      { year: 2020, value: 12 },
      { year: 2024, value: 20 },
    ]);
    expect(fit.slope).toBeCloseTo(2, 10);
    expect(fit.slope * 2019 + fit.intercept).toBeCloseTo(10, 10);
  });

  it('averages out points off the line (hand-checked: 1, 2, 6 over 3 years gives slope 2.5)', () => {
    // mean year 2020, mean value 3; sxy = (-1)(-2) + 0 + (1)(3) = 5; sxx = 2
    const fit = linearFit([
      { year: 2019, value: 1 },
      { year: 2020, value: 2 },
      { year: 2021, value: 6 },
    ]);
    expect(fit.slope).toBeCloseTo(2.5, 10);
  });
});

describe('assess', () => {
  it('says nothing with fewer than three years, even when the two years point the right way', () => {
    const result = assess(
      [
        { year: 2019, value: 20 },
        { year: 2020, value: 18 },
      ],
      0,
      'lower',
    );
    expect(result).toMatchObject({ status: 'unknown', reason: 'too-few-years', years: 2 });
  });

  it('says there is no data when no year has a figure', () => {
    expect(assess([], 0, 'lower')).toMatchObject({ status: 'unknown', reason: 'no-data', years: 0 });
  });

  it('is on course when the gap shrinks fast enough (hand-checked: 21, 20, 16 in 2019, 2020, 2024 closes before 2040)', () => {
    // slope: mean year 2021, mean 19; sxy = (-2)(2) + (-1)(1) + 3(-3) = -14; sxx = 4 + 1 + 9 = 14 -> -1 a year
    // 2040: 19 - 19 = 0, the gap is closed
    const result = assess(
      [
        { year: 2019, value: 21 },
        { year: 2020, value: 20 },
        { year: 2024, value: 16 },
      ],
      0,
      'lower',
    );
    expect(result.status).toBe('on-track');
    expect(result.slope).toBeCloseTo(-1, 10);
    expect(result.projected).toBeCloseTo(0, 10);
  });

  it('is not on course when the gap shrinks too slowly', () => {
    const result = assess(
      [
        { year: 2019, value: 30 },
        { year: 2020, value: 29.5 },
        { year: 2021, value: 29 },
      ],
      0,
      'lower',
    );
    expect(result.status).toBe('off-track');
    expect(result.projected).toBeCloseTo(19.5, 10);
  });

  it('is met when the latest year already reaches the target, however few years there are', () => {
    expect(assess([{ year: 2019, value: -0.4 }], 0, 'lower')).toMatchObject({ status: 'met', years: 1 });
    expect(assess([{ year: 2024, value: 10_100 }], 10_000, 'higher').status).toBe('met');
  });

  it('reads "higher is better" the other way round', () => {
    const rising = [
      { year: 2019, value: -6 },
      { year: 2020, value: -5 },
      { year: 2021, value: -4 },
    ];
    expect(assess(rising, 0, 'higher').status).toBe('on-track');
    const falling = [...rising].map((p) => ({ year: p.year, value: -10 - p.value }));
    expect(assess(falling, 0, 'higher').status).toBe('off-track');
    expect(assess(falling, 0, 'lower').status).toBe('met');
  });
});
