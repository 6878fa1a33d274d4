// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { createBatcher } from './batching.ts';

/** A batcher whose batches finish only when the test says so, and that records every batch. */
function recordingBatcher(maxSize = 100) {
  const batches: string[][] = [];
  const finishers: Array<() => void> = [];
  const batcher = createBatcher(
    (items: string[]) =>
      new Promise<string[]>((resolve) => {
        batches.push(items);
        finishers.push(() => resolve(items.map((item) => `done ${item}`)));
      }),
    { maxSize, keyOf: (item) => item.split(':')[0]! },
  );
  const finishNext = async () => {
    finishers.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { batcher, batches, finishNext };
}

describe('createBatcher', () => {
  test('the first item goes at once; items that arrive meanwhile go together in the next batch', async () => {
    const { batcher, batches, finishNext } = recordingBatcher();
    const first = batcher.add('a');
    const rest = ['b', 'c', 'd'].map((item) => batcher.add(item));
    expect(batches).toEqual([['a']]);
    await finishNext();
    expect(await first).toBe('done a');
    expect(batches).toEqual([['a'], ['b', 'c', 'd']]);
    await finishNext();
    expect(await Promise.all(rest)).toEqual(['done b', 'done c', 'done d']);
  });

  test('two items with the same key never share a batch', async () => {
    const { batcher, batches, finishNext } = recordingBatcher();
    const all = ['x:0', 'y:1', 'y:2', 'z:3', 'y:4'].map((item) => batcher.add(item));
    for (let i = 0; i < 4; i++) await finishNext();
    expect(batches).toEqual([['x:0'], ['y:1', 'z:3'], ['y:2'], ['y:4']]);
    expect(await Promise.all(all)).toEqual(['done x:0', 'done y:1', 'done y:2', 'done z:3', 'done y:4']);
  });

  test('a batch holds at most maxSize items', async () => {
    const { batcher, batches, finishNext } = recordingBatcher(2);
    const all = ['a', 'b', 'c', 'd', 'e'].map((item) => batcher.add(item));
    for (let i = 0; i < 3; i++) await finishNext();
    expect(batches).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
    await Promise.all(all);
  });

  test('a failing batch rejects its own items only; the next batch still runs', async () => {
    let calls = 0;
    const batcher = createBatcher(
      async (items: string[]) => {
        calls++;
        if (items.includes('bad')) throw new Error('statement failed');
        return items;
      },
      { maxSize: 10, keyOf: (item) => item },
    );
    const bad = batcher.add('bad');
    const good = batcher.add('good');
    await expect(bad).rejects.toThrow('statement failed');
    expect(await good).toBe('good');
    expect(calls).toBe(2);
  });
});
