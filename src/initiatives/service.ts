// SPDX-License-Identifier: EUPL-1.2
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, desc, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { formatDate, t } from '../platform/i18n.ts';
import type { Outbox } from '../platform/mail/outbox.ts';
import { canTransition } from '../platform/workflow/rules.ts';
import { changeStatusIn, listStatusHistory } from '../platform/workflow/service.ts';
import {
  type BudgetLine,
  checkBudget,
  DEFAULT_DECISION_DAYS,
  decisionDueOn,
  type InitiativeStatus,
  initiativeWorkflow,
  missingSteps,
} from './rules.ts';
import {
  initiativeApplicants,
  initiativeAttachments,
  initiativeBudgetLines,
  initiativeMagicLinks,
  initiativeSessions,
  initiativeSettings,
  initiatives,
} from './schema.ts';

export interface InitiativesDeps {
  outbox: Pick<Outbox, 'queue'>;
  publicUrl: string;
}

/** A sign-in link works this long, and once. */
export const MAGIC_LINK_MINUTES = 60;
/** An applicant stays signed in this long after using a link. */
export const APPLICANT_SESSION_DAYS = 14;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export interface InitiativeSettings {
  maximumEuros: number;
  fourEyesAboveEuros: number;
  decisionDays: number;
}

/**
 * Used until the administrator sets the regulation's figures (/beheer/initiatieven/instellingen). The
 * seeded documents do not give a maximum per application; these are placeholders, said so on the page.
 */
export const defaultSettings: InitiativeSettings = {
  maximumEuros: 5000,
  fourEyesAboveEuros: 2500,
  decisionDays: DEFAULT_DECISION_DAYS,
};

export async function getSettings(db: Db): Promise<InitiativeSettings> {
  const [row] = await db.select().from(initiativeSettings).where(eq(initiativeSettings.id, 1));
  return row ?? defaultSettings;
}

// --- sign-in by e-mail --------------------------------------------------------------------------

/**
 * Sends a sign-in link to an address, known or not: the answer and the work are the same either way,
 * so nobody learns from the site whether an address has applied. The link is queued in the outbox in
 * the transaction that stores its hash.
 */
export async function requestMagicLink(db: Db, deps: InitiativesDeps, email: string, now = new Date()) {
  const token = newToken();
  const link = `${deps.publicUrl}/initiatieven/link/${token}`;
  await db.transaction(async (tx) => {
    await tx.insert(initiativeMagicLinks).values({
      email,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + MAGIC_LINK_MINUTES * 60_000),
    });
    await deps.outbox.queue(tx, {
      to: email,
      subject: magicLinkMail.subject(),
      text: magicLinkMail.text(link),
    });
  });
}

/** The sign-in mail (plain text). */
export const magicLinkMail = {
  subject: () => t('initiatives.mail.linkSubject'),
  text: (link: string) => t('initiatives.mail.linkBody', { link, minutes: MAGIC_LINK_MINUTES }),
};

/**
 * Uses a link: at most once (the update that marks it used is the check, so two clicks at once cannot
 * both pass), before it expires. Returns a new session token, or null.
 */
export async function useMagicLink(db: Db, token: string, now = new Date()): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [link] = await tx
      .update(initiativeMagicLinks)
      .set({ usedAt: now })
      .where(
        and(
          eq(initiativeMagicLinks.tokenHash, hashToken(token)),
          isNull(initiativeMagicLinks.usedAt),
          gt(initiativeMagicLinks.expiresAt, now),
        ),
      )
      .returning({ email: initiativeMagicLinks.email });
    if (!link) return null;
    await tx.insert(initiativeApplicants).values({ email: link.email }).onConflictDoNothing();
    const [applicant] = await tx
      .select({ id: initiativeApplicants.id })
      .from(initiativeApplicants)
      .where(eq(initiativeApplicants.email, link.email));
    const session = newToken();
    await tx.insert(initiativeSessions).values({
      tokenHash: hashToken(session),
      applicantId: applicant!.id,
      expiresAt: new Date(now.getTime() + APPLICANT_SESSION_DAYS * 86_400_000),
    });
    return session;
  });
}

export interface Applicant {
  id: number;
  email: string;
}

export async function findApplicant(
  db: Db,
  sessionToken: string,
  now = new Date(),
): Promise<Applicant | null> {
  const [row] = await db
    .select({ id: initiativeApplicants.id, email: initiativeApplicants.email })
    .from(initiativeSessions)
    .innerJoin(initiativeApplicants, eq(initiativeApplicants.id, initiativeSessions.applicantId))
    .where(
      and(eq(initiativeSessions.tokenHash, hashToken(sessionToken)), gt(initiativeSessions.expiresAt, now)),
    );
  return row ?? null;
}

