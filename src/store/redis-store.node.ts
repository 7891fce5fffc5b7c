/**
 * The production store on Node: Redis through ioredis. Conversation snapshots are written
 * with a compare-and-set on their revision (a Lua script), so two instances never overwrite
 * each other; message ids are claimed with SET NX and a TTL; the staff queue is a hash;
 * transcripts are lists numbered by INCR. Every key starts with the office's prefix, so one
 * Redis can serve several offices, and everything about a person expires after the retention
 * period and is deleted at once on request.
 */
import { Redis, type RedisOptions } from 'ioredis';
import { StoreConflictError, StoreUnavailableError } from '../core/errors.ts';
import type { CannedReply, HandoffTicket, Store, StoredConversation, TranscriptLine } from '../core/ports.ts';

export interface RedisStoreOptions {
  url: string;
  /** Namespace for every key, e.g. "enlace:durango:". */
  prefix?: string;
  /** How long a person's data is kept after their last message. Default 90 days. */
  retentionDays?: number;
  redis?: RedisOptions;
}

// Writes the record only if its revision is still the expected one (0: not stored yet). The
// record's JSON is not re-encoded in Lua (cjson turns empty arrays into objects): the new
// revision is appended as the last field.
const CAS = `
local current = redis.call('GET', KEYS[1])
local rev = 0
if current then rev = tonumber(string.match(current, '"rev":(%d+)}$')) or 0 end
if tostring(rev) ~= ARGV[1] then return -1 end
local json = string.sub(ARGV[2], 1, -2) .. ',"rev":' .. (rev + 1) .. '}'
redis.call('SET', KEYS[1], json, 'EX', ARGV[3])
return rev + 1`;

const TAKE_DUE = `
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
if #due > 0 then redis.call('ZREM', KEYS[1], unpack(due)) end
return due`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

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
  const p = options.prefix ?? 'enlace:';
  const retention = Math.round((options.retentionDays ?? 90) * 86_400);
  const k = {
    conv: (id: string) => `${p}conv:${id}`,
    seen: (id: string, msg: string) => `${p}seen:${id}:${msg}`,
    transcript: (id: string) => `${p}transcript:${id}`,
    seq: (id: string) => `${p}tseq:${id}`,
    queue: `${p}queue`,
    closed: `${p}closed`,
    canned: `${p}canned`,
    deadlines: `${p}deadlines`,
  };

  async function scanDelete(pattern: string) {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 200);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  }

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
      const rev = (await redis.eval(
        CAS,
        1,
        k.conv(id),
        String(expectedRev ?? 0),
        JSON.stringify(record),
        retention,
      )) as number;
      if (rev < 0) throw new StoreConflictError(id);
      return rev;
    },
    async claimMessage(conversationId, messageId, ttlMs) {
      return (await redis.set(k.seen(conversationId, messageId), '1', 'PX', ttlMs, 'NX')) === 'OK';
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
      await redis.hset(k.queue, ticket.conversationId, JSON.stringify(merged));
    },
    async withdrawHandoff(conversationId) {
      const json = await redis.hget(k.queue, conversationId);
      const ticket = json ? (JSON.parse(json) as HandoffTicket) : undefined;
      if (ticket && !ticket.urgent && !ticket.case) await redis.hdel(k.queue, conversationId);
    },
    async listHandoffs() {
      const all = Object.values(await redis.hgetall(k.queue)).map((j) => JSON.parse(j) as HandoffTicket);
      return all.sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.since - b.since);
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
      return (await redis.eval(TAKE_DUE, 1, k.deadlines, now, limit)) as string[];
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
    async getTranscript(conversationId, limit = 200) {
      return (await redis.lrange(k.transcript(conversationId), -limit, -1)).map(
        (j) => JSON.parse(j) as TranscriptLine,
      );
    },
    async lock(conversationId, leaseMs) {
      const key = `${p}lock:${conversationId}`;
      const token = crypto.randomUUID();
      const giveUp = Date.now() + leaseMs * 2;
      let wait = 5;
      while ((await redis.set(key, token, 'PX', leaseMs, 'NX')) !== 'OK') {
        if (Date.now() > giveUp)
          throw new Error(
            `conversation ${conversationId} stayed locked for ${leaseMs * 2} ms; is another instance stuck?`,
          );
        await new Promise((r) => setTimeout(r, wait));
        wait = Math.min(wait * 2, 100);
      }
      // Let go only of our own hold (the lease may have passed to someone else).
      return async () => {
        await redis.eval(RELEASE, 1, key, token);
      };
    },
    async erase(conversationId) {
      await redis.del(k.conv(conversationId), k.transcript(conversationId), k.seq(conversationId));
      await redis.hdel(k.queue, conversationId);
      await redis.zrem(k.deadlines, conversationId);
      for (const json of await redis.lrange(k.closed, 0, -1)) {
        if ((JSON.parse(json) as HandoffTicket).conversationId === conversationId)
          await redis.lrem(k.closed, 0, json);
      }
      await scanDelete(`${p}seen:${conversationId.replace(/[*?[\]\\]/g, '\\$&')}:*`);
    },
  };
  // Not connected yet (lazyConnect): the first calls share one connection attempt, so a burst
  // of messages at start-up waits for it instead of failing while it is under way.
  let firstConnect: Promise<unknown> | undefined;
  const connectOnce = async () => {
    if (redis.status === 'wait') firstConnect ??= redis.connect().catch(() => undefined);
    if (firstConnect && redis.status !== 'ready') await firstConnect;
  };
  // Every store call that fails because Redis is away becomes one recognisable error.
  for (const name of Object.keys(store) as Array<keyof typeof store>) {
    const method = store[name];
    if (typeof method !== 'function' || name === 'close') continue;
    (store as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      await connectOnce();
      if (redis.status !== 'ready') throw new StoreUnavailableError(`redis ${redis.status}`);
      try {
        return await (method as (...a: unknown[]) => Promise<unknown>).apply(store, args);
      } catch (error) {
        if (error instanceof StoreConflictError) throw error;
        if (
          redis.status !== 'ready' ||
          /closed|ECONNREFUSED|ECONNRESET|offline|MaxRetries/i.test(String(error))
        ) {
          throw new StoreUnavailableError((error as Error).message);
        }
        throw error;
      }
    };
  }
  return store;
}
