// SPDX-License-Identifier: EUPL-1.2
/**
 * Runs once per test run: migrates and seeds one template database, which every test file then copies.
 * PGlite: a data folder under .tmp/. PostgreSQL server (TEST_DATABASE_URL): a template database.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase, withDatabaseName } from '../../src/db/client.ts';
import { runMigrations } from '../../src/db/migrate.ts';
import { npzw } from '../../src/seed/data/npzw.ts';
import { loadDataset } from '../../src/seed/load.ts';
import { pgliteTemplateDir, serverTemplateName } from '../support/db.ts';

// One template per run, so two test runs at once (two terminals, two projects) never share a folder.
const runId = randomBytes(4).toString('hex');

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplate: { kind: 'pglite'; dir: string } | { kind: 'server'; url: string; template: string };
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    const template = `${serverTemplateName}_${runId}`;
    await admin.query(`drop database if exists ${template} with (force)`);
    await admin.query(`create database ${template}`);
    await admin.end();
    const database = await openDatabase({ databaseUrl: withDatabaseName(serverUrl, template) });
    await runMigrations(database);
    await loadDataset(database.db, npzw);
    await database.close();
    project.provide('databaseTemplate', { kind: 'server', url: serverUrl, template });
    return async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${template} with (force)`);
      await cleanup.end();
    };
  }
  const dir = `${pgliteTemplateDir}-${runId}`;
  rmSync(dir, { recursive: true, force: true });
  const database = await openDatabase({ dataDir: dir });
  await runMigrations(database);
  await loadDataset(database.db, npzw);
  await database.close();
  project.provide('databaseTemplate', { kind: 'pglite', dir });
  return () => rmSync(dir, { recursive: true, force: true });
}
