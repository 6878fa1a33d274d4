// SPDX-License-Identifier: EUPL-1.2
/** What staff do with applications: the lists, the status changes, the four-eyes decisions. */
import { and, asc, count, desc, eq, inArray, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { buurten, wijken } from '../places/schema.ts';
import { recordAudit } from '../platform/audit/service.ts';
import { can, type StaffUser } from '../platform/auth/roles.ts';
import { t } from '../platform/i18n.ts';
import { canTransition } from '../platform/workflow/rules.ts';
import { changeStatusIn } from '../platform/workflow/service.ts';
import {
  awaitingDecision,
  decisionStatuses,
  type InitiativeRole,
  type InitiativeStatus,
  initiativeWorkflow,
} from './rules.ts';
import {
  initiativeApplicants,
  initiativeBrokerWijken,
  initiativePendingDecisions,
  initiativeSettings,
  initiatives,
} from './schema.ts';
import { getSettings, type InitiativeSettings, type InitiativesDeps } from './service.ts';

export type Staff = StaffUser & { email: string };

/** The workflow role of a staff member: an assessor decides, anyone else who helps is a broker. */
export function workflowRole(user: Pick<StaffUser, 'role'>): InitiativeRole | null {
  if (can(user, 'decide-initiatives')) return 'assessor';
  if (can(user, 'help-initiatives')) return 'broker';
  return null;
}

/** The wijken a broker works in; null: every wijk (assessors and administrators). */
export async function wijkenOf(db: Db, user: Staff): Promise<number[] | null> {
  if (user.role !== 'initiative-broker') return null;
  const rows = await db
    .select({ wijkId: initiativeBrokerWijken.wijkId })
    .from(initiativeBrokerWijken)
    .where(eq(initiativeBrokerWijken.userId, user.id));
  return rows.map((r) => r.wijkId);
}

export async function setBrokerWijken(db: Db, actor: Staff, userId: number, wijkIds: number[]) {
  await db.transaction(async (tx) => {
    await tx.delete(initiativeBrokerWijken).where(eq(initiativeBrokerWijken.userId, userId));
    if (wijkIds.length > 0)
      await tx.insert(initiativeBrokerWijken).values(wijkIds.map((wijkId) => ({ userId, wijkId })));
    await recordAudit(tx, {
      user: actor,
      action: 'initiative.broker-wijken',
      entityType: 'user',
      entityId: userId,
      before: null,
      after: { wijkIds },
    });
  });
}

export interface ListFilter {
  status?: InitiativeStatus | undefined;
  wijkSlug?: string | undefined;
  overdue?: boolean;
  page: number;
}

export const PAGE_SIZE = 25;

/** The wijk (or wijken, where CBS counts two as one) an application's buurt lies in. */
const wijkOfInitiative = sql<
  string | null
>`(select string_agg(w.name, ', ' order by w.position) from ${wijken} w
  join ${buurten} b on b.cbs_wijk_code = w.cbs_code where b.code = ${initiatives.buurtCode})`;

function inWijken(ids: readonly number[]): SQL {
  if (ids.length === 0) return sql`false`;
  return sql`exists (select 1 from ${wijken} w join ${buurten} b on b.cbs_wijk_code = w.cbs_code
    where b.code = ${initiatives.buurtCode} and w.id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )}))`;
}

/** One page of sent applications for staff, newest deadline first among the open ones; a broker's own wijken only. */
export async function listApplications(db: Db, user: Staff, filter: ListFilter, today: string) {
  const own = await wijkenOf(db, user);
  const conditions: SQL[] = [ne(initiatives.status, 'draft')];
  if (own !== null) conditions.push(inWijken(own));
  if (filter.status) conditions.push(eq(initiatives.status, filter.status));
  if (filter.wijkSlug)
    conditions.push(sql`exists (select 1 from ${wijken} w join ${buurten} b on b.cbs_wijk_code = w.cbs_code
      where b.code = ${initiatives.buurtCode} and w.slug = ${filter.wijkSlug})`);
  if (filter.overdue)
    conditions.push(
      and(inArray(initiatives.status, [...awaitingDecision]), lt(initiatives.decisionDueOn, today))!,
    );
  const where = and(...conditions);
  const [total] = await db.select({ n: count() }).from(initiatives).where(where);
  const rows = await db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      status: initiatives.status,
      decisionDueOn: initiatives.decisionDueOn,
      wijk: wijkOfInitiative,
      demo: initiatives.demo,
      askedEuros: sql<number>`(select coalesce(sum(amount_euros), 0)::int from initiatives_budget_lines l where l.initiative_id = ${initiatives.id})`,
    })
    .from(initiatives)
    .where(where)
    .orderBy(asc(initiatives.decisionDueOn), desc(initiatives.id))
    .limit(PAGE_SIZE)
    .offset((filter.page - 1) * PAGE_SIZE);
  return {
    rows,
    total: Number(total?.n ?? 0),
    pageCount: Math.max(1, Math.ceil(Number(total?.n ?? 0) / PAGE_SIZE)),
  };
}

