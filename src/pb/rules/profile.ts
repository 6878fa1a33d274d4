// SPDX-License-Identifier: EUPL-1.2
/**
 * An instance prepared for counting: projects numbered in tie-break order (so a smaller index wins a
 * tie) and identical approval sets merged into weighted groups (pabutools' multiprofile). For every
 * rule here a cumulative or ordinal ballot approves each project it lists, as in the reference.
 */
import { type BallotPositions, positionsOf } from '../ballot-positions.ts';
import type { Instance } from '../types.ts';
import { compareIds } from './tie-break.ts';

export interface Profile {
  readonly instance: Instance;
  /** Project ids by index, in tie-break order. */
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Costs by index, in units of 10^-decimals. */
  readonly costs: readonly bigint[];
  /** Number of ballots (an empty ballot counts too). */
  readonly voters: number;
  /** Distinct approval sets: project indices, ascending. */
  readonly groups: readonly Int32Array[];
  /** The same sets in one array: group g is groupItems[groupStart[g]] .. [groupStart[g + 1] - 1]. */
  readonly groupStart: Int32Array;
  readonly groupItems: Int32Array;
  /** How many ballots have each distinct approval set. */
  readonly weights: readonly number[];
  /** Per project: the groups that approve it. */
  readonly supporters: readonly Int32Array[];
  /** Per project: the number of ballots that approve it. */
  readonly approvals: readonly number[];
}

const cache = new WeakMap<Instance, Profile>();

/**
 * Prepares (once per instance object) the numbered projects and the ballots as project indices; the
 * merged ballots (groups, weights, supporters) only when first asked for: greedy does not need them.
 */
export function profileOf(instance: Instance): Profile {
  const cached = cache.get(instance);
  if (cached) return cached;
  const ids = instance.projects.map((p) => p.id).sort(compareIds);
  const indexOf = new Map(ids.map((id, i) => [id, i] as const));
  const byId = new Map(instance.projects.map((p) => [p.id, p] as const));
  const costs = ids.map((id) => byId.get(id)!.cost);
  const ballots = numberBallots(instance, indexOf);
  let merged: Merged | undefined;
  const mergedOnce = () => {
    merged ??= mergeBallots(ballots.start, ballots.items, ids.length);
    return merged;
  };
  const profile: Profile = {
    instance,
    ids,
    indexOf,
    costs,
    voters: instance.ballots.length,
    get groups() {
      return mergedOnce().groups();
    },
    get groupStart() {
      return mergedOnce().start;
    },
    get groupItems() {
      return mergedOnce().items;
    },
    get weights() {
      return mergedOnce().weights;
    },
    get supporters() {
      return mergedOnce().supporters;
    },
    approvals: ballots.approvals,
  };
  cache.set(instance, profile);
  return profile;
}

/** Each ballot as project indices (ballot i is items[start[i]] .. items[start[i + 1] - 1]), and
 * the number of ballots that list each project. */
function numberBallots(instance: Instance, indexOf: ReadonlyMap<string, number>) {
  const parsed = positionsOf(instance);
  if (parsed) return numberFromPositions(instance, indexOf, parsed);
  const ballots = instance.ballots;
  let total = 0;
  for (const ballot of ballots) total += ballot.projects.length;
  const items = new Int32Array(total);
  const start = new Int32Array(ballots.length + 1);
  const approvals = new Array<number>(indexOf.size).fill(0);
  let end = 0;
  for (let b = 0; b < ballots.length; b++) {
    const ballot = ballots[b] as (typeof ballots)[number];
    for (const id of ballot.projects) {
      const i = indexOf.get(id);
      if (i === undefined) throw new RangeError(`ballot ${ballot.voterId} names unknown project ${id}`);
      items[end++] = i;
      approvals[i] = (approvals[i] as number) + 1;
    }
    start[b + 1] = end;
  }
  return { start, items, approvals };
}

