/**
 * Intake in this process's memory, for a server without Redis and for Workers: each entry is
 * handed to its channel's handler at once, one key (conversation) at a time and keys side by
 * side. Nothing survives a restart here, so `keep` can either return as soon as the entries
 * are queued (Node without Redis: a single dev process, as before) or only once they are
 * handled (`untilHandled`, Workers: the platform is answered after the turns are committed,
 * so an isolate that dies mid-handling gets no 200 and the platform sends them again; the
 * engine handles a message id once).
 */
import { createKeyedQueue } from '../../core/keyed-queue.ts';
import type { Intake, IntakeEntry, IntakeHandler } from '../../core/ports/intake.ts';
import type { Logger } from '../../core/ports/runtime.ts';

/** How long an entry's handling may hold the next of its key (isolated): a turn's lease. */
const ISOLATED_GIVE_UP_MS = 15_000;

export function createMemoryIntake(options: {
  logger: Logger;
  untilHandled?: boolean;
  /** Each request is a context of its own (Workers): entries of a key wait on timers (core/keyed-queue.ts). */
  isolatedRequests?: boolean;
}): Intake & {
  /** Resolves once every entry kept so far is handled (tests). */
  settled(): Promise<void>;
} {
  const handlers = new Map<string, IntakeHandler>();
  const queue = createKeyedQueue(
    options.isolatedRequests ? { isolated: { giveUpMs: ISOLATED_GIVE_UP_MS } } : {},
  );
  const inHand = new Set<Promise<unknown>>();
  let open = true;

  function run(entry: IntakeEntry): Promise<void> {
    const handler = handlers.get(entry.channel);
    if (!handler) return Promise.reject(new Error(`intake: no handler for channel "${entry.channel}"`));
    const work = queue.run(entry.key, () => handler(entry));
    inHand.add(work);
    void work.catch(() => undefined).then(() => inHand.delete(work));
    return work;
  }

  return {
    async keep(entries) {
      if (!open) throw new Error('intake: shutting down; the platform sends this again');
      const works = entries.map(run);
      if (options.untilHandled) {
        // The first failure answers the request: the platform sends the whole delivery again.
        await Promise.all(works);
        return;
      }
      for (const work of works)
        work.catch((error: Error) =>
          options.logger.error('intake: an entry failed', { error: error.message }),
        );
    },
    handle(channel, handler) {
      handlers.set(channel, handler);
    },
    start() {},
    async drain(ms) {
      open = false;
      await Promise.race([this.settled(), new Promise((resolve) => setTimeout(resolve, ms))]);
    },
    async settled() {
      while (inHand.size > 0) await Promise.allSettled([...inHand]);
    },
    async backlog() {
      return inHand.size;
    },
  };
}
