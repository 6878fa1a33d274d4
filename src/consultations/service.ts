// SPDX-License-Identifier: EUPL-1.2
import { and, asc, count, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { getWijk, listWijken } from '../places/index.ts';
import { wijken } from '../places/schema.ts';
import { recordAudit } from '../platform/audit/service.ts';
import { firstFreeSlug, slugify } from '../platform/slug.ts';
import type { ConsultationInput } from './forms.ts';
import { nearbyConsultations, nearbyDays } from './rules.ts';
import { consultations } from './schema.ts';

const publicColumns = {
  id: consultations.id,
  slug: consultations.slug,
  title: consultations.title,
  organiser: consultations.organiser,
  summary: consultations.summary,
  wijkId: consultations.wijkId,
  wijkSlug: wijken.slug,
  wijkName: wijken.name,
  buurtCodes: consultations.buurtCodes,
  startsOn: consultations.startsOn,
  endsOn: consultations.endsOn,
  level: consultations.level,
  openForDiscussion: consultations.openForDiscussion,
  notOpenForDiscussion: consultations.notOpenForDiscussion,
  answerPromisedOn: consultations.answerPromisedOn,
  method: consultations.method,
  heard: consultations.heard,
  willDo: consultations.willDo,
  wontDo: consultations.wontDo,
  summarisedAt: consultations.summarisedAt,
  demo: consultations.demo,
};

export type Consultation = Awaited<ReturnType<typeof getConsultation>> & {};

function withWijk() {
  return (db: Db) =>
    db.select(publicColumns).from(consultations).innerJoin(wijken, eq(wijken.id, consultations.wijkId));
}
const selectConsultations = withWijk();

export async function getConsultation(db: Db, slug: string) {
  const [row] = await selectConsultations(db).where(eq(consultations.slug, slug));
  return row ?? null;
}

export async function getConsultationById(db: Db, id: number) {
  const [row] = await selectConsultations(db).where(eq(consultations.id, id));
  return row ?? null;
}

export interface ConsultationFilter {
  wijk?: string | undefined;
}

function filterWhere(filter: ConsultationFilter) {
  return filter.wijk ? eq(wijken.slug, filter.wijk) : undefined;
}

/** The public list: newest start first, paginated. */
export async function listConsultations(
  db: Db,
  filter: ConsultationFilter,
  page: { limit: number; offset: number } = { limit: 1000, offset: 0 },
) {
  return selectConsultations(db)
    .where(filterWhere(filter))
    .orderBy(desc(consultations.startsOn), asc(consultations.id))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countConsultations(db: Db, filter: ConsultationFilter): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(consultations)
    .innerJoin(wijken, eq(wijken.id, consultations.wijkId))
    .where(filterWhere(filter));
  return row?.n ?? 0;
}

/** The consultations of one wijk whose period lies within 7 days of [startsOn, endsOn]. */
export async function listNearby(
  db: Db,
  consultation: { id: number | null; wijkId: number; startsOn: string; endsOn: string },
) {
  const candidates = await selectConsultations(db).where(
    and(
      eq(consultations.wijkId, consultation.wijkId),
      lte(consultations.startsOn, sql`${consultation.endsOn}::date + ${nearbyDays}::integer`),
      gte(consultations.endsOn, sql`${consultation.startsOn}::date - ${nearbyDays}::integer`),
    ),
  );
  return nearbyConsultations(consultation, candidates).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
}

/** Every consultation for the staff overview, with the ones close to it in the same wijk. */
export async function listForStaff(db: Db) {
  const all = await selectConsultations(db).orderBy(asc(consultations.startsOn), asc(consultations.id));
  return all.map((c) => ({ ...c, nearby: nearbyConsultations(c, all) }));
}

export interface FormOptions {
  wijken: { slug: string; name: string; buurten: { code: string; name: string }[] }[];
}

export async function listFormOptions(db: Db): Promise<FormOptions> {
  const all = await listWijken(db);
  return { wijken: all.map((w) => ({ slug: w.slug, name: w.name, buurten: w.buurten })) };
}

export type SaveResult =
  | { ok: true; id: number }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'unknown-reference'; field: 'wijk' | 'buurten' };

