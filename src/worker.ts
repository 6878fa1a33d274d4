// SPDX-License-Identifier: EUPL-1.2
/**
 * What a process that touches the database runs: the one process (PGlite, WEB_CONCURRENCY=1), each
 * cluster worker, and the short-lived process that migrates and seeds before the workers start. The
 * primary of a cluster never loads this module (src/server.ts imports it only where it runs), so it holds
 * no app, no database pool and no dataset: it only forks and watches.
 */
import cluster from 'node:cluster';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import { loadConsultationsDemo } from './consultations/demo.ts';
import { type Database, openDatabase } from './db/client.ts';
import { runMigrations } from './db/migrate.ts';
import { loadInitiativeExamples } from './initiatives/demo.ts';
import { createJobRunner } from './platform/jobs/runner.ts';
import type { Logger } from './platform/logger.ts';
import { createMailer } from './platform/mail/mailer.ts';
import { createOutbox, mailDelivery } from './platform/mail/outbox.ts';
import { loadReportsDemo } from './reports/demo.ts';
import { npzw } from './seed/data/npzw.ts';
import { isEmpty, loadDataset } from './seed/load.ts';
import { loadDemo } from './wijkbudget/demo.ts';

/** Migrations and the first seed, once, before any worker serves a request. */
export async function prepareDatabase(config: Config, logger: Logger) {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, poolSize: 1 });
  try {
    await migrateAndSeed(database, config, logger);
  } finally {
    await database.close();
  }
}

async function migrateAndSeed(database: Database, config: Config, logger: Logger) {
  await runMigrations(database);
  if (config.SEED === '1' && (await isEmpty(database.db))) {
    const report = await loadDataset(database.db, npzw);
    logger.info({ inserted: report.inserted }, 'loaded the NPZW dataset');
  }
  if (config.DEMO === '1') {
    await loadDemo(database.db);
    await loadInitiativeExamples(database.db);
    await loadConsultationsDemo(database.db);
    await loadReportsDemo(database.db);
    logger.info(
      'DEMO=1: example wijkbudget rounds, consultations, initiatives and reports are shown, marked "Voorbeeld"',
    );
  }
}

/** One process that serves HTTP: the only one (PGlite, WEB_CONCURRENCY=1) or a cluster worker. */
export async function runServer(config: Config, logger: Logger, { prepare }: { prepare: boolean }) {
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    poolSize: config.DATABASE_POOL_SIZE,
    onConnectionError: (error) =>
      logger.warn({ err: error }, 'the database closed a connection; it will be replaced'),
  });
  if (prepare) await migrateAndSeed(database, config, logger);

  const mailer = createMailer({
    smtpUrl: config.SMTP_URL,
    from: config.MAIL_FROM,
    logger,
    timeoutSeconds: config.MAIL_TIMEOUT_SECONDS,
  });
  const jobs = await createJobRunner({
    database,
    logger,
    kinds: [
      mailDelivery(mailer, { timeoutSeconds: config.MAIL_TIMEOUT_SECONDS, retries: config.MAIL_RETRIES }),
    ],
    checkSeconds: config.JOB_CHECK_SECONDS,
  });
  const outbox = createOutbox(jobs);
  const stylesheetFile = new URL('./public/site.css', import.meta.url).pathname;
  const app = createApp({ config, database, jobs, outbox, logger, stylesheetFile });
  await jobs.start();

  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    if (cluster.isPrimary) {
      logger.info(
        { port: info.port, database: database.kind },
        `Open Zuidwest draait op http://localhost:${info.port}`,
      );
    } else {
      logger.debug({ port: info.port, worker: cluster.worker?.id }, 'worker listening');
    }
  });

  let stopping = false;
  async function shutdown(signal: string) {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, worker: cluster.worker?.id }, 'stopping');
    // Finish the requests in flight before the database goes away; give up after 10 s.
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await jobs.stop();
    await database.close();
    process.exit(0);
  }
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  if (cluster.isWorker) process.on('disconnect', () => void shutdown('disconnect'));
}
