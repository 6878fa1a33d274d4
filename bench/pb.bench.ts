// SPDX-License-Identifier: EUPL-1.2
/**
 * Benchmark of the vote counter over all shared Pabulib instances: time per rule and instance (parse
 * time apart), the speed-up against the reference pabutools timings, a check of every outcome against
 * the expected one, and peak memory. Prints a markdown table. Not part of the test run.
 *
 *   npm run bench:pb [-- --only <name-part>[,<name-part>...]] [--rules <key>,...] [--timeout <seconds>] [--cold] [--json <file>]
 *
 * Warm (the default): each worker first counts a small instance (Warsaw 2026 Srodmiescie) three times
 * with every rule, then counts each rule twice on freshly parsed copies of its instance and times the
 * second count, so the times are counting and not V8 compiling the code (pabutools, in Python, has no
 * such warm-up cost). --cold times the first count in a fresh worker: what a one-off `pb-count` costs.
 *
 * Each instance is counted in a worker thread, so a rule that runs longer than the timeout (default
 * 300 s) is stopped and reported instead of blocking the whole run. Each count is timed twice: CPU time
 * of the counting thread (process.threadCpuUsage; what decides on a machine shared with others) and
 * wall clock. The ratio to the reference uses CPU time. --json <file> writes every count's times.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { countVotes, type Instance, parsePabulib, type RuleKey } from '../src/pb/index.ts';

// <repo>/bench/pb.bench.ts -> <repo>/../shared/data/pabulib (the repo is /work/main, shared is /work/shared).
const here = dirname(fileURLToPath(import.meta.url));
const dataDir = process.env.PB_DATA ?? resolve(here, '..', '..', 'shared', 'data', 'pabulib');
const RULES: readonly RuleKey[] = [
  'greedy_cost',
  'mes_cost',
  'mes_cost_add1',
  'mes_cost_add1_greedy',
  'mes_approval',
];

interface RuleResult {
  readonly rule: RuleKey;
  readonly ms: number;
  /** CPU time of the counting thread (process.threadCpuUsage): what the count costs on a shared machine. */
  readonly cpuMs: number;
  readonly match: 'ok' | 'mismatch' | 'no-reference';
  readonly selected: readonly string[];
}

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

interface WorkerMessage {
  readonly kind: 'parsed' | 'rule';
  readonly parseMs?: number;
  readonly voters?: number;
  readonly result?: RuleResult;
}

/** Counted (not timed) first in every worker: many short counts get V8 to compile the hot code. */
const warmUpFile = 'Poland_Warszawa_2026_Srodmiescie.pb';

function warmUp(rules: RuleKey[]): void {
  const path = join(dataDir, 'instances', warmUpFile);
  if (!existsSync(path)) return;
  const text = readFileSync(path, 'utf8');
  for (let round = 0; round < 3; round++) for (const rule of rules) countVotes(parsePabulib(text), rule);
}

function countInWorker(): void {
  const { file, rules, cold } = workerData as { file: string; rules: RuleKey[]; cold: boolean };
  const name = file.replace(/\.pb$/, '');
  if (!cold) warmUp(rules);
  const text = readFileSync(join(dataDir, 'instances', file), 'utf8');
  const t0 = performance.now();
  const instance: Instance = parsePabulib(text);
  const parseMs = performance.now() - t0;
  parentPort?.postMessage({
    kind: 'parsed',
    parseMs,
    voters: instance.ballots.length,
  } satisfies WorkerMessage);
  const expected = JSON.parse(readFileSync(join(dataDir, 'expected', `${name}.json`), 'utf8')) as {
    rules: Record<string, string[]>;
  };
  for (const rule of rules) {
    // A fresh instance per rule, so no rule profits from what an earlier one cached (the merged
    // ballots, or add1 for add1_greedy): each time is the whole count from a parsed file.
    // Warm (the default): the same count once first, untimed, so the time is counting and not V8
    // compiling the code for this size of election (pabutools, in Python, has no such cost).
    if (!cold) countVotes(parsePabulib(text), rule);
    const fresh = rule === rules[0] && cold ? instance : parsePabulib(text);
    // The parser's garbage is the parser's: collect it before the clock starts, or a count pays
    // for a major collection of the text it never read (pabutools' Python frees it as it goes).
    collectGarbage();
    const cpuStarted = process.threadCpuUsage();
    const started = performance.now();
    const outcome = countVotes(fresh, rule);
    const ms = performance.now() - started;
    const cpu = process.threadCpuUsage(cpuStarted);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const reference = expected.rules[rule];
    const match = reference
      ? JSON.stringify(reference) === JSON.stringify(outcome.selected)
        ? 'ok'
        : 'mismatch'
      : 'no-reference';
    parentPort?.postMessage({
      kind: 'rule',
      result: { rule, ms, cpuMs, match, selected: outcome.selected },
    } satisfies WorkerMessage);
  }
}

