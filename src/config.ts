// SPDX-License-Identifier: EUPL-1.2
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './platform/http/client-address.ts';

const configSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** Folder for the embedded PGlite database; used when DATABASE_URL is not set. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** A PostgreSQL server instead of the embedded database, e.g. postgres://user@host:5432/db */
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * Worker processes serving HTTP (node:cluster), each with its own pool of DATABASE_POOL_SIZE connections.
   * Default: the number of CPUs. Only with DATABASE_URL: the embedded PGlite database lives inside one
   * process, so without a server the site always runs as a single process. 1 turns the cluster off.
   */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(availableParallelism()),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The public address of the site, used in feeds and mails. Default: http://localhost:PORT */
  PUBLIC_URL: z.string().url().optional(),
  /** Send cookies only over HTTPS. On by default in production. */
  SECURE_COOKIES: z.enum(['0', '1']).optional(),
  /** Load the shipped NPZW dataset into an empty database on start. */
  SEED: z.enum(['0', '1']).default('1'),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Open Zuidwest <noreply@openzuidwest.nl>'),
  /**
   * How long one step of sending a mail may take (connecting, the server's greeting, a quiet socket).
   * A mail whose sending stopped halfway (a crash) is tried again after five times this.
   */
  MAIL_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(60),
  /** How often a mail that could not be delivered is tried again (later each time) before staff see it. */
  MAIL_RETRIES: z.coerce.number().int().min(0).max(20).default(10),
  /** How often the job runner looks for jobs that stopped halfway (a crash) to try them again. */
  JOB_CHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Adds clearly marked example wijkbudget rounds ("Voorbeeld") in every phase, for a first look. */
  DEMO: z.enum(['0', '1']).default('0'),
  /**
   * The key of the voting codes' HMAC. Set it (32+ random characters) so a stolen database alone cannot
   * be used to test codes; without it a random key is made once and kept in the database.
   */
  VOTING_CODE_SECRET: z.string().min(32).optional(),
  /**
   * The reverse proxies in front of the site, whose X-Forwarded-For says who the client is (for the
   * limits on sign-in and voting codes). Off by default: then the socket's address counts and the
   * header is ignored. A number of hops (1: one proxy) or a comma list of proxy addresses and networks.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      const parsed = parseTrustProxy(value);
      if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
    }),
});

export type Config = z.infer<typeof configSchema> & {
  PUBLIC_URL: string;
  secureCookies: boolean;
  trustProxy: TrustProxy;
};

/** Reads the environment once; stops with the list of bad variables instead of starting half-configured. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (DATABASE_URL= in a .env file or a compose file) means "not set".
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const config = parsed.data;
  const secureCookies =
    config.SECURE_COOKIES === undefined ? config.NODE_ENV === 'production' : config.SECURE_COOKIES === '1';
  // Links in mails must reach the port the site really listens on when no public address is set.
  const publicUrl = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  return {
    ...config,
    PUBLIC_URL: publicUrl,
    secureCookies,
    trustProxy: parseTrustProxy(config.TRUST_PROXY) as TrustProxy,
  };
}