/** May this staff member see this application? A broker only in their wijken. */
export async function maySee(db: Db, user: Staff, id: number): Promise<boolean> {
  if (!workflowRole(user)) return false;
  const own = await wijkenOf(db, user);
  const [row] = await db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(
      and(eq(initiatives.id, id), ne(initiatives.status, 'draft'), own === null ? undefined : inWijken(own)),
    );
  return row !== undefined;
}

export async function applicantEmail(db: Db, id: number): Promise<string | null> {
  const [row] = await db
    .select({ email: initiativeApplicants.email })
    .from(initiatives)
    .innerJoin(initiativeApplicants, eq(initiativeApplicants.id, initiatives.applicantId))
    .where(eq(initiatives.id, id));
  return row?.email ?? null;
}

export async function pendingDecision(db: Db, id: number) {
  const [row] = await db
    .select()
    .from(initiativePendingDecisions)
    .where(eq(initiativePendingDecisions.initiativeId, id));
  return row ?? null;
}

export interface StatusInput {
  from: InitiativeStatus;
  to: InitiativeStatus;
  reason: string | null;
  grantedEuros: number | null;
}

export type StaffChangeResult =
  | { ok: true; pending: boolean }
  | {
      ok: false;
      reason: 'not-allowed' | 'reason-required' | 'conflict' | 'amount-required' | 'already-pending';
    };

function decisionMail(
  publicUrl: string,
  id: number,
  title: string | null,
  to: InitiativeStatus,
  reason: string | null,
) {
  const name = title ?? String(id);
  return {
    subject: t('initiatives.mail.statusSubject', { title: name }),
    text: [
      t('initiatives.mail.statusBody', { title: name, status: t(`initiatives.status.${to}`) }),
      reason ? t('initiatives.mail.reason', { reason }) : '',
      t('initiatives.mail.follow', { link: `${publicUrl}/initiatieven/mijn/${id}` }),
    ]
      .filter((line) => line !== '')
      .join('\n\n'),
  };
}

/**
 * A staff member changes an application's status. A grant above the four-eyes amount is not saved
 * but proposed: it waits for a second assessor (confirmDecision).
 */
export async function changeApplicationStatus(
  db: Db,
  deps: InitiativesDeps,
  user: Staff,
  id: number,
  input: StatusInput,
): Promise<StaffChangeResult> {
  const role = workflowRole(user);
  if (!role || !(await maySee(db, user, id))) return { ok: false, reason: 'not-allowed' };
  const check = canTransition(initiativeWorkflow, {
    from: input.from,
    to: input.to,
    role,
    reason: input.reason,
  });
  if (!check.ok)
    return { ok: false, reason: check.refusal === 'reason-required' ? 'reason-required' : 'not-allowed' };
  const granting = input.to === 'granted' || input.to === 'partly-granted';
  if (granting && (input.grantedEuros === null || input.grantedEuros < 1))
    return { ok: false, reason: 'amount-required' };
  const settings = await getSettings(db);
  const [application] = await db
    .select({ title: initiatives.title })
    .from(initiatives)
    .where(eq(initiatives.id, id));
  const email = await applicantEmail(db, id);
  if (granting && input.grantedEuros! > settings.fourEyesAboveEuros) {
    return db.transaction(async (tx) => {
      const [current] = await tx
        .select({ status: initiatives.status })
        .from(initiatives)
        .where(eq(initiatives.id, id))
        .for('update');
      if (current?.status !== input.from) return { ok: false, reason: 'conflict' } as const;
      const inserted = await tx
        .insert(initiativePendingDecisions)
        .values({
          initiativeId: id,
          toStatus: input.to,
          reason: input.reason!,
          grantedEuros: input.grantedEuros!,
          proposedBy: user.id,
        })
        .onConflictDoNothing()
        .returning({ id: initiativePendingDecisions.initiativeId });
      if (inserted.length === 0) return { ok: false, reason: 'already-pending' } as const;
      await recordAudit(tx, {
        user,
        action: 'initiative.decision-proposed',
        entityType: initiativeWorkflow.entityType,
        entityId: id,
        before: { status: input.from },
        after: { status: input.to, grantedEuros: input.grantedEuros, reason: input.reason },
      });
      return { ok: true, pending: true } as const;
    });
  }
  const result = await db.transaction((tx) =>
    changeStatusIn(tx, deps.outbox, {
      workflow: initiativeWorkflow,
      table: initiatives,
      id,
      from: input.from,
      to: input.to,
      reason: input.reason,
      actor: { id: user.id, email: user.email, role },
      set: { updatedAt: new Date(), ...(granting ? { grantedEuros: input.grantedEuros } : {}) },
      audit: {
        action: 'initiative.status',
        after: { status: input.to, reason: input.reason, grantedEuros: input.grantedEuros },
      },
      mails: email
        ? [
            {
              to: email,
              ...decisionMail(deps.publicUrl, id, application?.title ?? null, input.to, input.reason),
            },
          ]
        : [],
    }),
  );
  return result.ok ? { ok: true, pending: false } : { ok: false, reason: 'conflict' };
}

