// SPDX-License-Identifier: EUPL-1.2
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { assertWritableDataDir, DataDirError } from './client.ts';

const run = promisify(execFile);
const server = fileURLToPath(new URL('../server.ts', import.meta.url));

function fileInTheWay(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ozw-datadir-'));
  const file = join(dir, 'een-bestand');
  writeFileSync(file, 'geen map');
  return join(file, 'data');
}

describe('a DATA_DIR the embedded database cannot write to', () => {
  test('is refused with one sentence in Dutch and English, for a folder that cannot be made or written', () => {
    // /sys/kernel exists and is read-only even for root; under a file no folder can be made.
    for (const dir of ['/sys/kernel', fileInTheWay()]) {
      expect(() => assertWritableDataDir(dir)).toThrow(DataDirError);
      expect(() => assertWritableDataDir(dir)).toThrow(/is niet te beschrijven .* is not writable/);
    }
    expect(() => assertWritableDataDir(mkdtempSync(join(tmpdir(), 'ozw-ok-')))).not.toThrow();
  });

  test('the server stops with that one line and exit code 1, without a stack trace', async () => {
    const dataDir = fileInTheWay();
    const failed = await run(process.execPath, ['--import', 'tsx', server], {
      env: { ...process.env, DATA_DIR: dataDir, PORT: '3997', DATABASE_URL: '' },
      timeout: 110_000,
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    const lines = failed!.stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(`^DATA_DIR ${dataDir}: deze map is niet te beschrijven \\(ENOTDIR\\)`),
      ),
    ]);
  }, 120_000); // tsx compiles the whole server first: slow on a busy 2-core machine
});
