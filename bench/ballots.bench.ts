// SPDX-License-Identifier: EUPL-1.2
/**
 * Load test of casting wijkbudget ballots through the shipped server on a PostgreSQL server (issue 4,
 * "Numbers it must reach").
 *
 *   npm run bench:ballots
 *
 * Creates a fresh database on the PostgreSQL server (BENCH_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres), migrates and seeds it, and through the services sets up
 * a round in Moerwijk: plans sent in and reviewed as feasible, the round moved into voting, and
 * BENCH_CODES voting codes made (default 120,000). Builds the production bundle (scripts/build.ts),
 * starts `node dist/server.js` (cluster workers, WEB_CONCURRENCY) on a free loopback port, and POSTs
 * ballots to the real route /wijkbudget/<slug>/stemmen/uitbrengen from BENCH_CONNECTIONS voters
 * (default 200, keep-alive connections; bench/voter-load.ts): every request a different unused code, a
 * valid choice of plans within the budget, the double-submit CSRF token, and one voter in ten asking for
 * a tracker. Two measured runs after a warm-up of BENCH_WARMUP_BALLOTS (default 3,000) and a pause of
 * BENCH_SETTLE seconds: first "at 1000/s", voters arriving at random moments (Poisson), BENCH_RATE per
 * second on average (default 1,000, the target), for BENCH_DURATION seconds (default 25), each latency
 * counted from the voter's arrival: the latency a voter sees at that rate; then "saturated", every connection sending its next ballot as soon
 * as the last is answered, sized from the warm-up rate to last about BENCH_DURATION seconds: the
 * capacity in accepted ballots per second. (In the saturated run the latency is only connections / rate,
 * Little's law: 200 connections at 1,000/s wait 200 ms on average.) Runs are counted in ballots, not
 * seconds, so every request waits for its answer and none is cut off with its ballot stored but its
 * answer lost. Then it counts the stored ballots and used codes in the database: both must equal the
 * successful responses exactly. Prints a markdown table with the CPU time per ballot (server processes,
 * this database's PostgreSQL backends, the load in this process), which says more than the rate on a
 * shared machine; drops the database and stops the server at the end, also when something fails.
 *
 * Knobs (environment): BENCH_DURATION, BENCH_WARMUP_BALLOTS, BENCH_RATE, BENCH_CONNECTIONS, BENCH_CODES,
 * BENCH_SETTLE (seconds of pause after the warm-up, default 2),
 * BENCH_PLANS (default 10), BENCH_CPU_PROF (a folder: V8 CPU profiles of the server processes),
 * BENCH_TIMELINE (a folder: per run a CSV of when each ballot was sent and how long it took),
 * WEB_CONCURRENCY and DATABASE_POOL_SIZE (passed on to the server).
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { createUser } from '../src/platform/auth/service.ts';
import type { SignedInUser } from '../src/platform/auth/sessions.ts';
import { createJobRunner } from '../src/platform/jobs/runner.ts';
import { createLogger } from '../src/platform/logger.ts';
import { createOutbox } from '../src/platform/mail/outbox.ts';
import { seededRandom } from '../src/platform/seeded-random.ts';
import { npzw } from '../src/seed/data/npzw.ts';
import { loadDataset } from '../src/seed/load.ts';
import { codeSecret, createCodes } from '../src/wijkbudget/ballot-service.ts';
import { rounds } from '../src/wijkbudget/schema.ts';
import { createRound, decidePlan, getRound, submitPlan } from '../src/wijkbudget/service.ts';
import {
  cleanUpOnSignal,
  cpuMs,
  cpuMsBetween,
  cpuMsByPid,
  peakRssKb,
  processTree,
  run,
  scratchDatabase,
  sleep,
  startShippedServer,
  stopServer,
} from './support.ts';
import { castBallots, type LoadResult, voterConnections } from './voter-load.ts';

// --- settings ---------------------------------------------------------------------------------------

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const durationSeconds = Number(process.env.BENCH_DURATION ?? 25);
const warmupBallots = Number(process.env.BENCH_WARMUP_BALLOTS ?? 3000);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 200);
const codeCount = Number(process.env.BENCH_CODES ?? 120_000);
/** Pause between the warm-up and the run at the target rate. */
const settleSeconds = Number(process.env.BENCH_SETTLE ?? 2);
const planCount = Number(process.env.BENCH_PLANS ?? 10);
/** A folder for V8 CPU profiles of the server processes (node --cpu-prof), to see where the time goes. */
const cpuProfileDir = process.env.BENCH_CPU_PROF;
/** A folder for one CSV per run: when each ballot was sent (ms) and its latency (ms), to see when the slow ones happen. */
const timelineDir = process.env.BENCH_TIMELINE;

