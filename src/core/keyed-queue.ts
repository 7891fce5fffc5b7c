/**
 * Runs tasks one at a time per key, in the order they were submitted, while different
 * keys run concurrently. The engine uses it so that the messages of one conversation are
 * handled strictly in arrival order within one process, and so that a turn's sends go out
 * after the conversation's earlier sends. (Across processes, a store-level
 * lock takes over; see the Redis store.)
 */
export function createKeyedQueue() {
  const tails = new Map<string, Promise<unknown>>();

  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(task, task);
      // Keep the chain going whatever the task does; forget the key once it is idle.
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
    /** Resolves once no task is queued or running, under any key. */
    async idle(): Promise<void> {
      while (tails.size > 0) await Promise.all([...tails.values()]);
    },
    /** Keys with work queued or running. */
    get size() {
      return tails.size;
    },
  };
}
