// SPDX-License-Identifier: EUPL-1.2
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/service.ts';
import { users } from '../auth/schema.ts';
import type { Mail } from '../mail/mailer.ts';
import type { Outbox } from '../mail/outbox.ts';
import { canTransition, type Refusal, type Workflow } from './rules.ts';
import { statusHistory } from './schema.ts';

/** An open transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** A table with an `id` and a `status` column: the things a workflow moves. */
export type StatusTable = PgTable & { id: AnyPgColumn; status: AnyPgColumn };

export interface StatusChange<S extends string, R extends string, T extends StatusTable> {
  workflow: Workflow<S, R>;
  table: T;
  id: number;
  /** The status the person saw when they chose the new one (a hidden field in the form). */
  from: S;
  to: S;
  /** The public reason; blank counts as none. */
  reason: string | null;
  /**
   * Who makes the change. null: the system itself (publication of a result, a scheduled job, a
   * command); the table's roles do not apply then, its transitions and reasons still do.
   */
  actor: { id: number; email: string; role: R } | null;
  /** Other columns that change with the status (a plan's cost, the plan it was merged into). */
  set?: PgUpdateSetSource<T>;
  /** The audit entry; before and after default to the status and reason. */
  audit: { action: string; before?: Record<string, unknown>; after?: Record<string, unknown> };
  /** Mails about the change, queued in its transaction: sent exactly when the change is saved. */
  mails?: readonly Mail[];
}

/**
 * 'conflict': the status was no longer `from` when the change was saved (someone else changed it in
 * the meantime), or the row is gone; nothing was saved. Forms answer with HTTP 409 and `workflow.conflict`.
 */
export type StatusChangeResult = { ok: true } | { ok: false; refusal: Refusal | 'conflict' };

/**
 * Changes a status in one transaction: checks the table, saves the new status only if the old one is
 * still there (`update ... where id = ? and status = old`, so two changes at once cannot both pass),
 * appends the history, writes the audit entry and queues the mails. All or nothing.
 */
export async function changeStatus<S extends string, R extends string, T extends StatusTable>(
  db: Db,
  outbox: Pick<Outbox, 'queue'>,
  change: StatusChange<S, R, T>,
): Promise<StatusChangeResult> {
  const allowed = check(change);
  if (!allowed.ok) return allowed;
  return db.transaction((tx) => changeStatusIn(tx, outbox, change));
}

/**
 * The same, inside the caller's transaction (when the status changes together with other things).
 * On a conflict or refusal nothing has been written by this function; the caller decides whether to
 * roll back its own work.
 */
export async function changeStatusIn<S extends string, R extends string, T extends StatusTable>(
  tx: Tx,
  outbox: Pick<Outbox, 'queue'>,
  change: StatusChange<S, R, T>,
): Promise<StatusChangeResult> {
  const allowed = check(change);
  if (!allowed.ok) return allowed;
  const { table, workflow, id, from, to, actor } = change;
  const reason = change.reason?.trim() || null;
  const updated = await tx
    .update(table)
    .set({ ...change.set, status: to } as PgUpdateSetSource<T>)
    .where(and(eq(table.id, id), eq(table.status, from)))
    .returning({ id: table.id });
  if (updated.length === 0) return { ok: false, refusal: 'conflict' };
  await tx.insert(statusHistory).values({
    entityType: workflow.entityType,
    entityId: String(id),
    fromStatus: from,
    toStatus: to,
    reason,
    changedBy: actor?.id ?? null,
  });
  await recordAudit(tx, {
    user: actor,
    action: change.audit.action,
    entityType: workflow.entityType,
    entityId: id,
    before: change.audit.before ?? { status: from },
    after: change.audit.after ?? { status: to, reason },
  });
  for (const mail of change.mails ?? []) await outbox.queue(tx, mail);
  return { ok: true };
}

function check<S extends string, R extends string>(change: StatusChange<S, R, StatusTable>) {
  const { workflow, from, to, reason, actor } = change;
  return canTransition(workflow, { from, to, role: actor?.role ?? null, reason });
}

export interface HistoryEntry {
  id: number;
  fromStatus: string;
  toStatus: string;
  reason: string | null;
  /** Null where the date is not known (a status from a document without a date). */
  changedAt: Date | null;
  /** The staff member's name: for staff pages only, never shown to the public. */
  changedByName: string | null;
}

/** The history of one thing, newest first (or oldest first with `order: 'asc'`). */
export async function listStatusHistory(
  db: Db | Tx,
  entityType: string,
  entityId: number | string,
  order: 'asc' | 'desc' = 'desc',
): Promise<HistoryEntry[]> {
  // An unknown date belongs to a status from the documents, older than any change made on the site.
  const byDate =
    order === 'asc'
      ? sql`${statusHistory.changedAt} asc nulls first`
      : sql`${statusHistory.changedAt} desc nulls last`;
  const by = order === 'asc' ? asc : desc;
  return db
    .select({
      id: statusHistory.id,
      fromStatus: statusHistory.fromStatus,
      toStatus: statusHistory.toStatus,
      reason: statusHistory.reason,
      changedAt: statusHistory.changedAt,
      changedByName: users.name,
    })
    .from(statusHistory)
    .leftJoin(users, eq(users.id, statusHistory.changedBy))
    .where(and(eq(statusHistory.entityType, entityType), eq(statusHistory.entityId, String(entityId))))
    .orderBy(byDate, by(statusHistory.id));
}
