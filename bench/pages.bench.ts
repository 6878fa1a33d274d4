// SPDX-License-Identifier: EUPL-1.2
/**
 * Load test of the shipped server against a PostgreSQL server (issue 2, "Numbers").
 *
 *   npm run bench:pages
 *
 * Creates a fresh database on the PostgreSQL server (BENCH_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres), migrates and seeds it with the NPZW dataset, builds the
 * production bundle (scripts/build.ts), starts `node dist/server.js` on a free loopback port, warms up,
 * and loads each page with autocannon at 50 connections on 127.0.0.1. Prints a markdown table and drops
 * the database and stops the server at the end, also when something fails.
 *
 * Knobs (environment): BENCH_DURATION (seconds per page, default 10), BENCH_CONNECTIONS (default 50),
 * BENCH_WARMUP (seconds per page, default 5), WEB_CONCURRENCY (passed on to the server), BENCH_GZIP=1 (also load
 * the two target pages with `Accept-Encoding: gzip`, as browsers send it).
 *
 * The two target pages are also loaded with a cookie, for information: the app keeps public pages
 * rendered for cookieless readers (src/app.ts, renderedPages), and a request with any cookie skips that
 * cache, so those rows show the cost of querying and rendering every request (as after every write).
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { openDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { createUser } from '../src/platform/auth/service.ts';
import { npzw } from '../src/seed/data/npzw.ts';
import { loadDataset } from '../src/seed/load.ts';
import { loadDemo } from '../src/wijkbudget/demo.ts';
import {
  assertLoopback,
  cleanUpOnSignal,
  cpuMsBetween,
  cpuMsByPid,
  peakRssKb,
  processTree,
  root,
  run,
  scratchDatabase,
  startShippedServer,
  stopServer,
} from './support.ts';

// --- autocannon (no bundled types: the few fields used here) -----------------------------------------

interface Histogram {
  average: number;
  p50: number;
  p99: number;
  max: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  throughput: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  pipelining?: number;
  timeout?: number;
  headers?: Record<string, string>;
}
type Autocannon = (options: AutocannonOptions) => Promise<AutocannonResult>;

const require = createRequire(import.meta.url);
let autocannon: Autocannon;
try {
  autocannon = require('autocannon') as Autocannon;
} catch {
  console.error('autocannon is missing: run `npm ci` (it is a devDependency of this project).');
  process.exit(1);
}

// --- settings ---------------------------------------------------------------------------------------

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const durationSeconds = Number(process.env.BENCH_DURATION ?? 10);
const warmupSeconds = Number(process.env.BENCH_WARMUP ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const alsoGzip = process.env.BENCH_GZIP === '1';

// Issue 16: every page and the API fast on its own, without the page cache.
const targets = {
  page: { requestsPerSecond: 2500, p99Ms: 50 },
  api: { requestsPerSecond: 1000, p99Ms: 100 },
  pageBytes: 100 * 1024,
  peakRssMb: 400,
};
const staffAccount = { email: 'bench@example.nl', password: 'bench password that is long enough' };

// --- measuring --------------------------------------------------------------------------------------

interface PageCheck {
  status: number;
  bytes: number;
  hasScript: boolean;
  etag: boolean;
  cacheControl: string;
}

async function checkPage(url: string, headers: Record<string, string>): Promise<PageCheck> {
  const response = await fetch(url, { headers: { ...headers, 'accept-encoding': 'identity' } });
  const body = await response.text();
  return {
    status: response.status,
    bytes: Buffer.byteLength(body),
    hasScript: /<script\b/i.test(body),
    etag: response.headers.has('etag'),
    cacheControl: response.headers.get('cache-control') ?? '',
  };
}

interface Page {
  path: string;
  target: 'page' | 'api';
  isHtml: boolean;
  /** Loaded as a signed-in staff member (never cached). */
  staff?: boolean;
}

interface Measured {
  result: AutocannonResult;
  /** CPU time of the server (primary + workers) during the measured run, per request answered. */
  cpuMsPerRequest: number;
}

interface Row {
  page: Page;
  check: PageCheck;
  cached?: Measured;
  uncached: Measured;
  gzip?: Measured;
}

let serverPid = 0;
const peaks = new Map<number, number>();

