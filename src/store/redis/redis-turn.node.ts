/**
 * A conversation's turn on Redis: two round trips, each one Lua script (redis-scripts.ts).
 * `openTurn` holds the conversation with a lease (SET NX PX), tells a redelivery apart and
 * reads the record, the ticket and the leftovers; `commit` writes everything the turn changed
 * (the dashboard's counters, summary and review item too) with a compare-and-set on the
 * record's revision and lets go; `release` lets go of our own
 * hold only (Lua compare-and-delete: the lease may have passed to someone else).
 */
import type { Redis } from 'ioredis';
import { StoreConflictError } from '../../core/errors.ts';
import { MAX_REVIEW_ITEMS } from '../../core/ports/activity-store.ts';
import type {
  OpenTurn,
  OpenTurnOptions,
  OutboxItem,
  StoredConversation,
  TurnCommit,
} from '../../core/ports/conversation-store.ts';
import { inLine } from '../../core/queue-standing.ts';
import type { HandoffTicket } from '../../core/ticket.ts';
import {
  byRetryAt,
  dayExpiresAt,
  incrementsOf,
  type KeptItem,
  redelivery,
  retryAtOf,
  stuckError,
} from '../common.ts';
import type { Incarnation } from './redis-orphans.node.ts';
import type { RecordMemo } from './redis-record-memo.node.ts';
import {
  ACK,
  BEGIN,
  CLAIM_FOLIO,
  COMMIT,
  COMMIT_KEY_COUNT,
  COMMIT_KEYS,
  LINK_THREAD,
  RECORD_DELIVERY,
  RELEASE,
  TAKE_DUE,
} from './redis-scripts.ts';

/** The keys of one office (one prefix). */
export function redisKeys(prefix: string) {
  return {
    conv: (id: string) => `${prefix}conv:${id}`,
    seen: (id: string) => `${prefix}seen:${id}`,
    transcript: (id: string) => `${prefix}transcript:${id}`,
    tseq: (id: string) => `${prefix}tseq:${id}`,
    lock: (id: string) => `${prefix}lock:${id}`,
    // One hash per conversation: field <id> holds the bytes, <id>:meta the type and name.
    media: (id: string) => `${prefix}media:${id}`,
    // One hash per conversation: item id → {"retryAt":N,"item":{...}}.
    outbox: (id: string) => `${prefix}outbox:${id}`,
    // One list per conversation: its delivery events as JSON, oldest first.
    deliveries: (id: string) => `${prefix}deliveries:${id}`,
    queue: `${prefix}queue`,
    // The queue's order (urgent first, then oldest) of its tickets in line (core/queue-standing.ts), so a
    // position is one ZRANK, not a read of every ticket.
    order: `${prefix}queue:order`,
    closed: `${prefix}closed`,
    canned: `${prefix}canned`,
    // The office's filed examples: one list, oldest first (never erased with a person).
    examples: `${prefix}examples`,
    deadlines: `${prefix}deadlines`,
    // Each conversation's earliest outbox retryAt.
    outboxDue: `${prefix}outboxdue`,
    threads: `${prefix}threads`,
    threadOwners: `${prefix}threads:owners`,
    // The dashboard (redis-activity.node.ts): one hash of counters per day; summaries by
    // conversation, with their order by lastAt; review items by id, their order by `at`, and
    // each conversation's item ids (so its erase finds them without reading the list).
    activity: (day: string) => `${prefix}activity:${day}`,
    /** A closed day's counters as one JSON string: read in one MGET instead of a hash per day. */
    activitySealed: (day: string) => `${prefix}activity-sealed:${day}`,
    summaries: `${prefix}summaries`,
    summaryLast: `${prefix}summaries:last`,
    review: `${prefix}review`,
    reviewOrder: `${prefix}review:order`,
    reviewOf: (id: string) => `${prefix}review:of:${id}`,
    // Folios (redis-cases.node.ts): which conversation claimed each, and each conversation's
    // (so its erase lets them go without reading the hash).
    folios: `${prefix}folios`,
    foliosOf: (id: string) => `${prefix}folios:of:${id}`,
  };
}
export type RedisKeys = ReturnType<typeof redisKeys>;

