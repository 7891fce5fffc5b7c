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
  TranscriptLine,
} from '../core/ports.ts';

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
  let lastSweep = 0;

  function sweepExpired(now: number) {
    if (now - lastSweep < 60_000) return;
    lastSweep = now;
    for (const [key, expires] of seen) if (expires <= now) seen.delete(key);
  }

  return {
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
    async claimMessage(conversationId, messageId, ttlMs) {
      const now = clock.now();
      sweepExpired(now);
      const key = `${conversationId}\u0000${messageId}`;
      const expires = seen.get(key);
      if (expires !== undefined && expires > now) return false;
      seen.set(key, now + ttlMs);
      return true;
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
    async getTranscript(conversationId, limit = 200) {
      return (transcripts.get(conversationId) ?? []).slice(-limit);
    },
    async erase(conversationId) {
      conversations.delete(conversationId);
      transcripts.delete(conversationId);
      deadlines.delete(conversationId);
      for (let i = closed.length - 1; i >= 0; i--)
        if (closed[i]?.conversationId === conversationId) closed.splice(i, 1);
      queue.delete(conversationId);
      for (const key of seen.keys()) if (key.startsWith(`${conversationId}\u0000`)) seen.delete(key);
    },
    size: () => conversations.size,
  };
}
