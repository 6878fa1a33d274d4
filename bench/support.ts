// SPDX-License-Identifier: EUPL-1.2
/** What the benchmarks share: a database name, a free port, the server process and its CPU and memory. */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { withDatabaseName } from '../src/db/client.ts';

export const root = fileURLToPath(new URL('..', import.meta.url));

export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1' && host !== '[::1]') {
    throw new Error(`refusing to benchmark against ${host}: loopback only`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`)),
    );
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitUntilReady(base: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`server exited with ${server.exitCode} before it was ready`);
    try {
      const response = await fetch(`${base}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`server not ready after ${timeoutMs} ms`);
}

/** The server process and any cluster workers it forked (children by parent pid in /proc). */
export function processTree(pid: number): number[] {
  const all = [pid];
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid === pid) all.push(Number(entry));
      } catch {
        // gone meanwhile
      }
    }
  } catch {
    // no /proc (not Linux)
  }
  return all;
}

export function peakRssKb(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill('SIGKILL'), 5000);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

/** CPU time (user + system) used so far by these processes, in ms (Linux /proc; clock ticks of 10 ms). */
export function cpuMs(pids: number[]): number {
  let total = 0;
  for (const ms of cpuMsByPid(pids).values()) total += ms;
  return total;
}

/** CPU time (user + system, ms) of each process that is still there. */
export function cpuMsByPid(pids: number[]): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      byPid.set(pid, (Number(fields[11]) + Number(fields[12])) * 10); // utime, stime in ticks of 10 ms
    } catch {
      // gone meanwhile
    }
  }
  return byPid;
}

/**
 * CPU used between two readings: processes that started meanwhile count in full; processes that
 * ended meanwhile are lost (/proc no longer has them), so this is a lower bound.
 */
export function cpuMsBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/**
 * A database of the benchmark's own on the PostgreSQL server (loopback only), `<prefix>_<random>`:
 * created now; `drop` removes it and closes the admin connection, which the benchmark may also use to
 * look at its database's backends.
 */
export async function scratchDatabase(adminUrl: string, prefix: string) {
  assertLoopback(adminUrl);
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  console.log(`creating ${name} on ${new URL(adminUrl).host}`);
  await admin.query(`create database ${name}`);
  const drop = async () => {
    await admin.query(`drop database if exists ${name} with (force)`).catch((error: unknown) => {
      console.error(`could not drop ${name}:`, error);
    });
    await admin.end().catch(() => undefined);
  };
  return { name, url: withDatabaseName(adminUrl, name), admin, drop };
}

/** Runs `cleanUp` and exits on Ctrl-C or SIGTERM; answers whether that happened (then nothing else should clean up). */
export function cleanUpOnSignal(cleanUp: () => Promise<void>): () => boolean {
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) return;
    interrupted = true;
    console.error('\ninterrupted: cleaning up');
    void cleanUp().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => interrupted;
}

/**
 * Starts the shipped artefact, `node dist/server.js`, in production mode on a free loopback port against
 * `databaseUrl`, and waits until it answers (or stops it again). `env` adds to or overrides the defaults.
 */
export async function startShippedServer(
  databaseUrl: string,
  env: NodeJS.ProcessEnv = {},
  nodeArgs: string[] = [],
): Promise<{ server: ChildProcess; base: string }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [...nodeArgs, 'dist/server.js'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      SEED: '0',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await waitUntilReady(base, server, 120_000);
  } catch (error) {
    await stopServer(server);
    throw error;
  }
  return { server, base };
}