function writeTimeline(label: string, result: LoadResult) {
  mkdirSync(timelineDir!, { recursive: true });
  const lines = ['sent_ms,latency_ms'];
  const { startMs, latencyMs } = result.timeline;
  for (let i = 0; i < startMs.length; i++)
    lines.push(`${startMs[i]!.toFixed(1)},${latencyMs[i]!.toFixed(1)}`);
  writeFileSync(join(timelineDir!, `${label.replace(/[^a-z0-9]+/gi, '-')}.csv`), `${lines.join('\n')}\n`);
}

const targets = { ballotsPerSecond: 1000, p99Ms: 100 };
/** The rate of the second run, at which the latency is measured (BENCH_RATE, default the target). */
const targetRate = Number(process.env.BENCH_RATE ?? targets.ballotsPerSecond);
const loadBefore = loadavg()[0]!;
const csrfToken = randomBytes(18).toString('base64url');
const votingCodeSecret = randomBytes(32).toString('base64url');

// --- the round --------------------------------------------------------------------------------------

const hour = 60 * 60 * 1000;
const day = 24 * hour;
const budgetEuros = 60_000;

/** Dates that put the round in `submitting` now; later moved so that voting runs now. */
function submittingDates(now: number) {
  const at = (ms: number) => new Date(now + ms).toISOString();
  return {
    submitFrom: at(-day),
    submitUntil: at(day),
    reviewUntil: at(2 * day),
    voteFrom: at(3 * day),
    voteUntil: at(10 * day),
    resultBy: at(11 * day),
    executionFrom: at(40 * day),
  };
}

interface BenchRound {
  slug: string;
  id: number;
  plans: { id: number; costEuros: number }[];
  codes: string[];
}

/**
 * The round as staff and residents make it: created, plans sent in and reviewed as feasible with the
 * municipality's cost, then moved into voting (the dates are set directly: waiting three days for
 * voting to open is not part of the benchmark), and a batch of codes for the letters.
 */
async function setUpRound(databaseUrl: string): Promise<BenchRound> {
  const database = await openDatabase({ databaseUrl, poolSize: 4 });
  try {
    await runMigrations(database);
    await loadDataset(database.db, npzw);
    const { db } = database;
    const created = await createUser(db, null, {
      email: 'bench@example.nl',
      name: 'Bench',
      password: 'correct horse battery staple',
      role: 'admin',
      allianceId: null,
    });
    if (!created.ok) throw new Error('bench user not created');
    const staff: SignedInUser = {
      id: created.id,
      email: 'bench@example.nl',
      name: 'Bench',
      role: 'admin',
      allianceId: null,
    };
    const round = await createRound(db, staff, {
      title: 'Wijkbudget Moerwijk benchmark',
      intro: 'Bewoners kiezen samen plannen voor de wijk.',
      wijkSlug: 'moerwijk',
      budgetEuros,
      ballotKind: 'budget',
      ballotLimit: null,
      rule: 'greedy_cost',
      minimumAge: 16,
      eligibility: 'codes',
      moderatePlans: false,
      // One voter in ten asks for a tracker (the costlier cast): the round must offer them.
      trackers: true,
      dates: submittingDates(Date.now()),
    });
    if (!round.ok) throw new Error(`round not created: ${JSON.stringify(round)}`);
    const logger = createLogger('silent');
    // Nothing works the queue here: the plans' mails stay queued in this scratch database.
    const jobs = await createJobRunner({ database, logger, kinds: [] });
    const deps = { outbox: createOutbox(jobs), logger, publicUrl: 'http://127.0.0.1' };
    const buurt = 'BU05183620'; // a buurt of Moerwijk
    const plans: BenchRound['plans'] = [];
    for (let i = 0; i < planCount; i++) {
      const costEuros = 3_000 + ((i * 4_700) % 19_000);
      const sent = await submitPlan(
        db,
        deps,
        round.id,
        {
          title: `Plan ${i + 1}`,
          description: `Een plan voor Moerwijk, nummer ${i + 1}.`,
          buurtCode: buurt,
          location: null,
          costEuros,
          submission: randomUUID(),
          email: `bewoner${i}@example.nl`,
        },
        null,
        new Date(),
      );
      if (!sent.ok) throw new Error(`plan not sent: ${JSON.stringify(sent)}`);
      for (const [from, status] of [
        ['submitted', 'in-review'],
        ['in-review', 'feasible'],
      ] as const) {
        const decided = await decidePlan(
          db,
          deps,
          staff,
          sent.id,
          {
            from,
            status,
            reason: null,
            costEuros: status === 'feasible' ? costEuros : null,
            mergedIntoId: null,
          },
          new Date(),
        );
        if (!decided.ok) throw new Error(`plan not decided: ${JSON.stringify(decided)}`);
      }
      plans.push({ id: sent.id, costEuros });
    }
    const now = Date.now();
    const at = (ms: number) => new Date(now + ms).toISOString();
    await db
      .update(rounds)
      .set({
        submitFrom: at(-3 * day),
        submitUntil: at(-2 * day),
        reviewUntil: at(-day),
        voteFrom: at(-hour),
        voteUntil: at(day),
        resultBy: at(2 * day),
        executionFrom: at(30 * day),
      })
      .where(eq(rounds.id, round.id));
    const current = await getRound(db, { id: round.id }, new Date());
    if (current?.phase !== 'voting') throw new Error(`round is in ${current?.phase}, not voting`);
    const secret = await codeSecret(db, votingCodeSecret);
    const started = performance.now();
    const { codes } = await createCodes(db, secret, staff, round.id, {
      kind: 'letters',
      label: 'Brieven benchmark',
      size: codeCount,
    });
    console.log(`made ${codes.length} voting codes in ${Math.round(performance.now() - started)} ms`);
    await jobs.stop();
    return { slug: round.slug, id: round.id, plans, codes };
  } finally {
    await database.close();
  }
}