function readTimings(): Map<string, number> {
  const timings = new Map<string, number>();
  const lines = readFileSync(join(dataDir, 'expected', 'timings.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  for (const line of lines) {
    const [instance, rule, seconds, status] = line.split(',');
    if (status === 'ok') timings.set(`${instance}/${rule}`, Number(seconds));
  }
  return timings;
}

/**
 * Reference seconds for the same work as one of our counts. pabutools times `as_multiprofile()` (merging
 * identical ballots) in a row of its own, and its equal-shares rows exclude it; our equal-shares counts
 * include merging, so those rules are compared with rule + merge. mes_cost_add1_greedy's row is only
 * the greedy step, so add1 (and its merge) is added.
 */
function referenceSeconds(timings: Map<string, number>, name: string, rule: RuleKey): number | undefined {
  const own = timings.get(`${name}/${rule}`);
  const merge = timings.get(`${name}/as_multiprofile`) ?? 0;
  if (own === undefined) return undefined;
  if (rule === 'mes_cost' || rule === 'mes_cost_add1' || rule === 'mes_approval') return own + merge;
  if (rule !== 'mes_cost_add1_greedy') return own;
  const add1 = timings.get(`${name}/mes_cost_add1`);
  return add1 === undefined ? undefined : own + add1 + merge;
}

interface InstanceRow {
  readonly name: string;
  voters: number;
  parseMs: number;
  readonly results: Map<RuleKey, RuleResult | 'timeout' | 'error'>;
}

function runInstance(file: string, rules: RuleKey[], timeoutMs: number, cold: boolean): Promise<InstanceRow> {
  const row: InstanceRow = { name: file.replace(/\.pb$/, ''), voters: 0, parseMs: 0, results: new Map() };
  return new Promise((done) => {
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { file, rules, cold } });
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        const next = rules.find((r) => !row.results.has(r));
        if (next) row.results.set(next, 'timeout');
        void worker.terminate();
      }, timeoutMs);
    };
    arm();
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'parsed') {
        row.parseMs = message.parseMs ?? 0;
        row.voters = message.voters ?? 0;
      } else if (message.result) {
        row.results.set(message.result.rule, message.result);
      }
      arm();
    });
    worker.on('error', (error) => {
      const next = rules.find((r) => !row.results.has(r));
      if (next) row.results.set(next, 'error');
      process.stderr.write(`${row.name}: ${error.message}\n`);
    });
    worker.on('exit', () => {
      if (timer) clearTimeout(timer);
      done(row);
    });
  });
}

function formatMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms.toFixed(2);
}

