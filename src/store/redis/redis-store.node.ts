/**
 * The production store on Node: Redis through ioredis. A message's turn costs two round
 * trips, each one Lua script (redis-turn.node.ts, redis-scripts.ts): the first holds the
 * conversation (a lease), checks the message id and reads the record, the ticket and the
 * leftovers; the last writes everything the turn changed with a compare-and-set on the
 * record's revision, so two instances never overwrite each other, and lets go. The staff
 * queue is a hash plus a sorted set of its order (a position is one ZRANK, a size one ZCARD);
 * transcripts are lists numbered by INCR, and delivery events plain lists; the dashboard's
 * counters, summaries and review list are redis-activity.node.ts's. Every key starts with the
 * office's prefix, so one Redis can serve several offices, and everything about a person
 * expires after the retention period and is deleted at once on request (a commit with `erase`);
 * the day counters, which name no one, are kept for a longer period of their own, and the
 * office's filed examples (one list, like the canned replies: text staff chose to keep) neither
 * expire nor go with an erase.
 */
import { Redis, type RedisOptions } from 'ioredis';
import type { ConversationStore, TranscriptLine } from '../../core/ports/conversation-store.ts';
import { type DeliveryEvent, type DeliveryLog, MAX_DELIVERY_EVENTS } from '../../core/ports/delivery-log.ts';
import { type FiledExampleStore, MAX_FILED_EXAMPLES } from '../../core/ports/example-book.ts';
import type { MediaStore } from '../../core/ports/media-store.ts';
import type { QueueStore } from '../../core/ports/queue-store.ts';
import type { CannedReply, StaffDataStore } from '../../core/ports/staff-data-store.ts';
import type { Store } from '../../core/ports/store.ts';
import { byQueueOrder, type ClosedTicket, type HandoffTicket } from '../../core/ticket.ts';
import {
  DEFAULT_ACTIVITY_RETENTION_DAYS,
  DEFAULT_CLOSED_LIMIT,
  DEFAULT_DUE_LIMIT,
  DEFAULT_TRANSCRIPT_LIMIT,
  OUTBOX_LEASE_MS,
} from '../common.ts';
import { deliveryEventSchema, validExamples } from '../durable/schemas.ts';
import { createRedisActivity } from './redis-activity.node.ts';
import { forgetRedisAliases } from './redis-aliases.node.ts';
import { createRedisCases } from './redis-cases.node.ts';
import { incarnationOf, markOrphansDue } from './redis-orphans.node.ts';
import { guardAgainstOutages } from './redis-outage.node.ts';
import { createRecordMemo } from './redis-record-memo.node.ts';
import { createRedisStaff, replies } from './redis-staff.node.ts';
import { timeOutSilentRedis } from './redis-timeout.node.ts';
import { defineScripts, openRedisTurn, orderScore, redisKeys, URGENT_BELOW } from './redis-turn.node.ts';

export interface RedisStoreOptions {
  url: string;
  /** Namespace for every key, e.g. "enlace:durango:". */
  prefix?: string;
  /** How long a person's data is kept after their last message. Default 90 days. */
  retentionDays?: number;
  /** How long the dashboard's day counters (which name no one) are kept. Default 1,095 days. */
  activityRetentionDays?: number;
  /** Filed examples kept, the oldest dropped past it. Default MAX_FILED_EXAMPLES (tests keep fewer). */
  maxFiledExamples?: number;
  /**
   * A command not answered within this many milliseconds, while Redis sent nothing at all for
   * as long, fails like an outage (503, sent again), so a Redis that hangs is refused instead of
   * piling requests up; a busy process's backlog is not counted. Default 3,000.
   */
  commandTimeoutMs?: number;
  redis?: RedisOptions;
  /**
   * Hears connection errors (Redis went away, a reconnect failed). Calls meanwhile fail with
   * StoreUnavailableError; ioredis reconnects by itself. Default: nothing (no console noise).
   */
  onConnectionError?: (error: Error) => void;
  /**
   * This process's name, the same across its restarts and held by one live process at a time
   * (the intake's consumer name). A conversation held or a reply left unsent by an earlier run
   * of the same name is taken over at once after a restart, not after the hold's lease and the
   * outbox's retry delay (redis-orphans.node.ts). Default: none (nothing taken over early).
   */
  holder?: string;
}