async function measured(label: string, url: string, headers: Record<string, string>): Promise<Measured> {
  assertLoopback(url);
  process.stdout.write(`loading ${label} ... `);
  await autocannon({ url, connections, duration: warmupSeconds, headers });
  const before = cpuMsByPid(processTree(serverPid));
  const result = await autocannon({ url, connections, duration: durationSeconds, timeout: 10, headers });
  const cpu = cpuMsBetween(before, cpuMsByPid(processTree(serverPid)));
  for (const pid of processTree(serverPid)) {
    const peak = peakRssKb(pid);
    if (peak !== null) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, peak));
  }
  const cpuMsPerRequest = cpu / Math.max(1, result.requests.total);
  console.log(`${Math.round(result.requests.average)} req/s, ${cpuMsPerRequest.toFixed(2)} ms CPU/request`);
  return { result, cpuMsPerRequest };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function verdict(row: Row, cssBytes: number): string {
  const problems: string[] = [];
  const all = [row.cached, row.uncached, row.gzip].flatMap((m) => (m ? [m.result] : []));
  if (all.some((r) => r.errors + r.timeouts + r.non2xx > 0)) problems.push('errors');
  if (row.page.isHtml) {
    if (row.check.bytes + cssBytes >= targets.pageBytes) problems.push('size');
    if (row.check.hasScript) problems.push('script');
  }
  if (!row.page.staff && !row.check.etag) problems.push('etag');
  const target = targets[row.page.target];
  if (row.uncached.result.requests.average < target.requestsPerSecond) problems.push('req/s');
  if (row.uncached.result.latency.p99 >= target.p99Ms) problems.push('p99');
  return problems.length > 0 ? `**fail** (${problems.join(', ')})` : 'pass';
}

