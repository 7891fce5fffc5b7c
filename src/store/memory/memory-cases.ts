/**
 * The memory store's CaseStore: which conversation each folio was claimed for, and each
 * conversation's folios, so its erase (on request, or when retention or the cap forgets it)
 * lets them go, as the store's erase unlinks a staff-group thread. The cases themselves are
 * the conversation's record's (StoredConversation.cases), read from the store's own map.
 */
import type { CaseFile } from '../../core/case-file.ts';
import type { CaseStore } from '../../core/ports/case-store.ts';
import type { StoredConversation } from '../../core/ports/conversation-store.ts';
import { checkFolio, isFolio } from '../common.ts';

export interface MemoryCasesOptions {
  /** The conversation's record as last committed. */
  recordOf(conversationId: string): StoredConversation | undefined;
  /** A claim is a write about the conversation: retention forgets it (and its folios) from then on. */
  touch(conversationId: string): void;
}

export function createMemoryCases({ recordOf, touch }: MemoryCasesOptions) {
  /** folio → the conversation that claimed it. */
  const owners = new Map<string, string>();
  /** conversation → the folios it claimed. */
  const claimed = new Map<string, Set<string>>();

  const store: CaseStore = {
    async claimFolio(folio, conversationId) {
      const owner = owners.get(checkFolio(folio));
      if (owner !== undefined && owner !== conversationId) return false;
      owners.set(folio, conversationId);
      claimed.set(conversationId, (claimed.get(conversationId) ?? new Set()).add(folio));
      touch(conversationId);
      return true;
    },
    async conversationOfFolio(folio) {
      return isFolio(folio) ? (owners.get(folio) ?? null) : null;
    },
    // Copied out: records are kept as they are (memory-store.ts), so a caller must not get them.
    async casesOf(conversationId): Promise<CaseFile[]> {
      return structuredClone(recordOf(conversationId)?.cases ?? []);
    },
  };

  return {
    store,
    /** Lets the conversation's folios go (only those still its own). */
    erase(conversationId: string) {
      for (const folio of claimed.get(conversationId) ?? [])
        if (owners.get(folio) === conversationId) owners.delete(folio);
      claimed.delete(conversationId);
    },
    kept: () => ({ folioOwners: owners, claimed }),
  };
}
