// SPDX-License-Identifier: EUPL-1.2
/**
 * Rounds and plans: setting up a round, plans sent in by residents, moderation and review, with a
 * mail to the submitter at every decision. Voting lives in ballot-service.ts, counting and the
 * published result in result-service.ts. Every change is audited in its own transaction.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { buurten, wijken } from '../places/schema.ts';
import { recordAudit } from '../platform/audit/service.ts';
import { userName } from '../platform/auth/service.ts';
import type { SignedInUser } from '../platform/auth/sessions.ts';
import { formatEuros, t } from '../platform/i18n.ts';
import type { Logger } from '../platform/logger.ts';
import type { Mail } from '../platform/mail/mailer.ts';
import type { Outbox } from '../platform/mail/outbox.ts';
import { absoluteUrl } from '../platform/paths.ts';
import type { CleanPhoto } from '../platform/photos/photos.ts';
import { firstFreeSlug, slugify } from '../platform/slug.ts';
import { changeStatus } from '../platform/workflow/service.ts';
import { wijkbudgetPaths } from './paths.ts';
import {
  type BallotKind,
  type BallotType,
  canChangePlanStatus,
  canChangeRoundSetting,
  canSetPlanStatusIn,
  datesMovedIntoThePast,
  lockedSince,
  type NextStep,
  nextStep,
  otherMessages,
  type Phase,
  type PlanStatus,
  phaseAt,
  phaseMessages,
  planStatusMessages,
  planWorkflow,
  type RoundDateField,
  type RoundSetting,
  reasonRequired,
  roundDateFields,
  roundDateInPastMessage,
  roundSettingMessages,
  validateRoundBallot,
  validateRoundDates,
  type WijkbudgetRule,
} from './rules.ts';
import { type Eligibility, planPhotos, plans, rounds } from './schema.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type RoundRow = typeof rounds.$inferSelect;
export type PlanRow = typeof plans.$inferSelect;

/** What the services need from outside besides the database. */
export interface WijkbudgetDeps {
  outbox: Outbox;
  logger: Logger;
  publicUrl: string;
}

// --- rounds ---------------------------------------------------------------------------------------

export interface Round extends RoundRow {
  phase: Phase;
  next: NextStep | null;
  wijkSlug: string | null;
  wijkName: string | null;
  ballot: BallotType;
}

export function ballotTypeOf(round: Pick<RoundRow, 'ballotKind' | 'ballotLimit'>): BallotType {
  if (round.ballotKind === 'max-plans') return { kind: 'max-plans', max: round.ballotLimit ?? 1 };
  if (round.ballotKind === 'points') return { kind: 'points', points: round.ballotLimit ?? 1 };
  return { kind: 'budget' };
}

function toRound(row: RoundRow, wijk: { slug: string; name: string } | null, now: Date): Round {
  const phase = phaseAt(row, now);
  return {
    ...row,
    phase,
    next: nextStep(phase, row),
    wijkSlug: wijk?.slug ?? null,
    wijkName: wijk?.name ?? null,
    ballot: ballotTypeOf(row),
  };
}

const roundWithWijk = (db: Db | Tx) =>
  db
    .select({ round: rounds, wijkSlug: wijken.slug, wijkName: wijken.name })
    .from(rounds)
    .leftJoin(wijken, eq(wijken.id, rounds.wijkId));

function fromJoin(
  rows: { round: RoundRow; wijkSlug: string | null; wijkName: string | null }[],
  now: Date,
): Round[] {
  return rows.map((r) =>
    toRound(r.round, r.wijkSlug ? { slug: r.wijkSlug, name: r.wijkName ?? '' } : null, now),
  );
}

/** All rounds, newest first; demo rounds only when asked for (they are never mixed with real ones). */
export async function listRounds(db: Db, now: Date, options: { demo?: boolean } = {}): Promise<Round[]> {
  const rows = await roundWithWijk(db)
    .where(options.demo === undefined ? undefined : eq(rounds.demo, options.demo))
    .orderBy(sql`${rounds.voteFrom} desc`, asc(rounds.id));
  return fromJoin(rows, now);
}

export async function getRound(db: Db | Tx, ref: { id: number } | { slug: string }, now: Date) {
  const where = 'id' in ref ? eq(rounds.id, ref.id) : eq(rounds.slug, ref.slug);
  const [row] = fromJoin(await roundWithWijk(db).where(where), now);
  return row ?? null;
}

