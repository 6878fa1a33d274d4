// SPDX-License-Identifier: EUPL-1.2
import cluster from 'node:cluster';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { type Database, DataDirError, openDatabase } from './db/client.ts';
import { runMigrations } from './db/migrate.ts';
import { loadInitiativeExamples } from './initiatives/demo.ts';
import { createJobRunner } from './platform/jobs/runner.ts';
import { createLogger } from './platform/logger.ts';
import { createMailer } from './platform/mail/mailer.ts';
import { createOutbox, mailDelivery } from './platform/mail/outbox.ts';
import { npzw } from './seed/data/npzw.ts';
import { isEmpty, loadDataset } from './seed/load.ts';
import { loadDemo } from './wijkbudget/demo.ts';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);

// With a PostgreSQL server, WEB_CONCURRENCY workers share the port (sessions, rate limits and everything
// else live in the database, so any worker can answer any request). PGlite lives inside one process.
const workers = config.DATABASE_URL ? config.WEB_CONCURRENCY : 1;

try {
  if (cluster.isPrimary && workers > 1) {
    await prepareDatabase();
    runPrimary(workers);
  } else {
    // The only process migrates and seeds itself; a worker finds that done by its primary.
    await runServer({ prepare: cluster.isPrimary });
  }
} catch (error) {
  // A folder the embedded database cannot write to is the operator's to fix: one plain line, no stack.
  if (!(error instanceof DataDirError)) throw error;
  console.error(error.message);
  process.exit(1);
}

/** Migrations and the first seed, once, before any worker serves a request. */
async function prepareDatabase() {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, poolSize: 1 });
  try {
    await migrateAndSeed(database);
  } finally {
    await database.close();
  }
}

async function migrateAndSeed(database: Database) {
  await runMigrations(database);
  if (config.SEED === '1' && (await isEmpty(database.db))) {
    const report = await loadDataset(database.db, npzw);
    logger.info({ inserted: report.inserted }, 'loaded the NPZW dataset');
  }
  if (config.DEMO === '1') {
    await loadDemo(database.db);
    await loadInitiativeExamples(database.db);
    logger.info('DEMO=1: example wijkbudget rounds are shown, marked "Voorbeeld"');
  }
}

/** One process that serves HTTP: the only one (PGlite, WEB_CONCURRENCY=1) or a cluster worker. */
async function runServer({ prepare }: { prepare: boolean }) {
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    poolSize: config.DATABASE_POOL_SIZE,
    onConnectionError: (error) =>
      logger.warn({ err: error }, 'the database closed a connection; it will be replaced'),
  });
  if (prepare) await migrateAndSeed(database);

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

/** The primary of the cluster: forks the workers, replaces one that dies, stops them all on a signal. */
function runPrimary(count: number) {
  let stopping = false;
  let listening = 0;
  const fork = () => {
    const worker = cluster.fork();
    worker.once('listening', () => {
      listening += 1;
      if (listening === count) {
        logger.info(
          { port: config.PORT, database: 'server', workers: count },
          `Open Zuidwest draait op http://localhost:${config.PORT}`,
        );
      }
    });
  };
  for (let i = 0; i < count; i++) fork();

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A worker that never got to listen will fail again (bad configuration, port in use): stop.
    if (listening < count) {
      logger.fatal({ worker: worker.id, code, signal }, 'a worker stopped while starting');
      process.exit(1);
    }
    logger.error({ worker: worker.id, code, signal }, 'a worker stopped; starting a new one');
    listening -= 1;
    fork();
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping the workers');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    setTimeout(() => process.exit(1), 15_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}
