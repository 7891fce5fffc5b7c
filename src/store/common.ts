/**
 * What the three stores (memory, Redis, Durable Objects) share, so they cannot drift apart:
 * the answer to a redelivered message, the lease on leftover outbox items, the closed list's
 * length, and how an outbox item is kept (with the time it becomes a leftover).
 */
import type { OpenTurn, OutboxItem, TurnCommit } from '../core/ports/conversation-store.ts';

/** How long takeDue keeps a conversation with leftovers from other callers (it stays due until acknowledged). */
export const OUTBOX_LEASE_MS = 30_000;
/** Closed tickets kept, newest first. */
export const KEEP_CLOSED = 500;
/** takeDue's and listClosed's default limits. */
export const DEFAULT_DUE_LIMIT = 100;
export const DEFAULT_CLOSED_LIMIT = 100;
export const DEFAULT_TRANSCRIPT_LIMIT = 200;

/** An outbox item as kept: it becomes a leftover (for any turn or sweep to finish) at `retryAt`. */
export interface KeptItem {
  retryAt: number;
  item: OutboxItem;
}

/** When a commit's outbox items become leftovers: its retryAt, or at once when it gave none. */
export const retryAtOf = (commit: Pick<TurnCommit, 'retryAt'>): number => commit.retryAt ?? 0;

/** Leftovers in the order they fell due (ties: as kept). */
export const byRetryAt = (a: KeptItem, b: KeptItem) => a.retryAt - b.retryAt;

/** The answer to a message already handled: nothing held, nothing to read, nothing to write. */
export function redelivery(): OpenTurn {
  return {
    fresh: false,
    record: null,
    ticket: null,
    leftovers: [],
    commit: () =>
      Promise.reject(new Error('a redelivered message holds no turn: there is nothing to commit')),
    release: async () => {},
  };
}

/** The error a turn gives when the conversation stays held by someone else for too long. */
export const stuckError = (conversationId: string, waitedMs: number) =>
  new Error(`conversation ${conversationId} stayed locked for ${waitedMs} ms; is another instance stuck?`);
