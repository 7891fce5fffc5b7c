/**
 * The production store on Node: Redis through ioredis. A message's turn costs two round
 * trips, each one Lua script (src/store/redis-scripts.ts): the first holds the conversation
 * (a lease), checks the message id and reads the record; the last saves it with a
 * compare-and-set on its revision, so two instances never overwrite each other, adds the
 * transcript lines, remembers the message id and lets go. The staff queue is a hash;
 * transcripts are lists numbered by INCR. Every key starts with the office's prefix, so one
 * Redis can serve several offices, and everything about a person expires after the retention
 * period and is deleted at once on request.
 */
import { Redis, type RedisOptions } from 'ioredis';
import { StoreConflictError } from '../core/errors.ts';
import type { CannedReply, HandoffTicket, Store, StoredConversation, TranscriptLine } from '../core/ports.ts';
import { guardAgainstOutages } from './redis-outage.node.ts';
import { BEGIN, CAS, COMMIT, RELEASE, TAKE_DUE } from './redis-scripts.ts';

export interface RedisStoreOptions {
  url: string;
  /** Namespace for every key, e.g. "enlace:durango:". */
  prefix?: string;
  /** How long a person's data is kept after their last message. Default 90 days. */
  retentionDays?: number;
  redis?: RedisOptions;
}

/** The scripts of redis-scripts.ts as commands: sent by SHA (EVALSHA), not as text on every call. */
interface Scripts {
  enlaceCas(key: string, rev: string, json: string, ttl: number): Promise<number>;
  enlaceBegin(lock: string, seen: string, conv: string, ...argv: string[]): Promise<0 | 1 | [2, string?]>;
  enlaceCommit(...keysThenArgv: Array<string | number>): Promise<number>;
  enlaceTakeDue(key: string, now: number, limit: number): Promise<string[]>;
  enlaceRelease(key: string, token: string): Promise<void>;
}

/** Urgent tickets sort before every other, then the oldest first (epoch ms are far below 1e15). */
const orderScore = (ticket: HandoffTicket) => ticket.since - (ticket.urgent ? 1e15 : 0);

