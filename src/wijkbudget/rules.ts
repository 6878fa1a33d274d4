// SPDX-License-Identifier: EUPL-1.2
/**
 * The pure rules of a wijkbudget round: its phases, what may change when, the status of a plan, the
 * ballot and who is old enough to vote. Everything here is plain data and functions without I/O;
 * expected failures come back as values with a `reason` (and the numbers a message needs), never as
 * text. The Dutch messages for those reasons live in src/i18n/nl.ts under `wijkbudget.*`; the maps at
 * the end of this file say which key belongs to which reason. Money is always a bigint in euro cents.
 */
import type { RuleKey, VoteType } from '../pb/index.ts';
import { roles } from '../platform/auth/roles.ts';
import { defineWorkflow } from '../platform/workflow/rules.ts';

// --- phases --------------------------------------------------------------------------------------

/** The phases of a round, in the order they happen. */
export const phases = ['draft', 'submitting', 'review', 'voting', 'counting', 'result', 'execution'] as const;

/**
 * A phase of a round. 'draft': before submitting opens (staff prepare the round). 'counting': voting
 * has closed but the result is not published yet. 'result': the result is published. 'execution': the
 * funded plans are being carried out.
 */
export type Phase = (typeof phases)[number];

/**
 * The dates of a round as ISO 8601 instants with a time zone (`2026-03-01T09:00:00+01:00` or `...Z`).
 * Each phase runs from its start (inclusive) to the next boundary (exclusive):
 *
 * | phase      | from                                   | until                  |
 * | ---------- | -------------------------------------- | ---------------------- |
 * | draft      | -                                      | submitFrom             |
 * | submitting | submitFrom                             | submitUntil            |
 * | review     | submitUntil                            | voteFrom               |
 * | voting     | voteFrom                               | voteUntil              |
 * | counting   | voteUntil                              | the result is published|
 * | result     | publication (resultPublishedAt)        | executionFrom          |
 * | execution  | executionFrom, once the result is out  | -                      |
 *
 * `reviewUntil` is the announced deadline for review decisions; it lies between `submitUntil` and
 * `voteFrom`, and between `reviewUntil` and `voteFrom` the round stays in 'review' (the list of feasible
 * plans is final then). `resultBy` is the planned publication date that the public page announces;
 * the phase only moves to 'result' when staff actually publish (`resultPublishedAt`), and never to
 * 'execution' before that.
 */
export interface RoundDates {
  readonly submitFrom: string;
  readonly submitUntil: string;
  readonly reviewUntil: string;
  readonly voteFrom: string;
  readonly voteUntil: string;
  readonly resultBy: string;
  readonly executionFrom: string;
}

/** The round as far as its phase is concerned: the planned dates and the moment the result went out. */
export interface RoundSchedule extends RoundDates {
  /** When staff published the result (ISO instant), or null while it is not published. */
  readonly resultPublishedAt: string | null;
}

/** The date fields in the order they must follow each other. */
export const roundDateFields = [
  'submitFrom',
  'submitUntil',
  'reviewUntil',
  'voteFrom',
  'voteUntil',
  'resultBy',
  'executionFrom',
] as const satisfies readonly (keyof RoundDates)[];

export type RoundDateField = (typeof roundDateFields)[number];

const instantPattern =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * The instant as milliseconds since 1970, or null when the text is not an ISO instant with a time zone
 * or names a day that does not exist (V8 would read 30 February as 2 March).
 * @example
 * ```ts
 * parseInstant('2026-03-01T09:00:00+01:00'); // 1772352000000
 * parseInstant('2026-02-30T09:00Z'); // null
 * ```
 */
export function parseInstant(text: string): number | null {
  const m = instantPattern.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? '0') > 59) return null;
  if (oh !== undefined && (Number(oh) > 23 || Number(om) > 59)) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}

/** How a date field's order is checked against the field before it: strictly later, or not earlier. */
const orderAfterPrevious = {
  submitFrom: null,
  submitUntil: 'later',
  reviewUntil: 'later',
  voteFrom: 'not-earlier',
  voteUntil: 'later',
  resultBy: 'not-earlier',
  executionFrom: 'not-earlier',
} as const satisfies Record<RoundDateField, 'later' | 'not-earlier' | null>;

