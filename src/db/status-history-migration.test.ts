// SPDX-License-Identifier: EUPL-1.2
/**
 * Migration 0008 moves the measures' status history into the shared status_history table before it
 * drops measure_status_changes (hand-added SQL): a database from before keeps every row.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { expect, test } from 'vitest';
import { migrationsFolder } from './migrate.ts';

test('the status history of measures survives the move to status_history, note as public reason', async () => {
  const journalFile = path.join(migrationsFolder, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((entry) => entry.tag === '0008_status_history');
  expect(at).toBeGreaterThan(0);
  // The migrations up to just before 0008, in a folder of their own.
  const before = mkdtempSync(path.join(tmpdir(), 'ozw-migrations-'));
  cpSync(migrationsFolder, before, { recursive: true });
  writeFileSync(
    path.join(before, 'meta/_journal.json'),
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }),
  );
  const client = await PGlite.create('memory://');
  try {
    const db = drizzle({ client });
    await migrate(db, { migrationsFolder: before });
    await client.exec(`
      insert into measures (id, slug, title, summary, kind, status) values
        (7, 'speeltuin', 'Speeltuin', 'Een speeltuin', 'measure', 'paused');
      insert into measure_status_changes (measure_id, from_status, to_status, note, changed_by, changed_at) values
        (7, 'unknown', 'started', 'Volgens het plan van aanpak', null, '2026-01-05T10:00:00Z'),
        (7, 'started', 'paused', 'Wacht op de vergunning', 3, '2026-03-01T09:30:00Z');
    `);
    await migrate(db, { migrationsFolder });
    const moved = await client.query(
      'select entity_type, entity_id, from_status, to_status, reason, changed_by, changed_at from status_history order by id',
    );
    expect(moved.rows).toEqual([
      {
        entity_type: 'measure',
        entity_id: '7',
        from_status: 'unknown',
        to_status: 'started',
        reason: 'Volgens het plan van aanpak',
        changed_by: null,
        changed_at: new Date('2026-01-05T10:00:00Z'),
      },
      {
        entity_type: 'measure',
        entity_id: '7',
        from_status: 'started',
        to_status: 'paused',
        reason: 'Wacht op de vergunning',
        changed_by: 3,
        changed_at: new Date('2026-03-01T09:30:00Z'),
      },
    ]);
    const old = await client.query(`select to_regclass('measure_status_changes') as t`);
    expect(old.rows).toEqual([{ t: null }]);
  } finally {
    await client.close();
    rmSync(before, { recursive: true, force: true });
  }
}, 120_000); // two full migration runs in a fresh PGlite: slow on a busy 2-core machine
