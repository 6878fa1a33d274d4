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
import { cpus } from 'node:os';
import pg from 'pg';
import { openDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { npzw } from '../src/seed/data/npzw.ts';
import { loadDataset } from '../src/seed/load.ts';
import {
  assertLoopback,
  cleanUpOnSignal,
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

const targets = { requestsPerSecond: 1500, p99Ms: 50, pageBytes: 100 * 1024 };

// --- measuring --------------------------------------------------------------------------------------

interface PageCheck {
  status: number;
  bytes: number;
  hasScript: boolean;
  etag: boolean;
  cacheControl: string;
}

async function checkPage(url: string): Promise<PageCheck> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  const body = await response.text();
  return {
    status: response.status,
    bytes: Buffer.byteLength(body),
    hasScript: /<script\b/i.test(body),
    etag: response.headers.has('etag'),
    cacheControl: response.headers.get('cache-control') ?? '',
  };
}

interface Row {
  label: string;
  target: boolean;
  check: PageCheck;
  isHtml: boolean;
  result: AutocannonResult;
}

async function load(url: string, headers: Record<string, string>): Promise<AutocannonResult> {
  assertLoopback(url);
  await autocannon({ url, connections, duration: warmupSeconds, headers });
  return autocannon({ url, connections, duration: durationSeconds, timeout: 10, headers });
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function verdict(row: Row, cssBytes: number): string {
  const problems: string[] = [];
  const failures = row.result.errors + row.result.timeouts + row.result.non2xx;
  if (failures > 0) problems.push('errors');
  if (row.isHtml) {
    if (row.check.bytes + cssBytes >= targets.pageBytes) problems.push('size');
    if (row.check.hasScript) problems.push('script');
    if (!row.check.etag || !row.check.cacheControl.includes('public')) problems.push('caching');
  }
  if (row.target) {
    if (row.result.requests.average < targets.requestsPerSecond) problems.push('req/s');
    if (row.result.latency.p99 >= targets.p99Ms) problems.push('p99');
  }
  if (problems.length > 0) return `**fail** (${problems.join(', ')})`;
  return row.target ? 'pass' : 'pass (size/script only)';
}

// --- main -------------------------------------------------------------------------------------------

const scratch = await scratchDatabase(adminUrl, 'ozw_bench');
const databaseUrl = scratch.url;
let server: ChildProcess | undefined;
let serverPid = 0;
const peaks = new Map<number, number>();
let exitCode = 0;

const cleanUp = async () => {
  if (server) await stopServer(server);
  await scratch.drop();
};
const interrupted = cleanUpOnSignal(cleanUp);

try {
  const database = await openDatabase({ databaseUrl, poolSize: 2 });
  let measureSlug: string;
  try {
    await runMigrations(database);
    await loadDataset(database.db, npzw);
    // A well-linked measure: the top-10 priority ranked first (lines, goals, wijken, partners, updates).
    const reader = new pg.Client({ connectionString: databaseUrl });
    await reader.connect();
    const picked = await reader.query<{ slug: string }>(
      'select slug from measures order by top10_rank asc nulls last, position asc, id asc limit 1',
    );
    await reader.end();
    measureSlug = picked.rows[0]?.slug ?? '';
    if (!measureSlug) throw new Error('the seeded database holds no measures');
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

  type Variant = 'gzip' | 'cookie';
  const pages: { path: string; target: boolean; isHtml: boolean; variant?: Variant }[] = [
    { path: '/wijken/moerwijk', target: true, isHtml: true },
    { path: `/maatregelen/${measureSlug}`, target: true, isHtml: true },
    { path: '/', target: false, isHtml: true },
    { path: '/api/v1/measures', target: false, isHtml: false },
    { path: '/wijken/moerwijk', target: false, isHtml: true, variant: 'cookie' },
    { path: `/maatregelen/${measureSlug}`, target: false, isHtml: true, variant: 'cookie' },
  ];
  if (alsoGzip) {
    pages.push({ path: '/wijken/moerwijk', target: false, isHtml: true, variant: 'gzip' });
    pages.push({ path: `/maatregelen/${measureSlug}`, target: false, isHtml: true, variant: 'gzip' });
  }
  const variantHeaders: Record<Variant, Record<string, string>> = {
    gzip: { 'accept-encoding': 'gzip' },
    cookie: { cookie: 'ozw_bench=1' },
  };
  const variantLabel: Record<Variant, string> = { gzip: ' (gzip)', cookie: ' (cookie: not cached)' };

  const rows: Row[] = [];
  for (const page of pages) {
    const url = `${base}${page.path}`;
    const check = await checkPage(url);
    if (check.status !== 200) throw new Error(`${page.path} answered ${check.status}`);
    const headers = page.variant ? variantHeaders[page.variant] : {};
    const label = `${page.path}${page.variant ? variantLabel[page.variant] : ''}`;
    process.stdout.write(`loading ${label} ... `);
    const result = await load(url, headers);
    console.log(`${Math.round(result.requests.average)} req/s`);
    rows.push({
      label,
      target: page.target,
      check,
      isHtml: page.isHtml,
      result,
    });
    for (const pid of processTree(serverPid)) {
      const peak = peakRssKb(pid);
      if (peak !== null) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, peak));
    }
  }

  const lines = [
    '| path | req/s | p50 | p99 | errors / non-2xx | HTML | + CSS | `<script>` | ETag / Cache-Control | result |',
    '|---|---:|---:|---:|---:|---:|---:|---|---|---|',
  ];
  for (const row of rows) {
    const r = row.result;
    lines.push(
      `| ${row.label} | ${Math.round(r.requests.average)} | ${r.latency.p50} ms | ${r.latency.p99} ms | ${r.errors + r.timeouts} / ${r.non2xx} | ${row.isHtml ? kb(row.check.bytes) : `${kb(row.check.bytes)} (JSON)`} | ${row.isHtml ? kb(row.check.bytes + cssBytes) : '-'} | ${row.check.hasScript ? 'yes' : 'no'} | ${row.check.etag ? 'yes' : 'no'} / ${row.check.cacheControl || '-'} | ${verdict(row, cssBytes)} |`,
    );
  }
  const totalPeak = [...peaks.values()].reduce((sum, v) => sum + v, 0);
  const workers =
    peaks.size > 1 ? `${peaks.size} processes (primary + ${peaks.size - 1} workers)` : '1 process';
  console.log('');
  console.log(
    `Targets for the wijk and measure pages: >= ${targets.requestsPerSecond} req/s, p99 < ${targets.p99Ms} ms at ${connections} connections; every page HTML + CSS < 100 KB, no <script>.`,
  );
  console.log(
    `Machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; stylesheet ${kb(cssBytes)}.`,
  );
  console.log('');
  console.log(lines.join('\n'));
  console.log('');
  console.log(
    totalPeak > 0
      ? `Server peak RSS (VmHWM): ${(totalPeak / 1024).toFixed(0)} MB over ${workers}${peaks.size > 1 ? ` (${[...peaks.values()].map((v) => `${(v / 1024).toFixed(0)}`).join(' + ')} MB)` : ''}.`
      : 'Server peak RSS: not readable (no /proc).',
  );
  if (rows.some((row) => verdict(row, cssBytes).startsWith('**fail'))) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  if (!interrupted()) await cleanUp();
}
process.exit(exitCode);