export async function endSession(db: Db, sessionToken: string) {
  await db.delete(initiativeSessions).where(eq(initiativeSessions.tokenHash, hashToken(sessionToken)));
}

/** Removes used and expired links and sessions (run by the daily clean-up). */
export async function deleteExpiredLinks(db: Db, now = new Date()) {
  await db.delete(initiativeMagicLinks).where(lt(initiativeMagicLinks.expiresAt, now));
  await db.delete(initiativeSessions).where(lt(initiativeSessions.expiresAt, now));
}

// --- the application ----------------------------------------------------------------------------

/** The statuses in which the applicant may still change the form. */
export const editableStatuses: readonly InitiativeStatus[] = ['draft', 'needs-info'];

export type Initiative = typeof initiatives.$inferSelect;

export interface Application extends Initiative {
  budgetLines: BudgetLine[];
  attachments: { id: number; fileName: string; contentType: string; size: number }[];
}

export async function startApplication(db: Db, applicantId: number): Promise<number> {
  const [row] = await db.insert(initiatives).values({ applicantId }).returning({ id: initiatives.id });
  return row!.id;
}

export async function listOwnApplications(db: Db, applicantId: number) {
  return db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      status: initiatives.status,
      decisionDueOn: initiatives.decisionDueOn,
      updatedAt: initiatives.updatedAt,
    })
    .from(initiatives)
    .where(eq(initiatives.applicantId, applicantId))
    .orderBy(desc(initiatives.updatedAt), desc(initiatives.id));
}

/** An application with its lines and attachments; only the applicant's own (or any, with `applicantId` null for staff). */
export async function getApplication(
  db: Db,
  id: number,
  applicantId: number | null,
): Promise<Application | null> {
  const [row] = await db
    .select()
    .from(initiatives)
    .where(
      applicantId === null
        ? eq(initiatives.id, id)
        : and(eq(initiatives.id, id), eq(initiatives.applicantId, applicantId)),
    );
  if (!row) return null;
  const [budgetLines, attachments] = await Promise.all([
    db
      .select({ item: initiativeBudgetLines.item, amountEuros: initiativeBudgetLines.amountEuros })
      .from(initiativeBudgetLines)
      .where(eq(initiativeBudgetLines.initiativeId, id))
      .orderBy(asc(initiativeBudgetLines.position)),
    db
      .select({
        id: initiativeAttachments.id,
        fileName: initiativeAttachments.fileName,
        contentType: initiativeAttachments.contentType,
        size: initiativeAttachments.size,
      })
      .from(initiativeAttachments)
      .where(eq(initiativeAttachments.initiativeId, id))
      .orderBy(asc(initiativeAttachments.id)),
  ]);
  return { ...row, budgetLines, attachments };
}

export type StepFields = Partial<
  Pick<
    Initiative,
    | 'groupName'
    | 'contactName'
    | 'phone'
    | 'title'
    | 'description'
    | 'buurtCode'
    | 'location'
    | 'startsOn'
    | 'endsOn'
    | 'audience'
    | 'participants'
    | 'declared'
    | 'publishConsent'
  >
>;

/**
 * Saves one step of the applicant's own application while it can still be changed. False: not theirs,
 * or sent and not sent back for more information (nothing saved).
 */
export async function saveStep(
  db: Db,
  id: number,
  applicantId: number,
  fields: StepFields,
  budgetLines?: readonly BudgetLine[],
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(initiatives)
      .set({ ...fields, updatedAt: new Date() })
      .where(
        and(
          eq(initiatives.id, id),
          eq(initiatives.applicantId, applicantId),
          inArray(initiatives.status, [...editableStatuses]),
        ),
      )
      .returning({ id: initiatives.id });
    if (updated.length === 0) return false;
    if (budgetLines) {
      await tx.delete(initiativeBudgetLines).where(eq(initiativeBudgetLines.initiativeId, id));
      if (budgetLines.length > 0)
        await tx
          .insert(initiativeBudgetLines)
          .values(budgetLines.map((line, position) => ({ initiativeId: id, position, ...line })));
    }
    return true;
  });
}

/** At most this many attachments per application. */
export const MAX_ATTACHMENTS = 10;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export type AttachmentResult = { ok: true } | { ok: false; reason: 'not-editable' | 'too-many' };

/** Adds a checked file to the applicant's own editable application; the count is checked under a row lock. */
export async function addAttachment(
  db: Db,
  id: number,
  applicantId: number,
  file: { fileName: string; contentType: string; bytes: Buffer },
): Promise<AttachmentResult> {
  return db.transaction(async (tx) => {
    const [own] = await tx
      .select({ id: initiatives.id })
      .from(initiatives)
      .where(
        and(
          eq(initiatives.id, id),
          eq(initiatives.applicantId, applicantId),
          inArray(initiatives.status, [...editableStatuses]),
        ),
      )
      .for('update');
    if (!own) return { ok: false, reason: 'not-editable' };
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(initiativeAttachments)
      .where(eq(initiativeAttachments.initiativeId, id));
    if ((count?.n ?? 0) >= MAX_ATTACHMENTS) return { ok: false, reason: 'too-many' };
    await tx.insert(initiativeAttachments).values({ initiativeId: id, ...file, size: file.bytes.byteLength });
    return { ok: true };
  });
}