/** The buurten a plan of this round can be for: those of its wijk, or all of Zuidwest. */
export async function listRoundBuurten(db: Db, round: Pick<RoundRow, 'wijkId'>) {
  const query = db
    .select({ code: buurten.code, name: buurten.name })
    .from(buurten)
    .innerJoin(wijken, eq(wijken.cbsCode, buurten.cbsWijkCode));
  const rows = await (round.wijkId === null ? query : query.where(eq(wijken.id, round.wijkId))).orderBy(
    asc(buurten.name),
  );
  // CBS wijk 33 carries two wijken (Bouwlust and Vrederust): its buurten join twice.
  return [...new Map(rows.map((row) => [row.code, row])).values()];
}

export interface RoundInput {
  title: string;
  intro: string;
  wijkSlug: string | null;
  budgetEuros: number;
  ballotKind: BallotKind;
  ballotLimit: number | null;
  rule: WijkbudgetRule;
  minimumAge: number;
  eligibility: Eligibility;
  /** New plans wait for a staff check before they are public (default: yes). */
  moderatePlans?: boolean;
  /** Whether voters may ask for a tracker (a receipt: off unless chosen, see ADR 0008). */
  trackers?: boolean;
  dates: Record<RoundDateField, string>;
}

export type RoundResult =
  | { ok: true; id: number; slug: string }
  | { ok: false; reason: 'invalid'; errors: Record<string, string> }
  | { ok: false; reason: 'not-found' };

