/**
 * Durable intake in a Redis stream read by a consumer group (XADD / XREADGROUP / XACK /
 * XAUTOCLAIM: Redis's own mechanism for "each entry to one consumer, kept until it says
 * done"). `keep` writes the entries in one script, each at most once per platform id, and
 * resolves only when Redis has them; the webhook answers 200 after that. Each process reads
 * the group under a stable consumer name, so after a restart (SIGTERM, kill -9, a deploy) it
 * first takes back what it had in hand; entries another process held for a minute without
 * finishing are claimed too. An entry is acknowledged and deleted only once its handler
 * finished; while the store is away it stays and is tried again, and one that keeps failing
 * for another reason is moved to a dead-letter stream (logged, never silently dropped).
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { StoreUnavailableError } from '../../core/errors.ts';
import { createKeyedQueue } from '../../core/keyed-queue.ts';
import type { Intake, IntakeEntry, IntakeHandler } from '../../core/ports/intake.ts';
import type { Logger } from '../../core/ports/runtime.ts';

export interface RedisIntakeOptions {
  redis: Redis;
  prefix: string;
  /** This process's name in the consumer group: the same after a restart, so it takes back its own. */
  consumer: string;
  logger: Logger;
  /** Entries another consumer held this long unfinished are taken over (ms). */
  claimIdleMs?: number;
  /** Entries in hand at once, across all conversations. */
  maxInHand?: number;
  /** How often failed entries of this consumer are tried again (ms). */
  retryEveryMs?: number;
  /** Tries before an entry failing for a reason other than the store is set aside. */
  maxTries?: number;
}

const GROUP = 'enlace';
/** How long a platform id is remembered, so that a redelivery is kept once. */
const SEEN_SECONDS = 86_400;

// KEYS[1] the stream, KEYS[2..] each entry's "seen" key; ARGV[1] the ttl, ARGV[2..] the entries.
const KEEP = `
local added = 0
for i = 2, #KEYS do
  if redis.call('SET', KEYS[i], '1', 'NX', 'EX', ARGV[1]) then
    redis.call('XADD', KEYS[1], '*', 'e', ARGV[i])
    added = added + 1
  end
end
return added
`;

type StreamEntries = Array<[string, string[]]>;

/** XREADGROUP's entries for our one stream: `[[stream, entries]]` over RESP2, `[stream, entries]` over RESP3. */
function streamEntries(result: unknown): StreamEntries {
  if (!Array.isArray(result) || result.length === 0) return [];
  const pair = typeof result[0] === 'string' ? result : result[0];
  return Array.isArray(pair) && Array.isArray(pair[1]) ? (pair[1] as StreamEntries) : [];
}

