// SPDX-License-Identifier: EUPL-1.2

import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  ilike,
  inArray,
  type Placeholder,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { prepared } from '../db/prepared.ts';
import { queryRows } from '../db/raw.ts';
import { wijken } from '../places/schema.ts';
import { recordAudit } from '../platform/audit/service.ts';
import { can, type StaffUser } from '../platform/auth/roles.ts';
import type { Outbox } from '../platform/mail/outbox.ts';
import type { SearchHit } from '../platform/part.ts';
import { firstFreeSlug, slugify } from '../platform/slug.ts';
import type { Source } from '../platform/source.ts';
import { changeStatus, type HistoryEntry } from '../platform/workflow/service.ts';
import { programmePaths } from './paths.ts';
import { canEditMeasure } from './permissions.ts';
import { measureWorkflow } from './rules.ts';
import {
  allianceLines,
  alliancePartners,
  alliances,
  budgetRows,
  budgetTables,
  fundContributions,
  funds,
  goals,
  lines,
  measureLines,
  measures,
  measureUpdates,
  measureWijken,
  partners,
  programme,
} from './schema.ts';
import type { MeasureKind, MeasureStatus } from './types.ts';

export interface NamedLink {
  slug: string;
  name: string;
}

export interface MeasureSummary {
  id: number;
  slug: string;
  title: string;
  summary: string;
  kind: MeasureKind;
  top10Rank: number | null;
  status: MeasureStatus;
  alliance: NamedLink | null;
  budgetEuros: number | null;
  fundingSource: string | null;
  source: Source | null;
  lines: NamedLink[];
  wijken: NamedLink[];
  latestUpdate: { publishedOn: string; body: string } | null;
  updatedAt: Date;
}

export interface MeasureFilter {
  line?: string | undefined;
  wijk?: string | undefined;
  status?: MeasureStatus | undefined;
  alliance?: string | undefined;
  kind?: MeasureKind | undefined;
}

// --- reading ----------------------------------------------------------------------------------------

export async function getProgramme(db: Db) {
  const query = prepared(db, 'programme_one', (name) =>
    db.select().from(programme).where(eq(programme.id, 1)).prepare(name),
  );
  const [row] = await query.execute();
  return row ?? null;
}

export async function listLines(db: Db) {
  const [lineRows, goalRows] = await Promise.all([
    prepared(db, 'lines_all', (name) =>
      db.select().from(lines).orderBy(asc(lines.position)).prepare(name),
    ).execute(),
    prepared(db, 'goals_all', (name) =>
      db.select().from(goals).orderBy(asc(goals.position)).prepare(name),
    ).execute(),
  ]);
  return lineRows.map((line) => ({ ...line, goals: goalRows.filter((g) => g.lineId === line.id) }));
}

export async function getLine(db: Db, slug: string) {
  const [line] = await db.select().from(lines).where(eq(lines.slug, slug));
  if (!line) return null;
  const [lineGoals, lineMeasures] = await Promise.all([
    db.select().from(goals).where(eq(goals.lineId, line.id)).orderBy(asc(goals.position)),
    listMeasures(db, { line: slug }),
  ]);
  return { ...line, goals: lineGoals, measures: lineMeasures };
}

export async function listGoals(db: Db) {
  return db
    .select({
      id: goals.id,
      slug: goals.slug,
      title: goals.title,
      description: goals.description,
      targetValue: goals.targetValue,
      targetUnit: goals.targetUnit,
      targetYear: goals.targetYear,
      line: { slug: lines.slug, name: lines.name },
      source: goals.source,
    })
    .from(goals)
    .innerJoin(lines, eq(lines.id, goals.lineId))
    .orderBy(asc(lines.position), asc(goals.position));
}

