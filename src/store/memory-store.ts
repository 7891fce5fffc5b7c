/**
 * The embedded default store: everything in process memory. Used by `npm start` when no
 * REDIS_URL is set, by the terminal chat, `ask`, the benchmarks and the tests.
 * Nothing survives a restart; the server says so at start-up.
 */
import { StoreConflictError } from '../core/errors.ts';
import type {
  CannedReply,
  Clock,
  HandoffTicket,
  Store,
  StoredConversation,
  StoredMedia,
  TranscriptLine,
} from '../core/ports.ts';

/** Files kept in memory at most (the memory store is for trying things out, not for offices). */
const MEDIA_BUDGET = 64 * 2 ** 20;

export function createMemoryStore(clock: Clock = { now: () => Date.now() }): Store & { size(): number } {
  // Records are immutable values (the engine builds a new one for every write), so they are
  // kept as they are; copying them in and out cost a tenth of a message's time.
  const conversations = new Map<string, StoredConversation>();
  const seen = new Map<string, number>();
  const queue = new Map<string, HandoffTicket>();
  const transcripts = new Map<string, TranscriptLine[]>();
  const closed: Array<HandoffTicket & { closedAt: number }> = [];
  let canned: CannedReply[] = [];
  const deadlines = new Map<string, number>();
  // Files people sent, per conversation; the oldest go first past MEDIA_BUDGET in all.
  const media = new Map<string, Map<string, StoredMedia>>();
  let mediaBytes = 0;
  let lastSweep = 0;

  function sweepExpired(now: number) {
    if (now - lastSweep < 60_000) return;
    lastSweep = now;
    for (const [key, expires] of seen) if (expires <= now) seen.delete(key);
  }

  const store: Store & { size(): number } = {
    async getConversation(id) {
      return conversations.get(id) ?? null;
    },
    async putConversation(id, record, expectedRev) {
      const rev = conversations.get(id)?.rev ?? null;
      if (rev !== expectedRev) throw new StoreConflictError(id);
      const next = (rev ?? 0) + 1;
      conversations.set(id, { ...record, rev: next });
      return next;
    },
    async enqueueHandoff(ticket) {
      const existing = queue.get(ticket.conversationId);
      queue.set(ticket.conversationId, {
        ...existing,
        ...ticket,
        urgent: ticket.urgent || Boolean(existing?.urgent),
        since: existing?.since ?? ticket.since,
        ...((ticket.case ?? existing?.case) ? { case: ticket.case ?? existing?.case } : {}),
      } as HandoffTicket);
    },
    async withdrawHandoff(conversationId) {
      const ticket = queue.get(conversationId);
      if (ticket && !ticket.urgent && !ticket.case) queue.delete(conversationId);
    },
    async listHandoffs() {
      return [...queue.values()].sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.since - b.since);
    },
    async queuePosition(conversationId) {
      return (await store.listHandoffs()).findIndex((t) => t.conversationId === conversationId);
    },
    async claimHandoff(conversationId, staffName) {
      const ticket = queue.get(conversationId);
      if (ticket) queue.set(conversationId, { ...ticket, assignee: staffName });
    },
    async scheduleDeadline(conversationId, at) {
      deadlines.set(conversationId, at);
    },
    async takeDueDeadlines(now, limit = 100) {
      const due = [...deadlines]
        .filter(([, at]) => at <= now)
        .slice(0, limit)
        .map(([id]) => id);
      for (const id of due) deadlines.delete(id);
      return due;
    },
    async getCannedReplies() {
      return canned;
    },
    async saveCannedReplies(replies) {
      canned = [...replies];
    },
    async closeHandoff(conversationId, at) {
      const ticket = queue.get(conversationId);
      if (!ticket) return;
      queue.delete(conversationId);
      closed.unshift({ ...ticket, closedAt: at });
      if (closed.length > 500) closed.length = 500;
    },
    async listClosedHandoffs(limit = 100) {
      return closed.slice(0, limit);
    },
    async appendTranscript(conversationId, ...added) {
      const lines = transcripts.get(conversationId) ?? [];
      for (const line of added) lines.push({ ...line, seq: (lines.at(-1)?.seq ?? 0) + 1 });
      // A bounded memory: the oldest lines go first (Redis keeps a retention period instead).
      if (lines.length > 500) lines.splice(0, lines.length - 500);
      transcripts.set(conversationId, lines);
    },
    async saveMedia(conversationId, file) {
      const id = crypto.randomUUID();
      const files = media.get(conversationId) ?? new Map<string, StoredMedia>();
      files.set(id, { ...file, data: file.data.slice() });
      media.set(conversationId, files);
      mediaBytes += file.data.byteLength;
      for (const [owner, kept] of media) {
        if (mediaBytes <= MEDIA_BUDGET) break;
        for (const [key, f] of kept) {
          if (mediaBytes <= MEDIA_BUDGET || (owner === conversationId && key === id)) break;
          kept.delete(key);
          mediaBytes -= f.data.byteLength;
        }
      }
      return id;
    },
    async getMedia(conversationId, mediaId) {
      return media.get(conversationId)?.get(mediaId) ?? null;
    },
    async getTranscript(conversationId, limit = 200) {
      return (transcripts.get(conversationId) ?? []).slice(-limit);
    },
    async erase(conversationId) {
      conversations.delete(conversationId);
      transcripts.delete(conversationId);
      for (const f of media.get(conversationId)?.values() ?? []) mediaBytes -= f.data.byteLength;
      media.delete(conversationId);
      deadlines.delete(conversationId);
      for (let i = closed.length - 1; i >= 0; i--)
        if (closed[i]?.conversationId === conversationId) closed.splice(i, 1);
      queue.delete(conversationId);
      for (const key of seen.keys()) if (key.startsWith(`${conversationId}\u0000`)) seen.delete(key);
    },
    // One process: the engine's keyed queue already runs a conversation's turns one at a
    // time, so there is nothing to hold; the message id is remembered at commit, as in Redis.
    async openTurn(conversationId, { messageId, dedupeTtlMs }) {
      const now = clock.now();
      sweepExpired(now);
      const key = `${conversationId}\u0000${messageId}`;
      if (messageId !== undefined && (seen.get(key) ?? 0) > now) {
        return {
          fresh: false,
          record: null,
          commit: () => Promise.reject(new Error('not held')),
          release: async () => {},
        };
      }
      const record = conversations.get(conversationId) ?? null;
      return {
        fresh: true,
        record,
        async commit(next, transcript, deadline) {
          const rev = await store.putConversation(conversationId, next, record?.rev ?? null);
          if (deadline !== undefined) deadlines.set(conversationId, deadline);
          if (messageId !== undefined) seen.set(key, clock.now() + dedupeTtlMs);
          await store.appendTranscript(conversationId, ...transcript);
          return rev;
        },
        release: async () => {},
      };
    },
    size: () => conversations.size,
  };
  return store;
}