/** The scripts of redis-scripts.ts as commands: sent by SHA (EVALSHA), not as text on every call. */
export interface Scripts {
  enlaceBegin(...keysThenArgv: string[]): Promise<0 | 1 | [2, string | null, string | null, ...string[]]>;
  enlaceCommit(...keysThenArgv: Array<string | number>): Promise<number>;
  enlaceAck(outbox: string, due: string, ...argv: string[]): Promise<void>;
  enlaceTakeDue(deadlines: string, due: string, now: number, limit: number, until: number): Promise<string[]>;
  enlaceLinkThread(threads: string, owners: string, id: string, thread: number): Promise<void>;
  enlaceClaimFolio(
    folios: string,
    foliosOf: string,
    folio: string,
    id: string,
    retention: number,
  ): Promise<0 | 1>;
  enlaceRelease(key: string, token: string): Promise<void>;
  enlaceRecordDelivery(
    conv: string,
    deliveries: string,
    event: string,
    keep: number,
    retention: number,
  ): Promise<0 | 1>;
}

export function defineScripts(redis: Redis): Scripts {
  redis.defineCommand('enlaceBegin', { numberOfKeys: 5, lua: BEGIN });
  redis.defineCommand('enlaceCommit', { numberOfKeys: COMMIT_KEY_COUNT, lua: COMMIT });
  redis.defineCommand('enlaceAck', { numberOfKeys: 2, lua: ACK });
  redis.defineCommand('enlaceTakeDue', { numberOfKeys: 2, lua: TAKE_DUE });
  redis.defineCommand('enlaceLinkThread', { numberOfKeys: 2, lua: LINK_THREAD });
  redis.defineCommand('enlaceClaimFolio', { numberOfKeys: 2, lua: CLAIM_FOLIO });
  redis.defineCommand('enlaceRelease', { numberOfKeys: 1, lua: RELEASE });
  redis.defineCommand('enlaceRecordDelivery', { numberOfKeys: 2, lua: RECORD_DELIVERY });
  return redis as unknown as Scripts;
}

/** Urgent tickets sort before every other, then the oldest first (epoch ms are far below 1e15). */
export const orderScore = (ticket: HandoffTicket) => ticket.since - (ticket.urgent ? 1e15 : 0);
/** Scores below this are urgent tickets' (queueSize counts them with one ZCOUNT). */
export const URGENT_BELOW = -5e14;

/** How an outbox item is kept: retryAt and the run that wrote it first, so a script reads them without decoding the item. */
const keep = (item: OutboxItem, retryAt: number, by: string) =>
  `{"retryAt":${retryAt},"by":"${by}","item":${JSON.stringify(item)}}`;

interface TurnContext {
  scripts: Scripts;
  k: RedisKeys;
  /** Seconds a person's data is kept after their last message. */
  retention: number;
  /** How long the dashboard's day counters are kept after their day ends (ms). */
  activityRetentionMs: number;
  /** This run's stamp on its holds and outbox items (redis-orphans.node.ts). */
  self: Incarnation;
  /** The records this process wrote last, taken back instead of decoded again. */
  memo: RecordMemo;
}

