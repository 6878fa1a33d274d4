// SPDX-License-Identifier: EUPL-1.2
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase } from '../../tests/support/db.ts';
import type { Database } from '../db/client.ts';
import { openDatabase } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';
import * as places from '../places/schema.ts';
import { statusHistory } from '../platform/workflow/schema.ts';
import * as schema from '../programme/schema.ts';
import { npzw } from './data/npzw.ts';
import { isEmpty, loadDataset } from './load.ts';

const tables = {
  wijken: places.wijken,
  lines: schema.lines,
  goals: schema.goals,
  partners: schema.partners,
  alliances: schema.alliances,
  measures: schema.measures,
  measureWijken: schema.measureWijken,
  measureLines: schema.measureLines,
  funds: schema.funds,
  fundContributions: schema.fundContributions,
  budgetTables: schema.budgetTables,
  budgetRows: schema.budgetRows,
  buurten: places.buurten,
};

async function counts(database: Database) {
  const result: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    result[name] = (await database.db.select({ n: count() }).from(table))[0]!.n;
  }
  return result;
}

describe('loading the NPZW dataset', () => {
  let seeded: Database;
  beforeAll(async () => {
    seeded = await createTestDatabase();
  });
  afterAll(() => seeded.close());

  test('everything the dataset holds is in the database, each record with its source', async () => {
    const n = await counts(seeded);
    expect(n.wijken).toBe(4);
    expect(n.lines).toBe(6);
    expect(n.goals).toBe(npzw.goals.length);
    expect(n.measures).toBe(npzw.measures.length);
    expect(n.alliances).toBe(npzw.alliances.length);
    expect(n.buurten).toBe(11);
    expect(n.budgetRows).toBe(npzw.budgetTables.reduce((sum, table) => sum + table.rows.length, 0));
    const measures = await seeded.db.select().from(schema.measures);
    expect(measures.every((m) => m.source?.file && m.source.section)).toBe(true);
  });

  test('a second run changes nothing: no duplicates, and staff edits are not overwritten', async () => {
    const [first] = await seeded.db.select().from(schema.measures).limit(1);
    await seeded.db
      .update(schema.measures)
      .set({ summary: 'Aangepast door een redacteur.' })
      .where(eq(schema.measures.id, first!.id));
    const before = await counts(seeded);
    const report = await loadDataset(seeded.db, npzw);
    expect(Object.values(report.inserted).every((n) => n === 0)).toBe(true);
    expect(await counts(seeded)).toEqual(before);
    const [after] = await seeded.db.select().from(schema.measures).where(eq(schema.measures.id, first!.id));
    expect(after!.summary).toBe('Aangepast door een redacteur.');
  });

  test('into an empty database it loads everything again, and the statuses come from the documents', async () => {
    const empty = await openDatabase({ dataDir: 'memory://' });
    try {
      await runMigrations(empty);
      expect(await isEmpty(empty.db)).toBe(true);
      await loadDataset(empty.db, npzw);
      expect(await isEmpty(empty.db)).toBe(false);
      const n = await counts(empty);
      expect(n.measures).toBe(npzw.measures.length);
      const started = await empty.db
        .select()
        .from(schema.measures)
        .where(eq(schema.measures.status, 'started'));
      expect(started.length).toBe(npzw.measures.filter((m) => m.status === 'started').length);
      const history = await empty.db
        .select()
        .from(statusHistory)
        .where(eq(statusHistory.entityType, 'measure'));
      expect(history.length).toBe(npzw.measures.filter((m) => m.status !== 'unknown').length);
    } finally {
      await empty.close();
    }
  }, 120_000); // a fresh PGlite migrated and loaded from scratch: slow on a busy 2-core machine
});

describe('sources name their document', () => {
  test('every stored source carries the title of its document, so pages say where a fact comes from in words', async () => {
    const database = await createTestDatabase();
    try {
      const rows = await database.db.select({ source: schema.measures.source }).from(schema.measures);
      const titles = new Set(npzw.documents.map((d) => d.title));
      for (const { source } of rows) expect(titles.has(source!.document!), source!.file).toBe(true);
      const [line] = await database.db.select().from(schema.lines).limit(1);
      expect(titles.has(line!.source.document!)).toBe(true);
    } finally {
      await database.close();
    }
  });
});
