#!/usr/bin/env -S node --import tsx
// SPDX-License-Identifier: EUPL-1.2
/**
 * Imports published figures (the columns of src/monitor/data/kwb-zuidwest.csv) into the monitor.
 *
 *   npm run import:indicators -- FILE.csv
 *
 * Every line is checked first; with any error nothing is imported and each error is printed with its
 * line. It uses the same DATA_DIR / DATABASE_URL as the server (stop a PGlite server first).
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { prepareImport, runImport } from '../src/monitor/import.ts';

const file = process.argv[2];
const read = (path: string) => readFileSync(path, 'utf8');
const prepared = prepareImport(file, read);
if (!prepared.ok) {
  for (const line of prepared.lines) console.error(line);
  process.exit(1);
}
const config = loadConfig(process.env);
const database = await openDatabase({
  databaseUrl: config.DATABASE_URL,
  dataDir: config.DATA_DIR,
  poolSize: 1,
});
try {
  await runMigrations(database);
  const result = await runImport(database.db, file, read);
  for (const line of result.lines) (result.ok ? console.log : console.error)(line);
  process.exitCode = result.ok ? 0 : 1;
} finally {
  await database.close();
}
