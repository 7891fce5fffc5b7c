/**
 * The records this process committed last, by conversation, with the JSON Redis keeps for
 * each: a turn that finds in BEGIN's answer exactly the JSON it wrote takes back the object it
 * wrote instead of decoding the JSON and having the flow check it again (issue 32: no per-message
 * decoding of state this process wrote itself). Another instance's write, an erase or an expiry
 * changes or removes the JSON, and then it is read as ever. The memory store hands records back
 * the same way (as written, not copied through JSON).
 */
import type { StoredConversation } from '../../core/ports/conversation-store.ts';

/** Conversations remembered at most; all are forgotten at once when full (a burst of new people). */
const KEPT = 4_096;

export interface RecordMemo {
  /** The record whose stored JSON is `json`, if this process wrote that JSON last. */
  read(conversationId: string, json: string): StoredConversation | undefined;
  /** After a commit: `json` is the record JSON the commit sent, `rev` the revision Redis gave it. */
  wrote(conversationId: string, record: Omit<StoredConversation, 'rev'>, json: string, rev: number): void;
  forget(conversationId: string): void;
}

export function createRecordMemo(): RecordMemo {
  const kept = new Map<string, { json: string; record: StoredConversation }>();
  return {
    read(conversationId, json) {
      const memo = kept.get(conversationId);
      return memo?.json === json ? memo.record : undefined;
    },
    wrote(conversationId, record, json, rev) {
      if (kept.size >= KEPT) kept.clear();
      // COMMIT stores the JSON with the revision as its last field (redis-scripts.ts).
      const stored = `${json.slice(0, -1)},"rev":${rev}}`;
      kept.set(conversationId, { json: stored, record: { ...record, rev } });
    },
    forget(conversationId) {
      kept.delete(conversationId);
    },
  };
}
