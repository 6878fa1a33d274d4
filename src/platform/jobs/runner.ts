// SPDX-License-Identifier: EUPL-1.2
import { sql } from 'drizzle-orm';
import { fromDrizzle, type Job, PgBoss, type QueueOptions } from 'pg-boss';
import type { Database, Db } from '../../db/client.ts';
import { jobDatabaseOptions } from '../../db/jobs.ts';
import { jobSchema } from '../../db/migrate.ts';
import type { Logger } from '../logger.ts';

/** Anything Drizzle can run a statement on: the database or an open transaction. */
type Executor = Pick<Db, 'execute'>;

export interface JobKind<T extends object> {
  name: string;
  /** Retries, backoff and how long finished jobs are kept (pg-boss queue options). */
  options: QueueOptions;
  handle(data: T): Promise<void>;
}

export interface FailedJob<T> {
  id: string;
  data: T;
  attempts: number;
  error: string;
  createdOn: Date;
}

/**
 * Work that must happen after a change is saved (mail, reminders, scheduled phase changes), kept in the
 * database by pg-boss so that it survives a crash: a job is queued in the transaction of the change,
 * so it exists exactly when the change does, and a job runner picks it up, retrying with backoff.
 */
export interface JobRunner {
  /** Queues a job in the caller's transaction: it exists only if that transaction commits. */
  queue<T extends object>(tx: Executor, kind: Pick<JobKind<T>, 'name'>, data: T): Promise<void>;
  /** Starts working the queues in the background (the server). */
  start(): Promise<void>;
  /** Works every job that is due now, one by one, and returns how many succeeded (tests, commands). */
  runDue(): Promise<number>;
  failed<T extends object>(kind: Pick<JobKind<T>, 'name'>): Promise<FailedJob<T>[]>;
  /** Puts a failed job back in the queue; false when it is not (or no longer) failed. */
  retry(kind: Pick<JobKind<object>, 'name'>, id: string): Promise<boolean>;
  stop(): Promise<void>;
}

/** The runner over the app's own database, the same code on PGlite and on a PostgreSQL server. */
export async function createJobRunner(options: {
  database: Database;
  kinds: JobKind<never>[];
  logger: Logger;
  /** How often to look for jobs that stopped halfway (their process died) and retry them. */
  checkSeconds?: number;
}): Promise<JobRunner> {
  const { database, logger } = options;
  const kinds = options.kinds as unknown as JobKind<object>[];
  const boss = new PgBoss({
    ...jobDatabaseOptions(database),
    schema: jobSchema,
    // The app migrates the job schema with its own migrations (src/db/migrate.ts), before any worker starts.
    migrate: false,
    createSchema: false,
    schedule: false,
    supervise: true,
    // Jobs whose process died are found by the monitor pass (pg-boss expires them there).
    superviseIntervalSeconds: options.checkSeconds ?? 60,
    monitorIntervalSeconds: options.checkSeconds ?? 60,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job runner error'));
  await boss.start();
  for (const kind of kinds) await ensureQueue(boss, kind);
  let working = false;

  return {
    async queue(tx, kind, data) {
      await boss.send(kind.name, data, { db: fromDrizzle(tx as never, sql as never) });
    },
    async start() {
      if (working) return;
      working = true;
      for (const kind of kinds) {
        await boss.work<object>(kind.name, { pollingIntervalSeconds: 2 }, async ([job]) => {
          await handleLogged(kind, job!, logger);
        });
      }
    },
    async runDue() {
      let succeeded = 0;
      for (const kind of kinds) {
        for (;;) {
          const [job] = await boss.fetch<object>(kind.name, { batchSize: 1 });
          if (!job) break;
          try {
            await handleLogged(kind, job, logger);
            await boss.complete(kind.name, job.id);
            succeeded += 1;
          } catch (error) {
            await boss.fail(kind.name, job.id, serializeError(error));
          }
        }
      }
      return succeeded;
    },
    async failed<T extends object>(kind: Pick<JobKind<T>, 'name'>) {
      const jobs = await boss.findJobs<T>(kind.name, { limit: 1000 });
      return jobs
        .filter((job) => job.state === 'failed')
        .map((job) => ({
          id: job.id,
          data: job.data,
          attempts: job.retryCount + 1,
          error: errorMessageOf(job.output),
          createdOn: job.createdOn,
        }));
    },
    async retry(kind, id) {
      const [job] = await boss.findJobs(kind.name, { id });
      if (job?.state !== 'failed') return false;
      await boss.retry(kind.name, id);
      return true;
    },
    async stop() {
      await boss.stop({ graceful: true, close: true, timeout: 5_000 });
    },
  };
}

async function ensureQueue(boss: PgBoss, kind: JobKind<object>) {
  if (await boss.getQueue(kind.name)) await boss.updateQueue(kind.name, kind.options);
  else await boss.createQueue(kind.name, kind.options);
}

async function handleLogged(kind: JobKind<object>, job: Job<object>, logger: Logger) {
  try {
    await kind.handle(job.data);
  } catch (error) {
    logger.warn({ err: error, job: kind.name, id: job.id, attempt: job.retryCount + 1 }, 'job failed');
    throw error;
  }
}

function serializeError(error: unknown) {
  return { message: error instanceof Error ? error.message : String(error) };
}

function errorMessageOf(output: unknown): string {
  if (output && typeof output === 'object' && 'message' in output) return String(output.message);
  return '';
}
