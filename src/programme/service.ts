// SPDX-License-Identifier: EUPL-1.2
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { recordAudit } from '../platform/audit/service.ts';
import { canEditMeasure, type StaffUser } from '../platform/auth/roles.ts';
import type { MeasureKind, MeasureStatus, Source } from '../seed/dataset.ts';
import { canChangeMeasureStatus } from './rules.ts';
import {
  allianceLines,
  alliancePartners,
  alliances,
  budgetRows,
  budgetTables,
  buurten,
  fundContributions,
  funds,
  goals,
  lines,
  measureGoals,
  measureLines,
  measurePartners,
  measures,
  measureStatusChanges,
  measureUpdates,
  measureWijken,
  partners,
  programme,
  wijken,
} from './schema.ts';

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
  const [row] = await db.select().from(programme).where(eq(programme.id, 1));
  return row ?? null;
}

export async function listLines(db: Db) {
  const [lineRows, goalRows] = await Promise.all([
    db.select().from(lines).orderBy(asc(lines.position)),
    db.select().from(goals).orderBy(asc(goals.position)),
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

export async function listWijken(db: Db) {
  const [wijkRows, buurtRows] = await Promise.all([
    db.select().from(wijken).orderBy(asc(wijken.position)),
    db.select().from(buurten).orderBy(asc(buurten.code)),
  ]);
  return wijkRows.map((wijk) => ({ ...wijk, buurten: buurtRows.filter((b) => b.cbsWijkCode === wijk.cbsCode) }));
}

export async function getWijk(db: Db, slug: string) {
  const [wijk] = await db.select().from(wijken).where(eq(wijken.slug, slug));
  if (!wijk) return null;
  const [wijkBuurten, wijkMeasures] = await Promise.all([
    db.select().from(buurten).where(eq(buurten.cbsWijkCode, wijk.cbsCode)).orderBy(asc(buurten.code)),
    listMeasures(db, { wijk: slug }),
  ]);
  return { ...wijk, buurten: wijkBuurten, measures: wijkMeasures };
}

/** Measures with their lines, wijken, alliance and latest update, in four queries whatever the count. */
export async function listMeasures(
  db: Db,
  filter: MeasureFilter = {},
  page?: { limit: number; offset: number },
): Promise<MeasureSummary[]> {
  const query = db
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
    })
    .from(measures)
    .leftJoin(alliances, eq(alliances.id, measures.allianceId))
    .where(and(...measureConditions(filter)))
    .orderBy(sql`${measures.top10Rank} asc nulls last`, asc(measures.position), asc(measures.id))
    .$dynamic();
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  return withRelations(db, rows);
}

export async function countMeasures(db: Db, filter: MeasureFilter = {}): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(measures)
    .leftJoin(alliances, eq(alliances.id, measures.allianceId))
    .where(and(...measureConditions(filter)));
  return row?.n ?? 0;
}

function measureConditions(filter: MeasureFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(measures.status, filter.status));
  if (filter.kind) conditions.push(eq(measures.kind, filter.kind));
  if (filter.alliance) conditions.push(eq(alliances.slug, filter.alliance));
  if (filter.line) {
    conditions.push(
      inArray(
        measures.id,
        sql`(select ${measureLines.measureId} from ${measureLines} join ${lines} on ${lines.id} = ${measureLines.lineId} where ${lines.slug} = ${filter.line})`,
      ),
    );
  }
  if (filter.wijk) {
    conditions.push(
      inArray(
        measures.id,
        sql`(select ${measureWijken.measureId} from ${measureWijken} join ${wijken} on ${wijken.id} = ${measureWijken.wijkId} where ${wijken.slug} = ${filter.wijk})`,
      ),
    );
  }
  return conditions;
}

type MeasureRow = Omit<MeasureSummary, 'lines' | 'wijken' | 'latestUpdate' | 'alliance'> & {
  allianceSlug: string | null;
  allianceName: string | null;
};

