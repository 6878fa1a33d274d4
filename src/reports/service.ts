// SPDX-License-Identifier: EUPL-1.2
/**
 * Reports (meldingen): queries and use cases. Returns data, never a Response. Personal data (contact
 * details, the typed place, the description, the photo) leaves this file only through the functions for
 * staff and for the reporter's own follow page; the public functions select none of it.
 */
import { createHash } from 'node:crypto';
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { listWijken } from '../places/service.ts';
import { recordAudit } from '../platform/audit/service.ts';
import { users } from '../platform/auth/schema.ts';
import { t } from '../platform/i18n.ts';
import type { Mail } from '../platform/mail/mailer.ts';
import type { Outbox } from '../platform/mail/outbox.ts';
import { absoluteUrl } from '../platform/paths.ts';
import type { CleanPhoto } from '../platform/photos/photos.ts';
import { changeStatusIn, listStatusHistory, type Tx } from '../platform/workflow/service.ts';
import { listPartners } from '../programme/service.ts';
import type { ReportInput } from './forms.ts';
import { reportPaths } from './paths.ts';
import {
  type Category,
  canReopen,
  categories,
  figuresBy,
  figuresOf,
  isSensitive,
  openStatuses,
  type ReportStatus,
  referenceOf,
  reportWorkflow,
} from './rules.ts';
import { reportNotes, reportPhotos, reports } from './schema.ts';

export interface ReportsDeps {
  outbox: Pick<Outbox, 'queue'>;
  publicUrl: string;
}

/** A staff member acting on reports. */
export interface Handler {
  id: number;
  email: string;
}

// --- the follow link ------------------------------------------------------------------------------

/**
 * The follow link's token comes from the form's own key (a random UUID only the reporter's browser has),
 * so the same form sent twice leads to the same report and the same link. Only its hash is stored.
 */
export function followTokenOf(submission: string): string {
  return createHash('sha256').update(`report-follow:${submission}`).digest('base64url');
}

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function followUrl(publicUrl: string, token: string): string {
  return absoluteUrl(publicUrl, reportPaths.follow(token));
}

// --- places -------------------------------------------------------------------------------------

/** Every buurt of the area with its wijk, for the form's list (Bouwlust and Vrederust share their buurten). */
export async function listBuurtChoices(db: Db) {
  const wijken = await listWijken(db);
  const seen = new Map<string, { code: string; name: string; wijken: string[] }>();
  for (const wijk of wijken) {
    for (const buurt of wijk.buurten) {
      const known = seen.get(buurt.code);
      if (known) known.wijken.push(wijk.name);
      else seen.set(buurt.code, { code: buurt.code, name: buurt.name, wijken: [wijk.name] });
    }
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export type BuurtChoice = Awaited<ReturnType<typeof listBuurtChoices>>[number];

// --- reporting ----------------------------------------------------------------------------------

export type SubmitResult =
  | { ok: true; id: number; token: string; again: boolean }
  | { ok: false; reason: 'invalid'; errors: Record<string, string> };

/**
 * A resident reports, with or without contact details. With an e-mail address they get a receipt with
 * the follow link. The same form sent twice (a double click, a reload) gives the one report it made.
 */
export async function submitReport(
  db: Db,
  deps: ReportsDeps,
  input: ReportInput,
  photo: CleanPhoto | null,
  options: { demo?: boolean } = {},
): Promise<SubmitResult> {
  const buurten = await listBuurtChoices(db);
  if (!buurten.some((b) => b.code === input.buurtCode))
    return { ok: false, reason: 'invalid', errors: { buurtCode: t('reports.where.buurtUnknown') } };
  const token = followTokenOf(input.submission);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reports)
      .values({
        submission: input.submission,
        followTokenHash: hashOf(token),
        category: input.category,
        sensitive: isSensitive(input.category),
        buurtCode: input.buurtCode,
        location: input.location,
        description: input.description,
        contactEmail: input.email,
        contactPhone: input.phone,
        hasPhoto: photo !== null,
        demo: options.demo ?? false,
      })
      .onConflictDoNothing({ target: reports.submission })
      .returning({ id: reports.id });
    if (!row) {
      const [earlier] = await tx
        .select({ id: reports.id })
        .from(reports)
        .where(eq(reports.submission, input.submission));
      return { ok: true as const, id: earlier!.id, token, again: true };
    }
    if (photo) {
      await tx.insert(reportPhotos).values({
        reportId: row.id,
        contentType: photo.contentType,
        bytes: photo.bytes,
        width: photo.width,
        height: photo.height,
      });
    }
    await recordAudit(tx, {
      user: null,
      action: 'report.submitted',
      entityType: reportWorkflow.entityType,
      entityId: row.id,
      after: { category: input.category, buurtCode: input.buurtCode, photo: photo !== null },
    });
    if (input.email) await deps.outbox.queue(tx, receiptMail(deps, input, row.id, token));
    return { ok: true as const, id: row.id, token, again: false };
  });
}

