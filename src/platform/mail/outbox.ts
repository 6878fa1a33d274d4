// SPDX-License-Identifier: EUPL-1.2
import type { FailedJob, JobKind, JobRunner } from '../jobs/runner.ts';
import type { Mail, Mailer } from './mailer.ts';

/**
 * Mail waits in the job queue. Retries come later each time (30 s, 1 min, 2 min ... at most 3 hours
 * apart; 10 retries span about a day); after the last one the mail is listed for staff at /beheer/mail.
 */
const mailQueue = {
  name: 'mail',
  options: {
    retryDelay: 30,
    retryBackoff: true,
    retryDelayMax: 3 * 3600,
    // A delivered mail (with a resident's address) is not kept longer than a day.
    deleteAfterSeconds: 24 * 3600,
  },
} as const;

/**
 * Delivers one queued mail; a thrown error (server down, address refused) makes the runner retry. A
 * delivery that stopped halfway (the process died) is retried once it has been active for five times
 * the mailer's timeout, so a send that is still going is never doubled by the retry.
 */
export function mailDelivery(
  mailer: Mailer,
  settings: { timeoutSeconds: number; retries: number },
): JobKind<Mail> {
  return {
    ...mailQueue,
    options: {
      ...mailQueue.options,
      retryLimit: settings.retries,
      expireInSeconds: 5 * settings.timeoutSeconds,
    },
    handle: (mail) => mailer.send(mail),
  };
}

/**
 * Mail that is never lost: it is queued in the same transaction as the change it tells about, so a
 * crash after the commit still sends it, and a change that rolls back sends nothing.
 */
export interface Outbox {
  queue(tx: Parameters<JobRunner['queue']>[0], mail: Mail): Promise<void>;
  failed(): Promise<FailedJob<Mail>[]>;
  retry(id: string): Promise<boolean>;
}

export function createOutbox(jobs: JobRunner): Outbox {
  return {
    queue: (tx, mail) => jobs.queue(tx, mailQueue, mail),
    failed: () => jobs.failed<Mail>(mailQueue),
    retry: (id) => jobs.retry(mailQueue, id),
  };
}
