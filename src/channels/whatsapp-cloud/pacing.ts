/**
 * Outbound pacing and retry for the WhatsApp Cloud API channel (Web-standard only: Node and
 * Workers). The whole number stays under its throughput and each person gets their messages
 * in order and spaced out; a refused send is retried with backoff when Meta says it may be.
 * Written by hand because no small Worker-safe library does per-person spacing with bursts,
 * Meta-error push-back and an injectable clock (p-throttle is global only and p-queue is ~32 kB).
 *
 * Meta's numbers: the throughput page says 80 messages per second per business number by
 * default (up to 1,000 by automatic upgrade; 20 for numbers shared with the Business app),
 * error 130429 beyond it. The pair rate limit is 1 message every 6 seconds to the same user
 * (error 131056); Meta is quoted as letting a burst go faster (up to 45 in 6 s) by borrowing
 * later time, but providers see 131056 at 10–30 a minute, so we allow only a turn's 3 in a row.
 * The spam rate limit (131048) and the account's rate limit (80007) are throttling of the whole
 * number, like 130429: every send waits, never retried at once (courier does the same).
 *
 * Each person has a chain of their own: one person's spacing or retries never delay another
 * person's messages (only the number's shared rate and its throttling do). The send times are
 * kept in `slots` (core/ports/send-slots.ts): in the store every instance or isolate shares,
 * so the number's rate and a person's spacing hold across them; in this process's memory when
 * none is given (one process, tests).
 */
import { memorySlots } from '../../core/memory-slots.ts';
import type { SendSlots } from '../../core/ports/send-slots.ts';
import { GRAPH_ERRORS, GraphApiError, NUMBER_WIDE } from './graph-client.ts';

export interface CloudPacingOptions {
  /** Messages per second for the whole number (Meta's default throughput: 80). */
  perSecond?: number;
  /** Least time between two messages to the same person, ms (Meta's pair rate: one per 6 s). */
  perPersonMs?: number;
  /** Messages to one person that may go back to back before the spacing applies. */
  perPersonBurst?: number;
  /** Retries of a retryable GraphApiError before giving up (then the error is thrown). */
  retries?: number;
  /** First backoff, ms; doubles each retry, with jitter (half to all of it), capped. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /**
   * Where the number's and each person's next send times are kept: the store every instance
   * or isolate shares (so the limits hold across them); this process's memory if not given.
   */
  slots?: SendSlots;
  /** The number's name in `slots` (its phone number id). */
  sender?: string;
  /** Waits; tests pass a fake. Default: setTimeout-based. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** In [0, 1); for the jitter. Default: Math.random. */
  random?: () => number;
}

export interface CloudPacer {
  /** Runs send() for this person when both the number's rate and the person's spacing allow,
   * retrying 130429/131048/80007/131056/5xx with backoff; non-retryable errors are thrown at once. */
  send<T>(to: string, send: () => Promise<T>): Promise<T>;
  /** People with sends queued or running here. */
  readonly size: number;
}

interface Person {
  /** The end of this person's chain of sends: each waits for the one before. */
  tail: Promise<unknown>;
  /** Sends queued or running. */
  pending: number;
}

export function createCloudPacer(options: CloudPacingOptions = {}): CloudPacer {
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = options.random ?? Math.random;
  const rule = {
    senderMs: 1000 / (options.perSecond ?? 80),
    personMs: options.perPersonMs ?? 6_000,
    burst: Math.max(1, options.perPersonBurst ?? 3),
  };
  const slots = options.slots ?? memorySlots(now);
  const number = options.sender ?? 'whatsapp';
  const retries = options.retries ?? 3;
  const backoff = options.backoffMs ?? 1_000;
  const maxBackoff = options.maxBackoffMs ?? 30_000;
  const people = new Map<string, Person>();
  let epoch = 0; // bumped when a number-wide limit (130429, 131048, 80007) came here: slots taken before it are taken again

  const pause = async (ms: number) => {
    if (ms > 0) await sleep(ms);
  };

  /** Waits for the person's turn, then for a slot of the whole number (again if a number-wide limit came meanwhile). */
  async function turnOf(to: string) {
    let seen = epoch;
    const mine = await slots.reserve(number, to, rule);
    await pause(mine.waitMs);
    if (mine.senderTaken && epoch === seen) return;
    for (;;) {
      seen = epoch;
      await pause(await slots.senderSlot(number, rule));
      if (epoch === seen) return;
    }
  }

  async function attempt<T>(to: string, send: () => Promise<T>): Promise<T> {
    for (let tries = 0; ; tries++) {
      await turnOf(to);
      try {
        return await send();
      } catch (error) {
        if (!(error instanceof GraphApiError) || !error.retryable || tries >= retries) throw error;
        const cap = Math.min(maxBackoff, backoff * 2 ** tries);
        const delay = cap / 2 + (random() * cap) / 2;
        if (NUMBER_WIDE.has(error.code)) {
          epoch++;
          await slots.holdSender(number, delay);
        }
        // Empty this person's bucket: the next send to them waits a full spacing.
        if (error.code === GRAPH_ERRORS.pairRate) await slots.holdPerson(number, to, rule);
        await sleep(delay);
      }
    }
  }

  return {
    send<T>(to: string, send: () => Promise<T>): Promise<T> {
      let person = people.get(to);
      if (!person) {
        person = { tail: Promise.resolve(), pending: 0 };
        people.set(to, person);
      }
      const p = person;
      p.pending++;
      const result = p.tail.then(() => attempt(to, send));
      const done = () => {
        p.pending--;
        if (p.pending === 0 && people.get(to) === p) people.delete(to);
      };
      p.tail = result.then(done, done);
      return result;
    },
    get size() {
      return people.size;
    },
  };
}