/** The message key for a date field that comes too early, per field. */
export const roundDateOrderMessages = {
  submitFrom: 'wijkbudget.round.date.invalid',
  submitUntil: 'wijkbudget.round.submitUntil.beforeSubmitFrom',
  reviewUntil: 'wijkbudget.round.reviewUntil.beforeSubmitUntil',
  voteFrom: 'wijkbudget.round.voteFrom.beforeReviewUntil',
  voteUntil: 'wijkbudget.round.voteUntil.beforeVoteFrom',
  resultBy: 'wijkbudget.round.resultBy.beforeVoteUntil',
  executionFrom: 'wijkbudget.round.executionFrom.beforeResultBy',
} as const satisfies Record<RoundDateField, string>;

/** The message key for a date that is missing or not a real date and time. */
export const roundDateInvalidMessage = 'wijkbudget.round.date.invalid';

/** Field errors as message keys, for the form's error summary. */
export type RoundDateErrors = Partial<
  Record<RoundDateField, (typeof roundDateOrderMessages)[RoundDateField] | typeof roundDateInvalidMessage>
>;

/**
 * Checks that every date is a real ISO instant and that they follow each other: submitting lasts a
 * while, review lasts a while, voting opens no earlier than the review deadline and lasts a while, and
 * the planned result and execution dates come no earlier than the moment before them. Each field is
 * compared with the nearest valid field before it, so one bad date gives one error.
 * @example
 * ```ts
 * validateRoundDates({ ...dates, voteUntil: dates.voteFrom });
 * // { ok: false, errors: { voteUntil: 'wijkbudget.round.voteUntil.beforeVoteFrom' } }
 * ```
 */
