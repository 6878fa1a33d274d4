// SPDX-License-Identifier: EUPL-1.2
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../db/client.ts';
import { wijken } from '../places/schema.ts';
import { recordAudit } from '../platform/audit/service.ts';
import type { Role } from '../platform/auth/roles.ts';
import { t } from '../platform/i18n.ts';
import type { Outbox } from '../platform/mail/outbox.ts';
import type { StatusChangeResult } from '../platform/workflow/service.ts';
import { changeStatus } from '../platform/workflow/service.ts';
import type { contributionStatusForm, enteredContributionForm } from './forms.ts';
import { consultationsPaths } from './paths.ts';
import { contributionWorkflow, type ResponseFigures, responseFigures, waitingStatuses } from './rules.ts';
import { consultations, consultationContributions as contributions } from './schema.ts';
import type { ContributionStatus } from './types.ts';

/** A date in the Netherlands as YYYY-MM-DD, computed by PostgreSQL. */
const dutchDay = (column: typeof contributions.createdAt | typeof contributions.answeredAt) =>
  sql<string>`to_char(${column} at time zone 'Europe/Amsterdam', 'YYYY-MM-DD')`;

/** What anyone may see of a contribution. Never the e-mail address, never who entered it. */
const publicColumns = {
  id: contributions.id,
  consultationId: contributions.consultationId,
  body: contributions.body,
  channel: contributions.channel,
  peopleCount: contributions.peopleCount,
  status: contributions.status,
  answer: contributions.answer,
  answeredAt: contributions.answeredAt,
  moderationReason: contributions.moderationReason,
  mergedIntoId: contributions.mergedIntoId,
  demo: contributions.demo,
  createdAt: contributions.createdAt,
};

export type PublicContribution = Awaited<ReturnType<typeof listPublicContributions>>[number];

/** A hidden contribution's text is not given out: only the public reason. */
function withoutHiddenText<T extends { status: ContributionStatus; body: string | null }>(row: T): T {
  return row.status === 'hidden' ? { ...row, body: null } : row;
}

export async function listPublicContributions(
  db: Db,
  consultationId: number,
  page: { limit: number; offset: number },
) {
  const rows = await db
    .select(publicColumns)
    .from(contributions)
    .where(eq(contributions.consultationId, consultationId))
    .orderBy(asc(contributions.id))
    .limit(page.limit)
    .offset(page.offset);
  return rows.map((row) => withoutHiddenText<typeof row & { body: string | null }>(row));
}

export async function countContributions(db: Db, consultationId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(contributions)
    .where(eq(contributions.consultationId, consultationId));
  return row?.n ?? 0;
}

/** A resident's online reaction. */
export async function submitContribution(
  db: Db,
  consultationId: number,
  input: { body: string; email: string | null },
) {
  const [row] = await db
    .insert(contributions)
    .values({ consultationId, body: input.body, email: input.email, channel: 'online' })
    .returning({ id: contributions.id });
  return row!.id;
}

/** A reaction collected on paper or at a meeting, entered by staff. */
export async function enterContribution(
  db: Db,
  user: { id: number; email: string },
  consultationId: number,
  input: z.infer<typeof enteredContributionForm>,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(contributions)
      .values({ consultationId, ...input, enteredBy: user.id })
      .returning({ id: contributions.id });
    await recordAudit(tx, {
      user,
      action: 'consultation.contribution.enter',
      entityType: contributionWorkflow.entityType,
      entityId: row!.id,
      before: null,
      after: input,
    });
    return row!.id;
  });
}

/** One contribution for staff: whether an answer must be mailed, never the address itself. */
export async function getContributionForStaff(db: Db, id: number) {
  const [row] = await db
    .select({ ...publicColumns, wantsMail: sql<boolean>`${contributions.email} is not null` })
    .from(contributions)
    .where(eq(contributions.id, id));
  return row ?? null;
}

