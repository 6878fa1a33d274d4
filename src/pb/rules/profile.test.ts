// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { election } from '../test-helpers.ts';
import { profileOf } from './profile.ts';

describe('profileOf merges identical ballots', () => {
  test('the groups are the distinct approval sets in order of first appearance, with their counts', () => {
    const ballots = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { maxLength: 8 }), {
      maxLength: 80,
    });
    fc.assert(
      fc.property(ballots, (votes) => {
        const instance = election({
          budget: 100,
          projects: Array.from({ length: 8 }, (_, i) => [`p${i}`, 10] as const),
          votes: votes.map((ballot) => ballot.map((i) => `p${i}`)),
        });
        const profile = profileOf(instance);
        // Naively: a string key per sorted set of indices (ids p0..p7 sort like their numbers).
        const keys: string[] = [];
        const counts = new Map<string, number>();
        for (const ballot of votes) {
          const key = [...ballot].sort((a, b) => a - b).join(',');
          if (!counts.has(key)) keys.push(key);
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        expect(profile.groups.map((set) => [...set].join(','))).toEqual(keys);
        expect(profile.weights).toEqual(keys.map((key) => counts.get(key)));
        for (let g = 0; g < keys.length; g++) {
          const flat = profile.groupItems.subarray(profile.groupStart[g], profile.groupStart[g + 1]);
          expect([...flat]).toEqual([...(profile.groups[g] as Int32Array)]);
        }
        for (let p = 0; p < 8; p++) {
          const expected = keys.flatMap((key, g) => (key.split(',').includes(String(p)) ? [g] : []));
          expect([...(profile.supporters[p] as Int32Array)]).toEqual(expected);
          expect(profile.approvals[p]).toBe(votes.filter((ballot) => ballot.includes(p)).length);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('numbering from the positions the parser recorded equals looking the ids up', () => {
    const ballots = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { maxLength: 10 }), {
      maxLength: 60,
    });
    fc.assert(
      fc.property(ballots, (votes) => {
        // Ids whose tie-break order differs from the file order.
        const id = (i: number) => `${(i * 7) % 10}x${i}`;
        const parsed = election({
          budget: 100,
          projects: Array.from({ length: 10 }, (_, i) => [id(i), 10] as const),
          votes: votes.map((ballot) => ballot.map(id)),
        });
        const fromPositions = profileOf(parsed);
        const fromIds = profileOf({ ...parsed }); // another object: no recorded positions
        expect(fromPositions.ids).toEqual(fromIds.ids);
        expect(fromPositions.approvals).toEqual(fromIds.approvals);
        expect([...fromPositions.groupStart]).toEqual([...fromIds.groupStart]);
        expect([...fromPositions.groupItems]).toEqual([...fromIds.groupItems]);
        expect(fromPositions.weights).toEqual(fromIds.weights);
        expect(fromPositions.supporters.map((s) => [...s])).toEqual(fromIds.supporters.map((s) => [...s]));
      }),
      { numRuns: 100 },
    );
  });
});