/** Measures with their lines, wijken, alliance and latest update, in one query whatever the count. */
export async function listMeasures(
  db: Db,
  filter: MeasureFilter = {},
  page?: { limit: number; offset: number },
): Promise<MeasureSummary[]> {
  // One prepared statement per combination of filters in use, with the filter values as parameters.
  const keys = measureFilterKeys.filter((key) => filter[key]);
  const name = `measures_list${keys.map((key) => `_${key}`).join('')}${page ? '_page' : ''}`;
  const query = prepared(db, name, () => {
    const base = db
      .select({
        id: measures.id,
        slug: measures.slug,
        title: measures.title,
        summary: measures.summary,
        kind: measures.kind,
        top10Rank: measures.top10Rank,
        status: measures.status,
        budgetEuros: measures.budgetEuros,
        fundingSource: measures.fundingSource,
        source: measures.source,
        updatedAt: measures.updatedAt,
        allianceSlug: alliances.slug,
        allianceName: alliances.name,
        lines: linesOfMeasure,
        wijken: wijkenOfMeasure,
        latestUpdate: latestUpdateOfMeasure,
      })
      .from(measures)
      .leftJoin(alliances, eq(alliances.id, measures.allianceId))
      .where(and(...measureConditions(filter, true)))
      .orderBy(sql`${measures.top10Rank} asc nulls last`, asc(measures.position), asc(measures.id))
      .$dynamic();
    return (page ? base.limit(sql.placeholder('limit')).offset(sql.placeholder('offset')) : base).prepare(
      name,
    );
  });
  const values: Record<string, unknown> = page ? { limit: page.limit, offset: page.offset } : {};
  for (const key of keys) values[key] = filter[key];
  const rows = await query.execute(values);
  return rows.map(({ allianceSlug, allianceName, ...m }) => ({
    id: m.id,
    slug: m.slug,
    title: m.title,
    summary: m.summary,
    kind: m.kind,
    top10Rank: m.top10Rank,
    status: m.status,
    budgetEuros: m.budgetEuros,
    fundingSource: m.fundingSource,
    source: m.source,
    updatedAt: m.updatedAt,
    alliance: allianceSlug && allianceName ? { slug: allianceSlug, name: allianceName } : null,
    lines: m.lines,
    wijken: m.wijken,
    latestUpdate: m.latestUpdate,
  }));
}

// Related rows as JSON, correlated with the outer select from "measures": one round trip instead of one per
// relation. Written as plain SQL with aliases, because Drizzle leaves column names unqualified in a select
// from a single table, and these subqueries must tell their own "id" from the measure's.

const linesOfMeasure = sql<NamedLink[]>`coalesce((
  select json_agg(json_build_object('slug', l.slug, 'name', l.name) order by l.position)
    from measure_lines ml join lines l on l.id = ml.line_id
   where ml.measure_id = "measures"."id"), '[]'::json)`;

const wijkenOfMeasure = sql<NamedLink[]>`coalesce((
  select json_agg(json_build_object('slug', w.slug, 'name', w.name) order by w.position)
    from measure_wijken mw join wijken w on w.id = mw.wijk_id
   where mw.measure_id = "measures"."id"), '[]'::json)`;

const latestUpdateOfMeasure = sql<{ publishedOn: string; body: string } | null>`(
  select json_build_object('publishedOn', u.published_on, 'body', u.body)
    from measure_updates u where u.measure_id = "measures"."id"
   order by u.published_on desc, u.id desc limit 1)`;

const allianceOfMeasure = sql<typeof alliances.$inferSelect | null>`(
  select json_build_object('id', a.id, 'slug', a.slug, 'name', a.name, 'description', a.description,
         'position', a.position, 'source', a.source)
    from alliances a where a.id = "measures"."alliance_id")`;

const goalsOfMeasure = sql<{ slug: string; title: string; lineSlug: string }[]>`coalesce((
  select json_agg(json_build_object('slug', g.slug, 'title', g.title, 'lineSlug', l.slug) order by g.position)
    from measure_goals mg join goals g on g.id = mg.goal_id join lines l on l.id = g.line_id
   where mg.measure_id = "measures"."id"), '[]'::json)`;

const partnersOfMeasure = sql<NamedLink[]>`coalesce((
  select json_agg(json_build_object('slug', p.slug, 'name', p.name) order by p.name)
    from measure_partners mp join partners p on p.id = mp.partner_id
   where mp.measure_id = "measures"."id"), '[]'::json)`;

type Jsonified<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };

const updatesOfMeasure = sql<Jsonified<typeof measureUpdates.$inferSelect>[]>`coalesce((
  select json_agg(json_build_object('id', u.id, 'measureId', u.measure_id, 'publishedOn', u.published_on,
         'body', u.body, 'authorName', u.author_name, 'createdAt', u.created_at) order by u.published_on desc, u.id desc)
    from measure_updates u where u.measure_id = "measures"."id"), '[]'::json)`;

