// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase, withDatabaseName } from '../../src/db/client.ts';

export const pgliteTemplateDir = path.resolve('.tmp/test-template');
export const serverTemplateName = 'ozw_test_template';

/** A fresh copy of the migrated, seeded template: every test file gets its own database. */
export interface TestDatabase extends Database {
  url?: string;
  dir?: string;
  /** Closes this process's connection but keeps the data, for a server process started by the test. */
  disconnect(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject('databaseTemplate');
  if (template.kind === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'ozw-test-'));
    cpSync(template.dir, dir, { recursive: true });
    const database = await openDatabase({ dataDir: dir });
    let connected = true;
    return {
      ...database,
      dir,
      disconnect: async () => {
        if (connected) await database.close();
        connected = false;
      },
      close: async () => {
        if (connected) await database.close();
        connected = false;
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `ozw_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: template.url });
  await admin.connect();
  await admin.query(`create database ${name} template ${template.template}`);
  await admin.end();
  const url = withDatabaseName(template.url, name);
  const database = await openDatabase({ databaseUrl: url, poolSize: 20 });
  let connected = true;
  return {
    ...database,
    url,
    disconnect: async () => {
      if (connected) await database.close();
      connected = false;
    },
    close: async () => {
      if (connected) await database.close();
      connected = false;
      const cleanup = new pg.Client({ connectionString: template.url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
