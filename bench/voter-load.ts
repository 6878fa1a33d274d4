// SPDX-License-Identifier: EUPL-1.2
/**
 * The load of the ballot benchmark: `connections` voters on keep-alive connections (undici), POSTing
 * one ballot at a time each. Two ways to send `amount` ballots:
 *
 * - closed (no `rate`): every connection sends its next ballot as soon as its last one is answered.
 *   This gives the capacity; the latency is then only connections / rate (Little's law).
 * - open (`rate` per second): voters arrive independently, at random moments (Poisson arrivals from a
 *   fixed seed), on average `rate` per second, and each ballot goes out on the first free connection.
 *   Its latency is counted from the moment the voter arrived, so waiting for a free connection counts
 *   too (no coordinated omission). Autocannon's own rate limit sends each connection's share of a
 *   second in one burst at the start of that second, which measures bursts, not a steady vote.
 *
 * Every request waits for its answer: a run is counted in ballots, never cut off in time, so no ballot
 * is stored whose answer was lost.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { seededRandom } from '../src/platform/seeded-random.ts';

/**
 * The voters' connections, kept open from run to run: a voter's browser has its connection from loading
 * the ballot and the confirmation page before it casts, so casting never waits for a new one.
 */
export function voterConnections(base: string, connections: number): Pool {
  return new Pool(base, { connections, pipelining: 1, headersTimeout: 30_000, bodyTimeout: 30_000 });
}

export interface VoterLoad {
  voters: Pool;
  path: string;
  headers: Record<string, string>;
  /** Headers of one ballot on top of `headers` (e.g. the voter's own address, as a proxy would add it). */
  nextHeaders?: () => Record<string, string>;
  connections: number;
  amount: number;
  /** Ballots per second for all voters together; absent: as fast as the server answers. */
  rate?: number;
  nextBody: () => string;
}

export interface LoadResult {
  accepted: number;
  refused: number;
  errors: number;
  seconds: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  /** How late this process's own event loop ran (ms): a stalled load generator delays ballots too. */
  generatorDelayMs: { p99: number; max: number };
  /** Per ballot: when it was sent or due (ms from the start of the run) and how long its answer took. */
  timeline: { startMs: Float64Array; latencyMs: Float64Array };
}

export async function castBallots(load: VoterLoad): Promise<LoadResult> {
  const pool = load.voters;
  const latencies = new Float64Array(load.amount);
  const starts = new Float64Array(load.amount);
  const counts = { accepted: 0, refused: 0, errors: 0 };
  // pool.dispatch with bare callbacks: no response stream per ballot, so the load costs less CPU on
  // the two cores it shares with the server and PostgreSQL.
  const send = () =>
    new Promise<void>((resolve) => {
      let status = 0;
      pool.dispatch(
        {
          path: load.path,
          method: 'POST',
          headers: load.nextHeaders ? { ...load.headers, ...load.nextHeaders() } : load.headers,
          body: load.nextBody(),
        },
        {
          onRequestStart: () => {},
          onResponseStart: (_controller, statusCode) => {
            status = statusCode;
          },
          onResponseData: () => {},
          onResponseEnd: () => {
            if (status >= 200 && status < 300) counts.accepted++;
            else counts.refused++;
            resolve();
          },
          onResponseError: () => {
            counts.errors++;
            resolve();
          },
        },
      );
    });
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  const started = performance.now();
  try {
    if (load.rate) await openLoop(load.amount, load.rate, send, { starts, latencies }, started);
    else await closedLoop(load.amount, load.connections, send, { starts, latencies }, started);
  } finally {
    loopDelay.disable();
  }
  return {
    ...counts,
    seconds: (performance.now() - started) / 1000,
    latencyMs: percentiles(latencies),
    generatorDelayMs: {
      p99: Math.round(loopDelay.percentile(99) / 1e6),
      max: Math.round(loopDelay.max / 1e6),
    },
    timeline: { startMs: starts, latencyMs: latencies },
  };
}

interface Timeline {
  starts: Float64Array;
  latencies: Float64Array;
}

async function closedLoop(
  amount: number,
  connections: number,
  send: () => Promise<void>,
  { starts, latencies }: Timeline,
  started: number,
) {
  let next = 0;
  const voter = async () => {
    while (next < amount) {
      const index = next++;
      const start = performance.now();
      starts[index] = start - started;
      await send();
      latencies[index] = performance.now() - start;
    }
  };
  await Promise.all(Array.from({ length: connections }, voter));
}

async function openLoop(
  amount: number,
  rate: number,
  send: () => Promise<void>,
  { starts, latencies }: Timeline,
  started: number,
) {
  const arrivals = poissonArrivalsMs(amount, rate);
  starts.set(arrivals);
  const inFlight: Promise<void>[] = [];
  let next = 0;
  while (next < amount) {
    const now = performance.now() - started;
    while (next < amount && arrivals[next]! <= now) {
      const index = next++;
      inFlight.push(
        send().then(() => {
          latencies[index] = performance.now() - started - arrivals[index]!;
        }),
      );
    }
    if (next < amount) await sleep(arrivals[next]! - (performance.now() - started));
  }
  await Promise.all(inFlight);
}

/** Moments (ms from the start) at which `amount` voters arrive, independently, `rate` per second on average. */
export function poissonArrivalsMs(amount: number, rate: number, seed = 20401): Float64Array {
  const random = seededRandom(seed);
  const arrivals = new Float64Array(amount);
  let at = 0;
  for (let i = 0; i < amount; i++) {
    at += (-Math.log(1 - random()) / rate) * 1000;
    arrivals[i] = at;
  }
  return arrivals;
}

function percentiles(latencies: Float64Array) {
  const sorted = Float64Array.from(latencies).sort();
  const at = (fraction: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0);
  return { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: Math.round(sorted.at(-1) ?? 0) };
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