const statusHistoryOfMeasure = sql<Jsonified<Omit<HistoryEntry, 'id'>>[]>`coalesce((
  select json_agg(json_build_object('fromStatus', h.from_status, 'toStatus', h.to_status, 'reason', h.reason,
         'changedAt', h.changed_at, 'changedByName', null) order by h.changed_at desc nulls last, h.id desc)
    from status_history h where h.entity_type = 'measure' and h.entity_id = "measures"."id"::text), '[]'::json)`;

export async function countMeasures(db: Db, filter: MeasureFilter = {}): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(measures)
    .leftJoin(alliances, eq(alliances.id, measures.allianceId))
    .where(and(...measureConditions(filter)));
  return row?.n ?? 0;
}

const measureFilterKeys = [
  'status',
  'kind',
  'alliance',
  'line',
  'wijk',
] as const satisfies (keyof MeasureFilter)[];

/** The conditions for the filters that are set; with placeholders named after them, for a prepared query. */
function measureConditions(filter: MeasureFilter, placeholders = false): SQL[] {
  const value = <K extends keyof MeasureFilter>(key: K): NonNullable<MeasureFilter[K]> | Placeholder<K> =>
    placeholders ? sql.placeholder(key) : filter[key]!;
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(measures.status, value('status')));
  if (filter.kind) conditions.push(eq(measures.kind, value('kind')));
  if (filter.alliance) conditions.push(eq(alliances.slug, value('alliance')));
  if (filter.line) {
    conditions.push(
      inArray(
        measures.id,
        sql`(select ${measureLines.measureId} from ${measureLines} join ${lines} on ${lines.id} = ${measureLines.lineId} where ${lines.slug} = ${value('line')})`,
      ),
    );
  }
  if (filter.wijk) {
    conditions.push(
      inArray(
        measures.id,
        sql`(select ${measureWijken.measureId} from ${measureWijken} join ${wijken} on ${wijken.id} = ${measureWijken.wijkId} where ${wijken.slug} = ${value('wijk')})`,
      ),
    );
  }
  return conditions;
}

export async function getMeasure(db: Db, slug: string) {
  return measureDetail(db, 'slug', slug);
}

export async function getMeasureById(db: Db, id: number) {
  return measureDetail(db, 'id', id);
}

/** A measure with everything its page shows, in one query. */
async function measureDetail(db: Db, by: 'slug' | 'id', key: string | number) {
  const query = prepared(db, `measure_by_${by}`, (name) =>
    db
      .select({
        ...getTableColumns(measures),
        lines: linesOfMeasure,
        wijken: wijkenOfMeasure,
        alliance: allianceOfMeasure,
        goals: goalsOfMeasure,
        partners: partnersOfMeasure,
        updates: updatesOfMeasure,
        statusHistory: statusHistoryOfMeasure,
      })
      .from(measures)
      .where(eq(by === 'slug' ? measures.slug : measures.id, sql.placeholder('key')))
      .prepare(name),
  );
  const [row] = await query.execute({ key });
  if (!row) return null;
  const {
    lines: measureLineLinks,
    wijken: measureWijkLinks,
    alliance,
    goals: measureGoalRows,
    partners: partnerRows,
    updates,
    statusHistory,
    ...measure
  } = row;
  return {
    ...measure,
    lines: measureLineLinks,
    wijken: measureWijkLinks,
    alliance,
    goals: measureGoalRows,
    partners: partnerRows,
    // json_build_object gives timestamps as ISO text; the Drizzle rows these replace carried Dates.
    updates: updates.map((u) => ({ ...u, createdAt: new Date(u.createdAt) })),
    statusHistory: statusHistory.map((h) => ({
      ...h,
      changedAt: h.changedAt === null ? null : new Date(h.changedAt),
    })),
  };
}

export type MeasureDetail = NonNullable<Awaited<ReturnType<typeof getMeasureById>>>;

export async function listAlliances(db: Db) {
  const [allianceRows, partnerLinks, lineLinks] = await Promise.all([
    db.select().from(alliances).orderBy(asc(alliances.position)),
    db
      .select({ allianceId: alliancePartners.allianceId, slug: partners.slug, name: partners.name })
      .from(alliancePartners)
      .innerJoin(partners, eq(partners.id, alliancePartners.partnerId))
      .orderBy(asc(partners.name)),
    db
      .select({ allianceId: allianceLines.allianceId, slug: lines.slug, name: lines.name })
      .from(allianceLines)
      .innerJoin(lines, eq(lines.id, allianceLines.lineId))
      .orderBy(asc(lines.position)),
  ]);
  return allianceRows.map((a) => ({
    ...a,
    partners: partnerLinks.filter((p) => p.allianceId === a.id).map(({ slug, name }) => ({ slug, name })),
    lines: lineLinks.filter((l) => l.allianceId === a.id).map(({ slug, name }) => ({ slug, name })),
  }));
}