export async function removeAttachment(db: Db, id: number, applicantId: number, attachmentId: number) {
  const own = await db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(
      and(
        eq(initiatives.id, id),
        eq(initiatives.applicantId, applicantId),
        inArray(initiatives.status, [...editableStatuses]),
      ),
    );
  if (own.length === 0) return false;
  const deleted = await db
    .delete(initiativeAttachments)
    .where(and(eq(initiativeAttachments.id, attachmentId), eq(initiativeAttachments.initiativeId, id)))
    .returning({ id: initiativeAttachments.id });
  return deleted.length > 0;
}

export async function getAttachment(db: Db, id: number, applicantId: number | null, attachmentId: number) {
  const [row] = await db
    .select({
      fileName: initiativeAttachments.fileName,
      contentType: initiativeAttachments.contentType,
      bytes: initiativeAttachments.bytes,
    })
    .from(initiativeAttachments)
    .innerJoin(initiatives, eq(initiatives.id, initiativeAttachments.initiativeId))
    .where(
      and(
        eq(initiativeAttachments.id, attachmentId),
        eq(initiatives.id, id),
        applicantId === null ? undefined : eq(initiatives.applicantId, applicantId),
      ),
    );
  return row ?? null;
}

export type SendResult =
  | { ok: true }
  | { ok: false; reason: 'not-found' | 'conflict' | 'not-allowed' }
  | { ok: false; reason: 'incomplete'; missing: ReturnType<typeof missingSteps> }
  | { ok: false; reason: 'over-maximum'; totalEuros: number; maximumEuros: number };

/**
 * Sends the applicant's application (or sends it again with what was missing): checks it is complete
 * and within the maximum, moves it to 'received' through the workflow (history, audit), sets the
 * decision deadline the first time, and queues the receipt. All in one transaction.
 */
export async function sendApplication(
  db: Db,
  deps: InitiativesDeps,
  id: number,
  applicant: Applicant,
  now = new Date(),
): Promise<SendResult> {
  const application = await getApplication(db, id, applicant.id);
  if (!application) return { ok: false, reason: 'not-found' };
  const from = application.status;
  if (!canTransition(initiativeWorkflow, { from, to: 'received', role: 'applicant' }).ok)
    return { ok: false, reason: 'not-allowed' };
  const missing = missingSteps({ ...application, budgetLineCount: application.budgetLines.length });
  if (missing.length > 0) return { ok: false, reason: 'incomplete', missing };
  const settings = await getSettings(db);
  const budget = checkBudget(application.budgetLines, settings.maximumEuros);
  if (!budget.ok)
    return budget.reason === 'no-lines'
      ? { ok: false, reason: 'incomplete', missing: ['begroting'] }
      : {
          ok: false,
          reason: 'over-maximum',
          totalEuros: budget.totalEuros,
          maximumEuros: budget.maximumEuros,
        };
  const firstTime = application.receivedAt === null;
  const dueOn = firstTime ? decisionDueOn(now, settings.decisionDays) : application.decisionDueOn;
  const result = await db.transaction((tx) =>
    changeStatusIn(tx, deps.outbox, {
      workflow: initiativeWorkflow,
      table: initiatives,
      id,
      from,
      to: 'received',
      reason: null,
      actor: null, // the applicant has no staff account; the history shows no name
      set: firstTime ? { receivedAt: now, decisionDueOn: dueOn, updatedAt: now } : { updatedAt: now },
      audit: { action: 'initiative.send', after: { status: 'received', applicant: 'applicant' } },
      mails: [
        {
          to: applicant.email,
          subject: t('initiatives.mail.receivedSubject', { title: application.title ?? String(id) }),
          text: t('initiatives.mail.receivedBody', {
            title: application.title ?? String(id),
            id,
            date: dueOn ? formatDate(dueOn) : '',
            link: `${deps.publicUrl}/initiatieven/mijn/${id}`,
          }),
        },
      ],
    }),
  );
  return result.ok ? { ok: true } : { ok: false, reason: 'conflict' };
}

export async function applicationHistory(db: Db, id: number) {
  const history = await listStatusHistory(db, initiativeWorkflow.entityType, id, 'asc');
  // The applicant's page never names the staff member.
  return history.map((entry) => ({ ...entry, changedByName: null }));
}
