/**
 * Where web conversations started: the address each came from, kept for an hour and never
 * logged, so that urgent alerts from a burst of new conversations from one address can be
 * grouped (urgent-alerts.ts). In this process's memory (bounded) or, on Node with Redis,
 * shared by every instance (redis-origins.node.ts). Web-standard APIs only.
 */

export interface Origins {
  remember(conversationId: string, address: string): Promise<void>;
  /** The address the conversation started from, if it started within the hour. */
  of(conversationId: string): Promise<string | null>;
}

/** How long a conversation's origin is kept: a burst, and the first reminders about it. */
export const ORIGIN_MS = 3_600_000;
/** Most origins kept in memory; the oldest go first (they expire first anyway). */
const MAX_KEPT = 50_000;

export function memoryOrigins(now: () => number = Date.now): Origins {
  const kept = new Map<string, { address: string; until: number }>();
  return {
    async remember(conversationId, address) {
      kept.delete(conversationId);
      kept.set(conversationId, { address, until: now() + ORIGIN_MS });
      for (const [id, origin] of kept) {
        if (kept.size <= MAX_KEPT && origin.until > now()) break;
        kept.delete(id);
      }
    },
    async of(conversationId) {
      const origin = kept.get(conversationId);
      return origin && origin.until > now() ? origin.address : null;
    },
  };
}