async function main(): Promise<void> {
  if (!existsSync(join(dataDir, 'instances'))) {
    throw new Error(
      `no Pabulib data at ${dataDir} (set PB_DATA to the folder with instances/ and expected/)`,
    );
  }
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const only = option('--only')?.split(',');
  const rules = (option('--rules')?.split(',') as RuleKey[] | undefined) ?? [...RULES];
  const timeoutMs = Number(option('--timeout') ?? 300) * 1000;
  const cold = args.includes('--cold');
  const timings = readTimings();
  let files = readdirSync(join(dataDir, 'instances')).filter((f) => f.endsWith('.pb'));
  if (only) files = files.filter((f) => only.some((part) => f.includes(part)));

  const rows: InstanceRow[] = [];
  for (const file of files) {
    const row = await runInstance(file, rules, timeoutMs, cold);
    rows.push(row);
    process.stderr.write(`${row.name}: done\n`);
  }
  rows.sort((a, b) => b.voters - a.voters);

  const header = ['instance', 'voters', 'parse ms', ...rules.map((r) => `${r} CPU ms / wall ms (x ref)`)];
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
  ];
  const mismatches: string[] = [];
  const slow: string[] = [];
  const all: { name: string; rule: RuleKey; cpuMs: number; ms: number }[] = [];
  for (const row of rows) {
    const cells = [row.name, String(row.voters), formatMs(row.parseMs)];
    for (const rule of rules) {
      const result = row.results.get(rule);
      if (result === undefined || result === 'timeout' || result === 'error') {
        cells.push(result ?? '-');
        continue;
      }
      const reference = referenceSeconds(timings, row.name, rule);
      const ratio =
        reference === undefined
          ? 'no ref'
          : `x${Math.round((reference * 1000) / Math.max(result.cpuMs, 0.01))}`;
      const flag = result.match === 'mismatch' ? ' MISMATCH' : '';
      cells.push(`${formatMs(result.cpuMs)} / ${formatMs(result.ms)} (${ratio})${flag}`);
      if (result.match === 'mismatch') mismatches.push(`${row.name} ${rule}`);
      if (reference !== undefined && reference >= 1 && (reference * 1000) / result.cpuMs < 50) {
        slow.push(`${row.name} ${rule}: x${((reference * 1000) / result.cpuMs).toFixed(1)}`);
      }
      all.push({ name: row.name, rule, cpuMs: result.cpuMs, ms: result.ms });
    }
    lines.push(`| ${cells.join(' | ')} |`);
  }
  const usage = process.resourceUsage();
  process.stdout.write(`${lines.join('\n')}\n\n`);
  process.stdout.write(
    `${cold ? 'Cold: each count is the first of its kind in a fresh worker (JIT warm-up included).' : 'Warm: each worker first counted a small instance (3x every rule), and each time is the second count of that rule on a freshly parsed copy (the first warms up the JIT).'} x ref: the reference time divided by ours. Our equal-shares counts include merging identical ballots, which pabutools times apart (as_multiprofile); that is added to its equal-shares rules.\n`,
  );
  process.stdout.write(
    `Peak memory (max RSS of the whole process, workers included): ${(usage.maxRSS / 1024).toFixed(0)} MiB\n`,
  );
  process.stdout.write(
    `Outcomes different from the reference: ${mismatches.length === 0 ? 'none' : mismatches.join(', ')}\n`,
  );
  process.stdout.write(
    `Less than 50x faster than the reference (where the reference took >= 1 s): ${slow.length === 0 ? 'none' : slow.join('; ')}\n`,
  );
  const slowest = all.sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 10);
  process.stdout.write(
    `Slowest 10 by CPU time (CPU ms / wall ms): ${slowest.map((r) => `${r.name} ${r.rule} ${formatMs(r.cpuMs)} / ${formatMs(r.ms)}`).join('; ')}\n`,
  );
  const over = all.filter((r) => r.cpuMs >= 1000);
  process.stdout.write(
    `Counts over 1 s of CPU: ${over.length === 0 ? 'none' : over.map((r) => `${r.name} ${r.rule}`).join(', ')}\n`,
  );
  const jsonPath = option('--json');
  if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify(all, null, 1)}\n`);
  if (mismatches.length > 0) process.exitCode = 1;
}

if (isMainThread) {
  await main();
} else {
  countInWorker();
}
