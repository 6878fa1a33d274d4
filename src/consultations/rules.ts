// SPDX-License-Identifier: EUPL-1.2
/** Pure rules of consultations: dates as YYYY-MM-DD, compared as calendar days. */

/** Residents should not be asked twice in the same week: consultations this close together get a warning. */
export const nearbyDays = 7;

export interface Period {
  startsOn: string;
  endsOn: string;
}

/** Whole days from one date to the other (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * True when two periods overlap or the gap between them is at most `days` days: a consultation
 * ending on the 10th and one starting on the 17th are 7 days apart (close); the 18th is 8 (not).
 */
export function isNearby(a: Period, b: Period, days = nearbyDays): boolean {
  return daysBetween(a.endsOn, b.startsOn) <= days && daysBetween(b.endsOn, a.startsOn) <= days;
}

/** The other consultations in the same wijk that are close in time to this one (never itself). */
export function nearbyConsultations<T extends Period & { id: number; wijkId: number }>(
  consultation: Period & { id: number | null; wijkId: number },
  others: readonly T[],
  days = nearbyDays,
): T[] {
  return others.filter(
    (other) =>
      other.id !== consultation.id &&
      other.wijkId === consultation.wijkId &&
      isNearby(consultation, other, days),
  );
}

export type ConsultationPhase = 'planned' | 'open' | 'closed';

/** Where a consultation stands on a given day (YYYY-MM-DD, in Dutch time). */
export function phaseOn(period: Period, today: string): ConsultationPhase {
  if (today < period.startsOn) return 'planned';
  if (today > period.endsOn) return 'closed';
  return 'open';
}

/** What a consultation's public list shows first: open ones, then planned, then closed. */
export const phaseOrder: Record<ConsultationPhase, number> = { open: 0, planned: 1, closed: 2 };
