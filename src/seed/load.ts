// SPDX-License-Identifier: EUPL-1.2
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { loadShippedFigures } from '../monitor/service.ts';
import { zuidwestMap } from '../places/map-data.ts';
import { buurten, wijken } from '../places/schema.ts';
import { statusHistory } from '../platform/workflow/schema.ts';

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
  measureGoals,
  measureLines,
  measurePartners,
  measures,
  measureWijken,
  partners,
  programme,
} from '../programme/schema.ts';
import type { Dataset } from './dataset.ts';

export interface LoadReport {
  inserted: Record<string, number>;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type SlugTable =
  | typeof wijken
  | typeof lines
  | typeof goals
  | typeof partners
  | typeof alliances
  | typeof funds;

/**
 * Loads a programme dataset. Idempotent: records are matched by slug, missing ones are inserted and
 * existing ones are left exactly as they are, so staff edits are never overwritten by a re-run.
 */
export async function loadDataset(db: Db, given: Dataset): Promise<LoadReport> {
  const dataset = withDocumentTitles(given);
  return db.transaction(async (tx) => {
    const inserted: Record<string, number> = {};
    const count = (name: string, n: number) => {
      inserted[name] = (inserted[name] ?? 0) + n;
    };

    const p = dataset.programme;
    const programmeRows = await tx
      .insert(programme)
      .values({ id: 1, ...p })
      .onConflictDoNothing()
      .returning({ id: programme.id });
    count('programme', programmeRows.length);

    const buurtRows = await tx
      .insert(buurten)
      .values(zuidwestMap.buurten.map((b) => ({ code: b.code, name: b.name, cbsWijkCode: b.wijkCode })))
      .onConflictDoNothing()
      .returning({ code: buurten.code });
    count('buurten', buurtRows.length);

    const wijkIds = await insertMissing(
      tx,
      wijken,
      dataset.wijken.map((w, i) => ({ ...w, position: i + 1 })),
      count,
      'wijken',
    );
    const lineIds = await insertMissing(tx, lines, dataset.lines, count, 'lines');
    const goalIds = await insertMissing(
      tx,
      goals,
      dataset.goals.map(({ lineSlug, ...g }, i) => ({
        ...g,
        lineId: lookup(lineIds, lineSlug),
        position: i + 1,
      })),
      count,
      'goals',
    );
    const partnerIds = await insertMissing(tx, partners, dataset.partners, count, 'partners');
    const newAlliances = new Set<string>();
    const allianceIds = await insertMissing(
      tx,
      alliances,
      dataset.alliances.map(({ lineSlugs, partnerSlugs, ...a }, i) => ({ ...a, position: i + 1 })),
      count,
      'alliances',
      newAlliances,
    );
    for (const alliance of dataset.alliances.filter((a) => newAlliances.has(a.slug))) {
      const allianceId = lookup(allianceIds, alliance.slug);
      await insertLinks(
        tx,
        allianceLines,
        alliance.lineSlugs.map((s) => ({ allianceId, lineId: lookup(lineIds, s) })),
      );
      await insertLinks(
        tx,
        alliancePartners,
        alliance.partnerSlugs.map((s) => ({ allianceId, partnerId: lookup(partnerIds, s) })),
      );
    }

    await loadMeasures(tx, dataset, { wijkIds, lineIds, goalIds, partnerIds, allianceIds }, count);
    await loadFunds(tx, dataset, count);
    await loadBudgetTables(tx, dataset, count);
    count('monitorFigures', await loadShippedFigures(tx));
    return { inserted };
  });
}

interface Ids {
  wijkIds: Map<string, number>;
  lineIds: Map<string, number>;
  goalIds: Map<string, number>;
  partnerIds: Map<string, number>;
  allianceIds: Map<string, number>;
}

/** Inserts the missing measures and their links in one statement per table, whatever their number. */
async function loadMeasures(tx: Tx, dataset: Dataset, ids: Ids, count: (n: string, k: number) => void) {
  const existing = new Set((await tx.select({ slug: measures.slug }).from(measures)).map((r) => r.slug));
  const missing = dataset.measures.filter((m) => !existing.has(m.slug));
  count('measures', missing.length);
  if (missing.length === 0) return;
  const inserted = await tx
    .insert(measures)
    .values(
      missing.map((measure) => {
        const { lineSlugs, goalSlugs, wijkSlugs, allianceSlug, partnerSlugs, ...fields } = measure;
        return {
          ...fields,
          allianceId: allianceSlug ? lookup(ids.allianceIds, allianceSlug) : null,
          position: dataset.measures.indexOf(measure) + 1,
        };
      }),
    )
    .returning({ id: measures.id, slug: measures.slug });
  const idOf = new Map(inserted.map((r) => [r.slug, r.id]));
  const links = <T>(make: (m: (typeof missing)[number], measureId: number) => T[]) =>
    missing.flatMap((m) => make(m, idOf.get(m.slug)!));
  await insertLinks(
    tx,
    measureLines,
    links((m, measureId) => m.lineSlugs.map((s) => ({ measureId, lineId: lookup(ids.lineIds, s) }))),
  );
  await insertLinks(
    tx,
    measureGoals,
    links((m, measureId) => m.goalSlugs.map((s) => ({ measureId, goalId: lookup(ids.goalIds, s) }))),
  );
  await insertLinks(
    tx,
    measureWijken,
    links((m, measureId) => m.wijkSlugs.map((s) => ({ measureId, wijkId: lookup(ids.wijkIds, s) }))),
  );
  await insertLinks(
    tx,
    measurePartners,
    links((m, measureId) => m.partnerSlugs.map((s) => ({ measureId, partnerId: lookup(ids.partnerIds, s) }))),
  );
  await insertLinks(
    tx,
    statusHistory,
    links((m, measureId) =>
      m.status === 'unknown'
        ? []
        : [
            {
              entityType: 'measure',
              entityId: String(measureId),
              fromStatus: 'unknown',
              toStatus: m.status,
              // The documents give no date for a status; the install time is not one either.
              changedAt: null,
              reason: `Status volgens ${m.source.file}, ${m.source.section}`,
            },
          ],
    ),
  );
}

async function loadFunds(tx: Tx, dataset: Dataset, count: (n: string, k: number) => void) {
  for (const [index, fund] of dataset.funds.entries()) {
    const { contributions, ...fields } = fund;
    const [row] = await tx
      .insert(funds)
      .values({ ...fields, position: index + 1 })
      .onConflictDoNothing()
      .returning({ id: funds.id });
    if (!row) continue;
    count('funds', 1);
    await tx
      .insert(fundContributions)
      .values(contributions.map((c, i) => ({ ...c, fundId: row.id, position: i + 1 })));
  }
}

async function loadBudgetTables(tx: Tx, dataset: Dataset, count: (n: string, k: number) => void) {
  for (const [index, table] of dataset.budgetTables.entries()) {
    const { rows, ...fields } = table;
    const [row] = await tx
      .insert(budgetTables)
      .values({ ...fields, position: index + 1 })
      .onConflictDoNothing()
      .returning({ id: budgetTables.id });
    if (!row) continue;
    count('budgetTables', 1);
    if (rows.length > 0) {
      await tx.insert(budgetRows).values(rows.map((r, i) => ({ ...r, tableId: row.id, position: i + 1 })));
    }
  }
}

/** Inserts the rows whose slug is not there yet; returns slug -> id for all rows of the dataset. */
async function insertMissing<T extends { slug: string }>(
  tx: Tx,
  table: SlugTable,
  rows: T[],
  count: (name: string, n: number) => void,
  name: string,
  insertedSlugs?: Set<string>,
): Promise<Map<string, number>> {
  if (rows.length > 0) {
    const added = (await tx
      .insert(table)
      .values(rows as never)
      .onConflictDoNothing({ target: table.slug })
      .returning({ slug: table.slug })) as { slug: string }[];
    count(name, added.length);
    for (const r of added) insertedSlugs?.add(r.slug);
  }
  const all = (await tx.select({ id: table.id, slug: table.slug }).from(table as never)) as {
    id: number;
    slug: string;
  }[];
  return new Map(all.map((r) => [r.slug, r.id]));
}

async function insertLinks(tx: Tx, table: Parameters<Tx['insert']>[0], rows: object[]) {
  if (rows.length > 0)
    await tx
      .insert(table)
      .values(rows as never)
      .onConflictDoNothing();
}

function lookup(ids: Map<string, number>, slug: string): number {
  const id = ids.get(slug);
  if (id === undefined) throw new Error(`Dataset refers to unknown slug "${slug}"`);
  return id;
}

/**
 * Every source in the dataset gets its document's title, so each stored record names its source in words a
 * reader recognises, not only by file name.
 */
export function withDocumentTitles(dataset: Dataset): Dataset {
  const titles = new Map(dataset.documents.map((d) => [d.file, d.title]));
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value).map(([key, inner]) => [key, visit(inner)] as const);
    const object = Object.fromEntries(entries) as Record<string, unknown>;
    const isSource = typeof object.file === 'string' && typeof object.section === 'string';
    const title = isSource ? titles.get(object.file as string) : undefined;
    return title ? { ...object, document: title } : object;
  };
  return visit(dataset) as Dataset;
}

/** True when the database holds no programme yet (first start). */
export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ id: programme.id }).from(programme).where(eq(programme.id, 1));
  return rows.length === 0;
}