export function validateRoundDates(
  dates: Readonly<Record<RoundDateField, string>>,
): { ok: true; dates: RoundDates } | { ok: false; errors: RoundDateErrors } {
  const errors: RoundDateErrors = {};
  let previous: number | null = null;
  for (const field of roundDateFields) {
    const at = parseInstant(dates[field] ?? '');
    if (at === null) {
      errors[field] = roundDateInvalidMessage;
      continue;
    }
    const order = orderAfterPrevious[field];
    if (previous !== null && order !== null) {
      const fine = order === 'later' ? at > previous : at >= previous;
      if (!fine) errors[field] = roundDateOrderMessages[field];
    }
    previous = at;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const { submitFrom, submitUntil, reviewUntil, voteFrom, voteUntil, resultBy, executionFrom } = dates;
  return {
    ok: true,
    dates: { submitFrom, submitUntil, reviewUntil, voteFrom, voteUntil, resultBy, executionFrom },
  };
}

/** The message key for a changed date that is not ahead of now. */
export const roundDateInPastMessage = 'wijkbudget.round.date.inPast';

/**
 * The changed dates that no longer lie ahead. Only dates still ahead may change (see
 * changeableSettings); moving one into the past would end the current phase at once, and moving the
 * voting dates there would skip voting altogether. So a round's phase only ever moves on with the clock.
 * @example
 * ```ts
 * datesMovedIntoThePast(stored, { ...stored, voteUntil: yesterday }, now); // ['voteUntil']
 * ```
 */
export function datesMovedIntoThePast(
  before: Readonly<RoundDates>,
  after: Readonly<Record<RoundDateField, string>>,
  now: Date,
): RoundDateField[] {
  return roundDateFields.filter((field) => {
    const at = parseInstant(after[field] ?? '');
    return at !== null && at !== parseInstant(before[field]) && at <= now.getTime();
  });
}

function instant(text: string): number {
  const at = parseInstant(text);
  if (at === null) throw new RangeError(`not an ISO instant: ${JSON.stringify(text)}`);
  return at;
}

/**
 * The phase of a round at a moment, from its (validated) dates. A `resultPublishedAt` counts only once
 * voting has closed and the moment has come, so a wrong publication date can never reopen or skip
 * voting. Throws a RangeError for a date that is not an ISO instant (validate first).
 * @example
 * ```ts
 * phaseAt(round, new Date('2026-05-10T12:00:00Z')); // 'voting'
 * ```
 */
export function phaseAt(round: RoundSchedule, now: Date): Phase {
  const t = now.getTime();
  if (t < instant(round.submitFrom)) return 'draft';
  if (t < instant(round.submitUntil)) return 'submitting';
  if (t < instant(round.voteFrom)) return 'review';
  if (t < instant(round.voteUntil)) return 'voting';
  const published = round.resultPublishedAt !== null && instant(round.resultPublishedAt) <= t;
  if (!published) return 'counting';
  if (t < instant(round.executionFrom)) return 'result';
  return 'execution';
}

/** What happens next, for the public page: the phase that follows and when it is planned to start. */
export interface NextStep {
  readonly phase: Phase;
  /** The planned start (ISO instant from the round's dates). */
  readonly at: string;
  /**
   * True when the clock alone starts the next phase. False for the result: it starts when staff
   * publish it, so `at` is the date it is expected, not a promise ("verwacht op").
   */
  readonly automatic: boolean;
}

/** For each phase: the next phase and which date starts it. 'execution' is the last phase. */
export const nextSteps = {
  draft: { phase: 'submitting', date: 'submitFrom' },
  submitting: { phase: 'review', date: 'submitUntil' },
  review: { phase: 'voting', date: 'voteFrom' },
  voting: { phase: 'counting', date: 'voteUntil' },
  counting: { phase: 'result', date: 'resultBy' },
  result: { phase: 'execution', date: 'executionFrom' },
  execution: null,
} as const satisfies Record<Phase, { phase: Phase; date: RoundDateField } | null>;

/**
 * What happens next after a phase and when, or null in the last phase ('execution').
 * @example
 * ```ts
 * nextStep('voting', dates); // { phase: 'counting', at: dates.voteUntil, automatic: true }
 * nextStep('counting', dates); // { phase: 'result', at: dates.resultBy, automatic: false }
 * ```
 */
export function nextStep(phase: Phase, dates: RoundDates): NextStep | null {
  const step = nextSteps[phase];
  if (step === null) return null;
  return { phase: step.phase, at: dates[step.date], automatic: step.phase !== 'result' };
}

/** The message key that says what happens next ("Vanaf {date} kunt u stemmen."), per next phase. */
export const nextStepMessages = {
  submitting: 'wijkbudget.next.submitting',
  review: 'wijkbudget.next.review',
  voting: 'wijkbudget.next.voting',
  counting: 'wijkbudget.next.counting',
  result: 'wijkbudget.next.result',
  execution: 'wijkbudget.next.execution',
} as const satisfies Record<Exclude<Phase, 'draft'>, string>;

/** The message key for the last phase, when nothing comes next. */
export const noNextStepMessage = 'wijkbudget.next.none';

// --- what may change when -------------------------------------------------------------------------

/** The settings of a round that staff can change, each date on its own. */
export const roundSettings = [
  'text',
  'area',
  'budget',
  'ballot',
  'rule',
  'eligibility',
  ...roundDateFields,
] as const;

/**
 * A setting of a round. 'text': title and introduction. 'area': the wijk or all of Zuidwest.
 * 'ballot': the ballot type (and its max or points). 'eligibility': the minimum age and how voters
 * prove they may vote. The date fields are settings of their own.
 */
export type RoundSetting = (typeof roundSettings)[number];

/**
 * Which settings staff may change in which phase.
 * - The budget, ballot, rule and eligibility lock when voting opens: every voter votes under the same
 *   conditions (issue 4: "once voting opens, the ballot, the rule and the budget are locked").
 * - The area locks when submitting opens: plans are sent in for a buurt of the area.
 * - A date may change only while it is still ahead: moving a boundary that has passed would move the
 *   round back to an earlier phase. Voting dates lock too once voting opens; an extension would change
 *   the conditions during the vote.
 * - The planned result date may move until the result is out, the execution date until execution starts.
 * - Text (title, introduction) may always be corrected.
 * The service must also run validateRoundDates on the new set of dates.
 */
export const changeableSettings = {
  draft: roundSettings,
  submitting: [
    'text',
    'budget',
    'ballot',
    'rule',
    'eligibility',
    'submitUntil',
    'reviewUntil',
    'voteFrom',
    'voteUntil',
    'resultBy',
    'executionFrom',
  ],
  review: [
    'text',
    'budget',
    'ballot',
    'rule',
    'eligibility',
    'reviewUntil',
    'voteFrom',
    'voteUntil',
    'resultBy',
    'executionFrom',
  ],
  voting: ['text', 'resultBy', 'executionFrom'],
  counting: ['text', 'resultBy', 'executionFrom'],
  result: ['text', 'executionFrom'],
  execution: ['text'],
} as const satisfies Record<Phase, readonly RoundSetting[]>;

/**
 * True when staff may change the setting in this phase.
 * @example
 * ```ts
 * canChangeRoundSetting('review', 'budget'); // true
 * canChangeRoundSetting('voting', 'budget'); // false
 * ```
 */
export function canChangeRoundSetting(phase: Phase, setting: RoundSetting): boolean {
  return (changeableSettings[phase] as readonly RoundSetting[]).includes(setting);
}

/**
 * The first phase in which a setting can no longer change, for the refusal message ("... sinds de fase
 * Stemmen begon"), or null when it can always change. Once locked, a setting stays locked.
 * @example
 * ```ts
 * lockedSince('rule'); // 'voting'
 * lockedSince('text'); // null
 * ```
 */
export function lockedSince(setting: RoundSetting): Phase | null {
  return phases.find((phase) => !canChangeRoundSetting(phase, setting)) ?? null;
}

/**
 * Whether anyone, staff included, may see vote counts: only once voting has closed. Nobody can be
 * swayed by, or leak, an interim count.
 * @example
 * ```ts
 * countsVisible('voting'); // false
 * countsVisible('counting'); // true
 * ```
 */
export function countsVisible(phase: Phase): boolean {
  return phase === 'counting' || phase === 'result' || phase === 'execution';
}

/**
 * Whether paper ballots of a round come with the resident's voting code: in a round with codes and
 * paper they do, so one resident votes once across both channels; a paper-only round has no codes.
 * @example
 * ```ts
 * paperNeedsCode('codes-and-paper'); // true
 * paperNeedsCode('paper'); // false
 * ```
 */
export function paperNeedsCode(eligibility: 'codes' | 'paper' | 'codes-and-paper'): boolean {
  return eligibility !== 'paper';
}

/**
 * Whether a voter may cast a ballot in this phase (only while voting is open).
 * @example
 * ```ts
 * votingOpen('voting'); // true
 * ```
 */
export function votingOpen(phase: Phase): boolean {
  return phase === 'voting';
}

/**
 * Whether residents may send in a plan in this phase.
 * @example
 * ```ts
 * submittingOpen('submitting'); // true
 * ```
 */
export function submittingOpen(phase: Phase): boolean {
  return phase === 'submitting';
}

// --- plans ----------------------------------------------------------------------------------------

/** The statuses of a plan. */
export const planStatuses = [
  'pending',
  'submitted',
  'in-review',
  'feasible',
  'not-feasible',
  'merged',
  'withdrawn',
  'hidden',
  'funded',
  'not-funded',
  'impossible',
] as const;

/**
 * A plan's status. 'pending': sent in, waiting for a staff check before the public sees it (when the
 * round moderates first); 'submitted': public, waiting for review. 'merged': a duplicate, merged into another plan. 'withdrawn': the submitter took it
 * back. 'hidden': moderated for abuse. 'impossible': funded, but later proven impossible to carry out.
 */
export type PlanStatus = (typeof planStatuses)[number];

/**
 * Which status may follow which.
 * - Staff may reconsider: a feasible plan can go back into review or turn out not feasible, a
 *   not-feasible or hidden plan can be reviewed again (an appeal, a moderation mistake).
 * - 'funded' and 'not-funded' follow only 'feasible': only feasible plans are on the ballot.
 * - A funded plan can only become 'impossible'; the published result itself never changes.
 * - 'merged', 'withdrawn', 'not-funded' and 'impossible' are final.
 */
export const planTransitions = {
  pending: ['submitted', 'in-review', 'merged', 'withdrawn', 'hidden'],
  submitted: ['in-review', 'merged', 'withdrawn', 'hidden'],
  'in-review': ['feasible', 'not-feasible', 'merged', 'withdrawn', 'hidden'],
  feasible: ['in-review', 'not-feasible', 'merged', 'withdrawn', 'hidden', 'funded', 'not-funded'],
  'not-feasible': ['in-review', 'hidden'],
  merged: [],
  withdrawn: [],
  hidden: ['in-review'],
  funded: ['impossible'],
  'not-funded': [],
  impossible: [],
} as const satisfies Record<PlanStatus, readonly PlanStatus[]>;

/**
 * True when a plan may go from one status to the other.
 * @example
 * ```ts
 * canChangePlanStatus('in-review', 'feasible'); // true
 * canChangePlanStatus('not-funded', 'funded'); // false
 * ```
 */
export function canChangePlanStatus(from: PlanStatus, to: PlanStatus): boolean {
  return (planTransitions[from] as readonly PlanStatus[]).includes(to);
}

/**
 * In which phase of the round a plan may get a status. Review decisions and moderation happen while
 * plans come in and during review; once voting opens the list on the ballot is fixed. 'funded' and
 * 'not-funded' are set when the result is published (the round is still 'counting' at that moment).
 * 'impossible' comes after publication.
 */
export const planStatusesByPhase = {
  draft: [],
  submitting: ['submitted', 'in-review', 'feasible', 'not-feasible', 'merged', 'withdrawn', 'hidden'],
  review: ['submitted', 'in-review', 'feasible', 'not-feasible', 'merged', 'withdrawn', 'hidden'],
  voting: [],
  counting: ['funded', 'not-funded'],
  result: ['impossible'],
  execution: ['impossible'],
} as const satisfies Record<Phase, readonly PlanStatus[]>;

/**
 * True when a plan may get this status in this phase of its round (check canChangePlanStatus as well).
 * @example
 * ```ts
 * canSetPlanStatusIn('voting', 'hidden'); // false
 * ```
 */
export function canSetPlanStatusIn(phase: Phase, to: PlanStatus): boolean {
  return (planStatusesByPhase[phase] as readonly PlanStatus[]).includes(to);
}

/** The statuses that need a public reason (a merge also needs the plan it was merged into). */
export const statusesWithReason = [
  'not-feasible',
  'merged',
  'hidden',
  'impossible',
] as const satisfies readonly PlanStatus[];

/**
 * The plan's workflow (the shared status workflow): the table above, changed by the staff who manage
 * the wijkbudget (administrators and editors; not alliance editors), with a public reason for the
 * statuses in statusesWithReason. When in the round a status may be set is planStatusesByPhase.
 */
export const planWorkflow = defineWorkflow({
  entityType: 'wijkbudget-plan',
  statuses: planStatuses,
  roles,
  next: planTransitions,
  allowed: ['admin', 'editor'],
  reasonFor: statusesWithReason,
});

/**
 * True when setting this status needs a reason that everyone can read.
 * @example
 * ```ts
 * reasonRequired('not-feasible'); // true
 * ```
 */
export function reasonRequired(to: PlanStatus): boolean {
  return (statusesWithReason as readonly PlanStatus[]).includes(to);
}

/**
 * The statuses whose plans appear on the ballot. The ballot takes the feasible plans.
 * @example
 * ```ts
 * onBallot('feasible'); // true
 * ```
 */
export function onBallot(status: PlanStatus): boolean {
  return status === 'feasible';
}

/**
 * True for a string that is a plan status.
 * @example
 * ```ts
 * isPlanStatus('funded'); // true
 * ```
 */
export function isPlanStatus(value: string): value is PlanStatus {
  return (planStatuses as readonly string[]).includes(value);
}

// --- ballots --------------------------------------------------------------------------------------

/**
 * How a voter fills in the ballot. 'budget': choose plans whose costs together fit the budget.
 * 'max-plans': choose at most `max` plans, whatever they cost. 'points': divide at most `points`
 * whole points over the plans.
 */
export type BallotType =
  | { readonly kind: 'budget' }
  | { readonly kind: 'max-plans'; readonly max: number }
  | { readonly kind: 'points'; readonly points: number };

export type BallotKind = BallotType['kind'];

export const ballotKinds = ['budget', 'max-plans', 'points'] as const satisfies readonly BallotKind[];

/** The counting rules a round can use; each is a pb-count rule key. */
export const wijkbudgetRules = [
  'greedy_cost',
  'greedy_points',
  'mes_cost_add1_greedy',
] as const satisfies readonly RuleKey[];

export type WijkbudgetRule = (typeof wijkbudgetRules)[number];

/**
 * Which counting rule fits which ballot: points ballots count by points; the other ballots are
 * approvals, counted by votes or by equal shares (completed, then greedy).
 */
export const rulesByBallot = {
  budget: ['greedy_cost', 'mes_cost_add1_greedy'],
  'max-plans': ['greedy_cost', 'mes_cost_add1_greedy'],
  points: ['greedy_points'],
} as const satisfies Record<BallotKind, readonly WijkbudgetRule[]>;

/**
 * The counting rules that fit a ballot kind.
 * @example
 * ```ts
 * rulesForBallot('points'); // ['greedy_points']
 * ```
 */
export function rulesForBallot(kind: BallotKind): readonly WijkbudgetRule[] {
  return rulesByBallot[kind];
}

/**
 * True when the rule can count ballots of this kind.
 * @example
 * ```ts
 * ruleFitsBallot('greedy_points', 'budget'); // false
 * ```
 */
export function ruleFitsBallot(rule: WijkbudgetRule, kind: BallotKind): boolean {
  return (rulesByBallot[kind] as readonly WijkbudgetRule[]).includes(rule);
}

/** The Pabulib vote type of the exported ballots, per ballot kind. */
export const pabulibVoteTypes = {
  budget: 'approval',
  'max-plans': 'approval',
  points: 'cumulative',
} as const satisfies Record<BallotKind, VoteType>;

/** Problems with a round's money and ballot settings, as message keys per field. */
export type RoundBallotErrors = Partial<
  Record<
    'budget' | 'ballot' | 'rule',
    | 'wijkbudget.round.budget.invalid'
    | 'wijkbudget.round.ballot.maxInvalid'
    | 'wijkbudget.round.ballot.pointsInvalid'
    | 'wijkbudget.round.rule.notForBallot'
  >
>;

/**
 * Checks the budget (more than € 0), the ballot type (a whole max of at least 1 plan, or a whole number
 * of at least 1 point) and that the rule fits the ballot.
 * @example
 * ```ts
 * validateRoundBallot(3_000_000n, { kind: 'points', points: 10 }, 'greedy_cost');
 * // { ok: false, errors: { rule: 'wijkbudget.round.rule.notForBallot' } }
 * ```
 */
export function validateRoundBallot(
  budgetCents: bigint,
  ballot: BallotType,
  rule: WijkbudgetRule,
): { ok: true } | { ok: false; errors: RoundBallotErrors } {
  const errors: RoundBallotErrors = {};
  if (budgetCents <= 0n) errors.budget = 'wijkbudget.round.budget.invalid';
  if (ballot.kind === 'max-plans' && !(Number.isSafeInteger(ballot.max) && ballot.max >= 1)) {
    errors.ballot = 'wijkbudget.round.ballot.maxInvalid';
  }
  if (ballot.kind === 'points' && !(Number.isSafeInteger(ballot.points) && ballot.points >= 1)) {
    errors.ballot = 'wijkbudget.round.ballot.pointsInvalid';
  }
  if (!ruleFitsBallot(rule, ballot.kind)) errors.rule = 'wijkbudget.round.rule.notForBallot';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true };
}

