/**
 * RedisStore's part of ActivityStore (the dashboard), shared by every instance on the same
 * Redis and prefix. A day's counters are one hash, added to with HINCRBY in one MULTI per
 * call, that expires its own (longer) retention period after the day ends. Summaries are a
 * hash by conversation plus a sorted set by lastAt, so a period is one range of the set
 * (lastAt ≥ from; firstAt ≤ to is checked here). Review items are a hash by id, a sorted set
 * by `at` (newest first; the oldest trimmed past the cap) and a set of each conversation's
 * item ids, so an erasing commit (redis-scripts.ts) finds them without reading the list.
 * Summaries and review items are kept as long as conversations: what is older than the
 * retention period is dropped on every write and read, inside the same script, so a drop
 * never races a save. An id left in a conversation's set after its item was trimmed or
 * dropped costs nothing (deleting it again is a no-op) and expires with the set.
 */
import type { Redis } from 'ioredis';
import type { z } from 'zod';
import { DAY_MS } from '../../core/office-clock.ts';
import {
  type ActivityStore,
  type ConversationSummary,
  MAX_REVIEW_ITEMS,
  type ReviewItem,
} from '../../core/ports/activity-store.ts';
import {
  activeIn,
  checkDay,
  dayExpiresAt,
  daysBetween,
  earlierDay,
  firstKeptDay,
  incrementsOf,
  laterDay,
  utcDay,
} from '../common.ts';
import { reviewItemSchema, summarySchema } from '../durable/schemas.ts';
import { ACTIVITY_WRITES } from './redis-activity-scripts.ts';
import { REMOVE_ALL } from './redis-scripts.ts';
import { replies } from './redis-staff.node.ts';
import type { RedisKeys } from './redis-turn.node.ts';

// The writes (redis-activity-scripts.ts), and reading the values of many ids at once (a
// thousand at a time), skipping those gone.
const HELPERS = `${REMOVE_ALL}${ACTIVITY_WRITES}
local function read_all(hash, ids)
  local out = {}
  for i = 1, #ids, 1000 do
    for _, json in ipairs(redis.call('HMGET', hash, unpack(ids, i, math.min(i + 999, #ids)))) do
      if json then out[#out + 1] = json end
    end
  end
  return out
end
`;

// KEYS: summaries, their order by lastAt. ARGV: conversation id, lastAt, JSON, cutoff, retention s.
const SAVE_SUMMARY = `${HELPERS}
save_summary(KEYS[1], KEYS[2], ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5])`;

// KEYS: summaries, their order by lastAt. ARGV: cutoff, from. The JSON of those with lastAt ≥ from.
const SUMMARIES = `${HELPERS}
prune(KEYS[1], KEYS[2], ARGV[1])
return read_all(KEYS[1], redis.call('ZRANGEBYSCORE', KEYS[2], ARGV[2], '+inf'))`;

// KEYS: review items, their order by time, the conversation's item ids. ARGV: id, at, JSON,
// cutoff, cap, retention s.
const ADD_REVIEW = `${HELPERS}
add_review(KEYS[1], KEYS[2], KEYS[3], ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6])`;

// KEYS: review items, their order by time. ARGV: cutoff. Their JSON, newest first.
const REVIEW_ITEMS = `${HELPERS}
prune(KEYS[1], KEYS[2], ARGV[1])
return read_all(KEYS[1], redis.call('ZREVRANGE', KEYS[2], 0, -1))`;

interface ActivityScripts {
  enlaceSaveSummary(...keysThenArgv: Array<string | number>): Promise<void>;
  enlaceSummaries(...keysThenArgv: Array<string | number>): Promise<string[]>;
  enlaceAddReview(...keysThenArgv: Array<string | number>): Promise<void>;
  enlaceReviewItems(...keysThenArgv: Array<string | number>): Promise<string[]>;
}

export interface RedisActivityOptions {
  /** Summaries and review items: as long as conversations. */
  retentionMs: number;
  /** Day counters: this long after their day ends. */
  activityRetentionMs: number;
  /** Review items kept at most. Default MAX_REVIEW_ITEMS. */
  maxReviewItems?: number;
}

