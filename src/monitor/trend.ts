// SPDX-License-Identifier: EUPL-1.2
// Is the gap closing by 2040? Pure arithmetic, no I/O; the method is the one the pages state in a sentence.

export interface Point {
  year: number;
  value: number;
}

/** Which way is good: fewer people on benefits ('lower'), more homes ('higher'). */
export type Direction = 'higher' | 'lower';

export const targetYear = 2040;
/** A straight line through fewer years than this says nothing worth repeating. */
export const minimumYears = 3;

export type Status = 'met' | 'on-track' | 'off-track' | 'unknown';
export type UnknownReason = 'no-data' | 'too-few-years';

export interface Assessment {
  status: Status;
  reason?: UnknownReason;
  /** How many years with a figure the judgement rests on. */
  years: number;
  /** Change per year of the straight line, when there are enough years. */
  slope: number | null;
  /** Where the straight line ends in the target year, when there are enough years. */
  projected: number | null;
}

/** Least-squares straight line through the points (at least two different years). */
export function linearFit(points: Point[]): { slope: number; intercept: number } {
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.year, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.year - meanX) * (p.value - meanY);
    sxx += (p.year - meanX) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

/** True when `value` is at the target or on its good side. */
export function reaches(value: number, target: number, direction: Direction): boolean {
  return direction === 'higher' ? value >= target : value <= target;
}

/**
 * Judges a series against a target for 2040. For a gap with the city the series is Zuidwest minus the
 * city and the target is 0. Already at the target in the latest year: 'met'. Otherwise a straight line
 * through all known years (at least three) is carried on to 2040: 'on-track' when it reaches the target.
 */
export function assess(series: Point[], target: number, direction: Direction): Assessment {
  const points = [...series].sort((a, b) => a.year - b.year);
  const years = points.length;
  const latest = points.at(-1);
  if (!latest) return { status: 'unknown', reason: 'no-data', years, slope: null, projected: null };
  if (reaches(latest.value, target, direction)) {
    return { status: 'met', years, slope: null, projected: null };
  }
  if (years < minimumYears) {
    return { status: 'unknown', reason: 'too-few-years', years, slope: null, projected: null };
  }
  const { slope, intercept } = linearFit(points);
  const projected = slope * targetYear + intercept;
  const status = reaches(projected, target, direction) ? 'on-track' : 'off-track';
  return { status, years, slope, projected };
}