export async function getAlliance(db: Db, slug: string) {
  const alliance = (await listAlliances(db)).find((a) => a.slug === slug);
  if (!alliance) return null;
  return { ...alliance, measures: await listMeasures(db, { alliance: slug }) };
}

export async function listPartners(db: Db) {
  const [partnerRows, links] = await Promise.all([
    db.select().from(partners).orderBy(asc(partners.name)),
    db
      .select({ partnerId: alliancePartners.partnerId, slug: alliances.slug, name: alliances.name })
      .from(alliancePartners)
      .innerJoin(alliances, eq(alliances.id, alliancePartners.allianceId)),
  ]);
  return partnerRows.map((p) => ({
    ...p,
    alliances: links.filter((l) => l.partnerId === p.id).map(({ slug, name }) => ({ slug, name })),
  }));
}

export async function listFunds(db: Db) {
  const [fundRows, contributions] = await Promise.all([
    db.select().from(funds).orderBy(asc(funds.position)),
    db.select().from(fundContributions).orderBy(asc(fundContributions.position)),
  ]);
  return fundRows.map((f) => {
    const own = contributions.filter((c) => c.fundId === f.id);
    return { ...f, contributions: own, totalEuros: own.reduce((sum, c) => sum + c.amountEuros, 0) };
  });
}

export async function listBudgetTables(db: Db) {
  const [tables, rows] = await Promise.all([
    db.select().from(budgetTables).orderBy(asc(budgetTables.position)),
    db.select().from(budgetRows).orderBy(asc(budgetRows.position)),
  ]);
  return tables.map((table) => ({ ...table, rows: rows.filter((r) => r.tableId === table.id) }));
}

/** The alliances as choices for a staff account (an alliance editor edits one alliance's measures). */
export async function listAllianceOptions(db: Db) {
  return db
    .select({ id: alliances.id, name: alliances.name })
    .from(alliances)
    .orderBy(asc(alliances.position));
}

export async function listLatestUpdates(db: Db, limit = 20) {
  const query = prepared(db, 'updates_latest', (name) =>
    db
      .select({
        id: measureUpdates.id,
        publishedOn: measureUpdates.publishedOn,
        body: measureUpdates.body,
        createdAt: measureUpdates.createdAt,
        measure: { slug: measures.slug, title: measures.title, status: measures.status },
      })
      .from(measureUpdates)
      .innerJoin(measures, eq(measures.id, measureUpdates.measureId))
      .orderBy(desc(measureUpdates.publishedOn), desc(measureUpdates.id))
      .limit(sql.placeholder('limit'))
      .prepare(name),
  );
  return query.execute({ limit });
}

type HitType = 'measure' | 'line' | 'goal' | 'alliance' | 'partner';

/** Full text search with PostgreSQL's Dutch configuration over everything the register holds. */
export async function search(db: Db, query: string, limit = 50): Promise<SearchHit[]> {
  const q = sql`websearch_to_tsquery('dutch', ${query})`;
  const doc = (...parts: SQL[]) => sql`to_tsvector('dutch', ${sql.join(parts, sql` || ' ' || `)})`;
  type Row = { type: HitType; slug: string; title: string; text: string; rank: number };
  const rows = await queryRows<Row>(
    db,
    sql`
    select * from (
      select 'measure' as type, slug, title, summary as text,
             ts_rank(${doc(sql`title`, sql`summary`, sql`coalesce(description, '')`)}, ${q}) as rank
        from measures where ${doc(sql`title`, sql`summary`, sql`coalesce(description, '')`)} @@ ${q}
      union all
      select 'line', slug, name, ambition,
             ts_rank(${doc(sql`name`, sql`ambition_title`, sql`ambition`)}, ${q})
        from lines where ${doc(sql`name`, sql`ambition_title`, sql`ambition`)} @@ ${q}
      union all
      select 'goal', g.slug, g.title, coalesce(g.description, ''),
             ts_rank(${doc(sql`g.title`, sql`coalesce(g.description, '')`)}, ${q})
        from goals g where ${doc(sql`g.title`, sql`coalesce(g.description, '')`)} @@ ${q}
      union all
      select 'alliance', slug, name, description, ts_rank(${doc(sql`name`, sql`description`)}, ${q})
        from alliances where ${doc(sql`name`, sql`description`)} @@ ${q}
      union all
      select 'partner', slug, name, '', ts_rank(${doc(sql`name`)}, ${q})
        from partners where ${doc(sql`name`)} @@ ${q}
    ) hits order by rank desc, title asc limit ${limit}`,
  );
  return rows.map((row) => ({
    kind: `search.type.${row.type}`,
    title: row.title,
    text: row.text,
    href: hrefFor(row.type, row.slug),
    rank: Number(row.rank),
  }));
}

