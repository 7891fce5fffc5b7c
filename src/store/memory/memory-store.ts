/**
 * The embedded default store: everything in process memory. Used by `npm start` when no
 * REDIS_URL is set, by the terminal chat, `ask`, the benchmarks and the tests. Nothing
 * survives a restart; the server says so at start-up. A turn holds nothing (the engine's
 * keyed queue already runs a conversation's turns one at a time in one process), and a
 * commit is trivially atomic: it checks the revision before it changes anything.
 */
import { StoreConflictError } from '../../core/errors.ts';
import type {
  ConversationStore,
  OpenTurn,
  StoredConversation,
  TranscriptLine,
  TurnCommit,
} from '../../core/ports/conversation-store.ts';
import { type DeliveryEvent, MAX_DELIVERY_EVENTS } from '../../core/ports/delivery-log.ts';
import { type Clock, systemClock } from '../../core/ports/runtime.ts';
import type { CannedReply } from '../../core/ports/staff-data-store.ts';
import type { Store } from '../../core/ports/store.ts';
import { inLine } from '../../core/queue-standing.ts';
import { byQueueOrder, type ClosedTicket, type HandoffTicket } from '../../core/ticket.ts';
import {
  DEFAULT_ACTIVITY_RETENTION_DAYS,
  DEFAULT_CLOSED_LIMIT,
  DEFAULT_DUE_LIMIT,
  DEFAULT_TRANSCRIPT_LIMIT,
  KEEP_CLOSED,
  redelivery,
} from '../common.ts';
import { createMemoryActivity } from './memory-activity.ts';
import { createMemoryCases } from './memory-cases.ts';
import { createMemoryExamples } from './memory-examples.ts';
import { createMemoryMedia } from './memory-media.ts';
import { createMemoryOutbox } from './memory-outbox.ts';
import { createRetention } from './memory-retention.ts';
import { createMemoryStaff } from './memory-staff.ts';
import { createMemoryThreads } from './memory-threads.ts';

/** A bounded memory: a transcript keeps its last lines only (Redis keeps a retention period instead). */
export const MEMORY_KEEP_LINES = 500;

export type MemoryStore = Store & {
  /** How many conversations are kept (for the start-up line and the benchmarks). */
  size(): number;
  /**
   * Every map and list this store keeps about conversations, by name (staff's sessions and
   * the office's examples aside): what the erase test walks to find no trace of a person.
   */
  kept(): Record<string, unknown>;
};

export interface MemoryStoreOptions {
  /** A conversation is forgotten this long after its last message. Default 90 days. */
  retentionDays?: number;
  /** The dashboard's daily counters are kept this long (they name no one). Default 1,095 days. */
  activityRetentionDays?: number;
  /**
   * At most this many conversations (about 3 KB each); past it the least recently active
   * ones nobody is waiting on are forgotten first. Default 50,000 (about 150 MB).
   */
  maxConversations?: number;
}

export const DEFAULT_MAX_CONVERSATIONS = 50_000;