/** Field messages for the round's dates and money, or null when all fit together. */
function roundErrors(input: RoundInput): Record<string, string> | null {
  const errors: Record<string, string> = {};
  const dates = validateRoundDates(input.dates);
  if (!dates.ok)
    for (const field of roundDateFields) {
      const key = dates.errors[field];
      if (key) errors[field] = t(key);
    }
  const ballot = validateRoundBallot(BigInt(input.budgetEuros) * 100n, ballotTypeOf(input), input.rule);
  if (!ballot.ok) {
    const fieldOf = { budget: 'budgetEuros', ballot: 'ballotLimit', rule: 'rule' } as const;
    for (const field of ['budget', 'ballot', 'rule'] as const) {
      const key = ballot.errors[field];
      if (key) errors[fieldOf[field]] = t(key);
    }
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

async function wijkIdOf(db: Db | Tx, slug: string | null): Promise<number | null | undefined> {
  if (slug === null) return null;
  const [row] = await db.select({ id: wijken.id }).from(wijken).where(eq(wijken.slug, slug));
  return row?.id;
}

function roundValues(input: RoundInput, wijkId: number | null) {
  return {
    title: input.title,
    intro: input.intro,
    wijkId,
    budgetCents: BigInt(input.budgetEuros) * 100n,
    ballotKind: input.ballotKind,
    ballotLimit: input.ballotKind === 'budget' ? null : input.ballotLimit,
    rule: input.rule,
    minimumAge: input.minimumAge,
    eligibility: input.eligibility,
    moderatePlans: input.moderatePlans ?? true,
    trackers: input.trackers ?? false,
    ...input.dates,
  };
}

async function uniqueRoundSlug(db: Db | Tx, title: string): Promise<string> {
  const base = slugify(title, 'wijkbudget', 60);
  const taken = new Set(
    (
      await db
        .select({ slug: rounds.slug })
        .from(rounds)
        .where(sql`${rounds.slug} like ${`${base}%`}`)
    ).map((r) => r.slug),
  );
  return firstFreeSlug(base, taken);
}

export async function createRound(
  db: Db,
  user: SignedInUser | null,
  input: RoundInput,
  options: { demo?: boolean } = {},
): Promise<RoundResult> {
  const errors = roundErrors(input);
  if (errors) return { ok: false, reason: 'invalid', errors };
  const wijkId = await wijkIdOf(db, input.wijkSlug);
  if (wijkId === undefined)
    return { ok: false, reason: 'invalid', errors: { wijkSlug: t('wijkbudget.round.area.unknown') } };
  return db.transaction(async (tx) => {
    const slug = await uniqueRoundSlug(tx, input.title);
    const [row] = await tx
      .insert(rounds)
      .values({ ...roundValues(input, wijkId), slug, demo: options.demo ?? false })
      .returning({ id: rounds.id });
    await recordAudit(tx, {
      user,
      action: 'wijkbudget.round.create',
      entityType: 'wijkbudget-round',
      entityId: row!.id,
      after: { slug, ...input },
    });
    return { ok: true as const, id: row!.id, slug };
  });
}

/** Which settings the input changes, compared with the stored round. */
function changedSettings(round: Round, input: RoundInput, wijkId: number | null): RoundSetting[] {
  const changed: RoundSetting[] = [];
  if (round.title !== input.title || round.intro !== input.intro) changed.push('text');
  if (round.wijkId !== wijkId) changed.push('area');
  if (round.budgetCents !== BigInt(input.budgetEuros) * 100n) changed.push('budget');
  const limit = input.ballotKind === 'budget' ? null : input.ballotLimit;
  // Trackers belong to the ballot: they lock with it when voting opens.
  if (
    round.ballotKind !== input.ballotKind ||
    round.ballotLimit !== limit ||
    round.trackers !== (input.trackers ?? false)
  )
    changed.push('ballot');
  if (round.rule !== input.rule) changed.push('rule');
  if (round.minimumAge !== input.minimumAge || round.eligibility !== input.eligibility)
    changed.push('eligibility');
  for (const field of roundDateFields) {
    if (Date.parse(round[field]) !== Date.parse(input.dates[field])) changed.push(field);
  }
  return changed;
}

/** The field a locked setting is shown next to. */
const settingFields: Record<RoundSetting, string> = {
  text: 'title',
  area: 'wijkSlug',
  budget: 'budgetEuros',
  ballot: 'ballotKind',
  rule: 'rule',
  eligibility: 'eligibility',
  ...(Object.fromEntries(roundDateFields.map((f) => [f, f])) as Record<RoundDateField, string>),
};

/**
 * Saves new settings, refusing (with the reason, next to the field) every setting that is locked in
 * the round's current phase: once voting opens the budget, ballot and rule never change.
 */
export async function updateRound(
  db: Db,
  user: SignedInUser,
  id: number,
  input: RoundInput,
  now: Date,
): Promise<RoundResult> {
  const round = await getRound(db, { id }, now);
  if (!round) return { ok: false, reason: 'not-found' };
  const wijkId = await wijkIdOf(db, input.wijkSlug);
  if (wijkId === undefined)
    return { ok: false, reason: 'invalid', errors: { wijkSlug: t('wijkbudget.round.area.unknown') } };
  const locked: Record<string, string> = {};
  for (const setting of changedSettings(round, input, wijkId)) {
    if (canChangeRoundSetting(round.phase, setting)) continue;
    const since = lockedSince(setting) ?? round.phase;
    locked[settingFields[setting]] = t(otherMessages.settingLocked, {
      setting: t(roundSettingMessages[setting]),
      phase: t(phaseMessages[since]),
    });
  }
  for (const field of datesMovedIntoThePast(round, input.dates, now)) {
    locked[field] = t(roundDateInPastMessage);
  }
  if (Object.keys(locked).length > 0) return { ok: false, reason: 'invalid', errors: locked };
  const errors = roundErrors(input);
  if (errors) return { ok: false, reason: 'invalid', errors };
  return db.transaction(async (tx) => {
    await tx.update(rounds).set(roundValues(input, wijkId)).where(eq(rounds.id, id));
    await recordAudit(tx, {
      user,
      action: 'wijkbudget.round.update',
      entityType: 'wijkbudget-round',
      entityId: id,
      before: auditableRound(round),
      after: input,
    });
    return { ok: true as const, id, slug: round.slug };
  });
}

function auditableRound(round: Round) {
  const { phase, next, ballot, ...stored } = round;
  return { ...stored, budgetCents: String(stored.budgetCents) };
}

// --- plans ----------------------------------------------------------------------------------------

export interface Plan {
  id: number;
  roundId: number;
  title: string;
  description: string;
  buurtCode: string;
  buurtName: string;
  location: string | null;
  submitterCostCents: bigint;
  costCents: bigint | null;
  status: PlanStatus;
  statusReason: string | null;
  mergedIntoId: number | null;
  measureId: number | null;
  measureSlug: string | null;
  hasPhoto: boolean;
  /** Typed in by staff for a resident (at the desk, on the phone); shown as "via het loket". */
  viaDesk: boolean;
  createdAt: Date;
}

const planColumns = {
  id: plans.id,
  roundId: plans.roundId,
  title: plans.title,
  description: plans.description,
  buurtCode: plans.buurtCode,
  buurtName: buurten.name,
  location: plans.location,
  submitterCostCents: plans.submitterCostCents,
  costCents: plans.costCents,
  status: plans.status,
  statusReason: plans.statusReason,
  mergedIntoId: plans.mergedIntoId,
  measureId: plans.measureId,
  measureSlug: sql<string | null>`(select slug from measures where measures.id = ${plans.measureId})`,
  hasPhoto: plans.hasPhoto,
  viaDesk: sql<boolean>`${plans.enteredBy} is not null`,
  createdAt: plans.createdAt,
};

/** Statuses the public never sees the text of: abuse that was hidden, plans their submitter withdrew. */
const privateStatuses: PlanStatus[] = ['pending', 'hidden', 'withdrawn'];

/** The plans of a round in the order they came in. The public sees all but hidden and withdrawn ones. */
export async function listPlans(
  db: Db | Tx,
  roundId: number,
  options: { audience: 'public' | 'staff'; statuses?: PlanStatus[] },
): Promise<Plan[]> {
  const conditions = [eq(plans.roundId, roundId)];
  if (options.statuses) conditions.push(inArray(plans.status, options.statuses));
  if (options.audience === 'public') conditions.push(sql`${plans.status} not in ('hidden', 'withdrawn')`);
  return db
    .select(planColumns)
    .from(plans)
    .innerJoin(buurten, eq(buurten.code, plans.buurtCode))
    .where(and(...conditions))
    .orderBy(asc(plans.id));
}

export async function getPlan(db: Db | Tx, id: number): Promise<Plan | null> {
  const [row] = await db
    .select(planColumns)
    .from(plans)
    .innerJoin(buurten, eq(buurten.code, plans.buurtCode))
    .where(eq(plans.id, id));
  return row ?? null;
}

/** The staff member who typed the plan in for a resident, for staff only; null when the resident sent it. */
export async function getPlanEnteredBy(db: Db, planId: number): Promise<string | null> {
  const [row] = await db.select({ by: plans.enteredBy }).from(plans).where(eq(plans.id, planId));
  return row?.by ? userName(db, row.by) : null;
}

/** The submitter's contact e-mail, for staff only (never on a public page or in the API). */
export async function getPlanContactEmail(db: Db, planId: number): Promise<string | null> {
  const [row] = await db.select({ email: plans.contactEmail }).from(plans).where(eq(plans.id, planId));
  return row?.email ?? null;
}

export function isPublicPlan(plan: Pick<Plan, 'status'>): boolean {
  return !privateStatuses.includes(plan.status);
}

export interface PlanInput {
  title: string;
  description: string;
  buurtCode: string;
  location: string | null;
  costEuros: number;
  /** Null: the resident wants no mail about the plan. */
  email: string | null;
  /** The random key of the form that sent it (see schema.ts, submissionKey). */
  submission: string;
}

/** A photo that has been checked and re-encoded (see platform/photos). */
export type { CleanPhoto };

export type SubmitResult =
  /** `again`: this form had been sent before; `id` is the plan it made then. */
  | { ok: true; id: number; again: boolean }
  | { ok: false; reason: 'not-found' | 'closed' }
  | { ok: false; reason: 'invalid'; errors: Record<string, string> };

/**
 * A resident sends in a plan, without an account, or a staff member types it in for them (`enteredBy`:
 * a resident without internet or e-mail, at the desk). When the round checks plans first, it waits
 * ('pending') until staff make it public. With an e-mail address the resident gets a receipt by mail.
 * The same form sent twice (a double click, a reload) gives the one plan it made the first time.
 */
export async function submitPlan(
  db: Db,
  deps: WijkbudgetDeps,
  roundId: number,
  input: PlanInput,
  photo: CleanPhoto | null,
  now: Date,
  options: { enteredBy?: SignedInUser } = {},
): Promise<SubmitResult> {
  const enteredBy = options.enteredBy ?? null;
  const round = await getRound(db, { id: roundId }, now);
  if (!round) return { ok: false, reason: 'not-found' };
  if (round.phase !== 'submitting') return { ok: false, reason: 'closed' };
  const allowed = await listRoundBuurten(db, round);
  if (!allowed.some((b) => b.code === input.buurtCode)) {
    return { ok: false, reason: 'invalid', errors: { buurtCode: t('wijkbudget.plan.buurt.notInArea') } };
  }
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(plans)
      .values({
        roundId,
        title: input.title,
        description: input.description,
        buurtCode: input.buurtCode,
        location: input.location,
        submitterCostCents: BigInt(input.costEuros) * 100n,
        contactEmail: input.email,
        submissionKey: input.submission,
        status: round.moderatePlans ? 'pending' : 'submitted',
        hasPhoto: photo !== null,
        enteredBy: enteredBy?.id ?? null,
      })
      .onConflictDoNothing({ target: plans.submissionKey })
      .returning({ id: plans.id });
    if (!row) return null;
    if (photo) await tx.insert(planPhotos).values({ planId: row.id, ...photo });
    await recordAudit(tx, {
      user: enteredBy,
      action: enteredBy ? 'wijkbudget.plan.submit-at-desk' : 'wijkbudget.plan.submit',
      entityType: 'wijkbudget-plan',
      entityId: row!.id,
      after: { roundId, title: input.title, buurtCode: input.buurtCode, photo: photo !== null },
    });
    if (input.email !== null) {
      await queueMail(deps, tx, input.email, {
        subject: t('wijkbudget.mail.received.subject', { title: input.title }),
        text: t('wijkbudget.mail.received.body', {
          title: input.title,
          round: round.title,
          link: planLink(deps, round.slug, row.id),
        }),
      });
    }
    return row.id;
  });
  if (id === null) {
    const [earlier] = await db
      .select({ id: plans.id, roundId: plans.roundId })
      .from(plans)
      .where(eq(plans.submissionKey, input.submission));
    return earlier?.roundId === roundId
      ? { ok: true, id: earlier.id, again: true }
      : { ok: false, reason: 'closed' };
  }
  return { ok: true, id, again: false };
}