export function createRedisActivity(
  redis: Redis,
  k: RedisKeys,
  options: RedisActivityOptions,
): ActivityStore {
  redis.defineCommand('enlaceSaveSummary', { numberOfKeys: 2, lua: SAVE_SUMMARY });
  redis.defineCommand('enlaceSummaries', { numberOfKeys: 2, lua: SUMMARIES });
  redis.defineCommand('enlaceAddReview', { numberOfKeys: 3, lua: ADD_REVIEW });
  redis.defineCommand('enlaceReviewItems', { numberOfKeys: 2, lua: REVIEW_ITEMS });
  const scripts = redis as unknown as ActivityScripts;
  const { retentionMs, activityRetentionMs } = options;
  const cap = options.maxReviewItems ?? MAX_REVIEW_ITEMS;
  const seconds = Math.max(1, Math.round(retentionMs / 1000));
  const cutoff = () => Date.now() - retentionMs;

  return {
    async countActivity(day, increments) {
      const added = incrementsOf(increments);
      const key = k.activity(checkDay(day));
      if (added.length === 0) return;
      const batch = redis.multi();
      for (const [name, by] of added) batch.hincrby(key, name, by);
      // A day counted again after it was sealed (demo data added to the past) is read afresh.
      batch.unlink(k.activitySealed(day));
      // A day already past retention expires at once: the count is dropped, as the other stores do.
      await replies(batch.pexpireat(key, dayExpiresAt(day, activityRetentionMs)));
    },
    async activity(from, to) {
      checkDay(from);
      checkDay(to);
      // Days are read one by one (one pipeline), so only those that can exist: none before
      // retention, none after tomorrow (a clock a little ahead).
      const now = Date.now();
      const [kept, tomorrow] = [firstKeptDay(now, activityRetentionMs), utcDay(now + DAY_MS)];
      const days = daysBetween(laterDay(from, kept), earlierDay(to, tomorrow));
      if (days.length === 0) return [];
      // Days two or more UTC days back are closed in every time zone: the engine counts only on
      // the office's today. Their counters never change, so each is kept as one JSON string
      // (sealed) and read with one MGET: decoding 730 hashes of ~200 fields each took ~300 ms.
      const closedBefore = utcDay(now - 2 * DAY_MS);
      const closed = days.filter((day) => day < closedBefore);
      const sealed = closed.length ? await redis.mget(...closed.map((day) => k.activitySealed(day))) : [];
      const known = new Map<string, Record<string, number>>();
      closed.forEach((day, i) => {
        const text = sealed[i];
        if (text) known.set(day, JSON.parse(text) as Record<string, number>);
      });
      const unread = days.filter((day) => !known.has(day));
      if (unread.length) {
        const batch = redis.pipeline();
        for (const day of unread) batch.hgetall(k.activity(day));
        const hashes = (await replies(batch)) as Array<Record<string, string>>;
        const seal = redis.pipeline();
        unread.forEach((day, i) => {
          const counts = Object.fromEntries(
            Object.entries(hashes[i] ?? {}).map(([name, n]) => [name, Number(n)] as const),
          );
          known.set(day, counts);
          if (day < closedBefore)
            seal.set(
              k.activitySealed(day),
              JSON.stringify(counts),
              'PXAT',
              dayExpiresAt(day, activityRetentionMs),
            );
        });
        if (seal.length) await replies(seal);
      }
      return days.flatMap((day) => {
        const counts = known.get(day) ?? {};
        return Object.keys(counts).length ? [{ day, counts }] : [];
      });
    },
    async saveSummary(summary) {
      await scripts.enlaceSaveSummary(
        k.summaries,
        k.summaryLast,
        summary.conversationId,
        summary.lastAt,
        JSON.stringify(summary),
        cutoff(),
        seconds,
      );
    },
    async summaries(from, to) {
      const kept = await scripts.enlaceSummaries(k.summaries, k.summaryLast, cutoff(), from);
      return readAll<ConversationSummary>(kept, summarySchema).filter((s) => activeIn(s, from, to));
    },
    async addReviewItem(item) {
      await scripts.enlaceAddReview(
        k.review,
        k.reviewOrder,
        k.reviewOf(item.conversationId),
        item.id,
        item.at,
        JSON.stringify(item),
        cutoff(),
        cap,
        seconds,
      );
    },
    async reviewItems() {
      return readAll<ReviewItem>(
        await scripts.enlaceReviewItems(k.review, k.reviewOrder, cutoff()),
        reviewItemSchema,
      );
    },
    async removeReviewItems(ids) {
      if (ids.length === 0) return;
      // Their conversations' sets are tidied too (read first: a set is named by its conversation).
      const owners = new Map<string, string[]>();
      for (const item of readAll<ReviewItem>(await redis.hmget(k.review, ...ids), reviewItemSchema))
        owners.set(item.conversationId, [...(owners.get(item.conversationId) ?? []), item.id]);
      const batch = redis
        .multi()
        .hdel(k.review, ...ids)
        .zrem(k.reviewOrder, ...ids);
      for (const [owner, owned] of owners) batch.srem(k.reviewOf(owner), ...owned);
      await replies(batch);
    },
  };
}

/**
 * Stored values, checked as they are read back: one that does not parse (written by an older
 * version, or damaged) is skipped rather than breaking the whole dashboard.
 */
function readAll<T>(kept: ReadonlyArray<string | null>, schema: z.ZodType): T[] {
  return kept.flatMap((json) => {
    if (json === null) return [];
    try {
      const value = schema.safeParse(JSON.parse(json));
      return value.success ? [value.data as T] : [];
    } catch {
      return [];
    }
  });
}