export function createMemoryStore(clock: Clock = systemClock, options: MemoryStoreOptions = {}): MemoryStore {
  // Records are immutable values (the engine builds a new one for every write), so they are
  // kept as they are; copying them in and out cost a tenth of a message's time.
  const conversations = new Map<string, StoredConversation>();
  /** "{conversation}\0{message id}" → until when it counts as handled. */
  const seen = new Map<string, number>();
  const tickets = new Map<string, HandoffTicket>();
  // The queue's sizes, kept as tickets come and go: queueSize reads them instead of every ticket.
  const inLineCount = { all: 0, urgent: 0 };
  function count(ticket: HandoffTicket | undefined, sign: 1 | -1) {
    if (!ticket || !inLine(ticket)) return;
    inLineCount.all += sign;
    if (ticket.urgent) inLineCount.urgent += sign;
  }
  function setTicket(conversationId: string, ticket: HandoffTicket | null) {
    count(tickets.get(conversationId), -1);
    if (ticket) tickets.set(conversationId, ticket);
    else tickets.delete(conversationId);
    count(ticket ?? undefined, 1);
  }
  const closed: ClosedTicket[] = [];
  const transcripts = new Map<string, TranscriptLine[]>();
  const deadlines = new Map<string, number>();
  const outbox = createMemoryOutbox();
  /** Delivery events per conversation, oldest first (the last MAX_DELIVERY_EVENTS). */
  const deliveries = new Map<string, DeliveryEvent[]>();
  const threads = createMemoryThreads(); // staff-group thread links
  const media = createMemoryMedia();
  let canned: CannedReply[] = [];
  let lastSweep = 0;
  const retention = createRetention({
    retentionMs: (options.retentionDays ?? 90) * 86_400_000,
    max: options.maxConversations ?? DEFAULT_MAX_CONVERSATIONS,
    isOpen: (conversationId) => tickets.has(conversationId),
    erase: (conversationId) => erase(conversationId),
  });
  // Summaries and review items are writes about their conversation, kept and erased with it.
  const activity = createMemoryActivity(clock, {
    activityRetentionMs: (options.activityRetentionDays ?? DEFAULT_ACTIVITY_RETENTION_DAYS) * 86_400_000,
    touch: (conversationId) => retention.touch(conversationId, clock.now()),
  });
  const cases = createMemoryCases({
    recordOf: (conversationId) => conversations.get(conversationId),
    touch: (conversationId) => retention.touch(conversationId, clock.now()),
  });

  function sweepExpired(now: number) {
    if (now - lastSweep < 60_000) return;
    lastSweep = now;
    for (const [key, until] of seen) if (until <= now) seen.delete(key);
    retention.sweep(now);
  }

  function erase(conversationId: string) {
    retention.drop(conversationId);
    conversations.delete(conversationId);
    transcripts.delete(conversationId);
    deliveries.delete(conversationId);
    activity.erase(conversationId);
    media.erase(conversationId);
    setTicket(conversationId, null);
    for (let i = closed.length - 1; i >= 0; i--)
      if (closed[i]?.conversationId === conversationId) closed.splice(i, 1);
    threads.erase(conversationId);
    cases.erase(conversationId); // its folios go free
    deadlines.delete(conversationId);
    outbox.erase(conversationId);
    const prefix = `${conversationId}\u0000`;
    for (const key of seen.keys()) if (key.startsWith(prefix)) seen.delete(key);
  }

  function append(conversationId: string, added: readonly TranscriptLine[]) {
    if (added.length === 0) return;
    const lines = transcripts.get(conversationId) ?? [];
    for (const line of added) lines.push({ ...line, seq: (lines.at(-1)?.seq ?? 0) + 1 });
    if (lines.length > MEMORY_KEEP_LINES) lines.splice(0, lines.length - MEMORY_KEEP_LINES);
    transcripts.set(conversationId, lines);
  }

  function write(conversationId: string, rev: number, turn: TurnCommit) {
    if (turn.activity) activity.check(turn.activity);
    if (turn.erase) {
      // Nothing keyed by the person is kept but the confirmation until it goes out (ackOutbox),
      // and the day's counters (they name no one).
      erase(conversationId);
      outbox.write(conversationId, turn);
      if (turn.activity) activity.write({ day: turn.activity.day, counts: turn.activity.counts });
      return;
    }
    conversations.set(conversationId, { ...turn.record, rev: rev + 1 });
    if (turn.ticket !== undefined) setTicket(conversationId, turn.ticket && { ...turn.ticket });
    if (turn.closed) {
      closed.unshift({ ...turn.closed });
      if (closed.length > KEEP_CLOSED) closed.length = KEEP_CLOSED;
    }
    append(conversationId, turn.transcript);
    if (turn.deadline !== undefined) deadlines.set(conversationId, turn.deadline);
    outbox.write(conversationId, turn);
    if (turn.activity) activity.write(turn.activity);
  }

  const conversationStore: ConversationStore = {
    async openTurn(conversationId, { messageId, dedupeTtlMs, now }): Promise<OpenTurn> {
      const wall = clock.now();
      sweepExpired(wall);
      const key = `${conversationId}\u0000${messageId}`;
      if (messageId !== undefined && (seen.get(key) ?? 0) > wall) return redelivery();
      const record = conversations.get(conversationId) ?? null;
      const ticket = tickets.get(conversationId);
      return {
        fresh: true,
        record,
        ticket: ticket ? { ...ticket } : null,
        leftovers: outbox.leftovers(conversationId, now),
        async commit(turn) {
          const rev = conversations.get(conversationId)?.rev ?? 0;
          if (rev !== (record?.rev ?? 0)) throw new StoreConflictError(conversationId);
          write(conversationId, rev, turn);
          if (turn.erase) return rev + 1; // no message id, no retention entry: nothing names them
          if (messageId !== undefined) seen.set(key, clock.now() + dedupeTtlMs);
          retention.touch(conversationId, clock.now());
          return rev + 1;
        },
        release: async () => {},
      };
    },
    async ackOutbox(conversationId, itemIds) {
      outbox.ack(conversationId, itemIds);
    },
    async getTranscript(conversationId, limit = DEFAULT_TRANSCRIPT_LIMIT) {
      return limit > 0 ? (transcripts.get(conversationId) ?? []).slice(-limit) : [];
    },
  };

  // Ties (same urgency, same `since`) go by conversation id, as in Redis's sorted set.
  const ahead = (ticket: HandoffTicket) => (other: HandoffTicket) =>
    other.conversationId !== ticket.conversationId && byQueueOrder(other, ticket) < 0;

  return {
    ...conversationStore,
    async listTickets() {
      return [...tickets.values()].sort(byQueueOrder).map((t) => ({ ...t }));
    },
    async getTicket(conversationId) {
      const ticket = tickets.get(conversationId);
      return ticket ? { ...ticket } : null;
    },
    // Positions and sizes count only tickets in line: not bare, no flood suspect (core/queue-standing.ts).
    async queuePosition(conversationId) {
      const ticket = tickets.get(conversationId);
      if (!ticket) return -1;
      let position = 0;
      const before = ahead(ticket);
      for (const other of tickets.values()) if (inLine(other) && before(other)) position++;
      return position;
    },
    async queueSize() {
      return { ...inLineCount };
    },
    async listClosed(limit = DEFAULT_CLOSED_LIMIT, offset = 0) {
      const from = Math.max(0, offset);
      return closed.slice(from, from + Math.max(0, limit)).map((t) => ({ ...t }));
    },
    async closedCount() {
      return closed.length;
    },
    async takeDue(now, limit = DEFAULT_DUE_LIMIT) {
      const due = [...deadlines]
        .filter(([, at]) => at <= now)
        .sort(([, a], [, b]) => a - b)
        .slice(0, Math.max(0, limit))
        .map(([id]) => id);
      for (const id of due) deadlines.delete(id);
      // Leftovers are not removed: pushed a lease ahead, so no other caller gets them meanwhile.
      return [...due, ...outbox.takeDue(now, new Set(due), limit)];
    },
    saveMedia: async (conversationId, file) => media.save(conversationId, file),
    getMedia: async (conversationId, mediaId) => media.get(conversationId, mediaId),
    async getCannedReplies() {
      return canned.map((reply) => ({ ...reply }));
    },
    async saveCannedReplies(replies) {
      canned = replies.map((reply) => ({ ...reply }));
    },
    ...threads.store,
    // A write like any other: the conversation is kept (and forgotten) from now, events and all.
    // Copied in and out, unlike records: an event's `error` is an object a caller could change.
    // Only for a conversation kept: a late report about an erased one (or none) is dropped.
    async recordDelivery(conversationId, event) {
      if (!conversations.has(conversationId)) return;
      const events = deliveries.get(conversationId) ?? [];
      events.push(structuredClone(event));
      if (events.length > MAX_DELIVERY_EVENTS) events.splice(0, events.length - MAX_DELIVERY_EVENTS);
      deliveries.set(conversationId, events);
      retention.touch(conversationId, clock.now());
    },
    async deliveryEvents(conversationId) {
      return (deliveries.get(conversationId) ?? []).map((event) => structuredClone(event));
    },
    // Daily counters, summaries and the review list (memory-activity.ts).
    ...activity.store,
    ...createMemoryExamples(), // the office's filed examples, never erased with a person
    ...cases.store, // folios claimed, and the cases in the records
    // Sessions, failed logins, disabled accounts and the audit log (kept as long as conversations).
    ...createMemoryStaff(clock, (options.retentionDays ?? 90) * 86_400_000),
    size: () => conversations.size,
    kept: () => ({
      conversations,
      seen,
      tickets,
      closed,
      transcripts,
      deadlines,
      deliveries,
      ...outbox.kept(),
      ...threads.kept(),
      ...media.kept(),
      ...activity.kept(),
      ...cases.kept(),
      ...retention.kept(),
    }),
  };
}
