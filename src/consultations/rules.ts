// SPDX-License-Identifier: EUPL-1.2
/** Pure rules of consultations: dates as YYYY-MM-DD, compared as calendar days. */
import { roles } from '../platform/auth/roles.ts';
import { defineWorkflow } from '../platform/workflow/rules.ts';
import { type ContributionStatus, contributionStatuses } from './types.ts';

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

// --- the feedback loop ------------------------------------------------------------------------------

/**
 * A contribution's workflow. Answering and merging are final: the answer is public and was mailed.
 * Hiding (moderation) needs a public reason, and so does showing a hidden contribution again.
 */
export const contributionWorkflow = defineWorkflow({
  entityType: 'consultation-contribution',
  statuses: contributionStatuses,
  roles,
  next: {
    received: ['in-progress', 'answered', 'merged', 'hidden'],
    'in-progress': ['answered', 'merged', 'hidden'],
    answered: [],
    merged: [],
    hidden: ['received'],
  },
  allowed: ['admin', 'editor'],
  reasonFor: ['hidden', 'received'],
});

/** Statuses still waiting for an answer: the staff queue. */
export const waitingStatuses: readonly ContributionStatus[] = ['received', 'in-progress'];

export interface ContributionFacts {
  status: ContributionStatus;
  /** YYYY-MM-DD, Dutch time */
  receivedOn: string;
  answeredOn: string | null;
  answerPromisedOn: string;
}

export interface ResponseFigures {
  /** Contributions that count: not hidden, not merged (a merged one is answered by the one it joined). */
  total: number;
  answered: number;
  /** answered / total, 0..1; null when there is nothing to answer. */
  shareAnswered: number | null;
  /** The median of whole days from receipt to answer; null when nothing is answered yet. */
  medianDaysToAnswer: number | null;
  /** Still waiting after the promised date. */
  overdue: number;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Whether a contribution still waits for its answer after the promised date. */
export function isOverdue(c: Pick<ContributionFacts, 'status' | 'answerPromisedOn'>, today: string): boolean {
  return waitingStatuses.includes(c.status) && today > c.answerPromisedOn;
}

/** The public response figures of a set of contributions (one organiser's, one wijk's). */
export function responseFigures(contributions: readonly ContributionFacts[], today: string): ResponseFigures {
  const counted = contributions.filter((c) => c.status !== 'hidden' && c.status !== 'merged');
  const answered = counted.filter((c) => c.status === 'answered' && c.answeredOn !== null);
  return {
    total: counted.length,
    answered: answered.length,
    shareAnswered: counted.length === 0 ? null : answered.length / counted.length,
    medianDaysToAnswer: median(answered.map((c) => daysBetween(c.receivedOn, c.answeredOn!))),
    overdue: counted.filter((c) => isOverdue(c, today)).length,
  };
}