export type RedisStore = Store & {
  redis: Redis;
  close(): Promise<void>;
  /**
   * Makes due now the conversations whose replies an earlier run of this process left unsent,
   * for the sweep to finish; returns how many. Nothing without `holder`.
   */
  markOrphansDue(now: number): Promise<number>;
};

export const DEFAULT_COMMAND_TIMEOUT_MS = 3_000;

export function createRedisStore(options: RedisStoreOptions): RedisStore {
  const maxExamples = options.maxFiledExamples ?? MAX_FILED_EXAMPLES;
  if (!Number.isSafeInteger(maxExamples) || maxExamples < 1)
    throw new RangeError(`maxFiledExamples must be a whole number above 0, got ${maxExamples}`);
  // Fail fast while disconnected (no offline queue): the caller refuses the message and the
  // channel sends it again; ioredis keeps reconnecting by itself in the background. No
  // ioredis commandTimeout: it would count this process's own backlog (redis-timeout.node.ts).
  // Auto-pipelining: the commands of one tick (a hundred turns' BEGINs and COMMITs under load)
  // go out in one socket write instead of one write each (issue 32: the writes were a tenth of
  // a turn on Redis); each is still its own command, answered in order.
  const redis = new Redis(options.url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    enableAutoPipelining: true,
    ...options.redis,
  });
  timeOutSilentRedis(redis, options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS);
  // Without a listener ioredis prints "[ioredis] Unhandled error event" for every failed
  // reconnect; the outage reaches callers as StoreUnavailableError instead.
  redis.on('error', (error: Error) => options.onConnectionError?.(error));
  const scripts = defineScripts(redis);
  const prefix = options.prefix ?? 'enlace:';
  const k = redisKeys(prefix);
  const retention = Math.round((options.retentionDays ?? 90) * 86_400);
  const activityRetentionMs = (options.activityRetentionDays ?? DEFAULT_ACTIVITY_RETENTION_DAYS) * 86_400_000;
  const parse = <T>(json: string) => JSON.parse(json) as T;
  const self = incarnationOf(options.holder);
  const memo = createRecordMemo();

  const conversations: ConversationStore = {
    async openTurn(conversationId, options) {
      const held = await openRedisTurn(
        { scripts, k, retention, activityRetentionMs, self, memo },
        conversationId,
        options,
      );
      // An erase lets the person's other identifiers go too (they lead to their number).
      const commit: typeof held.commit = async (turn) => {
        const rev = await held.commit(turn);
        // Not the turn's failure if it cannot: the erase is written, and the aliases expire anyway.
        if (turn.erase) await forgetRedisAliases(redis, prefix, conversationId).catch(() => undefined);
        return rev;
      };
      return { ...held, commit };
    },
    async ackOutbox(conversationId, itemIds) {
      if (itemIds.length === 0) return;
      await scripts.enlaceAck(k.outbox(conversationId), k.outboxDue, conversationId, ...itemIds);
    },
    async getTranscript(conversationId, limit = DEFAULT_TRANSCRIPT_LIMIT) {
      if (limit <= 0) return [];
      return (await redis.lrange(k.transcript(conversationId), -limit, -1)).map(parse<TranscriptLine>);
    },
  };

  const queue: QueueStore = {
    async listTickets() {
      return Object.values(await redis.hgetall(k.queue))
        .map(parse<HandoffTicket>)
        .sort(byQueueOrder);
    },
    async getTicket(conversationId) {
      const json = await redis.hget(k.queue, conversationId);
      return json ? parse<HandoffTicket>(json) : null;
    },
    // The order holds real tickets only; a bare one counts the real ones before its score.
    async queuePosition(conversationId) {
      const rank = await redis.zrank(k.order, conversationId);
      if (rank !== null) return rank;
      const json = await redis.hget(k.queue, conversationId);
      return json ? await redis.zcount(k.order, '-inf', `(${orderScore(parse<HandoffTicket>(json))}`) : -1;
    },
    async queueSize() {
      const [all, urgent] = await Promise.all([
        redis.zcard(k.order),
        redis.zcount(k.order, '-inf', `(${URGENT_BELOW}`),
      ]);
      return { all, urgent };
    },
    async listClosed(limit = DEFAULT_CLOSED_LIMIT, offset = 0) {
      if (limit <= 0) return [];
      const from = Math.max(0, offset);
      return (await redis.lrange(k.closed, from, from + limit - 1)).map(parse<ClosedTicket>);
    },
    async closedCount() {
      return await redis.llen(k.closed);
    },
    async takeDue(now, limit = DEFAULT_DUE_LIMIT) {
      // One script: two instances asking at once never get the same deadline or leftovers.
      const count = Math.max(0, Math.floor(limit));
      return await scripts.enlaceTakeDue(k.deadlines, k.outboxDue, now, count, now + OUTBOX_LEASE_MS);
    },
  };

  const media: MediaStore = {
    async saveMedia(conversationId, file) {
      const id = crypto.randomUUID();
      const meta = JSON.stringify({ mimetype: file.mimetype, filename: file.filename });
      await redis
        .multi()
        .hset(k.media(conversationId), id, Buffer.from(file.data), `${id}:meta`, meta)
        .expire(k.media(conversationId), retention)
        .exec();
      return id;
    },
    async getMedia(conversationId, mediaId) {
      const [data, meta] = await redis.hmgetBuffer(k.media(conversationId), mediaId, `${mediaId}:meta`);
      if (!data || !meta) return null;
      const { mimetype, filename } = parse<{ mimetype: string; filename?: string }>(meta.toString());
      return { mimetype, data: new Uint8Array(data), ...(filename ? { filename } : {}) };
    },
  };

  const staff: StaffDataStore = {
    async getCannedReplies() {
      const json = await redis.get(k.canned);
      return json ? parse<CannedReply[]>(json) : [];
    },
    async saveCannedReplies(replies) {
      await redis.set(k.canned, JSON.stringify(replies));
    },
    async saveThread(conversationId, thread) {
      await scripts.enlaceLinkThread(k.threads, k.threadOwners, conversationId, thread);
    },
    async threadOf(conversationId) {
      const thread = await redis.hget(k.threads, conversationId);
      return thread === null ? null : Number(thread);
    },
    async conversationOfThread(thread) {
      return await redis.hget(k.threadOwners, String(thread));
    },
  };

  // The office's, like the canned replies: no expiry, and no erase touches them (they name no one).
  const examples: FiledExampleStore = {
    // One round trip (MULTI): appended, and trimmed to the newest maxExamples.
    async fileExample(example) {
      await replies(
        redis.multi().rpush(k.examples, JSON.stringify(example)).ltrim(k.examples, -maxExamples, -1),
      );
    },
    async filedExamples() {
      return validExamples((await redis.lrange(k.examples, 0, -1)).map(parseOrSkip));
    },
  };

  const deliveries: DeliveryLog = {
    // One round trip (a script): appended, trimmed to the last ones, and kept for the retention
    // period as the transcript is, only while the conversation is (a late report about an
    // erased one is dropped). An erasing commit deletes the list (redis-scripts.ts).
    async recordDelivery(conversationId, event) {
      const [conv, key] = [k.conv(conversationId), k.deliveries(conversationId)];
      await scripts.enlaceRecordDelivery(conv, key, JSON.stringify(event), MAX_DELIVERY_EVENTS, retention);
    },
    async deliveryEvents(conversationId) {
      const kept = await redis.lrange(k.deliveries(conversationId), -MAX_DELIVERY_EVENTS, -1);
      return kept.flatMap(readEvent);
    },
  };

  const store: RedisStore = {
    ...conversations,
    ...queue,
    ...media,
    ...staff,
    ...examples,
    ...deliveries,
    ...createRedisCases(redis, scripts, k, retention), // folios claimed, and the cases in the records
    // The dashboard: day counters, conversation summaries and the review list.
    ...createRedisActivity(redis, k, {
      retentionMs: retention * 1000,
      activityRetentionMs,
    }),
    // Sessions, failed logins, disabled accounts and the audit log (kept as long as conversations).
    ...createRedisStaff(redis, options.prefix ?? 'enlace:', retention * 1000),
    redis,
    markOrphansDue: (now) => markOrphansDue(redis, k, self, now),
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
  guardAgainstOutages(store, redis);
  return store;
}

/** A stored JSON value, or null when it does not parse (then a schema skips it). */
function parseOrSkip(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/**
 * A stored delivery event, checked as it is read back: one that does not parse (written by an
 * older version, or damaged) is skipped, so it cannot hide the fate of every other line.
 */
function readEvent(json: string): DeliveryEvent[] {
  const event = deliveryEventSchema.safeParse(parseOrSkip(json));
  return event.success ? [event.data] : [];
}