function hrefFor(type: HitType, slug: string): string {
  switch (type) {
    case 'measure':
      return programmePaths.measure(slug);
    case 'line':
      return programmePaths.line(slug);
    case 'goal':
      return programmePaths.goal(slug);
    case 'alliance':
      return programmePaths.alliance(slug);
    case 'partner':
      return programmePaths.partner(slug);
  }
}

// --- changing (staff) -------------------------------------------------------------------------------

export type EditResult =
  | { ok: true }
  | { ok: false; reason: 'not-found' | 'forbidden' | 'status-not-allowed' | 'conflict' | 'reason-required' }
  | { ok: false; reason: 'unknown-reference'; field: 'lineSlugs' | 'wijkSlugs' | 'allianceSlug' };

export interface Editor extends StaffUser {
  email: string;
  name: string;
}

export interface MeasureEdit {
  title: string;
  summary: string;
  description: string | null;
  budgetEuros: number | null;
  fundingSource: string | null;
  lineSlugs: string[];
  wijkSlugs: string[];
  /** null: no lead alliance; undefined: unchanged. Only staff who may edit any measure can change it. */
  allianceSlug?: string | null | undefined;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Turns slugs into ids, or names the field with a slug that does not exist. */
async function resolveReferences(
  db: Db | Tx,
  edit: Pick<MeasureEdit, 'lineSlugs' | 'wijkSlugs' | 'allianceSlug'>,
) {
  // Callers pass undefined (unchanged) only after replacing it with the current alliance.
  const [lineRows, wijkRows, allianceRows] = await Promise.all([
    edit.lineSlugs.length > 0
      ? db.select({ id: lines.id, slug: lines.slug }).from(lines).where(inArray(lines.slug, edit.lineSlugs))
      : [],
    edit.wijkSlugs.length > 0
      ? db
          .select({ id: wijken.id, slug: wijken.slug })
          .from(wijken)
          .where(inArray(wijken.slug, edit.wijkSlugs))
      : [],
    edit.allianceSlug
      ? db.select({ id: alliances.id }).from(alliances).where(eq(alliances.slug, edit.allianceSlug))
      : [],
  ]);
  if (lineRows.length !== new Set(edit.lineSlugs).size)
    return { ok: false as const, field: 'lineSlugs' as const };
  if (wijkRows.length !== new Set(edit.wijkSlugs).size)
    return { ok: false as const, field: 'wijkSlugs' as const };
  if (edit.allianceSlug && allianceRows.length === 0)
    return { ok: false as const, field: 'allianceSlug' as const };
  return {
    ok: true as const,
    lineIds: lineRows.map((r) => r.id),
    wijkIds: wijkRows.map((r) => r.id),
    allianceId: allianceRows[0]?.id ?? null,
  };
}

async function replaceLinks(tx: Tx, measureId: number, lineIds: number[], wijkIds: number[]) {
  await tx.delete(measureLines).where(eq(measureLines.measureId, measureId));
  await tx.delete(measureWijken).where(eq(measureWijken.measureId, measureId));
  if (lineIds.length > 0)
    await tx.insert(measureLines).values(lineIds.map((lineId) => ({ measureId, lineId })));
  if (wijkIds.length > 0)
    await tx.insert(measureWijken).values(wijkIds.map((wijkId) => ({ measureId, wijkId })));
}

async function relationsOf(db: Db | Tx, measureId: number) {
  const [lineRows, wijkRows, allianceRow] = await Promise.all([
    db
      .select({ slug: lines.slug })
      .from(measureLines)
      .innerJoin(lines, eq(lines.id, measureLines.lineId))
      .where(eq(measureLines.measureId, measureId)),
    db
      .select({ slug: wijken.slug })
      .from(measureWijken)
      .innerJoin(wijken, eq(wijken.id, measureWijken.wijkId))
      .where(eq(measureWijken.measureId, measureId)),
    db
      .select({ slug: alliances.slug })
      .from(measures)
      .leftJoin(alliances, eq(alliances.id, measures.allianceId))
      .where(eq(measures.id, measureId)),
  ]);
  return {
    lineSlugs: lineRows.map((r) => r.slug).sort(),
    wijkSlugs: wijkRows.map((r) => r.slug).sort(),
    allianceSlug: allianceRow[0]?.slug ?? null,
  };
}

/** "Nieuwe speeltuin aan de Dedemsvaartweg" -> "nieuwe-speeltuin-aan-de-dedemsvaartweg", unique among measures. */
async function uniqueSlug(db: Db | Tx, title: string): Promise<string> {
  const base = slugify(title, 'maatregel');
  const taken = new Set(
    (
      await db
        .select({ slug: measures.slug })
        .from(measures)
        .where(sql`${measures.slug} like ${`${base}%`}`)
    ).map((r) => r.slug),
  );
  return firstFreeSlug(base, taken);
}

/** Whether this staff member may edit the measure: one row read, the same check every edit makes. */
export async function findEditable(db: Db, user: StaffUser, measureId: number) {
  const [measure] = await db.select().from(measures).where(eq(measures.id, measureId));
  if (!measure) return { ok: false as const, reason: 'not-found' as const };
  if (!canEditMeasure(user, measure)) return { ok: false as const, reason: 'forbidden' as const };
  return { ok: true as const, measure };
}

export async function editMeasure(
  db: Db,
  user: Editor,
  measureId: number,
  edit: MeasureEdit,
): Promise<EditResult> {
  const found = await findEditable(db, user, measureId);
  if (!found.ok) return found;
  const relationsBefore = await relationsOf(db, measureId);
  // An alliance editor keeps the measure in their own alliance, whatever the form says.
  const keepAlliance = !can(user, 'edit-any-measure') || edit.allianceSlug === undefined;
  const wanted = keepAlliance ? { ...edit, allianceSlug: relationsBefore.allianceSlug } : edit;
  const refs = await resolveReferences(db, wanted);
  if (!refs.ok) return { ok: false, reason: 'unknown-reference', field: refs.field };
  const { lineSlugs, wijkSlugs, allianceSlug, ...fields } = wanted;
  const before = {
    ...pick(found.measure, ['title', 'summary', 'description', 'budgetEuros', 'fundingSource']),
    ...relationsBefore,
  };
  const after = {
    ...fields,
    lineSlugs: [...lineSlugs].sort(),
    wijkSlugs: [...wijkSlugs].sort(),
    allianceSlug,
  };
  await db.transaction(async (tx) => {
    await tx
      .update(measures)
      .set({ ...fields, allianceId: refs.allianceId, updatedAt: new Date() })
      .where(eq(measures.id, measureId));
    await replaceLinks(tx, measureId, refs.lineIds, refs.wijkIds);
    await recordAudit(tx, {
      user,
      action: 'measure.edit',
      entityType: 'measure',
      entityId: measureId,
      before,
      after,
    });
  });
  return { ok: true };
}

export type CreateResult =
  | { ok: true; id: number; slug: string }
  | { ok: false; reason: 'forbidden' }
  | { ok: false; reason: 'unknown-reference'; field: 'lineSlugs' | 'wijkSlugs' | 'allianceSlug' };

/** A new measure from staff: no document source, status unknown until someone sets it. */
export async function createMeasure(
  db: Db,
  user: Editor,
  input: MeasureEdit & { kind: MeasureKind },
): Promise<CreateResult> {
  if (!can(user, 'create-measure')) return { ok: false, reason: 'forbidden' };
  const refs = await resolveReferences(db, input);
  if (!refs.ok) return { ok: false, reason: 'unknown-reference', field: refs.field };
  const { lineSlugs, wijkSlugs, allianceSlug, ...fields } = input;
  return db.transaction(async (tx) => {
    const slug = await uniqueSlug(tx, input.title);
    const [row] = await tx
      .insert(measures)
      .values({
        ...fields,
        slug,
        allianceId: refs.allianceId,
        status: 'unknown',
        source: null,
        position: 100_000,
      })
      .returning({ id: measures.id });
    await replaceLinks(tx, row!.id, refs.lineIds, refs.wijkIds);
    await recordAudit(tx, {
      user,
      action: 'measure.create',
      entityType: 'measure',
      entityId: row!.id,
      after: { slug, ...input },
    });
    return { ok: true as const, id: row!.id, slug };
  });
}

/**
 * A new status for a measure, through the shared workflow: `from` is the status the editor saw; when
 * someone changed it in the meantime nothing is saved ('conflict'). Pausing and stopping need a reason,
 * which residents read in the measure's history.
 */
export async function changeMeasureStatus(
  db: Db,
  outbox: Pick<Outbox, 'queue'>,
  user: Editor,
  measureId: number,
  change: { from: MeasureStatus; status: MeasureStatus; note: string | null },
): Promise<EditResult> {
  const found = await findEditable(db, user, measureId);
  if (!found.ok) return found;
  const result = await changeStatus(db, outbox, {
    workflow: measureWorkflow,
    table: measures,
    id: measureId,
    from: change.from,
    to: change.status,
    reason: change.note,
    actor: user,
    set: { updatedAt: new Date() },
    audit: { action: 'measure.status' },
  });
  if (result.ok) return result;
  switch (result.refusal) {
    case 'conflict':
      return { ok: false, reason: 'conflict' };
    case 'reason-required':
      return { ok: false, reason: 'reason-required' };
    case 'role':
      return { ok: false, reason: 'forbidden' };
    default:
      return { ok: false, reason: 'status-not-allowed' };
  }
}

export async function addMeasureUpdate(
  db: Db,
  user: Editor,
  measureId: number,
  update: { publishedOn: string; body: string },
): Promise<EditResult> {
  const found = await findEditable(db, user, measureId);
  if (!found.ok) return found;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(measureUpdates)
      .values({ measureId, publishedOn: update.publishedOn, body: update.body, authorName: user.name })
      .returning({ id: measureUpdates.id });
    await tx.update(measures).set({ updatedAt: new Date() }).where(eq(measures.id, measureId));
    await recordAudit(tx, {
      user,
      action: 'measure.update.add',
      entityType: 'measure',
      entityId: measureId,
      after: { updateId: row!.id, ...update },
    });
  });
  return { ok: true };
}

