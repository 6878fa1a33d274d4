// SPDX-License-Identifier: EUPL-1.2
import type { Hono } from 'hono';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/client.ts';
import { createUser } from '../../src/platform/auth/service.ts';
import { createJobRunner, type JobRunner } from '../../src/platform/jobs/runner.ts';
import { createLogger, type Logger } from '../../src/platform/logger.ts';
import { createMailer } from '../../src/platform/mail/mailer.ts';
import { createOutbox, mailDelivery } from '../../src/platform/mail/outbox.ts';
import { alliances } from '../../src/programme/schema.ts';
import { createTestDatabase } from './db.ts';

export const testPassword = 'correct horse battery staple';

export interface TestApp {
  app: Hono;
  database: Database;
  /** Staff accounts made for the test: one per role; the alliance editor belongs to the first alliance. */
  staff: { admin: string; editor: string; allianceEditor: string; allianceId: number };
  /** The job queue; not worked in the background: `runDue()` delivers what is queued, when a test says so. */
  jobs: JobRunner;
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
  const jobs = await testJobs(database, config.SMTP_URL, logger, config.MAIL_RETRIES);
  const app = createApp({ config, database, jobs, outbox: createOutbox(jobs), logger });
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
  return {
    app,
    database,
    staff,
    jobs,
    close: async () => {
      await jobs.stop();
      await database.close();
    },
  };
}

/** The real job runner with the real mail delivery (to the test's SMTP server, or the log without one). */
export function testJobs(
  database: Database,
  smtpUrl: string | undefined,
  logger: Logger = createLogger('silent'),
  retries = 10,
) {
  const mailer = createMailer({
    smtpUrl,
    from: 'Open Zuidwest <test@example.nl>',
    logger,
    timeoutSeconds: 5,
  });
  return createJobRunner({ database, logger, kinds: [mailDelivery(mailer, { timeoutSeconds: 5, retries })] });
}