export async function openRedisTurn(
  { scripts, k, retention, activityRetentionMs, self, memo }: TurnContext,
  conversationId: string,
  { messageId, leaseMs, dedupeTtlMs, now }: OpenTurnOptions,
): Promise<OpenTurn> {
  const lock = k.lock(conversationId);
  const token = `${self.mine}${crypto.randomUUID()}`;
  const giveUp = Date.now() + leaseMs * 2;
  let wait = 2;
  for (;;) {
    const got = await scripts.enlaceBegin(
      lock,
      k.seen(conversationId),
      k.conv(conversationId),
      k.queue,
      k.outbox(conversationId),
      token,
      String(leaseMs),
      messageId ?? '',
      String(Date.now()),
      String(now),
      conversationId,
      self.ours,
      self.mine,
    );
    if (got === 1) return redelivery();
    if (got !== 0) {
      const [, recordJson, ticketJson, ...kept] = got;
      const record = recordJson
        ? (memo.read(conversationId, recordJson) ?? (JSON.parse(recordJson) as StoredConversation))
        : null;
      const leftovers = kept.map((json) => JSON.parse(json) as KeptItem).sort(byRetryAt);
      let held = true;
      return {
        fresh: true,
        record,
        ticket: ticketJson ? (JSON.parse(ticketJson) as HandoffTicket) : null,
        leftovers: leftovers.map((left) => left.item),
        async commit(turn: TurnCommit) {
          held = false;
          // Forgotten first: whatever the outcome, the JSON remembered may no longer be Redis's.
          memo.forget(conversationId);
          const recordJson = JSON.stringify(turn.record);
          const rev = await scripts.enlaceCommit(
            ...COMMIT_KEYS.map((name) => {
              const key = k[name];
              return typeof key === 'string' ? key : key(conversationId);
            }),
            // Named even when the turn counts nothing (the script then leaves them alone).
            k.activity(turn.activity?.day ?? 'none'),
            k.activitySealed(turn.activity?.day ?? 'none'),
            ...commitArgs(conversationId, record?.rev ?? 0, turn, recordJson, {
              retention,
              activityRetentionMs,
              token,
              dedupeTtlMs,
              messageId: messageId ?? '',
              by: self.mine,
            }),
          );
          if (rev < 0) throw new StoreConflictError(conversationId);
          if (!turn.erase) memo.wrote(conversationId, turn.record, recordJson, rev);
          return rev;
        },
        async release() {
          if (held) await scripts.enlaceRelease(lock, token);
          held = false;
        },
      };
    }
    if (Date.now() > giveUp) throw stuckError(conversationId, leaseMs * 2);
    await new Promise((r) => setTimeout(r, wait));
    wait = Math.min(wait * 2, 50);
  }
}

/** COMMIT's ARGV (see redis-scripts.ts for the layout). */
function commitArgs(
  conversationId: string,
  expectedRev: number,
  turn: TurnCommit,
  recordJson: string,
  held: {
    retention: number;
    activityRetentionMs: number;
    token: string;
    dedupeTtlMs: number;
    messageId: string;
    by: string;
  },
): Array<string | number> {
  const { ticket, closed, outbox, done, transcript, activity } = turn;
  const retryAt = retryAtOf(turn);
  const counts = activity ? incrementsOf(activity.counts) : [];
  const { summary, review } = activity ?? {};
  return [
    String(expectedRev),
    recordJson,
    held.retention,
    held.token,
    held.dedupeTtlMs,
    held.messageId,
    Date.now(),
    turn.deadline === undefined ? '' : String(turn.deadline),
    conversationId,
    ticket === undefined ? '' : ticket === null ? '-' : JSON.stringify(ticket),
    // A bare ticket or a flood suspect has no place in the order: positions count tickets in line only.
    ticket && inLine(ticket) ? orderScore(ticket) : '',
    closed ? JSON.stringify(closed) : '',
    turn.erase ? '1' : '',
    done.length,
    outbox.length,
    turn.record.cases?.length ? '1' : '',
    counts.length && activity ? dayExpiresAt(activity.day, held.activityRetentionMs) : '',
    counts.length,
    summary?.lastAt ?? '',
    summary ? JSON.stringify(summary) : '',
    review?.id ?? '',
    review?.at ?? '',
    review ? JSON.stringify(review) : '',
    // Summaries and review items are kept as long as the person's other data.
    Date.now() - held.retention * 1000,
    MAX_REVIEW_ITEMS,
    ...done,
    ...outbox.flatMap((item) => [item.id, keep(item, retryAt, held.by)]),
    ...counts.flat(),
    // COMMIT puts each line's seq in front; one the caller gave would override it.
    ...transcript.map((line) => JSON.stringify(line.seq === undefined ? line : { ...line, seq: undefined })),
  ];
}