/** A plan as the ballot sees it: its id and the cost that counts (the municipality's estimate). */
export interface BallotPlan {
  readonly id: string;
  readonly costCents: bigint;
}

/** What the voter chose: plans (budget and max-plans ballots) or points per plan id (points ballots). */
export type BallotChoice =
  | { readonly planIds: readonly string[] }
  | { readonly points: Readonly<Record<string, number>> };

/**
 * A valid ballot in one canonical form, ready to store: plan ids sorted by id, so the stored ballot
 * says nothing about the order in which the voter clicked or the order of the page.
 */
export type NormalisedBallot =
  | { readonly kind: 'approval'; readonly planIds: readonly string[]; readonly costCents: bigint }
  | {
      readonly kind: 'points';
      /** Only plans with more than 0 points, sorted by plan id. */
      readonly points: readonly { readonly planId: string; readonly points: number }[];
      readonly total: number;
    };

/** Why a ballot is refused, with the numbers its message needs (money in cents). */
export type BallotProblem =
  | { readonly reason: 'empty' }
  | { readonly reason: 'over-budget'; readonly total: bigint; readonly budget: bigint; readonly over: bigint }
  | { readonly reason: 'too-many-plans'; readonly count: number; readonly max: number }
  | { readonly reason: 'unknown-plan'; readonly planId: string }
  | { readonly reason: 'duplicate-plan'; readonly planId: string }
  | { readonly reason: 'points-not-whole'; readonly planId: string }
  | { readonly reason: 'points-negative'; readonly planId: string }
  | {
      readonly reason: 'points-over-total';
      readonly given: number;
      readonly points: number;
      readonly over: number;
    };

