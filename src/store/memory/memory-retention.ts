/**
 * Keeps the memory store bounded, as Redis is by its expiry: a conversation is forgotten
 * RETENTION_DAYS after its last write, and past a cap the least recently written ones that
 * nobody is waiting on (no open ticket) are forgotten first. A person waiting for staff is
 * never dropped, even past the cap: being forgotten while queued would lose them.
 */
export interface RetentionOptions {
  /** Forget a conversation this long after its last write. */
  retentionMs: number;
  /** At most this many conversations; beyond it the least recently written are forgotten. */
  max: number;
  /** Someone is waiting on it (an open ticket): kept whatever its age or the cap. */
  isOpen(conversationId: string): boolean;
  /** Forget everything about it (the store's own erase). */
  erase(conversationId: string): void;
}

export function createRetention(options: RetentionOptions) {
  // A Map keeps insertion order: deleting and setting again moves a conversation to the end,
  // so the first entries are the least recently written.
  const written = new Map<string, number>();

  function forget(conversationId: string) {
    written.delete(conversationId);
    options.erase(conversationId);
  }

  return {
    /** A write to the conversation at `now`; then the cap is enforced. */
    touch(conversationId: string, now: number) {
      written.delete(conversationId);
      written.set(conversationId, now);
      if (written.size <= options.max) return;
      for (const id of written.keys()) {
        if (written.size <= options.max) break;
        if (id !== conversationId && !options.isOpen(id)) forget(id);
      }
    },
    /** Forget what is older than the retention period (oldest first, so it stops early). */
    sweep(now: number) {
      for (const [id, at] of written) {
        if (now - at < options.retentionMs) break;
        if (!options.isOpen(id)) forget(id);
      }
    },
    /** Erased on request: nothing to keep track of. */
    drop(conversationId: string) {
      written.delete(conversationId);
    },
    kept: () => ({ written }),
  };
}
