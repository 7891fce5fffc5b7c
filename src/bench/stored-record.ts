/**
 * A conversation's stored record, read the way a turn reads it (hold, read, let go): for the
 * benchmarks' byte counts and checks, which look at what is stored without changing it.
 */
import type { StoredConversation } from '../core/ports/conversation-store.ts';
import type { Store } from '../core/ports/store.ts';

export async function storedRecord(store: Store, id: string): Promise<StoredConversation | null> {
  const turn = await store.openTurn(id, { leaseMs: 1_000, dedupeTtlMs: 0, now: Date.now() });
  await turn.release();
  return turn.record;
}
