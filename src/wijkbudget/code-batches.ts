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
import { type CodeBatchInput, createCodes, newCodes, storeCodes } from './ballot-service.ts';
import { type BatchCount, codesNeedSecondPerson, samePerson } from './code-batch-rules.ts';
import { phases } from './rules.ts';
import { type CodeBatchStatus, codeBatches, votingCodes } from './schema.ts';
import { listRoundBuurten, type Round } from './service.ts';
import { formatCode } from './voting-codes.ts';

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

export interface ConfirmedBatch {
  id: number;
  kind: 'letters' | 'help-desk';
  label: string;
  format: LetterFormat;
}

export type DecideResult<T> =
  | ({ ok: true } & T)
  | { ok: false; reason: 'not-found' | 'decided' | 'own-request' | 'closed' };

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
): Promise<DecideResult<{ batch: ConfirmedBatch; codes: string[] }>> {
  return db.transaction(async (tx) => {
    const request = await lockRequest(tx, round.id, batchId);
    if (!request) return { ok: false as const, reason: 'not-found' as const };
    if (request.status !== 'requested') return { ok: false as const, reason: 'decided' as const };
    if (codesClosed(round)) return { ok: false as const, reason: 'closed' as const };
    const requester =
      request.requesterId === null ? null : { id: request.requesterId, email: request.requesterEmail! };
    if (requester && samePerson(requester, user))
      return { ok: false as const, reason: 'own-request' as const };
    const codes = newCodes(request.size);
    await tx
      .update(codeBatches)
      .set({ status: 'made', decidedBy: user.id, decidedAt: sql`now()` })
      .where(eq(codeBatches.id, request.id));
    await storeCodes(tx, secret, round.id, request.id, codes);
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
 * Every made batch with its codes issued and used, from the code marks alone (never from ballots): what
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
  }));
}