export function createRedisStore(
  options: RedisStoreOptions,
): Store & { redis: Redis; close(): Promise<void> } {
  // Fail fast while disconnected (no offline queue): the caller refuses the message and the
  // channel sends it again; ioredis keeps reconnecting by itself in the background.
  const redis = new Redis(options.url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    ...options.redis,
  });
  redis.defineCommand('enlaceCas', { numberOfKeys: 1, lua: CAS });
  redis.defineCommand('enlaceBegin', { numberOfKeys: 3, lua: BEGIN });
  redis.defineCommand('enlaceCommit', { numberOfKeys: 6, lua: COMMIT });
  redis.defineCommand('enlaceTakeDue', { numberOfKeys: 1, lua: TAKE_DUE });
  redis.defineCommand('enlaceRelease', { numberOfKeys: 1, lua: RELEASE });
  const scripts = redis as unknown as Scripts;
  const p = options.prefix ?? 'enlace:';
  const retention = Math.round((options.retentionDays ?? 90) * 86_400);
  const k = {
    conv: (id: string) => `${p}conv:${id}`,
    seen: (id: string) => `${p}seen:${id}`,
    transcript: (id: string) => `${p}transcript:${id}`,
    seq: (id: string) => `${p}tseq:${id}`,
    lock: (id: string) => `${p}lock:${id}`,
    // One hash per conversation: field <id> holds the bytes, <id>:meta the type and name.
    media: (id: string) => `${p}media:${id}`,
    queue: `${p}queue`,
    // The queue's order (urgent first, then oldest), so a position is one ZRANK, not a read of every ticket.
    order: `${p}queue:order`,
    closed: `${p}closed`,
    canned: `${p}canned`,
    deadlines: `${p}deadlines`,
  };

  const store: Store & { redis: Redis; close(): Promise<void> } = {
    redis,
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
    async getConversation(id) {
      const json = await redis.get(k.conv(id));
      return json ? (JSON.parse(json) as StoredConversation) : null;
    },
    async putConversation(id, record, expectedRev) {
      const rev = await scripts.enlaceCas(
        k.conv(id),
        String(expectedRev ?? 0),
        JSON.stringify(record),
        retention,
      );
      if (rev < 0) throw new StoreConflictError(id);
      return rev;
    },
    async enqueueHandoff(ticket) {
      const existing = await redis.hget(k.queue, ticket.conversationId);
      const before = existing ? (JSON.parse(existing) as HandoffTicket) : undefined;
      const merged: HandoffTicket = {
        ...before,
        ...ticket,
        urgent: ticket.urgent || Boolean(before?.urgent),
        since: before?.since ?? ticket.since,
        ...((ticket.case ?? before?.case) ? { case: ticket.case ?? before?.case } : {}),
        ...(before?.assignee ? { assignee: before.assignee } : {}),
      } as HandoffTicket;
      await redis
        .multi()
        .hset(k.queue, ticket.conversationId, JSON.stringify(merged))
        .zadd(k.order, orderScore(merged), ticket.conversationId)
        .exec();
    },
    async withdrawHandoff(conversationId) {
      const json = await redis.hget(k.queue, conversationId);
      const ticket = json ? (JSON.parse(json) as HandoffTicket) : undefined;
      if (ticket && !ticket.urgent && !ticket.case)
        await redis.multi().hdel(k.queue, conversationId).zrem(k.order, conversationId).exec();
    },
    async listHandoffs() {
      const all = Object.values(await redis.hgetall(k.queue)).map((j) => JSON.parse(j) as HandoffTicket);
      return all.sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.since - b.since);
    },
    async queuePosition(conversationId) {
      return (await redis.zrank(k.order, conversationId)) ?? -1;
    },
    async claimHandoff(conversationId, staffName) {
      const json = await redis.hget(k.queue, conversationId);
      if (json)
        await redis.hset(
          k.queue,
          conversationId,
          JSON.stringify({ ...JSON.parse(json), assignee: staffName }),
        );
    },
    async closeHandoff(conversationId, at) {
      const json = await redis.hget(k.queue, conversationId);
      if (!json) return;
      await redis
        .multi()
        .hdel(k.queue, conversationId)
        .zrem(k.order, conversationId)
        .lpush(k.closed, JSON.stringify({ ...JSON.parse(json), closedAt: at }))
        .ltrim(k.closed, 0, 499)
        .exec();
    },
    async listClosedHandoffs(limit = 100) {
      return (await redis.lrange(k.closed, 0, limit - 1)).map(
        (j) => JSON.parse(j) as HandoffTicket & { closedAt: number },
      );
    },
    async scheduleDeadline(conversationId, at) {
      await redis.zadd(k.deadlines, at, conversationId);
    },
    async takeDueDeadlines(now, limit = 100) {
      // Read and remove in one script, so two instances never take the same deadline.
      return await scripts.enlaceTakeDue(k.deadlines, now, limit);
    },
    async getCannedReplies() {
      const json = await redis.get(k.canned);
      return json ? (JSON.parse(json) as CannedReply[]) : [];
    },
    async saveCannedReplies(replies) {
      await redis.set(k.canned, JSON.stringify(replies));
    },
    async appendTranscript(conversationId, ...lines) {
      if (lines.length === 0) return;
      // Reserve the sequence numbers first, then push every line in one transaction.
      const last = await redis.incrby(k.seq(conversationId), lines.length);
      const first = last - lines.length + 1;
      await redis
        .multi()
        .rpush(
          k.transcript(conversationId),
          ...lines.map((line, i) => JSON.stringify({ ...line, seq: first + i })),
        )
        .ltrim(k.transcript(conversationId), -2000, -1)
        .expire(k.transcript(conversationId), retention)
        .expire(k.seq(conversationId), retention)
        .exec();
    },
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
      const { mimetype, filename } = JSON.parse(meta.toString()) as { mimetype: string; filename?: string };
      return { mimetype, data: new Uint8Array(data), ...(filename ? { filename } : {}) };
    },
    async getTranscript(conversationId, limit = 200) {
      return (await redis.lrange(k.transcript(conversationId), -limit, -1)).map(
        (j) => JSON.parse(j) as TranscriptLine,
      );
    },
    async openTurn(conversationId, { messageId, leaseMs, dedupeTtlMs }) {
      const lock = k.lock(conversationId);
      const seen = k.seen(conversationId);
      const token = crypto.randomUUID();
      const giveUp = Date.now() + leaseMs * 2;
      let wait = 2;
      for (;;) {
        const got = await scripts.enlaceBegin(
          lock,
          seen,
          k.conv(conversationId),
          token,
          String(leaseMs),
          messageId ?? '',
          String(Date.now()),
        );
        if (got === 1)
          return {
            fresh: false,
            record: null,
            commit: () => Promise.reject(new Error('not held')),
            release: async () => {},
          };
        if (got !== 0) {
          const record = got[1] ? (JSON.parse(got[1]) as StoredConversation) : null;
          let held = true;
          return {
            fresh: true,
            record,
            async commit(next, transcript, deadline) {
              held = false;
              const rev = await scripts.enlaceCommit(
                k.conv(conversationId),
                seen,
                k.transcript(conversationId),
                k.seq(conversationId),
                lock,
                k.deadlines,
                String(record?.rev ?? 0),
                JSON.stringify(next),
                retention,
                token,
                dedupeTtlMs,
                messageId ?? '',
                Date.now(),
                deadline === undefined ? '' : String(deadline),
                conversationId,
                ...transcript.map((line) => JSON.stringify(line)),
              );
              if (rev < 0) throw new StoreConflictError(conversationId);
              return rev;
            },
            // Let go only of our own hold (the lease may have passed to someone else).
            async release() {
              if (held) await scripts.enlaceRelease(lock, token);
              held = false;
            },
          };
        }
        if (Date.now() > giveUp)
          throw new Error(
            `conversation ${conversationId} stayed locked for ${leaseMs * 2} ms; is another instance stuck?`,
          );
        await new Promise((r) => setTimeout(r, wait));
        wait = Math.min(wait * 2, 50);
      }
    },
    async erase(conversationId) {
      // The lock too: erasing is the last thing a turn does, and nothing may remain of the person.
      await redis.del(
        k.conv(conversationId),
        k.transcript(conversationId),
        k.seq(conversationId),
        k.lock(conversationId),
        k.seen(conversationId),
        k.media(conversationId),
      );
      await redis.multi().hdel(k.queue, conversationId).zrem(k.order, conversationId).exec();
      await redis.zrem(k.deadlines, conversationId);
      for (const json of await redis.lrange(k.closed, 0, -1)) {
        if ((JSON.parse(json) as HandoffTicket).conversationId === conversationId)
          await redis.lrem(k.closed, 0, json);
      }
    },
  };
  guardAgainstOutages(store, redis);
  return store;
}