export function createRedisIntake(options: RedisIntakeOptions): Intake {
  const { redis, logger } = options;
  const stream = `${options.prefix}intake`;
  const failed = `${options.prefix}intake:failed`;
  // Under a hash of the platform's id: a WhatsApp message id carries the sender's number
  // (base64), and this key outlives the entry and an erase by a day.
  const seen = (id: string) =>
    `${options.prefix}intake:seen:${createHash('sha256').update(id).digest('hex')}`;
  const maxInHand = options.maxInHand ?? 64;
  const claimIdleMs = options.claimIdleMs ?? 60_000;
  const retryEveryMs = options.retryEveryMs ?? 5_000;
  const maxTries = options.maxTries ?? 5;
  const handlers = new Map<string, IntakeHandler>();
  const queue = createKeyedQueue();
  const inHand = new Map<string, Promise<void>>();
  const tries = new Map<string, number>();
  // Blocking reads need a connection of their own.
  const reader = redis.duplicate();
  reader.on('error', () => undefined);
  let running = false;
  let loop: Promise<void> | undefined;

  async function settle(streamId: string, entry: IntakeEntry | null, error?: unknown) {
    if (error instanceof StoreUnavailableError) return; // stays pending: tried again later
    if (error !== undefined && entry) {
      const count = (tries.get(streamId) ?? 0) + 1;
      tries.set(streamId, count);
      logger.error('intake: an entry failed', {
        id: entry.id,
        channel: entry.channel,
        tries: count,
        error: error instanceof Error ? error.message : String(error),
      });
      if (count < maxTries) return;
      await redis.xadd(failed, '*', 'e', JSON.stringify(entry), 'error', String(error));
    }
    tries.delete(streamId);
    await redis.multi().xack(stream, GROUP, streamId).xdel(stream, streamId).exec();
  }

  function dispatch(streamId: string, fields: string[]) {
    if (inHand.has(streamId)) return;
    let entry: IntakeEntry | null = null;
    try {
      entry = JSON.parse(fields[1] ?? 'null') as IntakeEntry;
    } catch {}
    const handler = entry ? handlers.get(entry.channel) : undefined;
    const work = (
      entry && handler
        ? queue.run(entry.key, () => handler(entry))
        : Promise.reject(new Error(`no handler for ${entry?.channel ?? 'an unreadable entry'}`))
    )
      .then(
        () => settle(streamId, entry),
        (error: unknown) =>
          settle(streamId, entry ?? { id: streamId, channel: '?', key: '?', body: null }, error),
      )
      .catch((error: Error) =>
        logger.warn('intake: could not acknowledge an entry', { error: error.message }),
      )
      .finally(() => inHand.delete(streamId));
    inHand.set(streamId, work);
  }

  async function read(from: '0' | '>', block: boolean): Promise<number> {
    const room = Math.max(1, maxInHand - inHand.size);
    const args = block ? ['BLOCK', 1_000] : [];
    const result = (await reader.call(
      'XREADGROUP',
      'GROUP',
      GROUP,
      options.consumer,
      'COUNT',
      room,
      ...args,
      'STREAMS',
      stream,
      from,
    )) as unknown;
    const entries = streamEntries(result);
    for (const [id, fields] of entries) if (fields) dispatch(id, fields);
    return entries.length;
  }

  async function claimAbandoned() {
    const [, entries] = (await redis.xautoclaim(
      stream,
      GROUP,
      options.consumer,
      claimIdleMs,
      '0',
      'COUNT',
      maxInHand,
    )) as [string, StreamEntries];
    for (const [id, fields] of entries) if (fields) dispatch(id, fields);
  }

  async function run() {
    let ownAt = 0;
    let claimAt = 0;
    let away = false;
    while (running) {
      try {
        if (inHand.size >= maxInHand) {
          await Promise.race(inHand.values());
          continue;
        }
        const now = Date.now();
        if (now >= ownAt) {
          // This consumer's own unfinished entries: left by the last process, or failed.
          await read('0', false);
          ownAt = now + retryEveryMs;
        }
        if (now >= claimAt) {
          await claimAbandoned();
          claimAt = now + claimIdleMs / 2;
        }
        await read('>', true);
        if (away) logger.info('intake: store back; reading again');
        away = false;
      } catch (error) {
        if (!running) break;
        if (/NOGROUP/.test(String(error))) await createGroup().catch(() => undefined);
        else if (!away) logger.warn('intake: store unreachable; kept entries wait', { error: String(error) });
        away = true;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  }

  const createGroup = () =>
    redis.xgroup('CREATE', stream, GROUP, '0', 'MKSTREAM').catch((error: Error) => {
      if (!/BUSYGROUP/.test(error.message)) throw error;
    });

  return {
    async keep(entries) {
      if (entries.length === 0) return;
      try {
        await redis.eval(
          KEEP,
          entries.length + 1,
          stream,
          ...entries.map((e) => seen(e.id)),
          SEEN_SECONDS,
          ...entries.map((e) => JSON.stringify(e)),
        );
      } catch (error) {
        throw new StoreUnavailableError(`intake: entries not kept (${(error as Error).message})`);
      }
    },
    handle(channel, handler) {
      handlers.set(channel, handler);
    },
    start() {
      if (running) return;
      running = true;
      // The reader copies the store's lazy connection: connect it before its first command.
      loop = createGroup()
        .catch(() => undefined)
        .then(() => (reader.status === 'wait' ? reader.connect().catch(() => undefined) : undefined))
        .then(run);
    },
    async drain(ms) {
      running = false;
      // Unblocks the pending read; what is in hand finishes or stays pending for the next process.
      reader.disconnect();
      const timer = new Promise((resolve) => setTimeout(resolve, ms));
      await Promise.race([Promise.allSettled([...inHand.values(), loop]), timer]);
    },
    async backlog() {
      return redis.xlen(stream).catch(() => -1);
    },
  };
}