export type ConfirmResult =
  | { ok: true }
  | { ok: false; reason: 'not-allowed' | 'own-proposal' | 'none' | 'conflict' };

/**
 * A second assessor confirms a proposed grant: the proposal is taken (deleted, so two confirmations at
 * once cannot both pass) and the decision saved through the workflow, in one transaction. The one who
 * proposed cannot confirm.
 */
export async function confirmDecision(
  db: Db,
  deps: InitiativesDeps,
  user: Staff,
  id: number,
): Promise<ConfirmResult> {
  if (workflowRole(user) !== 'assessor') return { ok: false, reason: 'not-allowed' };
  const pending = await pendingDecision(db, id);
  if (!pending) return { ok: false, reason: 'none' };
  if (pending.proposedBy === user.id) return { ok: false, reason: 'own-proposal' };
  const email = await applicantEmail(db, id);
  const [application] = await db
    .select({ title: initiatives.title })
    .from(initiatives)
    .where(eq(initiatives.id, id));
  try {
    return await db.transaction(async (tx) => {
      const taken = await tx
        .delete(initiativePendingDecisions)
        .where(
          and(
            eq(initiativePendingDecisions.initiativeId, id),
            ne(initiativePendingDecisions.proposedBy, user.id),
          ),
        )
        .returning();
      const proposal = taken[0];
      if (!proposal) return { ok: false, reason: 'none' } as const;
      const changed = await changeStatusIn(tx, deps.outbox, {
        workflow: initiativeWorkflow,
        table: initiatives,
        id,
        from: 'in-review',
        to: proposal.toStatus,
        reason: proposal.reason,
        actor: { id: user.id, email: user.email, role: 'assessor' },
        set: { grantedEuros: proposal.grantedEuros, updatedAt: new Date() },
        audit: {
          action: 'initiative.decision-confirmed',
          after: {
            status: proposal.toStatus,
            grantedEuros: proposal.grantedEuros,
            proposedBy: proposal.proposedBy,
          },
        },
        mails: email
          ? [
              {
                to: email,
                ...decisionMail(
                  deps.publicUrl,
                  id,
                  application?.title ?? null,
                  proposal.toStatus,
                  proposal.reason,
                ),
              },
            ]
          : [],
      });
      if (!changed.ok) throw new Conflict();
      return { ok: true } as const;
    });
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, reason: 'conflict' };
    throw error;
  }
}

class Conflict extends Error {}

/** Withdraws a proposed grant (the proposer or another assessor), so it can be decided again. */
export async function withdrawProposal(db: Db, user: Staff, id: number) {
  if (workflowRole(user) !== 'assessor') return false;
  return db.transaction(async (tx) => {
    const taken = await tx
      .delete(initiativePendingDecisions)
      .where(eq(initiativePendingDecisions.initiativeId, id))
      .returning();
    if (taken.length === 0) return false;
    await recordAudit(tx, {
      user,
      action: 'initiative.decision-withdrawn',
      entityType: initiativeWorkflow.entityType,
      entityId: id,
      before: taken[0]!,
      after: null,
    });
    return true;
  });
}

export { decisionStatuses };

/** The administrator sets the regulation's figures (audited). */
export async function saveSettings(db: Db, actor: Staff, settings: InitiativeSettings) {
  await db.transaction(async (tx) => {
    const before = await tx.select().from(initiativeSettings).where(eq(initiativeSettings.id, 1));
    await tx
      .insert(initiativeSettings)
      .values({ id: 1, ...settings })
      .onConflictDoUpdate({ target: initiativeSettings.id, set: settings });
    await recordAudit(tx, {
      user: actor,
      action: 'initiative.settings',
      entityType: 'initiative-settings',
      entityId: 1,
      before: before[0] ?? null,
      after: { ...settings },
    });
  });
}

/** The wijk names of a buurt, for staff pages. */
export async function wijkNameOf(db: Db, buurtCode: string | null): Promise<string | null> {
  if (!buurtCode) return null;
  const rows = await db
    .select({ name: wijken.name })
    .from(wijken)
    .innerJoin(buurten, eq(buurten.cbsWijkCode, wijken.cbsCode))
    .where(eq(buurten.code, buurtCode))
    .orderBy(asc(wijken.position));
  return rows.map((r) => r.name).join(', ') || null;
}