/** A plan's photo: for the public only while the plan is public, for staff always (to moderate it). */
export async function getPlanPhoto(db: Db, planId: number, audience: 'public' | 'staff' = 'public') {
  const [row] = await db
    .select({ contentType: planPhotos.contentType, bytes: planPhotos.bytes, status: plans.status })
    .from(planPhotos)
    .innerJoin(plans, eq(plans.id, planPhotos.planId))
    .where(eq(planPhotos.planId, planId));
  return row && (audience === 'staff' || isPublicPlan(row)) ? row : null;
}

export interface Decision {
  /** The status the staff member saw (a hidden field): the decision is saved only if it still is. */
  from: PlanStatus;
  status: PlanStatus;
  reason: string | null;
  costEuros: number | null;
  mergedIntoId: number | null;
}

export type DecisionResult =
  | { ok: true }
  | { ok: false; reason: 'not-found' }
  /** The plan's status changed after the form was shown; nothing was saved. */
  | { ok: false; reason: 'conflict' }
  | { ok: false; reason: 'invalid'; errors: Record<string, string> };

/** Why staff cannot give a plan this status now, as field messages, or null when they can. */
async function decisionErrors(
  db: Db | Tx,
  plan: Plan,
  phase: Phase,
  decision: Decision,
): Promise<Record<string, string> | null> {
  const statusName = (s: PlanStatus) => t(planStatusMessages[s]);
  if (!canChangePlanStatus(plan.status, decision.status)) {
    return {
      status: t(otherMessages.statusRefused, {
        from: statusName(plan.status),
        to: statusName(decision.status),
      }),
    };
  }
  if (!canSetPlanStatusIn(phase, decision.status)) {
    return {
      status: t(otherMessages.statusNotNow, {
        phase: t(phaseMessages[phase]),
        to: statusName(decision.status),
      }),
    };
  }
  if (reasonRequired(decision.status) && !decision.reason) return { reason: t(otherMessages.reasonRequired) };
  if (decision.status === 'feasible' && decision.costEuros === null)
    return { costEuros: t('wijkbudget.plan.cost.required') };
  if (decision.status === 'merged') {
    const target = decision.mergedIntoId === null ? null : await getPlan(db, decision.mergedIntoId);
    const fine =
      target !== null &&
      target.id !== plan.id &&
      target.roundId === plan.roundId &&
      !['merged', 'hidden', 'withdrawn'].includes(target.status);
    if (!fine) return { mergedIntoId: t('wijkbudget.plan.merge.target') };
  }
  return null;
}

