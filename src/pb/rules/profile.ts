// SPDX-License-Identifier: EUPL-1.2
/**
 * An instance prepared for counting: projects numbered in tie-break order (so a smaller index wins a
 * tie) and identical approval sets merged into weighted groups (pabutools' multiprofile). For every
 * rule here a cumulative or ordinal ballot approves each project it lists, as in the reference.
 */
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
  /** How many ballots have each distinct approval set. */
  readonly weights: readonly number[];
  /** Per project: the groups that approve it. */
  readonly supporters: readonly Int32Array[];
  /** Per project: the number of ballots that approve it. */
  readonly approvals: readonly number[];
}

const cache = new WeakMap<Instance, Profile>();

/** Prepares (once per instance object) the numbered projects and merged ballots. */
export function profileOf(instance: Instance): Profile {
  const cached = cache.get(instance);
  if (cached) return cached;
  const ids = instance.projects.map((p) => p.id).sort(compareIds);
  const indexOf = new Map(ids.map((id, i) => [id, i] as const));
  const byId = new Map(instance.projects.map((p) => [p.id, p] as const));
  const costs = ids.map((id) => byId.get(id)!.cost);
  const groupIndex = new Map<string, number>();
  const groups: Int32Array[] = [];
  const weights: number[] = [];
  const approvals = new Array<number>(ids.length).fill(0);
  // Key of an approval set: one UTF-16 code unit per project index when they fit (much cheaper than
  // joining decimal numbers), the decimal list otherwise.
  const shortKeys = ids.length <= 0xffff;
  for (const ballot of instance.ballots) {
    const listed = ballot.projects;
    const set = new Int32Array(listed.length);
    for (let j = 0; j < listed.length; j++) {
      const i = indexOf.get(listed[j] as string);
      if (i === undefined)
        throw new RangeError(`ballot ${ballot.voterId} names unknown project ${listed[j]}`);
      set[j] = i;
    }
    if (set.length > 1) set.sort();
    const key = shortKeys ? String.fromCharCode.apply(null, set as unknown as number[]) : set.join(',');
    const g = groupIndex.get(key);
    if (g === undefined) {
      groupIndex.set(key, groups.length);
      groups.push(set);
      weights.push(1);
    } else {
      weights[g] = (weights[g] as number) + 1;
    }
    for (const p of set) approvals[p] = (approvals[p] as number) + 1;
  }
  const supporterLists: number[][] = ids.map(() => []);
  groups.forEach((set, g) => {
    for (const p of set) (supporterLists[p] as number[]).push(g);
  });
  const profile: Profile = {
    instance,
    ids,
    indexOf,
    costs,
    voters: instance.ballots.length,
    groups,
    weights,
    supporters: supporterLists.map((list) => Int32Array.from(list)),
    approvals,
  };
  cache.set(instance, profile);
  return profile;
}