export type BallotProblemReason = BallotProblem['reason'];

/** The message key per ballot problem; placeholders are the problem's numbers, formatted. */
export const ballotProblemMessages = {
  empty: 'wijkbudget.vote.empty',
  'over-budget': 'wijkbudget.vote.overBudget',
  'too-many-plans': 'wijkbudget.vote.tooManyPlans',
  'unknown-plan': 'wijkbudget.vote.unknownPlan',
  'duplicate-plan': 'wijkbudget.vote.duplicatePlan',
  'points-not-whole': 'wijkbudget.vote.pointsNotWhole',
  'points-negative': 'wijkbudget.vote.pointsNegative',
  'points-over-total': 'wijkbudget.vote.pointsOverTotal',
} as const satisfies Record<BallotProblemReason, string>;

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Checks a voter's choice against the ballot type, the budget and the feasible plans of the round, and
 * returns it in canonical form. Checks, in this order: a plan chosen twice, a plan not on the ballot,
 * points that are not whole or below 0, nothing chosen, then the limit of the ballot type. A choice of
 * the wrong shape for the ballot type (points on a budget ballot) is a programming error and throws.
 * With a 'max-plans' ballot the costs do not matter; with a 'points' ballot a voter need not use all
 * points.
 * @example
 * ```ts
 * validateBallot({ kind: 'budget' }, 3_000_000n, plans, { planIds: ['2', '7'] });
 * // { ok: false, reason: 'over-budget', total: 3_100_000n, budget: 3_000_000n, over: 100_000n }
 * ```
 */