/** A form body per code: a random choice of plans within the budget, as a voter would send it. */
function ballotBodies(round: BenchRound): string[] {
  const r = seededRandom(4);
  return round.codes.map((code, i) => {
    const form = new URLSearchParams({ _csrf: csrfToken, code });
    let left = budgetEuros;
    let chosen = 0;
    for (const plan of round.plans) {
      if (r() < 0.45 && plan.costEuros <= left) {
        form.append('plan', String(plan.id));
        left -= plan.costEuros;
        chosen += 1;
      }
    }
    if (chosen === 0) form.append('plan', String(round.plans[i % round.plans.length]!.id));
    form.append('declaration', '1');
    if (i % 10 === 0) form.append('tracker', '1');
    return form.toString();
  });
}

// --- main -------------------------------------------------------------------------------------------

const scratch = await scratchDatabase(adminUrl, 'ozw_bench_ballots');
const databaseUrl = scratch.url;
let server: ChildProcess | undefined;
let serverPid = 0;
const peaks = new Map<number, number>();
let exitCode = 0;

let voters: ReturnType<typeof voterConnections> | undefined;
const cleanUp = async () => {
  await voters?.close();
  if (server) await stopServer(server);
  await scratch.drop();
};
const interrupted = cleanUpOnSignal(cleanUp);