/** numberBallots from the positions the parser recorded: no lookup by id per vote. */
function numberFromPositions(
  instance: Instance,
  indexOf: ReadonlyMap<string, number>,
  { start, positions }: BallotPositions,
) {
  const indexAt = Int32Array.from(instance.projects, (p) => indexOf.get(p.id) as number);
  const items = new Int32Array(positions.length);
  const approvals = new Array<number>(indexOf.size).fill(0);
  for (let i = 0; i < positions.length; i++) {
    const p = indexAt[positions[i] as number] as number;
    items[i] = p;
    approvals[p] = (approvals[p] as number) + 1;
  }
  return { start, items, approvals };
}

interface Merged {
  readonly start: Int32Array;
  readonly items: Int32Array;
  readonly weights: readonly number[];
  readonly supporters: readonly Int32Array[];
  /** One array per group (only the class-based path needs them): made when first asked for. */
  readonly groups: () => Int32Array[];
}

/**
 * Identical approval sets merged: each ballot's project indices are sorted into the next free place
 * of one array and looked up in a hash table of the sets so far (no string key, no array per
 * ballot); a set seen before only adds to its weight.
 */
function mergeBallots(ballotStart: Int32Array, ballotItems: Int32Array, P: number): Merged {
  const count = ballotStart.length - 1;
  const items = new Int32Array(ballotItems.length);
  const start = new Int32Array(count + 1);
  const weights: number[] = [];
  const mask = tableSize(count) - 1;
  const table = new Int32Array(mask + 1).fill(-1);
  let end = 0;
  for (let b = 0; b < count; b++) {
    const from = end;
    const last = ballotStart[b + 1] as number;
    for (let j = ballotStart[b] as number; j < last; j++)
      insertSorted(items, from, end++, ballotItems[j] as number);
    let slot = hashOf(items, from, end) & mask;
    for (;;) {
      const g = table[slot] as number;
      if (g < 0) {
        table[slot] = weights.length;
        weights.push(1);
        start[weights.length] = end;
        break;
      }
      if (sameSet(items, start[g] as number, start[g + 1] as number, from, end)) {
        weights[g] = (weights[g] as number) + 1;
        end = from;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  const groupStart = start.slice(0, weights.length + 1);
  const groupItems = items.slice(0, end);
  let groups: Int32Array[] | undefined;
  return {
    start: groupStart,
    items: groupItems,
    weights,
    supporters: supportersOf(P, groupStart, groupItems),
    groups: () => {
      groups ??= Array.from({ length: weights.length }, (_, g) =>
        groupItems.subarray(groupStart[g] as number, groupStart[g + 1] as number),
      );
      return groups;
    },
  };
}

/** A power of two at least twice n (open addressing stays short). */
function tableSize(n: number): number {
  let size = 16;
  while (size < 2 * n) size *= 2;
  return size;
}

/** Puts value into items[from .. at], keeping items[from .. at - 1] sorted. */
function insertSorted(items: Int32Array, from: number, at: number, value: number): void {
  let j = at;
  while (j > from && (items[j - 1] as number) > value) {
    items[j] = items[j - 1] as number;
    j--;
  }
  items[j] = value;
}

function hashOf(items: Int32Array, from: number, to: number): number {
  let h = 0x811c9dc5 ^ (to - from);
  for (let i = from; i < to; i++) h = Math.imul(h ^ (items[i] as number), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}

function sameSet(items: Int32Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++) if (items[a + i] !== items[b + i]) return false;
  return true;
}

/** Per project, the groups whose set contains it, ascending: one array, counted first. */
function supportersOf(P: number, start: Int32Array, items: Int32Array): Int32Array[] {
  const count = new Int32Array(P + 1);
  for (let i = 0; i < items.length; i++)
    count[(items[i] as number) + 1] = (count[(items[i] as number) + 1] as number) + 1;
  for (let p = 0; p < P; p++) count[p + 1] = (count[p + 1] as number) + (count[p] as number);
  const flat = new Int32Array(items.length);
  const next = count.slice(0, P);
  const G = start.length - 1;
  for (let g = 0; g < G; g++) {
    for (let i = start[g] as number; i < (start[g + 1] as number); i++) {
      const p = items[i] as number;
      flat[next[p] as number] = g;
      next[p] = (next[p] as number) + 1;
    }
  }
  return Array.from({ length: P }, (_, p) => flat.subarray(count[p] as number, count[p + 1] as number));
}
