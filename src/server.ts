// SPDX-License-Identifier: EUPL-1.2
import cluster from 'node:cluster';
import { loadConfig } from './config.ts';
import { createLogger } from './platform/logger.ts';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);

// With a PostgreSQL server, WEB_CONCURRENCY workers share the port (sessions, rate limits and everything
// else live in the database, so any worker can answer any request). PGlite lives inside one process.
const workers = config.DATABASE_URL ? config.WEB_CONCURRENCY : 1;
// The process the primary forks to migrate and seed once, before the workers (it exits when done).
const preparing = cluster.isWorker && process.env.OZW_PREPARE === '1';

try {
  if (cluster.isPrimary && workers > 1) {
    // The primary does no page work and loads no app: a worker that dies is replaced, that is all.
    await prepareInChild();
    runPrimary(workers);
  } else if (preparing) {
    const { prepareDatabase } = await import('./worker.ts');
    await prepareDatabase(config, logger);
    process.exit(0);
  } else {
    // The only process migrates and seeds itself; a worker finds that done before it started.
    const { runServer } = await import('./worker.ts');
    await runServer(config, logger, { prepare: cluster.isPrimary });
  }
} catch (error) {
  // A folder the embedded database cannot write to is the operator's to fix: one plain line, no stack.
  if (!(error instanceof Error && error.name === 'DataDirError')) throw error;
  console.error(error.message);
  process.exit(1);
}

/** Migrations and the first seed, once, in a process of their own, before any worker serves a request. */
function prepareInChild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = cluster.fork({ OZW_PREPARE: '1' });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`preparing the database failed (exit code ${code})`)),
    );
  });
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