function receiptMail(deps: ReportsDeps, input: ReportInput, id: number, token: string): Mail {
  const reference = referenceOf(id);
  return {
    to: input.email!,
    subject: t('reports.mail.receivedSubject', { reference }),
    text: t('reports.mail.receivedBody', {
      reference,
      category: t(`reports.category.${input.category}`),
      link: followUrl(deps.publicUrl, token),
    }),
  };
}

// --- reading ------------------------------------------------------------------------------------

export type Report = typeof reports.$inferSelect;

/** The report behind a follow link, or null. */
export async function getReportByToken(db: Db, token: string): Promise<Report | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [row] = await db
    .select()
    .from(reports)
    .where(eq(reports.followTokenHash, hashOf(token)));
  return row ?? null;
}

export async function getReport(db: Db, id: number): Promise<Report | null> {
  const [row] = await db.select().from(reports).where(eq(reports.id, id));
  return row ?? null;
}

export async function getReportPhoto(db: Db, id: number) {
  const [row] = await db
    .select({ contentType: reportPhotos.contentType, bytes: reportPhotos.bytes })
    .from(reportPhotos)
    .where(eq(reportPhotos.reportId, id));
  return row ?? null;
}

/** The public history: dates, statuses and public reasons, never who made the change. */
export async function publicHistory(db: Db, id: number) {
  const history = await listStatusHistory(db, reportWorkflow.entityType, id, 'asc');
  return history.map((entry) => ({ ...entry, changedByName: null }));
}

export async function staffHistory(db: Db, id: number) {
  return listStatusHistory(db, reportWorkflow.entityType, id, 'asc');
}

// --- the reporter's answer ----------------------------------------------------------------------

export type FeedbackResult =
  | { ok: true; reopened: boolean }
  | { ok: false; reason: 'not-closed' | 'already-reopened' | 'conflict' };

/**
 * The reporter says whether closing solved it. "No" reopens the report, once, with their reason (public
 * in the history, so it must not hold personal data: the form says so). Saying it twice keeps the first.
 */
export async function giveFeedback(
  db: Db,
  report: Report,
  answer: { solved: boolean; reason: string | null },
): Promise<FeedbackResult> {
  if (report.status !== 'closed') return { ok: false, reason: 'not-closed' };
  if (answer.solved) {
    const updated = await db
      .update(reports)
      .set({ solved: true })
      .where(and(eq(reports.id, report.id), eq(reports.status, 'closed'), isNull(reports.solved)))
      .returning({ id: reports.id });
    return updated.length > 0 ? { ok: true, reopened: false } : { ok: false, reason: 'conflict' };
  }
  if (!canReopen(report)) return { ok: false, reason: 'already-reopened' };
  const result = await db.transaction(async (tx) => {
    const changed = await changeStatusIn(
      tx,
      { queue: async () => {} },
      {
        workflow: reportWorkflow,
        table: reports,
        id: report.id,
        from: 'closed',
        to: 'reopened',
        reason: answer.reason,
        actor: null,
        set: { solved: false, reopenedAt: new Date(), closedAt: null },
        audit: { action: 'report.reopened' },
      },
    );
    return changed;
  });
  if (!result.ok) return { ok: false, reason: 'conflict' };
  return { ok: true, reopened: true };
}

