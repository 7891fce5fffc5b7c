/**
 * Runs tasks one at a time per key, in the order they were submitted, while different
 * keys run concurrently. The engine uses it so that the messages of one conversation are
 * handled strictly in arrival order within one process, and so that a turn's sends go out
 * after the conversation's earlier sends. (Across processes, a store-level
 * lock takes over; see the Redis store.)
 *
 * On Workers every request is a context of its own, and a task submitted by one request may
 * wait for a task another request started. Awaiting that request's promise ties the waiter to
 * it: should that request end first (its waitUntil runs out while a paced send sleeps), the
 * promise never settles, and the runtime cancels the waiting request as hung (a 500, "your
 * Worker's code had hung"). With `isolated`, a task waits instead by looking, on timers of its
 * own request, whether the task before it has settled, and goes on without it after `giveUpMs`
 * (what it left undone is in the store, for the next turn or the sweep).
 */

export interface IsolatedWaits {
  /** How long a task may run before the tasks after it go on without it. */
  giveUpMs: number;
}

interface Tail {
  done: Promise<unknown>;
  settled: boolean;
  /** When the task began (after waiting for the one before it). */
  started?: number;
}

/** Looks again after 2 ms, then less and less often, at most every MAX_LOOK_MS. */
const FIRST_LOOK_MS = 2;
const MAX_LOOK_MS = 20;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Settled, or running longer than a task may (its request most likely ended under it). */
const over = (tail: Tail, giveUpMs: number) =>
  tail.settled || (tail.started !== undefined && Date.now() - tail.started >= giveUpMs);

/** Resolves once every tail is over, looking on the caller's own timers. */
async function lookUntilOver(tails: readonly Tail[], giveUpMs: number): Promise<void> {
  let every = FIRST_LOOK_MS;
  while (tails.some((tail) => !over(tail, giveUpMs))) {
    await sleep(every);
    every = Math.min(every * 2, MAX_LOOK_MS);
  }
}

export function createKeyedQueue(options: { isolated?: IsolatedWaits } = {}) {
  const tails = new Map<string, Tail>();
  const { isolated } = options;
  /** What a new task of the key waits for. */
  const before = (tail: Tail | undefined): Promise<unknown> => {
    if (!tail) return Promise.resolve();
    return isolated ? lookUntilOver([tail], isolated.giveUpMs) : tail.done;
  };

  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const tail: Tail = { done: Promise.resolve(), settled: false };
      const start = () => {
        tail.started = Date.now();
        return task();
      };
      const result = before(tails.get(key)).then(start, start);
      // Keep the chain going whatever the task does; forget the key once it is idle.
      tail.done = result.catch(() => undefined);
      tails.set(key, tail);
      void tail.done.then(() => {
        tail.settled = true;
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
    /** Resolves once no task is queued or running, under any key. */
    async idle(): Promise<void> {
      for (;;) {
        const open = [...tails.values()];
        if (isolated) {
          const running = open.filter((tail) => !over(tail, isolated.giveUpMs));
          if (running.length === 0) return;
          await lookUntilOver(running, isolated.giveUpMs);
        } else if (open.length === 0) return;
        else await Promise.all(open.map((tail) => tail.done));
      }
    },
    /** Keys with work queued or running. */
    get size() {
      return tails.size;
    },
  };
}