export function validateBallot(
  ballotType: BallotType,
  budgetCents: bigint,
  plans: readonly BallotPlan[],
  choice: BallotChoice,
): { ok: true; normalised: NormalisedBallot } | ({ ok: false } & BallotProblem) {
  const costs = new Map(plans.map((plan) => [plan.id, plan.costCents]));
  if (ballotType.kind === 'points') {
    if (!('points' in choice)) throw new TypeError('a points ballot needs a points choice');
    return validatePoints(ballotType.points, costs, choice.points);
  }
  if (!('planIds' in choice)) throw new TypeError('a budget or max-plans ballot needs a list of plan ids');
  const seen = new Set<string>();
  for (const id of choice.planIds) {
    if (seen.has(id)) return { ok: false, reason: 'duplicate-plan', planId: id };
    seen.add(id);
  }
  for (const id of choice.planIds) {
    if (!costs.has(id)) return { ok: false, reason: 'unknown-plan', planId: id };
  }
  if (choice.planIds.length === 0) return { ok: false, reason: 'empty' };
  const total = choice.planIds.reduce((sum, id) => sum + costs.get(id)!, 0n);
  if (ballotType.kind === 'budget' && total > budgetCents) {
    return { ok: false, reason: 'over-budget', total, budget: budgetCents, over: total - budgetCents };
  }
  if (ballotType.kind === 'max-plans' && choice.planIds.length > ballotType.max) {
    return { ok: false, reason: 'too-many-plans', count: choice.planIds.length, max: ballotType.max };
  }
  return {
    ok: true,
    normalised: { kind: 'approval', planIds: [...choice.planIds].sort(byId), costCents: total },
  };
}