/**
 * Staff moderate and review a plan: a new status with a public reason (and for a feasible plan the
 * municipality's cost, the cost that counts). The submitter is mailed about every decision.
 */
export async function decidePlan(
  db: Db,
  deps: WijkbudgetDeps,
  user: SignedInUser,
  planId: number,
  decision: Decision,
  now: Date,
): Promise<DecisionResult> {
  const plan = await getPlan(db, planId);
  if (!plan) return { ok: false, reason: 'not-found' };
  if (plan.status !== decision.from) return { ok: false, reason: 'conflict' };
  const round = (await getRound(db, { id: plan.roundId }, now))!;
  const errors = await decisionErrors(db, plan, round.phase, decision);
  if (errors) return { ok: false, reason: 'invalid', errors };
  const costCents =
    decision.status === 'feasible' && decision.costEuros !== null
      ? BigInt(decision.costEuros) * 100n
      : plan.costCents;
  const email = await getPlanContactEmail(db, planId);
  const mail = decisionMail(deps, email, round, plan, decision.status, decision.reason, costCents);
  const { from: _seen, ...after } = decision;
  const result = await changeStatus(db, deps.outbox, {
    workflow: planWorkflow,
    table: plans,
    id: planId,
    from: decision.from,
    to: decision.status,
    reason: decision.reason,
    actor: user,
    set: {
      statusReason: decision.reason,
      costCents,
      mergedIntoId: decision.status === 'merged' ? decision.mergedIntoId : null,
    },
    audit: {
      action: 'wijkbudget.plan.decide',
      before: {
        status: plan.status,
        reason: plan.statusReason,
        costCents: plan.costCents?.toString() ?? null,
      },
      after: { ...after, costCents: costCents?.toString() ?? null },
    },
    mails: mail ? [mail] : [],
  });
  if (result.ok) return result;
  if (result.refusal === 'conflict') return { ok: false, reason: 'conflict' };
  // decisionErrors checked the table already; only a role the table does not allow comes here.
  return {
    ok: false,
    reason: 'invalid',
    errors: { status: t(otherMessages.statusRefused, statusNames(plan, decision)) },
  };
}