/** The staff queue: every contribution waiting for an answer, oldest first. */
export async function listQueue(db: Db, page: { limit: number; offset: number }) {
  return db
    .select({
      id: contributions.id,
      body: contributions.body,
      status: contributions.status,
      createdAt: contributions.createdAt,
      consultationTitle: consultations.title,
      consultationSlug: consultations.slug,
      answerPromisedOn: consultations.answerPromisedOn,
    })
    .from(contributions)
    .innerJoin(consultations, eq(consultations.id, contributions.consultationId))
    .where(inArray(contributions.status, [...waitingStatuses]))
    .orderBy(asc(contributions.createdAt), asc(contributions.id))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countQueue(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(contributions)
    .where(inArray(contributions.status, [...waitingStatuses]));
  return row?.n ?? 0;
}

export type StatusInput = z.infer<typeof contributionStatusForm>;
export type ContributionChangeResult =
  | StatusChangeResult
  | { ok: false; refusal: 'not-found' | 'merge-target' };

/**
 * Moves a contribution along its workflow. Answering stores the public answer and, when the resident
 * left an address, queues the mail and wipes the address in the same transaction.
 */
export async function changeContributionStatus(
  db: Db,
  outbox: Pick<Outbox, 'queue'>,
  publicUrl: string,
  actor: { id: number; email: string; role: Role },
  id: number,
  input: StatusInput,
): Promise<ContributionChangeResult> {
  const [row] = await db
    .select({
      consultationId: contributions.consultationId,
      email: contributions.email,
      title: consultations.title,
      slug: consultations.slug,
      organiser: consultations.organiser,
    })
    .from(contributions)
    .innerJoin(consultations, eq(consultations.id, contributions.consultationId))
    .where(eq(contributions.id, id));
  if (!row) return { ok: false, refusal: 'not-found' };
  const base = {
    workflow: contributionWorkflow,
    table: contributions,
    id,
    from: input.from,
    to: input.status,
    reason: input.reason,
    actor,
  };
  if (input.status === 'answered') {
    const answer = input.answer ?? '';
    const url = `${publicUrl}${consultationsPaths.consultation(row.slug)}#reactie-${id}`;
    return changeStatus(db, outbox, {
      ...base,
      set: { answer, answeredAt: new Date(), email: null },
      audit: { action: 'consultation.contribution.answer', after: { status: 'answered', answer } },
      mails: row.email
        ? [
            {
              to: row.email,
              subject: t('consultations.mail.answered.subject', { title: row.title }),
              text: t('consultations.mail.answered.text', {
                title: row.title,
                answer,
                url,
                organiser: row.organiser,
              }),
            },
          ]
        : [],
    });
  }
  if (input.status === 'merged') {
    const [target] = await db
      .select({ id: contributions.id })
      .from(contributions)
      .where(
        and(
          eq(contributions.id, input.mergeInto ?? 0),
          eq(contributions.consultationId, row.consultationId),
          inArray(contributions.status, ['received', 'in-progress', 'answered']),
        ),
      );
    if (!target || target.id === id) return { ok: false, refusal: 'merge-target' };
    return changeStatus(db, outbox, {
      ...base,
      set: { mergedIntoId: target.id },
      audit: {
        action: 'consultation.contribution.merge',
        after: { status: 'merged', mergedIntoId: target.id },
      },
    });
  }
  const moderation =
    input.status === 'hidden'
      ? { moderationReason: input.reason }
      : input.status === 'received'
        ? { moderationReason: null }
        : {};
  return changeStatus(db, outbox, {
    ...base,
    set: moderation,
    audit: { action: 'consultation.contribution.status' },
  });
}

/** The facts the response figures are computed from, with who organised and where. */
async function contributionFacts(db: Db, consultationIds?: number[]) {
  return db
    .select({
      consultationId: consultations.id,
      organiser: consultations.organiser,
      wijkName: wijken.name,
      wijkPosition: wijken.position,
      status: contributions.status,
      receivedOn: dutchDay(contributions.createdAt),
      answeredOn: sql<
        string | null
      >`case when ${contributions.answeredAt} is null then null else ${dutchDay(contributions.answeredAt)} end`,
      answerPromisedOn: consultations.answerPromisedOn,
    })
    .from(contributions)
    .innerJoin(consultations, eq(consultations.id, contributions.consultationId))
    .innerJoin(wijken, eq(wijken.id, consultations.wijkId))
    .where(consultationIds ? inArray(consultations.id, consultationIds) : eq(consultations.demo, false));
}

/** The response figures of each of these consultations, by id. */
export async function figuresPerConsultation(db: Db, ids: number[], today: string) {
  if (ids.length === 0) return new Map<number, FiguresRow>();
  const facts = await contributionFacts(db, ids);
  return new Map(
    groupFigures(facts, (r) => String(r.consultationId), today).map((row) => [Number(row.name), row]),
  );
}

export interface FiguresRow extends ResponseFigures {
  name: string;
}

function groupFigures<T extends Parameters<typeof responseFigures>[0][number]>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  today: string,
): FiguresRow[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return [...groups].map(([name, group]) => ({ name, ...responseFigures(group, today) }));
}

/** The public response figures per organiser and per wijk (real consultations only, never examples). */
export async function figuresPerOrganiserAndWijk(db: Db, today: string) {
  const facts = await contributionFacts(db);
  const byWijk = [...facts].sort((a, b) => a.wijkPosition - b.wijkPosition);
  return {
    organisers: groupFigures(facts, (r) => r.organiser, today).sort((a, b) =>
      a.name.localeCompare(b.name, 'nl'),
    ),
    wijken: groupFigures(byWijk, (r) => r.wijkName, today),
  };
}
