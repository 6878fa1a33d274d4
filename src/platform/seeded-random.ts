// SPDX-License-Identifier: EUPL-1.2
/**
 * A small seeded random source (mulberry32): the same numbers in [0, 1) on every machine, for example
 * data, simulated ballots and benchmarks. Not for anything secret: use node:crypto for that.
 */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