async function withRelations(db: Db, rows: MeasureRow[]): Promise<MeasureSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [lineLinks, wijkLinks, latest] = await Promise.all([
    db
      .select({ measureId: measureLines.measureId, slug: lines.slug, name: lines.name })
      .from(measureLines)
      .innerJoin(lines, eq(lines.id, measureLines.lineId))
      .where(inArray(measureLines.measureId, ids))
      .orderBy(asc(lines.position)),
    db
      .select({ measureId: measureWijken.measureId, slug: wijken.slug, name: wijken.name })
      .from(measureWijken)
      .innerJoin(wijken, eq(wijken.id, measureWijken.wijkId))
      .where(inArray(measureWijken.measureId, ids))
      .orderBy(asc(wijken.position)),
    db
      .selectDistinctOn([measureUpdates.measureId], {
        measureId: measureUpdates.measureId,
        publishedOn: measureUpdates.publishedOn,
        body: measureUpdates.body,
      })
      .from(measureUpdates)
      .where(inArray(measureUpdates.measureId, ids))
      .orderBy(measureUpdates.measureId, desc(measureUpdates.publishedOn), desc(measureUpdates.id)),
  ]);
  const linesOf = groupBy(lineLinks);
  const wijkenOf = groupBy(wijkLinks);
  const latestOf = new Map(latest.map((u) => [u.measureId, { publishedOn: u.publishedOn, body: u.body }]));
  return rows.map(({ allianceSlug, allianceName, ...m }) => ({
    ...m,
    alliance: allianceSlug && allianceName ? { slug: allianceSlug, name: allianceName } : null,
    lines: linesOf.get(m.id) ?? [],
    wijken: wijkenOf.get(m.id) ?? [],
    latestUpdate: latestOf.get(m.id) ?? null,
  }));
}

function groupBy(links: { measureId: number; slug: string; name: string }[]): Map<number, NamedLink[]> {
  const map = new Map<number, NamedLink[]>();
  for (const { measureId, slug, name } of links) {
    const list = map.get(measureId) ?? [];
    list.push({ slug, name });
    map.set(measureId, list);
  }
  return map;
}

export async function getMeasure(db: Db, slug: string) {
  const [row] = await db.select({ id: measures.id }).from(measures).where(eq(measures.slug, slug));
  return row ? getMeasureById(db, row.id) : null;
}

