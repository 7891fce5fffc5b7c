/**
 * The memory store's links between conversations and staff-group threads (StaffDataStore's
 * saveThread, threadOf, conversationOfThread): one thread per conversation and one
 * conversation per thread, both ways, let go by the store's erase (the link names the person).
 */
import type { StaffDataStore } from '../../core/ports/staff-data-store.ts';

export function createMemoryThreads() {
  const threads = new Map<string, number>();
  const threadOwners = new Map<number, string>();

  function unlinkThread(conversationId: string) {
    const thread = threads.get(conversationId);
    if (thread === undefined) return;
    threads.delete(conversationId);
    if (threadOwners.get(thread) === conversationId) threadOwners.delete(thread);
  }

  const store: Pick<StaffDataStore, 'saveThread' | 'threadOf' | 'conversationOfThread'> = {
    async saveThread(conversationId, thread) {
      unlinkThread(conversationId);
      const previous = threadOwners.get(thread);
      if (previous !== undefined) threads.delete(previous);
      threads.set(conversationId, thread);
      threadOwners.set(thread, conversationId);
    },
    async threadOf(conversationId) {
      return threads.get(conversationId) ?? null;
    },
    async conversationOfThread(thread) {
      return threadOwners.get(thread) ?? null;
    },
  };

  return { store, erase: unlinkThread, kept: () => ({ threads, threadOwners }) };
}