function pick<T extends object, K extends keyof T>(object: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, object[k]])) as Pick<T, K>;
}

/** The choices for the measure form: lines, wijken and alliances by slug and name. */
/** A measure that another part starts, such as a funded wijkbudget plan. */
export interface ActivityFromElsewhere {
  slug: string;
  title: string;
  summary: string;
  description: string;
  budgetEuros: number | null;
  fundingSource: string;
  position: number;
  wijkIds: number[];
}

/**
 * Adds an activity to the register for another part, in that part's transaction: status 'planned', no
 * document source, linked to its wijken. Returns the measure's id; the other part keeps the link back
 * (wijkbudget: plans.measure_id) as its own data.
 */
export async function addActivityFromElsewhere(tx: Tx, input: ActivityFromElsewhere): Promise<number> {
  const [row] = await tx
    .insert(measures)
    .values({
      slug: input.slug,
      title: input.title,
      summary: input.summary,
      description: input.description,
      kind: 'activity',
      status: 'planned',
      budgetEuros: input.budgetEuros,
      fundingSource: input.fundingSource,
      position: input.position,
      source: null,
    })
    .returning({ id: measures.id });
  const measureId = row!.id;
  if (input.wijkIds.length > 0) {
    await tx.insert(measureWijken).values(input.wijkIds.map((wijkId) => ({ measureId, wijkId })));
  }
  return measureId;
}

