/**
 * A Store that fails on purpose, for tests that cut a turn short at every point: it counts
 * every call to a Store method and to an open turn's commit and release, and the n-th call
 * throws StoreUnavailableError (what an outage looks like), either before it reaches the
 * store (nothing happened) or after (it happened, but the caller sees a failure, as when
 * Redis applied a script and the connection dropped before the answer). Wraps any of the
 * three stores.
 *
 * @example
 * const faulty = createFaultyStore(createMemoryStore());
 * await runATurn(faulty.store);            // faulty.calls: ['openTurn', 'commit', 'ackOutbox']
 * faulty.failAt(faulty.calls.length + 2, 'after'); // the next turn's commit is written, then fails
 */
import { StoreUnavailableError } from '../core/errors.ts';
import type { OpenTurn } from '../core/ports/conversation-store.ts';
import type { Store } from '../core/ports/store.ts';

/** Every Store method (checked against the port: a method added there must be added here). */
const STORE_METHODS = {
  openTurn: true,
  ackOutbox: true,
  getTranscript: true,
  listTickets: true,
  getTicket: true,
  queuePosition: true,
  queueSize: true,
  listClosed: true,
  closedCount: true,
  takeDue: true,
  saveMedia: true,
  getMedia: true,
  getCannedReplies: true,
  saveCannedReplies: true,
  saveThread: true,
  threadOf: true,
  conversationOfThread: true,
  saveSession: true,
  getSession: true,
  endSession: true,
  endSessionsOf: true,
  setAccountDisabled: true,
  disabledAccounts: true,
  loginFailures: true,
  reserveLoginAttempt: true,
  releaseLoginAttempt: true,
  clearLoginFailures: true,
  loginUnlockedAt: true,
  unlockLogins: true,
  appendAudit: true,
  listAudit: true,
  recordDelivery: true,
  deliveryEvents: true,
  countActivity: true,
  activity: true,
  saveSummary: true,
  summaries: true,
  addReviewItem: true,
  reviewItems: true,
  removeReviewItems: true,
  filedExamples: true,
  fileExample: true,
  claimFolio: true,
  conversationOfFolio: true,
  casesOf: true,
} satisfies Record<keyof Store, true>;

export interface FaultyStore {
  store: Store;
  /**
   * Makes the n-th call (counted from 1 since the store was made: `calls[n - 1]`) throw,
   * `before` reaching the store or `after` it. One fault at a time; a new failAt replaces
   * the last; once thrown, calls pass through again.
   */
  failAt(n: number, when: 'before' | 'after'): void;
  /** Every call so far, in order: the method's name, or 'commit' / 'release' of an open turn. */
  calls: string[];
}

export function createFaultyStore(inner: Store): FaultyStore {
  const calls: string[] = [];
  let fault: { n: number; when: 'before' | 'after' } | null = null;

  async function call<R>(name: string, run: () => Promise<R>): Promise<R> {
    calls.push(name);
    const failing = fault?.n === calls.length ? fault : null;
    if (failing) fault = null;
    if (failing?.when === 'before') throw new StoreUnavailableError(`injected fault before ${name}`);
    const result = await run();
    if (failing?.when === 'after') throw new StoreUnavailableError(`injected fault after ${name}`);
    return result;
  }

  const wrapTurn = (turn: OpenTurn): OpenTurn => ({
    fresh: turn.fresh,
    record: turn.record,
    ticket: turn.ticket,
    leftovers: turn.leftovers,
    commit: (commit) => call('commit', () => turn.commit(commit)),
    release: () => call('release', () => turn.release()),
  });

  const store = {} as Record<string, unknown>;
  for (const name of Object.keys(STORE_METHODS) as Array<keyof Store>) {
    const method = (inner[name] as (...args: unknown[]) => Promise<unknown>).bind(inner);
    store[name] =
      name === 'openTurn'
        ? (...args: unknown[]) => call(name, async () => wrapTurn((await method(...args)) as OpenTurn))
        : (...args: unknown[]) => call(name, () => method(...args));
  }

  return {
    store: store as unknown as Store,
    failAt(n, when) {
      if (!Number.isInteger(n) || n < 1) throw new RangeError(`failAt counts calls from 1, got ${n}`);
      if (n <= calls.length) throw new RangeError(`call ${n} was already made (${calls.length} so far)`);
      fault = { n, when };
    },
    calls,
  };
}
