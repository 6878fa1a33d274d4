// SPDX-License-Identifier: EUPL-1.2
/**
 * Batches of voting codes as staff make them: at once before voting opens, and with four eyes once it
 * has opened (one staff member requests, a different one confirms and only then are the codes made, or
 * rejects). Every step is in the audit log. Also the counts per batch: codes issued per kind and the
 * turnout per buurt, from used codes only (docs/adr/0008-ballot-secrecy.md).
 */
import { aliasedTable, and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { buurten } from '../places/schema.ts';
import { recordAudit } from '../platform/audit/service.ts';
import { users } from '../platform/auth/schema.ts';
import type { SignedInUser } from '../platform/auth/sessions.ts';
import { t } from '../platform/i18n.ts';
import {
  auditReplaceRefused,
  type CodeBatchInput,
  createCodes,
  type LetterRefusal,
  letterState,
  newCodes,
  replaceLetterCode,
  storeCodes,
  voidLetterCode,
} from './ballot-service.ts';
import { type BatchCount, codesNeedSecondPerson, samePerson } from './code-batch-rules.ts';
import { phases } from './rules.ts';
import { type CodeBatchStatus, codeBatches, votingCodes } from './schema.ts';
import { listRoundBuurten, type Round } from './service.ts';
import { formatCode, letterNumber, parseLetterNumber } from './voting-codes.ts';

export type LetterFormat = 'pdf' | 'csv';

export interface BatchRequest extends CodeBatchInput {
  /** Letters: how the codes leave the site (a requested batch keeps it for the confirmation). */
  format?: LetterFormat;
}

export type StartBatchResult =
  | { ok: true; state: 'made'; batchId: number; codes: string[] }
  | { ok: true; state: 'requested'; batchId: number }
  | { ok: false; reason: 'invalid'; errors: Record<string, string> }
  | { ok: false; reason: 'closed' };

/** Codes are made until voting closes; after that a code could no longer be used. */
function codesClosed(round: Round): boolean {
  return round.eligibility === 'paper' || phases.indexOf(round.phase) > phases.indexOf('voting');
}

/**
 * Makes a batch at once before voting opens; from then on stores it as a request without codes, which
 * a second staff member must confirm (confirmCodeRequest). A buurt must be one of the round's area.
 */
export async function startCodeBatch(
  db: Db,
  secret: Buffer,
  user: SignedInUser,
  round: Round,
  input: BatchRequest,
): Promise<StartBatchResult> {
  if (codesClosed(round)) return { ok: false, reason: 'closed' };
  const buurtCode = input.buurtCode ?? null;
  if (buurtCode !== null && !(await listRoundBuurten(db, round)).some((b) => b.code === buurtCode)) {
    return {
      ok: false,
      reason: 'invalid',
      errors: { buurtCode: t('wijkbudget.admin.codes.buurtNotInArea') },
    };
  }
  if (!codesNeedSecondPerson(round.phase)) {
    const made = await createCodes(db, secret, user, round.id, { ...input, buurtCode });
    return { ok: true, state: 'made', ...made };
  }
  const batchId = await db.transaction(async (tx) => {
    const [batch] = await tx
      .insert(codeBatches)
      .values({
        roundId: round.id,
        kind: input.kind,
        label: input.label,
        size: input.size,
        buurtCode,
        status: 'requested',
        format: input.kind === 'letters' ? (input.format ?? 'pdf') : null,
        createdBy: user.id,
      })
      .returning({ id: codeBatches.id });
    await recordAudit(tx, {
      user,
      action: 'wijkbudget.codes.request',
      entityType: 'wijkbudget-round',
      entityId: round.id,
      after: { batchId: batch!.id, kind: input.kind, label: input.label, size: input.size, buurtCode },
    });
    return batch!.id;
  });
  return { ok: true, state: 'requested', batchId };
}

export type HelpDeskResult =
  | { ok: true; state: 'made'; code: string; letter: string; replaced: string | null }
  | { ok: true; state: 'requested'; batchId: number }
  | { ok: false; reason: 'closed' }
  | { ok: false; reason: LetterRefusal; letter: string };

/**
 * One code at the help desk: for a lost letter (its letter number given) it replaces the letter's code,
 * which is voided; otherwise it is a code of its own. Before voting opens it is made at once; from then
 * on it is a request that a second staff member confirms (only then is the letter's code voided and
 * the new code made). A letter that is unknown, used (the resident voted) or already replaced is
 * refused at once, and checked again when the request is confirmed.
 */
export async function startHelpDeskCode(
  db: Db,
  secret: Buffer,
  user: SignedInUser,
  round: Round,
  letter: { batchId: number; sequence: number } | null,
): Promise<HelpDeskResult> {
  if (codesClosed(round)) return { ok: false, reason: 'closed' };
  if (letter === null) {
    const started = await startCodeBatch(db, secret, user, round, {
      kind: 'help-desk',
      label: t('wijkbudget.admin.replace.noLetterLabel'),
      size: 1,
    });
    if (!started.ok) return { ok: false, reason: 'closed' };
    if (started.state === 'requested') return started;
    const code = started.codes[0]!;
    return { ok: true, state: 'made', code, letter: letterNumber(started.batchId, 1), replaced: null };
  }
  const oldLetter = letterNumber(letter.batchId, letter.sequence);
  if (!codesNeedSecondPerson(round.phase)) {
    const replaced = await replaceLetterCode(db, secret, user, round.id, letter);
    if (!replaced.ok) return { ok: false, reason: replaced.reason, letter: oldLetter };
    return { ok: true, state: 'made', code: replaced.code, letter: replaced.letter, replaced: oldLetter };
  }
  const refusal = await letterState(db, secret, round.id, letter);
  if (refusal) {
    await auditReplaceRefused(db, user, round.id, oldLetter, refusal);
    return { ok: false, reason: refusal, letter: oldLetter };
  }
  const label = t('wijkbudget.admin.replace.batchLabel', { letter: oldLetter });
  const batchId = await db.transaction(async (tx) => {
    const [batch] = await tx
      .insert(codeBatches)
      .values({
        roundId: round.id,
        kind: 'help-desk',
        label,
        size: 1,
        status: 'requested',
        replacesLetter: oldLetter,
        createdBy: user.id,
      })
      .returning({ id: codeBatches.id });
    await recordAudit(tx, {
      user,
      action: 'wijkbudget.codes.request',
      entityType: 'wijkbudget-round',
      entityId: round.id,
      after: { batchId: batch!.id, kind: 'help-desk', label, size: 1, replacesLetter: oldLetter },
    });
    return batch!.id;
  });
  return { ok: true, state: 'requested', batchId };
}

export interface ConfirmedBatch {
  id: number;
  kind: 'letters' | 'help-desk';
  label: string;
  format: LetterFormat;
  /** A help-desk code for a lost letter: that letter's number (its code is now void). */
  replacesLetter: string | null;
}

export type DecideResult<T> =
  | ({ ok: true } & T)
  | { ok: false; reason: 'not-found' | 'decided' | 'own-request' | 'closed' };

/** A confirmation may also find that the letter a replacement was asked for was used or replaced since. */
export type ConfirmResult =
  | DecideResult<{ batch: ConfirmedBatch; codes: string[] }>
  | { ok: false; reason: LetterRefusal; letter: string };

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The requested batch, locked for this transaction, with the e-mail address of who requested it. */
async function lockRequest(tx: Tx, roundId: number, batchId: number) {
  const [row] = await tx
    .select({
      id: codeBatches.id,
      kind: codeBatches.kind,
      label: codeBatches.label,
      size: codeBatches.size,
      buurtCode: codeBatches.buurtCode,
      status: codeBatches.status,
      format: codeBatches.format,
      replacesLetter: codeBatches.replacesLetter,
      requesterId: users.id,
      requesterEmail: users.email,
    })
    .from(codeBatches)
    .leftJoin(users, eq(users.id, codeBatches.createdBy))
    .where(and(eq(codeBatches.id, batchId), eq(codeBatches.roundId, roundId)))
    .for('update', { of: codeBatches });
  return row ?? null;
}

/**
 * A second staff member confirms a requested batch: only now are its codes made, and they go to this
 * person (a download of letters, or one help-desk code on screen). Refused for the person who requested
 * it (or another account with the same mailbox), for a batch already decided, and once voting has closed.
 */
export async function confirmCodeRequest(
  db: Db,
  secret: Buffer,
  user: SignedInUser,
  round: Round,
  batchId: number,
): Promise<ConfirmResult> {
  return db.transaction(async (tx) => {
    const request = await lockRequest(tx, round.id, batchId);
    if (!request) return { ok: false as const, reason: 'not-found' as const };
    if (request.status !== 'requested') return { ok: false as const, reason: 'decided' as const };
    if (codesClosed(round)) return { ok: false as const, reason: 'closed' as const };
    const requester =
      request.requesterId === null ? null : { id: request.requesterId, email: request.requesterEmail! };
    if (requester && samePerson(requester, user))
      return { ok: false as const, reason: 'own-request' as const };
    const replaced = request.replacesLetter === null ? null : parseLetterNumber(request.replacesLetter);
    if (replaced) {
      // The letter's code may have been used or replaced since the request: then nothing is made.
      const refusal = await voidLetterCode(tx, secret, round.id, replaced);
      if (refusal) {
        await tx
          .update(codeBatches)
          .set({ status: 'rejected', decidedBy: user.id, decidedAt: sql`now()` })
          .where(eq(codeBatches.id, request.id));
        await auditReplaceRefused(tx, user, round.id, request.replacesLetter!, refusal);
        return { ok: false as const, reason: refusal, letter: request.replacesLetter! };
      }
    }
    const codes = newCodes(request.size);
    await tx
      .update(codeBatches)
      .set({ status: 'made', decidedBy: user.id, decidedAt: sql`now()` })
      .where(eq(codeBatches.id, request.id));
    await storeCodes(tx, secret, round.id, request.id, codes);
    if (replaced) {
      await recordAudit(tx, {
        user,
        action: 'wijkbudget.codes.replace',
        entityType: 'wijkbudget-round',
        entityId: round.id,
        after: {
          letter: request.replacesLetter,
          newBatchId: request.id,
          newLetter: letterNumber(request.id, 1),
        },
      });
    }
    await recordAudit(tx, {
      user,
      action: 'wijkbudget.codes.confirm',
      entityType: 'wijkbudget-round',
      entityId: round.id,
      after: {
        batchId: request.id,
        kind: request.kind,
        label: request.label,
        size: request.size,
        buurtCode: request.buurtCode,
        requestedBy: requester?.email ?? null,
      },
    });
    const batch = {
      id: request.id,
      kind: request.kind,
      label: request.label,
      format: request.format ?? 'pdf',
      replacesLetter: request.replacesLetter,
    };
    return { ok: true as const, batch, codes: codes.map(formatCode) };
  });
}

/** Any staff member who manages the round may reject a request (the requester withdraws it this way). */
export async function rejectCodeRequest(
  db: Db,
  user: SignedInUser,
  round: Round,
  batchId: number,
): Promise<DecideResult<object>> {
  return db.transaction(async (tx) => {
    const request = await lockRequest(tx, round.id, batchId);
    if (!request) return { ok: false as const, reason: 'not-found' as const };
    if (request.status !== 'requested') return { ok: false as const, reason: 'decided' as const };
    await tx
      .update(codeBatches)
      .set({ status: 'rejected', decidedBy: user.id, decidedAt: sql`now()` })
      .where(eq(codeBatches.id, request.id));
    await recordAudit(tx, {
      user,
      action: 'wijkbudget.codes.reject',
      entityType: 'wijkbudget-round',
      entityId: round.id,
      after: { batchId: request.id, kind: request.kind, label: request.label, size: request.size },
    });
    return { ok: true as const };
  });
}

/** The name of the buurt a batch's letters go to, or null when the batch names none. */
export async function batchBuurtName(db: Db, roundId: number, batchId: number): Promise<string | null> {
  const [row] = await db
    .select({ name: buurten.name })
    .from(codeBatches)
    .innerJoin(buurten, eq(buurten.code, codeBatches.buurtCode))
    .where(and(eq(codeBatches.id, batchId), eq(codeBatches.roundId, roundId)));
  return row?.name ?? null;
}

/** A batch as the staff pages list it, with who requested or made it and who decided. */
export interface BatchListing {
  id: number;
  kind: 'letters' | 'help-desk';
  label: string;
  size: number;
  status: CodeBatchStatus;
  buurtName: string | null;
  createdAt: Date;
  createdById: number | null;
  createdBy: string | null;
  decidedAt: Date | null;
  decidedBy: string | null;
}

const decider = aliasedTable(users, 'decider');

/** A round's batches, oldest first (requests and rejected ones included); or only the waiting requests. */
export async function listBatches(
  db: Db,
  roundId: number,
  options: { status?: CodeBatchStatus } = {},
): Promise<BatchListing[]> {
  return db
    .select({
      id: codeBatches.id,
      kind: codeBatches.kind,
      label: codeBatches.label,
      size: codeBatches.size,
      status: codeBatches.status,
      buurtName: buurten.name,
      createdAt: codeBatches.createdAt,
      createdById: codeBatches.createdBy,
      createdBy: users.name,
      decidedAt: codeBatches.decidedAt,
      decidedBy: decider.name,
    })
    .from(codeBatches)
    .leftJoin(buurten, eq(buurten.code, codeBatches.buurtCode))
    .leftJoin(users, eq(users.id, codeBatches.createdBy))
    .leftJoin(decider, eq(decider.id, codeBatches.decidedBy))
    .where(
      and(
        eq(codeBatches.roundId, roundId),
        options.status ? eq(codeBatches.status, options.status) : undefined,
      ),
    )
    .orderBy(asc(codeBatches.id));
}

/**
 * Every made batch with its codes issued, used and replaced, from the code marks alone (never from ballots): what
 * the codes per kind and the turnout per buurt are computed from.
 */
export async function batchCounts(db: Db, roundId: number): Promise<BatchCount[]> {
  const rows = await db
    .select({
      kind: codeBatches.kind,
      buurtCode: codeBatches.buurtCode,
      buurtName: buurten.name,
      madeAtMs: sql<number>`(extract(epoch from coalesce(${codeBatches.decidedAt}, ${codeBatches.createdAt})) * 1000)::float8`,
      issued: sql<number>`count(${votingCodes.hash})::int`,
      used: sql<number>`(count(${votingCodes.hash}) filter (where ${votingCodes.used}))::int`,
      replaced: sql<number>`(count(${votingCodes.hash}) filter (where ${votingCodes.replaced}))::int`,
    })
    .from(codeBatches)
    .leftJoin(buurten, eq(buurten.code, codeBatches.buurtCode))
    .leftJoin(
      votingCodes,
      and(eq(votingCodes.roundId, codeBatches.roundId), eq(votingCodes.batchId, codeBatches.id)),
    )
    .where(and(eq(codeBatches.roundId, roundId), eq(codeBatches.status, 'made')))
    .groupBy(codeBatches.id, buurten.name)
    .orderBy(asc(codeBatches.id));
  return rows.map(({ madeAtMs, ...row }) => ({
    ...row,
    madeAt: new Date(Number(madeAtMs)),
    issued: Number(row.issued),
    used: Number(row.used),
    replaced: Number(row.replaced),
  }));
}