export async function listMeasureFormOptions(db: Db) {
  const [lineRows, wijkRows, allianceRows] = await Promise.all([
    prepared(db, 'options_lines', (name) =>
      db
        .select({ slug: lines.slug, name: lines.name })
        .from(lines)
        .orderBy(asc(lines.position))
        .prepare(name),
    ).execute(),
    prepared(db, 'options_wijken', (name) =>
      db
        .select({ slug: wijken.slug, name: wijken.name })
        .from(wijken)
        .orderBy(asc(wijken.position))
        .prepare(name),
    ).execute(),
    prepared(db, 'options_alliances', (name) =>
      db
        .select({ slug: alliances.slug, name: alliances.name })
        .from(alliances)
        .orderBy(asc(alliances.position))
        .prepare(name),
    ).execute(),
  ]);
  return { lines: lineRows, wijken: wijkRows, alliances: allianceRows };
}

export type MeasureFormOptions = Awaited<ReturnType<typeof listMeasureFormOptions>>;

/** Measures a staff member may edit, for their dashboard. */
export async function listEditableMeasures(db: Db, user: Editor) {
  const all = await db
    .select({
      id: measures.id,
      slug: measures.slug,
      title: measures.title,
      kind: measures.kind,
      status: measures.status,
      allianceId: measures.allianceId,
    })
    .from(measures)
    .orderBy(asc(measures.title));
  return all.filter((m) => canEditMeasure(user, m));
}

