// SPDX-License-Identifier: EUPL-1.2
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/db.ts';
import { runImport } from './import.ts';
import { monitorFigures } from './schema.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const header = 'year,area_code,area_name,area_level,indicator,value,unit,source';
const files: Record<string, string> = {
  'goed.csv': [
    header,
    "2025,GM0518,'s-Gravenhage,gemeente,AantalInwoners_5,570000,count,CBS 86165NED",
    '2025,WK051836,Moerwijk,wijk,AantalInwoners_5,,count,CBS 86165NED',
  ].join('\r\n'),
  'fout.csv': [
    header,
    "2026,GM0518,'s-Gravenhage,gemeente,AantalInwoners_5,580000,count,CBS",
    '2026,WK051899,Elders,wijk,AantalInwoners_5,10,count,CBS',
  ].join('\n'),
};
const read = (path: string) => {
  const text = files[path];
  if (text === undefined) throw new Error('no such file');
  return text;
};

async function figureCount(year: number) {
  const [row] = await database.db
    .select({ n: count() })
    .from(monitorFigures)
    .where(eq(monitorFigures.year, year));
  return row!.n;
}

describe('runImport (npm run import:indicators)', () => {
  it('ships the CBS figures in the seeded database', async () => {
    expect(await figureCount(2019)).toBeGreaterThan(1000);
  });

  it('imports nothing at all when one line is wrong, and says which line and why', async () => {
    const result = await runImport(database.db, 'fout.csv', read);
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toBe('Er is niets ingelezen: het bestand heeft 1 fout.');
    expect(result.lines[1]).toContain('Regel 3: De gebiedscode "WK051899" kennen wij niet');
    expect(await figureCount(2026)).toBe(0);
  });

  it('imports a good file, keeps an empty value as unknown, and importing it again changes nothing', async () => {
    const first = await runImport(database.db, 'goed.csv', read);
    expect(first).toEqual({ ok: true, lines: ['2 cijfers ingelezen uit goed.csv.'] });
    await runImport(database.db, 'goed.csv', read);
    expect(await figureCount(2025)).toBe(2);
    const [moerwijk] = await database.db
      .select({ value: monitorFigures.value })
      .from(monitorFigures)
      .where(and(eq(monitorFigures.year, 2025), eq(monitorFigures.areaCode, 'WK051836')));
    expect(moerwijk!.value).toBeNull();
  });

  it('replaces a figure CBS corrected (same area, year and key)', async () => {
    files['correctie.csv'] = [
      header,
      "2025,GM0518,'s-Gravenhage,gemeente,AantalInwoners_5,570001,count,CBS 86165NED (correctie)",
    ].join('\n');
    await runImport(database.db, 'correctie.csv', read);
    const [city] = await database.db
      .select({ value: monitorFigures.value, source: monitorFigures.source })
      .from(monitorFigures)
      .where(and(eq(monitorFigures.year, 2025), eq(monitorFigures.areaCode, 'GM0518')));
    expect(city).toEqual({ value: 570001, source: 'CBS 86165NED (correctie)' });
  });

  it('explains how to call it without a file, and says when a file cannot be read', async () => {
    expect((await runImport(database.db, undefined, read)).lines).toEqual([
      'Gebruik: npm run import:indicators -- BESTAND.csv',
    ]);
    expect((await runImport(database.db, 'weg.csv', read)).lines).toEqual([
      'Het bestand weg.csv kan niet worden gelezen.',
    ]);
  });
});