export async function getMeasureById(db: Db, id: number) {
  const [measure] = await db.select().from(measures).where(eq(measures.id, id));
  if (!measure) return null;
  const [summary] = await withRelations(db, [
    { ...measure, allianceSlug: null, allianceName: null } as MeasureRow,
  ]);
  const [alliance, measureGoalRows, partnerRows, updates, history] = await Promise.all([
    measure.allianceId
      ? db.select().from(alliances).where(eq(alliances.id, measure.allianceId)).then((r) => r[0] ?? null)
      : Promise.resolve(null),
    db
      .select({ slug: goals.slug, title: goals.title, lineSlug: lines.slug })
      .from(measureGoals)
      .innerJoin(goals, eq(goals.id, measureGoals.goalId))
      .innerJoin(lines, eq(lines.id, goals.lineId))
      .where(eq(measureGoals.measureId, id))
      .orderBy(asc(goals.position)),
    db
      .select({ slug: partners.slug, name: partners.name })
      .from(measurePartners)
      .innerJoin(partners, eq(partners.id, measurePartners.partnerId))
      .where(eq(measurePartners.measureId, id))
      .orderBy(asc(partners.name)),
    db
      .select()
      .from(measureUpdates)
      .where(eq(measureUpdates.measureId, id))
      .orderBy(desc(measureUpdates.publishedOn), desc(measureUpdates.id)),
    db
      .select()
      .from(measureStatusChanges)
      .where(eq(measureStatusChanges.measureId, id))
      .orderBy(desc(measureStatusChanges.changedAt), desc(measureStatusChanges.id)),
  ]);
  return {
    ...measure,
    lines: summary!.lines,
    wijken: summary!.wijken,
    alliance,
    goals: measureGoalRows,
    partners: partnerRows,
    updates,
    statusHistory: history,
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

export async function listLatestUpdates(db: Db, limit = 20) {
  return db
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
    .limit(limit);
}

export interface SearchHit {
  type: 'measure' | 'line' | 'goal' | 'alliance' | 'partner' | 'wijk';
  slug: string;
  title: string;
  text: string;
  href: string;
}

/** Full text search with PostgreSQL's Dutch configuration over everything the register holds. */
export async function search(db: Db, query: string, limit = 50): Promise<SearchHit[]> {
  const q = sql`websearch_to_tsquery('dutch', ${query})`;
  const doc = (...parts: SQL[]) => sql`to_tsvector('dutch', ${sql.join(parts, sql` || ' ' || `)})`;
  const result = await db.execute(sql`
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
      union all
      select 'wijk', slug, name, description, ts_rank(${doc(sql`name`, sql`description`)}, ${q})
        from wijken where ${doc(sql`name`, sql`description`)} @@ ${q}
    ) hits order by rank desc, title asc limit ${limit}`);
  const rows = (result as unknown as { rows: Omit<SearchHit, 'href'>[] }).rows;
  return rows.map((row) => ({ ...row, href: hrefFor(row) }));
}

function hrefFor(hit: Omit<SearchHit, 'href'>): string {
  switch (hit.type) {
    case 'measure':
      return `/maatregelen/${hit.slug}`;
    case 'line':
      return `/programma/lijnen/${hit.slug}`;
    case 'goal':
      return `/programma/doelen#${hit.slug}`;
    case 'alliance':
      return `/allianties/${hit.slug}`;
    case 'partner':
      return `/allianties#partner-${hit.slug}`;
    case 'wijk':
      return `/wijken/${hit.slug}`;
  }
}

// --- changing (staff) -------------------------------------------------------------------------------

export type EditResult = { ok: true } | { ok: false; reason: 'not-found' | 'forbidden' | 'status-not-allowed' };

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
}

async function findEditable(db: Db, user: Editor, measureId: number) {
  const [measure] = await db.select().from(measures).where(eq(measures.id, measureId));
  if (!measure) return { ok: false as const, reason: 'not-found' as const };
  if (!canEditMeasure(user, measure)) return { ok: false as const, reason: 'forbidden' as const };
  return { ok: true as const, measure };
}

export async function editMeasure(db: Db, user: Editor, measureId: number, edit: MeasureEdit): Promise<EditResult> {
  const found = await findEditable(db, user, measureId);
  if (!found.ok) return found;
  const before = pick(found.measure, Object.keys(edit) as (keyof MeasureEdit)[]);
  await db.transaction(async (tx) => {
    await tx.update(measures).set({ ...edit, updatedAt: new Date() }).where(eq(measures.id, measureId));
    await recordAudit(tx, { user, action: 'measure.edit', entityType: 'measure', entityId: measureId, before, after: edit });
  });
  return { ok: true };
}

export async function changeMeasureStatus(
  db: Db,
  user: Editor,
  measureId: number,
  change: { status: MeasureStatus; note: string | null },
): Promise<EditResult> {
  const found = await findEditable(db, user, measureId);
  if (!found.ok) return found;
  const from = found.measure.status;
  if (!canChangeMeasureStatus(from, change.status)) return { ok: false, reason: 'status-not-allowed' };
  await db.transaction(async (tx) => {
    await tx
      .insert(measureStatusChanges)
      .values({ measureId, fromStatus: from, toStatus: change.status, note: change.note, changedBy: user.id });
    await tx.update(measures).set({ status: change.status, updatedAt: new Date() }).where(eq(measures.id, measureId));
    await recordAudit(tx, {
      user,
      action: 'measure.status',
      entityType: 'measure',
      entityId: measureId,
      before: { status: from },
      after: { status: change.status, note: change.note },
    });
  });
  return { ok: true };
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

/** Measures a staff member may edit, for their dashboard. */
export async function listEditableMeasures(db: Db, user: Editor) {
  const all = await db
    .select({ id: measures.id, slug: measures.slug, title: measures.title, status: measures.status, allianceId: measures.allianceId })
    .from(measures)
    .orderBy(asc(measures.title));
  return all.filter((m) => canEditMeasure(user, m));
}