// --- staff: the queue ---------------------------------------------------------------------------

export interface QueueFilter {
  wijk?: string | undefined;
  category?: Category | undefined;
  /** 'open' (default): still to do; 'all': everything; or one status. */
  status?: ReportStatus | 'open' | 'all' | undefined;
}

/** The buurt codes of a wijk (by slug), or null for an unknown wijk. */
async function buurtCodesOf(db: Db, wijkSlug: string): Promise<string[] | null> {
  const wijk = (await listWijken(db)).find((w) => w.slug === wijkSlug);
  return wijk ? wijk.buurten.map((b) => b.code) : null;
}

async function queueConditions(db: Db, filter: QueueFilter) {
  const status = filter.status ?? 'open';
  const codes = filter.wijk ? await buurtCodesOf(db, filter.wijk) : null;
  return and(
    status === 'open'
      ? inArray(reports.status, [...openStatuses])
      : status === 'all'
        ? undefined
        : eq(reports.status, status),
    filter.category ? eq(reports.category, filter.category) : undefined,
    filter.wijk ? inArray(reports.buurtCode, codes && codes.length > 0 ? codes : ['-']) : undefined,
  );
}

/**
 * The triage queue: new (received) and reopened reports first, then the rest; within each the oldest
 * first, so what waits longest is on top.
 */
export async function listQueue(db: Db, filter: QueueFilter, page: { offset: number; limit: number }) {
  const where = await queueConditions(db, filter);
  const waitingFirst = sql`case when ${reports.status} in ('received', 'reopened') then 0 else 1 end`;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: reports.id,
        category: reports.category,
        sensitive: reports.sensitive,
        buurtCode: reports.buurtCode,
        location: reports.location,
        status: reports.status,
        createdAt: reports.createdAt,
        firstResponseAt: reports.firstResponseAt,
        forwardedTo: reports.forwardedTo,
        demo: reports.demo,
      })
      .from(reports)
      .where(where)
      .orderBy(waitingFirst, asc(reports.createdAt), asc(reports.id))
      .offset(page.offset)
      .limit(page.limit),
    db.select({ n: count() }).from(reports).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export type QueueRow = Awaited<ReturnType<typeof listQueue>>['rows'][number];

export async function listNotes(db: Db, reportId: number) {
  return db
    .select({
      id: reportNotes.id,
      body: reportNotes.body,
      createdAt: reportNotes.createdAt,
      authorName: users.name,
    })
    .from(reportNotes)
    .leftJoin(users, eq(users.id, reportNotes.authorId))
    .where(eq(reportNotes.reportId, reportId))
    .orderBy(desc(reportNotes.createdAt), desc(reportNotes.id));
}

/** The partners and alliances a report can be sent on to, from the programme's register. */
export async function listRoutingOptions(db: Db): Promise<string[]> {
  const partners = await listPartners(db);
  const names = new Set<string>();
  for (const partner of partners) {
    names.add(partner.name);
    for (const alliance of partner.alliances) names.add(alliance.name);
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'nl'));
}

// --- staff: acting on a report ------------------------------------------------------------------

export interface StaffChange {
  /** The status the staff member saw (a hidden field). */
  from: ReportStatus;
  to: ReportStatus;
  /** The public answer: what was done (required to close), shown to the reporter and the public. */
  answer: string | null;
  /** The partner or department, when sending it on. */
  forwardedTo: string | null;
}

export type StaffChangeResult =
  | { ok: true }
  | {
      ok: false;
      refusal: 'same-status' | 'not-allowed' | 'role' | 'reason-required' | 'conflict' | 'partner-required';
    };