function validatePoints(
  allowed: number,
  costs: ReadonlyMap<string, bigint>,
  points: Readonly<Record<string, number>>,
): { ok: true; normalised: NormalisedBallot } | ({ ok: false } & BallotProblem) {
  const ids = Object.keys(points).sort(byId);
  for (const id of ids) {
    if (!costs.has(id)) return { ok: false, reason: 'unknown-plan', planId: id };
  }
  for (const id of ids) {
    const value = points[id]!;
    if (!Number.isSafeInteger(value)) return { ok: false, reason: 'points-not-whole', planId: id };
    if (value < 0) return { ok: false, reason: 'points-negative', planId: id };
  }
  const given = ids.filter((id) => points[id]! > 0);
  if (given.length === 0) return { ok: false, reason: 'empty' };
  // Summed as bigint: many large safe integers could pass 2^53 and lose precision as numbers.
  const total = given.reduce((sum, id) => sum + BigInt(points[id]!), 0n);
  if (total > BigInt(allowed)) {
    const over = total - BigInt(allowed);
    return {
      ok: false,
      reason: 'points-over-total',
      given: Number(total),
      points: allowed,
      over: Number(over),
    };
  }
  return {
    ok: true,
    normalised: {
      kind: 'points',
      points: given.map((planId) => ({ planId, points: points[planId]! })),
      total: Number(total),
    },
  };
}

/**
 * The running total of a budget ballot: what the chosen plans cost and what is left (negative when
 * over). Ids not on the ballot are ignored and a plan chosen twice counts once, so the page can show a
 * total while the voter is still choosing; validateBallot decides.
 * @example
 * ```ts
 * remainingBudget(3_000_000n, plans, ['2']); // { chosenCents: 1_200_000n, remainingCents: 1_800_000n }
 * ```
 */
export function remainingBudget(
  budgetCents: bigint,
  plans: readonly BallotPlan[],
  planIds: readonly string[],
): { chosenCents: bigint; remainingCents: bigint } {
  const chosen = new Set(planIds);
  const chosenCents = plans.reduce((sum, plan) => (chosen.has(plan.id) ? sum + plan.costCents : sum), 0n);
  return { chosenCents, remainingCents: budgetCents - chosenCents };
}

/**
 * The running total of a points ballot: points given and points left (negative when over). Values
 * that are not whole or below 0 are left out of the total; validateBallot decides.
 * @example
 * ```ts
 * remainingPoints(10, { '2': 3, '7': 4 }); // { given: 7, remaining: 3 }
 * ```
 */
export function remainingPoints(
  allowed: number,
  points: Readonly<Record<string, number>>,
): { given: number; remaining: number } {
  const given = Object.values(points)
    .filter((value) => Number.isSafeInteger(value) && value > 0)
    .reduce((sum, value) => sum + value, 0);
  return { given, remaining: allowed - given };
}

// --- eligibility ----------------------------------------------------------------------------------

const civilDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function civilDate(text: string): readonly [number, number, number] {
  const m = civilDatePattern.exec(text);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`not a date (YYYY-MM-DD): ${JSON.stringify(text)}`);
  }
  return [year, month, day];
}

/**
 * True when someone born on `birthDate` is at least `minimumAge` years old on `onDate` (both calendar
 * dates, YYYY-MM-DD, in Dutch time). A birthday counts from the start of the day. Someone born on
 * 29 February becomes a year older on 1 March in a year without 29 February: only then have they
 * certainly lived the full years, so nobody is let in a day early. Throws a RangeError for a text that
 * is not a real date (parse the form first).
 * @example
 * ```ts
 * isOldEnough('2010-02-28', 16, '2026-02-28'); // true
 * isOldEnough('2008-02-29', 18, '2026-02-28'); // false: from 1 March 2026
 * ```
 */
export function isOldEnough(birthDate: string, minimumAge: number, onDate: string): boolean {
  const [by, bm, bd] = civilDate(birthDate);
  const [y, m, d] = civilDate(onDate);
  // Comparing (month, day) pairs gives the 1 March rule by itself: (2, 28) comes before (2, 29).
  const hadBirthday = m > bm || (m === bm && d >= bd);
  const age = y - by - (hadBirthday ? 0 : 1);
  return age >= minimumAge;
}

// --- message keys ---------------------------------------------------------------------------------

/** The message key of each phase's name ("Stemmen"). */
export const phaseMessages = {
  draft: 'wijkbudget.phase.draft',
  submitting: 'wijkbudget.phase.submitting',
  review: 'wijkbudget.phase.review',
  voting: 'wijkbudget.phase.voting',
  counting: 'wijkbudget.phase.counting',
  result: 'wijkbudget.phase.result',
  execution: 'wijkbudget.phase.execution',
} as const satisfies Record<Phase, string>;

/** The message key of each plan status's label ("Haalbaar"). */
export const planStatusMessages = {
  pending: 'wijkbudget.planStatus.pending',
  submitted: 'wijkbudget.planStatus.submitted',
  'in-review': 'wijkbudget.planStatus.in-review',
  feasible: 'wijkbudget.planStatus.feasible',
  'not-feasible': 'wijkbudget.planStatus.not-feasible',
  merged: 'wijkbudget.planStatus.merged',
  withdrawn: 'wijkbudget.planStatus.withdrawn',
  hidden: 'wijkbudget.planStatus.hidden',
  funded: 'wijkbudget.planStatus.funded',
  'not-funded': 'wijkbudget.planStatus.not-funded',
  impossible: 'wijkbudget.planStatus.impossible',
} as const satisfies Record<PlanStatus, string>;

/** The message key naming each setting inside a sentence ("het budget"), for the lock message. */
export const roundSettingMessages = {
  text: 'wijkbudget.setting.text',
  area: 'wijkbudget.setting.area',
  budget: 'wijkbudget.setting.budget',
  ballot: 'wijkbudget.setting.ballot',
  rule: 'wijkbudget.setting.rule',
  eligibility: 'wijkbudget.setting.eligibility',
  submitFrom: 'wijkbudget.setting.submitFrom',
  submitUntil: 'wijkbudget.setting.submitUntil',
  reviewUntil: 'wijkbudget.setting.reviewUntil',
  voteFrom: 'wijkbudget.setting.voteFrom',
  voteUntil: 'wijkbudget.setting.voteUntil',
  resultBy: 'wijkbudget.setting.resultBy',
  executionFrom: 'wijkbudget.setting.executionFrom',
} as const satisfies Record<RoundSetting, string>;

/** The message key of each ballot kind's name ("Verdeel {points} punten"). */
export const ballotKindMessages = {
  budget: 'wijkbudget.ballot.budget',
  'max-plans': 'wijkbudget.ballot.max-plans',
  points: 'wijkbudget.ballot.points',
} as const satisfies Record<BallotKind, string>;

/** Other message keys the rules refer to: the lock refusal, a missing reason, a refused status, age. */
export const otherMessages = {
  settingLocked: 'wijkbudget.round.settingLocked',
  reasonRequired: 'wijkbudget.plan.reasonRequired',
  statusRefused: 'wijkbudget.plan.statusRefused',
  statusNotNow: 'wijkbudget.plan.statusNotNow',
  tooYoung: 'wijkbudget.vote.tooYoung',
  votingClosed: 'wijkbudget.vote.closed',
  remainingBudget: 'wijkbudget.vote.remainingBudget',
  remainingPoints: 'wijkbudget.vote.remainingPoints',
} as const;
