// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'ozw-indicators-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function importIndicators(file: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'bin/import-indicators.ts', file], {
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' },
  });
}

describe('npm run import:indicators', { timeout: 120_000 }, () => {
  // Importing a good file is tested in src/monitor/import.test.ts on the test database.
  test('prints every error with its line and exits with 1, before it opens the database', () => {
    const bad = path.join(dir, 'fout.csv');
    writeFileSync(
      bad,
      [
        'year,area_code,area_name,area_level,indicator,value,unit,source',
        '2025,GM0518,x,gemeente,AantalInwoners_5,"12,5",count,CBS',
        '2025,GM0518,x,gemeente,AantalInwoners_5,12,stuks,CBS',
      ].join('\n'),
    );
    const failed = importIndicators(bad);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('Er is niets ingelezen: het bestand heeft 2 fouten.');
    expect(failed.stderr).toContain('Regel 2: De waarde "12,5" is geen getal');
    expect(failed.stderr).toContain('Regel 3: De eenheid "stuks" kennen wij niet.');
    expect(existsSync(path.join(dir, 'data'))).toBe(false);
  });
});