/**
 * A staff member moves a report on: picks it up, sends it to a partner, closes it with what was done.
 * The reporter who left an e-mail address hears of it through the outbox, in the same transaction.
 */
export async function changeReportStatus(
  db: Db,
  deps: ReportsDeps,
  handler: Handler,
  report: Report,
  change: StaffChange,
): Promise<StaffChangeResult> {
  if (change.to === 'forwarded' && !change.forwardedTo) return { ok: false, refusal: 'partner-required' };
  const now = new Date();
  const answer = change.answer?.trim() || null;
  const set: Partial<Report> = {
    firstResponseAt: report.firstResponseAt ?? now,
    ...(change.to === 'forwarded' ? { forwardedTo: change.forwardedTo } : {}),
    ...(change.to === 'closed' ? { closedAt: now, publicAnswer: answer, answeredAt: now } : {}),
  };
  const mails = report.contactEmail
    ? [statusMail(report, change.to, change.to === 'closed' ? answer : null, change.forwardedTo)]
    : [];
  return db.transaction((tx) =>
    changeStatusIn(tx, deps.outbox, {
      workflow: reportWorkflow,
      table: reports,
      id: report.id,
      from: change.from,
      to: change.to,
      reason: change.to === 'closed' ? answer : change.to === 'forwarded' ? change.forwardedTo : answer,
      actor: { ...handler, role: 'staff' },
      set,
      audit: { action: 'report.status' },
      mails,
    }),
  );
}

function statusMail(
  report: Report,
  to: ReportStatus,
  answer: string | null,
  forwardedTo: string | null,
): Mail {
  const reference = referenceOf(report.id);
  const extra = [
    to === 'forwarded' && forwardedTo ? t('reports.mail.forwarded', { name: forwardedTo }) : '',
    answer ? t('reports.mail.answer', { answer }) : '',
  ].join('');
  return {
    to: report.contactEmail!,
    subject: t('reports.mail.statusSubject', { reference }),
    text: t('reports.mail.statusBody', {
      reference,
      status: t(`reports.status.${to}`),
      explain: t(`reports.status.explain.${to}`),
      answer: extra,
    }),
  };
}

/** An internal note: for staff only, never shown to the reporter or the public. */
export async function addNote(db: Db, handler: Handler, reportId: number, body: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(reportNotes).values({ reportId, body, authorId: handler.id });
    await recordAudit(tx, {
      user: handler,
      action: 'report.note',
      entityType: reportWorkflow.entityType,
      entityId: reportId,
    });
  });
}

export type MergeResult =
  | { ok: true }
  | { ok: false; reason: 'same' | 'not-found' | 'target-merged' | 'conflict' | 'not-allowed' };

/**
 * Merges a duplicate into another report about the same thing: the duplicate stops, its reporter is
 * told which report to follow (by reference), and the public figures count it once.
 */
export async function mergeReport(
  db: Db,
  deps: ReportsDeps,
  handler: Handler,
  duplicate: Report,
  intoId: number,
): Promise<MergeResult> {
  if (intoId === duplicate.id) return { ok: false, reason: 'same' };
  const target = await getReport(db, intoId);
  if (!target || target.demo !== duplicate.demo) return { ok: false, reason: 'not-found' };
  if (target.status === 'merged') return { ok: false, reason: 'target-merged' };
  const reason = t('reports.follow.merged', { reference: referenceOf(target.id) });
  const result = await db.transaction((tx: Tx) =>
    changeStatusIn(tx, deps.outbox, {
      workflow: reportWorkflow,
      table: reports,
      id: duplicate.id,
      from: duplicate.status as ReportStatus,
      to: 'merged',
      reason,
      actor: { ...handler, role: 'staff' },
      set: { mergedIntoId: target.id, firstResponseAt: duplicate.firstResponseAt ?? new Date() },
      audit: { action: 'report.merged', after: { status: 'merged', into: target.id } },
      mails: duplicate.contactEmail ? [statusMail(duplicate, 'merged', reason, null)] : [],
    }),
  );
  if (result.ok) return { ok: true };
  return { ok: false, reason: result.refusal === 'conflict' ? 'conflict' : 'not-allowed' };
}