/** The wijk's id and the buurten checked against it, or the field that names something unknown. */
async function resolvePlace(db: Db, input: ConsultationInput) {
  const wijk = await getWijk(db, input.wijk);
  if (!wijk) return { ok: false as const, field: 'wijk' as const };
  const known = new Set(wijk.buurten.map((b) => b.code));
  if (!input.buurten.every((code) => known.has(code)))
    return { ok: false as const, field: 'buurten' as const };
  return { ok: true as const, wijkId: wijk.id, buurtCodes: [...new Set(input.buurten)].sort() };
}

function columnsOf(input: ConsultationInput, place: { wijkId: number; buurtCodes: string[] }) {
  return {
    title: input.title,
    organiser: input.organiser,
    summary: input.summary,
    wijkId: place.wijkId,
    buurtCodes: place.buurtCodes,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    level: input.level,
    openForDiscussion: input.openForDiscussion,
    notOpenForDiscussion: input.notOpenForDiscussion,
    answerPromisedOn: input.answerPromisedOn,
    method: input.method,
  };
}

export async function createConsultation(
  db: Db,
  user: { id: number; email: string } | null,
  input: ConsultationInput,
  options: { demo?: boolean } = {},
): Promise<SaveResult> {
  const place = await resolvePlace(db, input);
  if (!place.ok) return { ok: false, reason: 'unknown-reference', field: place.field };
  return db.transaction(async (tx) => {
    const base = slugify(input.title, 'inspraak');
    const taken = await tx
      .select({ slug: consultations.slug })
      .from(consultations)
      .where(sql`${consultations.slug} = ${base} or ${consultations.slug} like ${`${base}-%`}`);
    const slug = firstFreeSlug(base, new Set(taken.map((r) => r.slug)));
    const [row] = await tx
      .insert(consultations)
      .values({ ...columnsOf(input, place), slug, demo: options.demo ?? false })
      .returning({ id: consultations.id });
    await recordAudit(tx, {
      user,
      action: 'consultation.create',
      entityType: 'consultation',
      entityId: row!.id,
      before: null,
      after: { ...columnsOf(input, place), slug },
    });
    return { ok: true, id: row!.id };
  });
}

export async function editConsultation(
  db: Db,
  user: { id: number; email: string },
  id: number,
  input: ConsultationInput,
): Promise<SaveResult> {
  const place = await resolvePlace(db, input);
  if (!place.ok) return { ok: false, reason: 'unknown-reference', field: place.field };
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(consultations).where(eq(consultations.id, id)).for('update');
    if (!before) return { ok: false, reason: 'not-found' };
    const after = columnsOf(input, place);
    await tx
      .update(consultations)
      .set({ ...after, updatedAt: new Date() })
      .where(eq(consultations.id, id));
    await recordAudit(tx, {
      user,
      action: 'consultation.edit',
      entityType: 'consultation',
      entityId: id,
      before: Object.fromEntries(Object.keys(after).map((k) => [k, before[k as keyof typeof before]])),
      after,
    });
    return { ok: true, id };
  });
}

/**
 * Publishes (or corrects) the closing summary. Only once the consultation has closed: before that,
 * residents are still reacting. 'open' when it has not closed yet.
 */
export async function publishSummary(
  db: Db,
  user: { id: number; email: string },
  id: number,
  summary: { heard: string; willDo: string; wontDo: string },
  today: string,
): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'open' }> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(consultations).where(eq(consultations.id, id)).for('update');
    if (!before) return { ok: false, reason: 'not-found' };
    if (before.endsOn >= today) return { ok: false, reason: 'open' };
    await tx
      .update(consultations)
      .set({ ...summary, summarisedAt: new Date(), updatedAt: new Date() })
      .where(eq(consultations.id, id));
    await recordAudit(tx, {
      user,
      action: 'consultation.summary',
      entityType: 'consultation',
      entityId: id,
      before: { heard: before.heard, willDo: before.willDo, wontDo: before.wontDo },
      after: summary,
    });
    return { ok: true };
  });
}