try {
  const round = await setUpRound(databaseUrl);
  const bodies = ballotBodies(round);

  console.log('building dist/ (node scripts/build.ts)');
  await run(process.execPath, ['scripts/build.ts']);

  const nodeArgs = [
    ...(cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : []),
    ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean),
  ];
  const started = await startShippedServer(
    databaseUrl,
    {
      // The benchmark speaks plain HTTP on loopback: secure cookies would not change the work done.
      SECURE_COOKIES: '0',
      DEMO: '0',
      // As in production behind the reverse proxy: each voter is counted by their own address (every
      // code attempt is counted per address before the code is used; see docs/running.md, Limits).
      TRUST_PROXY: '1',
      VOTING_CODE_SECRET: votingCodeSecret,
    },
    nodeArgs,
  );
  server = started.server;
  const base = started.base;
  serverPid = server.pid ?? 0;

  const path = `/wijkbudget/${round.slug}/stemmen/uitbrengen`;
  const headers = {
    'content-type': 'application/x-www-form-urlencoded',
    cookie: `ozw_csrf=${csrfToken}`,
  };

  // One ballot by hand first: the route answers 200 with the thank-you page, and a second use of the
  // same code is refused.
  let next = 0;
  const probe = async () =>
    fetch(`${base}${path}`, { method: 'POST', headers, body: bodies[0]!, redirect: 'manual' });
  const first = await probe();
  const firstText = await first.text();
  if (first.status !== 200) {
    throw new Error(`casting answered ${first.status}, not 200:\n${firstText.slice(0, 2000)}`);
  }
  const again = await probe();
  await again.text();
  if (again.status < 400) throw new Error(`a used code was answered with ${again.status}, not refused`);
  next = 1;
  console.log(
    `server pid ${serverPid} ready on ${base}; POST ${path}: 200 (${(Buffer.byteLength(firstText) / 1024).toFixed(1)} KB), used code: ${again.status}`,
  );

  voters = voterConnections(base, connections);
  const load = (amount: number, rate?: number) =>
    castBallots({
      voters: voters!,
      path,
      headers,
      connections,
      amount,
      ...(rate ? { rate } : {}),
      // Every ballot from a voter of its own, as the proxy reports them (10.x.y.z, one per ballot).
      nextHeaders: () => ({
        'x-forwarded-for': `10.${(next >> 16) & 255}.${(next >> 8) & 255}.${next & 255}`,
      }),
      nextBody: () => {
        if (next >= bodies.length) throw new Error('ran out of voting codes: raise BENCH_CODES');
        return bodies[next++]!;
      },
    });

  // Where the CPU goes, per ballot: the server's processes, this database's PostgreSQL backends, and
  // this process (the load). On a shared machine the rate says little; the CPU per ballot says what
  // idle cores could do.
  const backendsOf = async () =>
    (
      await scratch.admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [
        scratch.name,
      ])
    ).rows.map((row) => row.pid);
  const serverPids = processTree(serverPid);
  const measured = async (label: string, amount: number, rate?: number) => {
    const backends = await backendsOf();
    const before = { server: cpuMs(serverPids), postgres: cpuMsByPid(backends), bench: process.cpuUsage() };
    process.stdout.write(`${label}: ${amount} ballots at ${connections} connections ... `);
    const result = await load(amount, rate);
    const benchCpu = process.cpuUsage(before.bench);
    const perBallot = (ms: number) => ms / Math.max(1, result.accepted);
    const cpu = {
      server: perBallot(cpuMs(serverPids) - before.server),
      postgres: perBallot(cpuMsBetween(before.postgres, cpuMsByPid(await backendsOf()))),
      bench: perBallot((benchCpu.user + benchCpu.system) / 1000),
    };
    const acceptedRate = result.accepted / result.seconds;
    console.log(
      `${Math.round(acceptedRate)} ballots/s in ${result.seconds.toFixed(1)} s, p99 ${result.latencyMs.p99} ms (load generator's own event loop late by up to ${result.generatorDelayMs.max} ms, p99 ${result.generatorDelayMs.p99} ms)`,
    );
    for (const pid of processTree(serverPid)) {
      const peak = peakRssKb(pid);
      if (peak !== null) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, peak));
    }
    if (timelineDir) writeTimeline(label, result);
    return { label, result, rate: acceptedRate, cpu };
  };

  process.stdout.write(`warm-up: ${warmupBallots} ballots at ${connections} connections ... `);
  const warm = await load(warmupBallots);
  const warmRate = warm.accepted / warm.seconds;
  console.log(`${Math.round(warmRate)} ballots/s`);
  // 1. 200 voters casting at the target rate together, arriving at random moments: the latency a
  //    voter sees at 1,000 ballots/s, counted from the moment the voter arrived. It runs first, after a
  //    short pause, so it starts warm and not in the wake of an overload.
  await sleep(settleSeconds * 1000);
  const atTarget = await measured(`at ${targetRate}/s`, targetRate * durationSeconds, targetRate);
  // 2. As fast as it goes: every connection sends its next ballot as soon as the last one is answered.
  //    This gives the capacity; its latency is just connections / rate (Little's law), so at 200
  //    connections a p99 under 100 ms would take well over 2,000 ballots/s.
  const codesLeft = bodies.length - next;
  const saturated = await measured(
    'saturated',
    Math.max(connections * 5, Math.min(codesLeft, Math.round(warmRate * durationSeconds))),
  );

  const checker = new pg.Client({ connectionString: databaseUrl });
  await checker.connect();
  const count = async (query: string) =>
    Number((await checker.query<{ n: string }>(query, [round.id])).rows[0]!.n);
  // Stored ballots: mixed into the ballot table, or still waiting to be mixed.
  const ballotCount = `select count(*) as n from (
      select tracker from wijkbudget_ballots where round_id = $1
      union all select tracker from wijkbudget_pending_ballots where round_id = $1) ballot`;
  const usedCodeCount = 'select count(*) as n from wijkbudget_voting_codes where round_id = $1 and used';
  // Every response has come back, so every ballot is committed; read until two reads agree anyway.
  let stored = -1;
  let used = -1;
  for (;;) {
    const [ballotsNow, usedNow] = [await count(ballotCount), await count(usedCodeCount)];
    if (ballotsNow === stored && usedNow === used) break;
    stored = ballotsNow;
    used = usedNow;
    await sleep(500);
  }
  const withTracker = await count(`${ballotCount} where tracker is not null`);
  await checker.end();
  // Successful casts: the probe, the warm-up and both measured runs.
  const runs = [atTarget, saturated];
  const successes = 1 + [warm, ...runs.map((r) => r.result)].reduce((sum, r) => sum + r.accepted, 0);
  const failures = [warm, ...runs.map((r) => r.result)].reduce((sum, r) => sum + r.errors + r.refused, 0);

  const problems: string[] = [];
  if (saturated.rate < targets.ballotsPerSecond) problems.push('ballots/s');
  if (atTarget.rate < targetRate * 0.97) problems.push(`could not keep up ${targetRate}/s`);
  if (atTarget.result.latencyMs.p99 >= targets.p99Ms) problems.push(`p99 at ${targetRate}/s`);
  if (stored !== successes || used !== successes) problems.push('stored != successes');
  if (failures > 0) problems.push('refusals or errors');
  const verdict = problems.length > 0 ? `**fail** (${problems.join(', ')})` : 'pass';

  const totalPeak = [...peaks.values()].reduce((sum, v) => sum + v, 0);
  const workers = Math.max(1, peaks.size - 1);
  console.log('');
  console.log(
    `Targets: >= ${targets.ballotsPerSecond} accepted ballots/s at ${connections} connections, p99 < ${targets.p99Ms} ms with ${connections} voters casting ${targetRate} ballots/s, stored ballots = successful responses.`,
  );
  console.log(
    `Machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average at the start ${loadBefore.toFixed(2)}, at the end ${loadavg()[0]!.toFixed(2)}; ${workers} worker(s), pool ${process.env.DATABASE_POOL_SIZE ?? 10} per worker; ${round.plans.length} plans, ${round.codes.length} codes.`,
  );
  console.log('');
  console.log(
    '| run | ballots | accepted ballots/s | p50 | p90 | p99 | max | refused | errors | CPU per ballot: server + PostgreSQL + load |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const run of runs) {
    const r = run.result;
    const l = r.latencyMs;
    const c = run.cpu;
    console.log(
      `| ${run.label} | ${r.accepted} | ${Math.round(run.rate)} | ${l.p50} ms | ${l.p90} ms | ${l.p99} ms | ${l.max} ms | ${r.refused} | ${r.errors} | ${c.server.toFixed(2)} + ${c.postgres.toFixed(2)} + ${c.bench.toFixed(2)} = ${(c.server + c.postgres + c.bench).toFixed(2)} ms |`,
    );
  }
  console.log('');
  console.log(
    `Successful responses (probe, warm-up and both runs): ${successes}; stored ballots: ${stored}; used codes: ${used}; ${withTracker} ballots with a tracker. Result: ${verdict}.`,
  );
  const cpuTotal = saturated.cpu.server + saturated.cpu.postgres + saturated.cpu.bench;
  console.log(
    `At ${cpuTotal.toFixed(2)} ms of CPU per ballot (saturated run), ${cpus().length} idle cores would carry about ${Math.round((cpus().length * 1000) / cpuTotal)} ballots/s.`,
  );
  console.log(
    totalPeak > 0
      ? `Server peak RSS (VmHWM): ${(totalPeak / 1024).toFixed(0)} MB over ${peaks.size} processes (${[...peaks.values()].map((v) => `${(v / 1024).toFixed(0)}`).join(' + ')} MB).`
      : 'Server peak RSS: not readable (no /proc).',
  );
  if (problems.length > 0) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  if (!interrupted()) await cleanUp();
}
process.exit(exitCode);
