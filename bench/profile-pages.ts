// SPDX-License-Identifier: EUPL-1.2
/**
 * Where a rendered page spends its time (issue 16, "profile first"): queries per page, time waiting on the
 * database, and the rest (routing, rendering, serializing), per request, one request at a time.
 *
 *   node bench/profile-pages.ts            (add --cpu-prof to node for a CPU profile of the same run)
 *
 * Runs the app in this process (no HTTP server, no page cache: every request carries a cookie) against a
 * scratch database on the PostgreSQL server (BENCH_DATABASE_URL), seeded with the NPZW dataset and the
 * example wijkbudget rounds. PROFILE_REQUESTS (default 200) requests per page after 50 to warm up.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { createUser } from '../src/platform/auth/service.ts';
import { createJobRunner } from '../src/platform/jobs/runner.ts';
import { createLogger } from '../src/platform/logger.ts';
import { createOutbox } from '../src/platform/mail/outbox.ts';
import { npzw } from '../src/seed/data/npzw.ts';
import { loadDataset } from '../src/seed/load.ts';
import { loadDemo } from '../src/wijkbudget/demo.ts';
import { scratchDatabase } from './support.ts';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const requests = Number(process.env.PROFILE_REQUESTS ?? 200);

// Every query the pool runs: counted, and the time until its answer is summed.
let queries = 0;
let databaseMs = 0;
const originalQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
  queries += 1;
  const started = performance.now();
  const done = () => {
    databaseMs += performance.now() - started;
  };
  // The pool passes a callback; drizzle's own client calls use the promise.
  const last = args.length - 1;
  const callback = args[last];
  if (typeof callback === 'function') {
    args[last] = (...answer: unknown[]) => {
      done();
      return (callback as (...a: unknown[]) => unknown)(...answer);
    };
    return originalQuery.apply(this, args);
  }
  const result = originalQuery.apply(this, args);
  return result instanceof Promise ? result.finally(done) : result;
} as typeof pg.Client.prototype.query;

const scratch = await scratchDatabase(adminUrl, 'ozw_profile');
try {
  const database = await openDatabase({ databaseUrl: scratch.url, poolSize: 4 });
  await runMigrations(database);
  await loadDataset(database.db, npzw);
  await loadDemo(database.db);
  const staff = { email: 'profiel@example.nl', password: 'profile password that is long enough' };
  await createUser(database.db, null, { ...staff, name: 'Profiel', role: 'admin', allianceId: null });
  const config = loadConfig({ DATABASE_URL: scratch.url, NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  const logger = createLogger('silent');
  const jobs = await createJobRunner({ database, kinds: [], logger });
  const app = createApp({ config, database, jobs, outbox: createOutbox(jobs), logger });

  const reader = new pg.Client({ connectionString: scratch.url });
  await reader.connect();
  const measure = (
    await reader.query('select slug from measures order by top10_rank asc nulls last, position limit 1')
  ).rows[0].slug;
  const round = (
    await reader.query('select slug from wijkbudget_rounds where vote_from <= now() and vote_until > now()')
  ).rows[0]?.slug;
  await reader.end();
  await database.db.execute(sql`update wijkbudget_rounds set demo = false`);

  const session = await staffCookie(app, staff.email, staff.password);
  const pages: [string, string][] = [
    ['/wijken/moerwijk', 'ozw_profile=1'],
    [`/maatregelen/${measure}`, 'ozw_profile=1'],
    ['/', 'ozw_profile=1'],
    [`/wijkbudget/${round}`, 'ozw_profile=1'],
    ['/beheer/maatregelen', session],
    ['/api/v1/measures', 'ozw_profile=1'],
  ];
  console.log(
    '| path | status | queries / request | ms / request | of which waiting on the database | rest (routing, rendering, JSON) | bytes |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [path, cookie] of pages) {
    const headers = { cookie, 'accept-encoding': 'identity' };
    for (let i = 0; i < 50; i++) await (await app.request(path, { headers })).arrayBuffer();
    queries = 0;
    databaseMs = 0;
    const started = performance.now();
    let status = 0;
    let bytes = 0;
    for (let i = 0; i < requests; i++) {
      const response = await app.request(path, { headers });
      status = response.status;
      bytes = (await response.arrayBuffer()).byteLength;
    }
    const total = (performance.now() - started) / requests;
    const db = databaseMs / requests;
    console.log(
      `| ${path} | ${status} | ${(queries / requests).toFixed(1)} | ${total.toFixed(2)} | ${db.toFixed(2)} | ${(total - db).toFixed(2)} | ${bytes} |`,
    );
  }
  await jobs.stop();
  await database.close();
} finally {
  await scratch.drop();
}

async function staffCookie(
  app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> },
  email: string,
  password: string,
): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const form = await app.request('/beheer/inloggen');
  keep(form);
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  keep(
    await app.request('/beheer/inloggen', {
      method: 'POST',
      headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: token, email, password }),
    }),
  );
  return cookie();
}