export interface StaffMeasureFilter {
  search?: string | undefined;
  status?: MeasureStatus | undefined;
  wijk?: string | undefined;
  line?: string | undefined;
}

/**
 * One page of the measures this staff member may edit, filtered, by title; with the number that match.
 * One query: the total comes along with each row (a window count), and the role decides in SQL which
 * rows are editable, so a page always holds a full page of them.
 */
export async function listStaffMeasures(
  db: Db,
  user: Editor,
  filter: StaffMeasureFilter,
  page: { limit: number; offset: number },
) {
  const conditions = measureConditions({ status: filter.status, wijk: filter.wijk, line: filter.line });
  if (!can(user, 'edit-any-measure')) {
    if (!can(user, 'edit-own-alliance-measure') || user.allianceId === null) return { rows: [], total: 0 };
    conditions.push(eq(measures.allianceId, user.allianceId));
  }
  if (filter.search) conditions.push(ilike(measures.title, `%${escapeLike(filter.search)}%`));
  const rows = await db
    .select({
      id: measures.id,
      slug: measures.slug,
      title: measures.title,
      kind: measures.kind,
      status: measures.status,
      allianceName: alliances.name,
      total: sql<number>`count(*) over ()::int`,
    })
    .from(measures)
    .leftJoin(alliances, eq(alliances.id, measures.allianceId))
    .where(and(...conditions))
    .orderBy(asc(measures.title), asc(measures.id))
    .limit(page.limit)
    .offset(page.offset);
  return { rows, total: rows[0]?.total ?? (page.offset > 0 ? await countStaff(db, conditions) : 0) };
}

/** Past the last page the window count is gone with the rows: counted apart, to say how many pages there are. */
async function countStaff(db: Db, conditions: SQL[]): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(measures)
    .leftJoin(alliances, eq(alliances.id, measures.allianceId))
    .where(and(...conditions));
  return row?.n ?? 0;
}

/** A search text taken literally in LIKE: its %, _ and \\ match only themselves. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export type StaffMeasureRow = Awaited<ReturnType<typeof listStaffMeasures>>['rows'][number];

// --- changing lines and goals (editors) --------------------------------------------------------------

export interface LineEdit {
  ambitionTitle: string;
  ambition: string;
}

export interface GoalEdit {
  title: string;
  description: string | null;
  targetValue: number | null;
  targetUnit: string | null;
  targetYear: number | null;
}

export async function editLine(db: Db, user: Editor, slug: string, edit: LineEdit): Promise<EditResult> {
  if (!can(user, 'edit-programme')) return { ok: false, reason: 'forbidden' };
  const [line] = await db.select().from(lines).where(eq(lines.slug, slug));
  if (!line) return { ok: false, reason: 'not-found' };
  await db.transaction(async (tx) => {
    await tx.update(lines).set(edit).where(eq(lines.id, line.id));
    await recordAudit(tx, {
      user,
      action: 'line.edit',
      entityType: 'line',
      entityId: slug,
      before: { ambitionTitle: line.ambitionTitle, ambition: line.ambition },
      after: edit,
    });
  });
  return { ok: true };
}

export async function editGoal(db: Db, user: Editor, slug: string, edit: GoalEdit): Promise<EditResult> {
  if (!can(user, 'edit-programme')) return { ok: false, reason: 'forbidden' };
  const [goal] = await db.select().from(goals).where(eq(goals.slug, slug));
  if (!goal) return { ok: false, reason: 'not-found' };
  await db.transaction(async (tx) => {
    await tx.update(goals).set(edit).where(eq(goals.id, goal.id));
    await recordAudit(tx, {
      user,
      action: 'goal.edit',
      entityType: 'goal',
      entityId: slug,
      before: pick(goal, ['title', 'description', 'targetValue', 'targetUnit', 'targetYear']),
      after: edit,
    });
  });
  return { ok: true };
}
