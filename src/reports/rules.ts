// SPDX-License-Identifier: EUPL-1.2
/**
 * The rules of reports (meldingen), pure: the categories residents choose from, which of them are
 * sensitive (never public, with a safe channel beside), the status workflow, when a report is overdue,
 * and the response-time figures. No I/O; tested directly.
 */
import { defineWorkflow, nextStatuses } from '../platform/workflow/rules.ts';

/** What a resident can report, in the order the form shows them; 'unknown' is "weet ik niet". */
export const categories = [
  'litter',
  'street',
  'lighting',
  'green',
  'play',
  'nuisance',
  'undermining',
  'exploitation',
  'unknown',
] as const;
export type Category = (typeof categories)[number];

/**
 * Sensitive categories are never shown in public pages or the API, and the form points to Meld Misdaad
 * Anoniem as well: a resident may not want to be known to the municipality at all.
 */
export const sensitiveCategories: readonly Category[] = ['undermining', 'exploitation'];

export function isSensitive(category: string): boolean {
  return (sensitiveCategories as readonly string[]).includes(category);
}

export function isCategory(value: string): value is Category {
  return (categories as readonly string[]).includes(value);
}

export const reportStatuses = [
  'received',
  'in-progress',
  'forwarded',
  'closed',
  'reopened',
  'merged',
] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export function isReportStatus(value: string): value is ReportStatus {
  return (reportStatuses as readonly string[]).includes(value);
}

/** 'staff': a staff member who handles reports; 'resident': the reporter, through the follow page. */
export const reportRoles = ['staff', 'resident'] as const;
export type ReportRole = (typeof reportRoles)[number];

/**
 * Signalen's idea: a plain table. Closing needs the public answer (what was done); the reporter
 * reopens once, with a reason; a merged report follows the report it was merged into and stops.
 */
export const reportWorkflow = defineWorkflow({
  entityType: 'report',
  statuses: reportStatuses,
  roles: reportRoles,
  next: {
    received: ['in-progress', 'forwarded', 'closed', 'merged'],
    'in-progress': ['forwarded', 'closed', 'merged'],
    forwarded: ['in-progress', 'closed', 'merged'],
    closed: ['reopened'],
    reopened: ['in-progress', 'forwarded', 'closed', 'merged'],
    merged: [],
  },
  allowed: ['staff'],
  rolesFor: { reopened: ['resident'] },
  reasonFor: ['closed', 'reopened', 'merged'],
});

/** The statuses staff may choose next (merging has its own form). */
export function staffNextStatuses(from: ReportStatus): ReportStatus[] {
  return nextStatuses(reportWorkflow, from, 'staff').filter((s) => s !== 'merged');
}

/** Still waiting for the municipality to act (the triage queue's "open"). */
export const openStatuses: readonly ReportStatus[] = ['received', 'in-progress', 'forwarded', 'reopened'];

/** A new or reopened report not picked up within this time is overdue (three days, as a promise to residents). */
export const firstResponseHours = 72;
/** A report not closed within this time is overdue. */
export const closeWithinDays = 14;

/** Whether a report is overdue now: not picked up in time, or open too long. */
export function isOverdue(
  report: { status: ReportStatus; createdAt: Date; firstResponseAt: Date | null },
  now: Date,
): boolean {
  if (!openStatuses.includes(report.status)) return false;
  const hours = (now.getTime() - report.createdAt.getTime()) / 3_600_000;
  const waiting = report.status === 'received' || report.status === 'reopened';
  if (waiting && report.firstResponseAt === null && hours > firstResponseHours) return true;
  return hours > closeWithinDays * 24;
}

/** The reporter may reopen a closed report once. */
export function canReopen(report: { status: ReportStatus; reopenedAt: Date | null }): boolean {
  return report.status === 'closed' && report.reopenedAt === null;
}

/** Reference residents quote on the phone: "M-00042". */
export function referenceOf(id: number): string {
  return `M-${String(id).padStart(5, '0')}`;
}

/** "M-00042", "m 42", "42" -> 42; anything else -> null. */
export function idOfReference(reference: string): number | null {
  const match = reference.trim().match(/^(?:m[-\s]?)?0*(\d{1,9})$/i);
  return match ? Number(match[1]) : null;
}

// --- figures ------------------------------------------------------------------------------------

/** What the figures need of one report. */
export interface FigureInput {
  category: Category;
  /** The CBS code of its buurt. */
  buurtCode: string;
  status: ReportStatus;
  createdAt: Date;
  firstResponseAt: Date | null;
  closedAt: Date | null;
  /** The reporter's own judgement after closing: true solved, false not, null not said. */
  solved: boolean | null;
}

export interface Figures {
  count: number;
  /** Closed (afgehandeld) now. */
  closed: number;
  /** Median hours from the report to the first action of staff; null when none was acted on. */
  medianHoursToResponse: number | null;
  /** Median days from the report to closing; null when none was closed. */
  medianDaysToClose: number | null;
  /** Reporters who said it solved their problem, and how many said anything at all. */
  solvedByReporter: number;
  judgedByReporter: number;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** The figures of a set of reports. Merged reports count once, in the report they were merged into. */
export function figuresOf(reports: readonly FigureInput[]): Figures {
  const counted = reports.filter((r) => r.status !== 'merged');
  const hoursToResponse = counted
    .filter((r) => r.firstResponseAt !== null)
    .map((r) => (r.firstResponseAt!.getTime() - r.createdAt.getTime()) / 3_600_000);
  const daysToClose = counted
    .filter((r) => r.closedAt !== null && r.status === 'closed')
    .map((r) => (r.closedAt!.getTime() - r.createdAt.getTime()) / 86_400_000);
  return {
    count: counted.length,
    closed: counted.filter((r) => r.status === 'closed').length,
    medianHoursToResponse: round1(median(hoursToResponse)),
    medianDaysToClose: round1(median(daysToClose)),
    solvedByReporter: counted.filter((r) => r.solved === true).length,
    judgedByReporter: counted.filter((r) => r.solved !== null).length,
  };
}

/**
 * Figures per group (a category, a wijk), in the order the groups are given, leaving out empty ones. A
 * report may belong to two groups: CBS counts Bouwlust and Vrederust as one wijk, so their buurten lie in both.
 */
export function figuresBy<K>(
  reports: readonly FigureInput[],
  groups: readonly K[],
  belongs: (report: FigureInput, group: K) => boolean,
): { group: K; figures: Figures }[] {
  return groups
    .map((group) => ({ group, figures: figuresOf(reports.filter((r) => belongs(r, group))) }))
    .filter((entry) => entry.figures.count > 0);
}