// --- figures ------------------------------------------------------------------------------------

/**
 * Response-time figures for all reports, per category and per wijk (rules.ts computes them). Example
 * reports (DEMO=1) are counted only in the example figures, never with real ones. The public figures
 * leave sensitive reports out altogether: even a count per wijk of reported exploitation could point
 * to a house in a small buurt. Staff see them counted.
 */
export async function reportFigures(db: Db, options: { demo: boolean; audience: 'public' | 'staff' }) {
  const [rows, wijken] = await Promise.all([
    db
      .select({
        category: reports.category,
        buurtCode: reports.buurtCode,
        status: reports.status,
        createdAt: reports.createdAt,
        firstResponseAt: reports.firstResponseAt,
        closedAt: reports.closedAt,
        solved: reports.solved,
      })
      .from(reports)
      .where(
        and(
          eq(reports.demo, options.demo),
          options.audience === 'public' ? eq(reports.sensitive, false) : undefined,
        ),
      ),
    listWijken(db),
  ]);
  return {
    all: figuresOf(rows),
    byCategory: figuresBy(
      rows,
      categories.filter((c) => options.audience === 'staff' || !isSensitive(c)),
      (r, category) => r.category === category,
    ),
    byWijk: figuresBy(
      rows,
      wijken.map((w) => ({ slug: w.slug, name: w.name, buurten: w.buurten.map((b) => b.code) })),
      (r, wijk) => wijk.buurten.includes(r.buurtCode),
    ),
  };
}

export type ReportFigures = Awaited<ReturnType<typeof reportFigures>>;

/** The wijken, for the staff filter. */
export async function listWijkOptions(db: Db) {
  return (await listWijken(db)).map((w) => ({ value: w.slug, label: w.name }));
}

// --- public -------------------------------------------------------------------------------------

/**
 * Reports as the public sees them: never a sensitive one, never a merged duplicate, and no personal
 * data. The place is blurred to the buurt (the typed address and the description stay private); the
 * date is a day, not a time. Example reports (DEMO=1) only when asked for, never mixed with real ones.
 */
export async function listPublicReports(
  db: Db,
  options: { wijk?: string | undefined; demo: boolean; limit?: number; offset?: number },
) {
  const codes = options.wijk ? await buurtCodesOf(db, options.wijk) : null;
  if (options.wijk && codes === null) return null;
  const where = and(
    eq(reports.sensitive, false),
    eq(reports.demo, options.demo),
    sql`${reports.status} <> 'merged'`,
    codes ? inArray(reports.buurtCode, codes.length > 0 ? codes : ['-']) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: reports.id,
        category: reports.category,
        buurtCode: reports.buurtCode,
        status: reports.status,
        forwardedTo: reports.forwardedTo,
        publicAnswer: reports.publicAnswer,
        answeredAt: reports.answeredAt,
        createdAt: reports.createdAt,
        demo: reports.demo,
      })
      .from(reports)
      .where(where)
      .orderBy(desc(reports.createdAt), desc(reports.id))
      .limit(options.limit ?? 50)
      .offset(options.offset ?? 0),
    db.select({ n: count() }).from(reports).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export type PublicReport = NonNullable<Awaited<ReturnType<typeof listPublicReports>>>['rows'][number];

/** The public figures of one wijk (without sensitive reports). */
export async function wijkFigures(db: Db, wijkSlug: string, options: { demo: boolean }) {
  const figures = await reportFigures(db, { ...options, audience: 'public' });
  return figures.byWijk.find((g) => g.group.slug === wijkSlug)?.figures ?? null;
}
