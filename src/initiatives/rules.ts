// SPDX-License-Identifier: EUPL-1.2
/**
 * Resident initiatives, pure: the application's workflow, the budget check and what makes an application
 * complete enough to send. No I/O here; the service saves, these rules decide.
 */
import { defineWorkflow } from '../platform/workflow/rules.ts';

/**
 * An application's statuses. 'draft' is the applicant's own, unsent form; 'received' onwards is the
 * regulation's process: complete (or more information needed), review, a decision (granted, partly,
 * rejected), paid, accountability sent, closed.
 */
export const initiativeStatuses = [
  'draft',
  'received',
  'needs-info',
  'complete',
  'in-review',
  'granted',
  'partly-granted',
  'rejected',
  'paid',
  'accounted',
  'closed',
] as const;
export type InitiativeStatus = (typeof initiativeStatuses)[number];

/** Who moves an application: the applicant (sends it, sends what was missing), a broker, an assessor. */
export const initiativeRoles = ['applicant', 'broker', 'assessor'] as const;
export type InitiativeRole = (typeof initiativeRoles)[number];

/** The decisions: each needs a public reason. */
export const decisionStatuses = [
  'granted',
  'partly-granted',
  'rejected',
] as const satisfies readonly InitiativeStatus[];

export const initiativeWorkflow = defineWorkflow({
  entityType: 'initiative',
  statuses: initiativeStatuses,
  roles: initiativeRoles,
  next: {
    draft: ['received'],
    received: ['complete', 'needs-info'],
    'needs-info': ['received'],
    complete: ['in-review'],
    'in-review': ['granted', 'partly-granted', 'rejected', 'needs-info'],
    granted: ['paid'],
    'partly-granted': ['paid'],
    rejected: [],
    paid: ['accounted'],
    accounted: ['closed'],
    closed: [],
  },
  // Brokers help: they check completeness and start the review, but never decide or pay.
  allowed: ['broker', 'assessor'],
  rolesFor: {
    // Sending (again) is the applicant's, or a broker's on their behalf.
    received: ['applicant', 'broker'],
    granted: ['assessor'],
    'partly-granted': ['assessor'],
    rejected: ['assessor'],
    paid: ['assessor'],
    accounted: ['applicant', 'broker'],
    closed: ['assessor'],
  },
  // "What is missing" and every decision are said in words the applicant (and, once published, everyone) reads.
  reasonFor: ['needs-info', 'granted', 'partly-granted', 'rejected'],
});

/** The statuses staff see as "open": a decision deadline runs. */
export const awaitingDecision: readonly InitiativeStatus[] = [
  'received',
  'needs-info',
  'complete',
  'in-review',
];

/** The statuses whose initiative may be shown in the public showcase (with consent). */
export const publishableStatuses: readonly InitiativeStatus[] = [
  'granted',
  'partly-granted',
  'paid',
  'accounted',
  'closed',
];

/** The step that comes after each status, for the applicant's "what happens next". */
export function nextStepOf(status: InitiativeStatus): InitiativeStatus | null {
  const order: Partial<Record<InitiativeStatus, InitiativeStatus>> = {
    draft: 'received',
    received: 'complete',
    'needs-info': 'received',
    complete: 'in-review',
    'in-review': 'granted',
    granted: 'paid',
    'partly-granted': 'paid',
    paid: 'accounted',
    accounted: 'closed',
  };
  return order[status] ?? null;
}

export interface BudgetLine {
  item: string;
  amountEuros: number;
}

export type BudgetCheck =
  | { ok: true; totalEuros: number }
  | { ok: false; reason: 'no-lines' }
  | { ok: false; reason: 'over-maximum'; totalEuros: number; maximumEuros: number };

/** The budget's total, checked against the regulation's maximum per application (a setting). */
export function checkBudget(lines: readonly BudgetLine[], maximumEuros: number): BudgetCheck {
  if (lines.length === 0) return { ok: false, reason: 'no-lines' };
  const totalEuros = lines.reduce((sum, line) => sum + line.amountEuros, 0);
  if (totalEuros > maximumEuros) return { ok: false, reason: 'over-maximum', totalEuros, maximumEuros };
  return { ok: true, totalEuros };
}

/** The days staff have to decide after an application is received (a setting; this is the default). */
export const DEFAULT_DECISION_DAYS = 56;

/** The decision deadline: `days` calendar days after the day the application was received. */
export function decisionDueOn(receivedAt: Date, days: number): string {
  const due = new Date(
    Date.UTC(receivedAt.getUTCFullYear(), receivedAt.getUTCMonth(), receivedAt.getUTCDate()),
  );
  due.setUTCDate(due.getUTCDate() + days);
  return due.toISOString().slice(0, 10);
}

/** True when the deadline has passed and no decision is made yet. */
export function isOverdue(status: InitiativeStatus, dueOn: string | null, today: string): boolean {
  return dueOn !== null && awaitingDecision.includes(status) && dueOn < today;
}

/** The application's steps, in order; each is a short page. */
export const applicationSteps = [
  'wie',
  'wat',
  'waar',
  'wanneer',
  'deelnemers',
  'begroting',
  'bijlagen',
  'verklaring',
] as const;
export type ApplicationStep = (typeof applicationSteps)[number];

/** What an application must have before it can be sent; the steps still missing something, in order. */
export function missingSteps(application: {
  groupName: string | null;
  contactName: string | null;
  title: string | null;
  description: string | null;
  buurtCode: string | null;
  startsOn: string | null;
  audience: string | null;
  participants: number | null;
  budgetLineCount: number;
  declared: boolean;
}): ApplicationStep[] {
  const missing: ApplicationStep[] = [];
  if (!application.groupName || !application.contactName) missing.push('wie');
  if (!application.title || !application.description) missing.push('wat');
  if (!application.buurtCode) missing.push('waar');
  if (!application.startsOn) missing.push('wanneer');
  if (!application.audience || application.participants === null) missing.push('deelnemers');
  if (application.budgetLineCount === 0) missing.push('begroting');
  if (!application.declared) missing.push('verklaring');
  return missing;
}