/** Signs in through the form, as a browser would; answers the Cookie header for the session. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const form = await fetch(`${base}/beheer/inloggen`);
  keep(form);
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const response = await fetch(`${base}/beheer/inloggen`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: token, email, password }),
  });
  keep(response);
  if (response.status !== 303) throw new Error(`signing in answered ${response.status}`);
  return cookie();
}

// --- main -------------------------------------------------------------------------------------------

const scratch = await scratchDatabase(adminUrl, 'ozw_bench');
const databaseUrl = scratch.url;
let server: ChildProcess | undefined;
let exitCode = 0;

const cleanUp = async () => {
  if (server) await stopServer(server);
  await scratch.drop();
};
const interrupted = cleanUpOnSignal(cleanUp);

try {
  const database = await openDatabase({ databaseUrl, poolSize: 2 });
  let measureSlug: string;
  let roundSlug: string;
  try {
    await runMigrations(database);
    await loadDataset(database.db, npzw);
    // The dataset holds no wijkbudget round yet: the examples (one per phase) give a round page to load.
    await loadDemo(database.db);
    // A well-linked measure: the top-10 priority ranked first (lines, goals, wijken, partners, updates).
    const reader = new pg.Client({ connectionString: databaseUrl });
    await reader.connect();
    const picked = await reader.query<{ slug: string }>(
      'select slug from measures order by top10_rank asc nulls last, position asc, id asc limit 1',
    );
    // The example round in its vote (closing time, live phase), shown as a real round would be.
    await reader.query('update wijkbudget_rounds set demo = false');
    const round = await reader.query<{ slug: string }>(
      'select slug from wijkbudget_rounds where vote_from <= now() and vote_until > now() order by id limit 1',
    );
    await reader.end();
    measureSlug = picked.rows[0]?.slug ?? '';
    roundSlug = round.rows[0]?.slug ?? '';
    if (!measureSlug) throw new Error('the seeded database holds no measures');
    if (!roundSlug) throw new Error('the seeded database holds no wijkbudget round');
    await createUser(database.db, null, {
      ...staffAccount,
      name: 'Bench Beheer',
      role: 'admin',
      allianceId: null,
    });
  } finally {
    await database.close();
  }

  console.log('building dist/ (node scripts/build.ts)');
  await run(process.execPath, ['scripts/build.ts']);
  const cssBytes = readFileSync(`${root}/dist/public/site.css`).byteLength;

  const started = await startShippedServer(databaseUrl);
  server = started.server;
  const base = started.base;
  serverPid = server.pid ?? 0;
  console.log(
    `server pid ${serverPid} ready on ${base}; ${durationSeconds} s per page at ${connections} connections (warm-up ${warmupSeconds} s)`,
  );

  const staffCookie = await signIn(base, staffAccount.email, staffAccount.password);
  const pages: Page[] = [
    { path: '/wijken/moerwijk', target: 'page', isHtml: true },
    { path: `/maatregelen/${measureSlug}`, target: 'page', isHtml: true },
    { path: '/', target: 'page', isHtml: true },
    { path: `/wijkbudget/${roundSlug}`, target: 'page', isHtml: true },
    { path: '/beheer/maatregelen', target: 'page', isHtml: true, staff: true },
    { path: '/api/v1/measures', target: 'api', isHtml: false },
  ];

  const rows: Row[] = [];
  for (const page of pages) {
    const url = `${base}${page.path}`;
    const checkHeaders: Record<string, string> = page.staff ? { cookie: staffCookie } : {};
    const check = await checkPage(url, checkHeaders);
    if (check.status !== 200) {
      console.log(`skipping ${page.path}: it answered ${check.status}`);
      continue;
    }
    // Cached: as a cookieless reader (served from the page cache when the route opted in).
    // Uncached: any cookie skips the page cache, so every request queries and renders.
    const cached = page.staff ? undefined : await measured(`${page.path} (no cookie)`, url, {});
    const uncached = await measured(`${page.path} (cookie)`, url, {
      cookie: page.staff ? staffCookie : 'ozw_bench=1',
    });
    let gzip: Measured | undefined;
    if (alsoGzip) {
      gzip = await measured(`${page.path} (cookie, gzip)`, url, {
        cookie: page.staff ? staffCookie : 'ozw_bench=1',
        'accept-encoding': 'gzip',
      });
    }
    rows.push({ page, check, cached, uncached, gzip });
  }

  const lines = [
    '| path | cached req/s | cached p99 | uncached req/s | uncached p50 | uncached p99 | CPU ms/req (uncached) | errors | body | `<script>` | ETag / Cache-Control | result |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|',
  ];
  for (const row of rows) {
    const u = row.uncached.result;
    const c = row.cached?.result;
    const failures = [row.cached, row.uncached, row.gzip].reduce(
      (sum, m) => sum + (m ? m.result.errors + m.result.timeouts + m.result.non2xx : 0),
      0,
    );
    lines.push(
      `| ${row.page.path}${row.page.staff ? ' (staff)' : ''} | ${c ? Math.round(c.requests.average) : '-'} | ${c ? `${c.latency.p99} ms` : '-'} | ${Math.round(u.requests.average)} | ${u.latency.p50} ms | ${u.latency.p99} ms | ${row.uncached.cpuMsPerRequest.toFixed(2)} | ${failures} | ${row.page.isHtml ? kb(row.check.bytes) : `${kb(row.check.bytes)} (JSON)`} | ${row.check.hasScript ? 'yes' : 'no'} | ${row.check.etag ? 'yes' : 'no'} / ${row.check.cacheControl || '-'} | ${verdict(row, cssBytes)} |`,
    );
    if (row.gzip) {
      const g = row.gzip.result;
      lines.push(
        `| ${row.page.path} (gzip) | - | - | ${Math.round(g.requests.average)} | ${g.latency.p50} ms | ${g.latency.p99} ms | ${row.gzip.cpuMsPerRequest.toFixed(2)} | ${g.errors + g.timeouts + g.non2xx} | | | | |`,
      );
    }
  }
  const totalPeak = [...peaks.values()].reduce((sum, v) => sum + v, 0);
  const workers =
    peaks.size > 1 ? `${peaks.size} processes (primary + ${peaks.size - 1} workers)` : '1 process';
  console.log('');
  console.log(
    `Targets, measured uncached (cookie): pages >= ${targets.page.requestsPerSecond} req/s and p99 < ${targets.page.p99Ms} ms; /api/v1/measures >= ${targets.api.requestsPerSecond} req/s and p99 < ${targets.api.p99Ms} ms; at ${connections} connections; every page HTML + CSS < 100 KB, no <script>; server peak RSS < ${targets.peakRssMb} MB.`,
  );
  console.log(
    `Machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; stylesheet ${kb(cssBytes)}.`,
  );
  console.log('');
  console.log(lines.join('\n'));
  console.log('');
  console.log(
    totalPeak > 0
      ? `Server peak RSS (VmHWM): ${(totalPeak / 1024).toFixed(0)} MB over ${workers}${peaks.size > 1 ? ` (${[...peaks.entries()].map(([pid, v]) => `${pid === serverPid ? 'primary ' : ''}${(v / 1024).toFixed(0)}`).join(' + ')} MB)` : ''}${totalPeak / 1024 >= targets.peakRssMb ? ' **fail** (memory)' : ''}.`
      : 'Server peak RSS: not readable (no /proc).',
  );
  if (totalPeak / 1024 >= targets.peakRssMb) exitCode = 1;
  if (rows.some((row) => verdict(row, cssBytes).startsWith('**fail'))) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  if (!interrupted()) await cleanUp();
}
process.exit(exitCode);
