// SPDX-License-Identifier: EUPL-1.2
/**
 * Group commit: calls that arrive while a batch is being written wait and go together in the next
 * one. Nothing waits when the queue is idle (the first call starts a batch at once); under load the
 * batches grow by themselves, so one database statement and one commit serve many requests.
 */

export interface Batcher<I, O> {
  add(item: I): Promise<O>;
}

export interface BatcherOptions<I> {
  /** Largest number of items in one batch. */
  maxSize: number;
  /** Items with the same key never share a batch: the later one waits for the next (it must see the first's effect). */
  keyOf: (item: I) => string;
}

interface Waiting<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/** `run` gets a batch and answers one result per item, in the same order. One batch runs at a time. */
export function createBatcher<I, O>(
  run: (items: I[]) => Promise<O[]>,
  options: BatcherOptions<I>,
): Batcher<I, O> {
  let queue: Waiting<I, O>[] = [];
  let running = false;

  const takeBatch = (): Waiting<I, O>[] => {
    const batch: Waiting<I, O>[] = [];
    const rest: Waiting<I, O>[] = [];
    const keys = new Set<string>();
    for (const waiting of queue) {
      const key = options.keyOf(waiting.item);
      if (batch.length < options.maxSize && !keys.has(key)) {
        keys.add(key);
        batch.push(waiting);
      } else rest.push(waiting);
    }
    queue = rest;
    return batch;
  };

  const runWhileQueued = async (): Promise<void> => {
    running = true;
    while (queue.length > 0) {
      const batch = takeBatch();
      try {
        const results = await run(batch.map((waiting) => waiting.item));
        if (results.length !== batch.length) throw new Error('batch: one result per item expected');
        for (const [index, waiting] of batch.entries()) waiting.resolve(results[index] as O);
      } catch (error) {
        for (const waiting of batch) waiting.reject(error);
      }
    }
    running = false;
  };

  return {
    add(item) {
      return new Promise<O>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        if (!running) void runWhileQueued();
      });
    },
  };
}