function statusNames(plan: Pick<Plan, 'status'>, decision: Pick<Decision, 'status'>) {
  return { from: t(planStatusMessages[plan.status]), to: t(planStatusMessages[decision.status]) };
}

/** The mail a submitter gets when their plan gets a status (also at publication), or null without an address. */
export function decisionMail(
  deps: Pick<WijkbudgetDeps, 'publicUrl'>,
  email: string | null,
  round: Pick<Round, 'slug' | 'title'>,
  plan: Pick<Plan, 'id' | 'title'>,
  status: PlanStatus,
  reason: string | null,
  costCents: bigint | null,
): Mail | null {
  if (email === null) return null; // the submitter gave no e-mail address
  const lines = [
    t('wijkbudget.mail.decision.body', { title: plan.title, status: t(planStatusMessages[status]) }),
    reason ? t('wijkbudget.mail.decision.reason', { reason }) : null,
    status === 'feasible' && costCents !== null
      ? t('wijkbudget.mail.decision.cost', { cost: formatEuros(Number(costCents) / 100) })
      : null,
    t('wijkbudget.mail.decision.link', { link: planLink(deps, round.slug, plan.id) }),
  ];
  return {
    to: email,
    subject: t('wijkbudget.mail.decision.subject', { title: plan.title }),
    text: lines.filter((line) => line !== null).join('\n\n'),
  };
}

function planLink(deps: Pick<WijkbudgetDeps, 'publicUrl'>, roundSlug: string, planId: number): string {
  return absoluteUrl(deps.publicUrl, wijkbudgetPaths.plan(roundSlug, planId));
}

/**
 * Mail is queued in the transaction of the change it tells about: it goes out (with retries) exactly
 * when the change is saved, and a mail server that is down never undoes a decision.
 */
function queueMail(deps: WijkbudgetDeps, tx: Tx, to: string, mail: { subject: string; text: string }) {
  return deps.outbox.queue(tx, { to, ...mail });
}

/** The statuses a staff member can choose for a plan now, for the review form. */
export function nextPlanStatuses(plan: Pick<Plan, 'status'>, phase: Phase, all: readonly PlanStatus[]) {
  return all.filter((s) => canChangePlanStatus(plan.status, s) && canSetPlanStatusIn(phase, s));
}

/** The wijkbudget plan a measure carries out (for the measure's page), or null. */
export async function wijkbudgetOrigin(db: Db, measureId: number) {
  const [row] = await db
    .select({ roundSlug: rounds.slug, roundTitle: rounds.title, planId: plans.id })
    .from(plans)
    .innerJoin(rounds, eq(rounds.id, plans.roundId))
    .where(eq(plans.measureId, measureId));
  return row ?? null;
}
