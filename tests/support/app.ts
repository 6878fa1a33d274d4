// SPDX-License-Identifier: EUPL-1.2
import type { Hono } from 'hono';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/client.ts';
import { createUser } from '../../src/platform/auth/service.ts';
import { createLogger, type Logger } from '../../src/platform/logger.ts';
import { createMailer } from '../../src/platform/mail.ts';
import { alliances } from '../../src/programme/schema.ts';
import { createTestDatabase } from './db.ts';

export const testPassword = 'correct horse battery staple';

export interface TestApp {
  app: Hono;
  database: Database;
  /** Staff accounts made for the test: one per role; the alliance editor belongs to the first alliance. */
  staff: { admin: string; editor: string; allianceEditor: string; allianceId: number };
  close(): Promise<void>;
}

/** The real app on a fresh copy of the seeded database, with one staff account per role. */
export async function buildTestApp(
  env: Record<string, string> = {},
  options: { logger?: Logger } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const logger = options.logger ?? createLogger('silent');
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, logger });
  const app = createApp({ config, database, mailer, logger });
  const [firstAlliance] = await database.db
    .select({ id: alliances.id })
    .from(alliances)
    .orderBy(alliances.position)
    .limit(1);
  const allianceId = firstAlliance!.id;
  const staff = {
    admin: 'beheer@example.nl',
    editor: 'redactie@example.nl',
    allianceEditor: 'alliantie@example.nl',
    allianceId,
  };
  await createUser(database.db, null, {
    email: staff.admin,
    name: 'Anna Beheer',
    password: testPassword,
    role: 'admin',
    allianceId: null,
  });
  await createUser(database.db, null, {
    email: staff.editor,
    name: 'Eddy Redactie',
    password: testPassword,
    role: 'editor',
    allianceId: null,
  });
  await createUser(database.db, null, {
    email: staff.allianceEditor,
    name: 'Ali Alliantie',
    password: testPassword,
    role: 'alliance-editor',
    allianceId,
  });
  return { app, database, staff, close: () => database.close() };
}
