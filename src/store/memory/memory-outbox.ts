/**
 * The memory store's outboxes: each conversation's items still to do, by id, with when each
 * becomes a leftover for someone else, and each conversation's earliest such time (the index
 * takeDue reads, pushed a lease ahead when handed out). An erase's confirmation is kept here
 * alone until it goes out (ack), then nothing is left.
 */
import type { OutboxItem, TurnCommit } from '../../core/ports/conversation-store.ts';
import { byRetryAt, type KeptItem, OUTBOX_LEASE_MS, retryAtOf } from '../common.ts';

export function createMemoryOutbox() {
  const outboxes = new Map<string, Map<string, KeptItem>>();
  const outboxDue = new Map<string, number>();

  /** The conversation's index: the earliest retryAt of what is left (none: no entry). */
  function reindex(conversationId: string) {
    const box = outboxes.get(conversationId);
    if (!box || box.size === 0) {
      outboxes.delete(conversationId);
      outboxDue.delete(conversationId);
      return;
    }
    let first = Number.POSITIVE_INFINITY;
    for (const kept of box.values()) first = Math.min(first, kept.retryAt);
    outboxDue.set(conversationId, first);
  }

  return {
    /** A commit's done items go, its new ones are kept. */
    write(conversationId: string, turn: TurnCommit) {
      if (!turn.done.length && !turn.outbox.length) return;
      const box = outboxes.get(conversationId) ?? new Map<string, KeptItem>();
      for (const id of turn.done) box.delete(id);
      const retryAt = retryAtOf(turn);
      for (const item of turn.outbox) box.set(item.id, { retryAt, item });
      outboxes.set(conversationId, box);
      reindex(conversationId);
    },
    ack(conversationId: string, itemIds: readonly string[]) {
      const box = outboxes.get(conversationId);
      if (!box) return;
      for (const id of itemIds) box.delete(id);
      reindex(conversationId);
    },
    /** Items past their retryAt, in the order they fell due. */
    leftovers(conversationId: string, now: number): OutboxItem[] {
      const box = outboxes.get(conversationId);
      if (!box) return [];
      return [...box.values()]
        .filter((kept) => kept.retryAt <= now)
        .sort(byRetryAt)
        .map((kept) => kept.item);
    },
    /** Conversations with leftovers due, earliest first, each pushed a lease ahead (not removed). */
    takeDue(now: number, taken: Set<string>, limit: number): string[] {
      const due: string[] = [];
      const leftovers = [...outboxDue].filter(([, at]) => at <= now).sort(([, a], [, b]) => a - b);
      for (const [id] of leftovers) {
        if (taken.size >= limit) break;
        outboxDue.set(id, now + OUTBOX_LEASE_MS);
        if (!taken.has(id)) due.push(id);
        taken.add(id);
      }
      return due;
    },
    erase(conversationId: string) {
      outboxes.delete(conversationId);
      outboxDue.delete(conversationId);
    },
    kept: () => ({ outboxes, outboxDue }),
  };
}
