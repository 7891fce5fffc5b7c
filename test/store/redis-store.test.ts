/**
 * The Redis store against the shared contract, on a real redis-server of its own; and the
 * Redis-only promises: two round trips per turn (and nothing more when the outbox is empty),
 * keys under the office's prefix, nothing left after an erase (no folio either), retention
 * (the day counters' own, longer one too; a conversation's folios as long as its record),
 * the caps, two instances on one conversation, and inbox events across instances. (The
 * filed examples' own: redis-examples.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboxEvent } from '../../src/core/ports/staff-desk.ts';
import { bridgeInboxEvents } from '../../src/store/redis/redis-inbox-bridge.node.ts';
import { createRedisStore, type RedisStore } from '../../src/store/redis/redis-store.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';
import {
  caseFile,
  closedTicket,
  commit,
  deliver,
  opts,
  record,
  reviewItem,
  summary,
  ticket,
  turn,
} from '../contracts/fixtures.ts';
import { storeContract } from '../contracts/store.contract.ts';

let redis: Awaited<ReturnType<typeof startRedis>>;
const stores: RedisStore[] = [];
let n = 0;

beforeAll(async () => {
  redis = await startRedis();
}, 20_000);
afterAll(async () => {
  for (const s of stores) await s.close();
  await redis?.stop();
});

/** Filed examples the contract's stores keep: filing 20,000 one by one takes seconds (redis-examples.test.ts tests the real cap). */
const CONTRACT_MAX_FILED_EXAMPLES = 50;

function make(prefix = `test${++n}:`, retentionDays?: number, maxFiledExamples?: number) {
  const store = createRedisStore({
    url: redis.url,
    prefix,
    ...(retentionDays ? { retentionDays } : {}),
    ...(maxFiledExamples ? { maxFiledExamples } : {}),
  });
  stores.push(store);
  return store;
}

storeContract(
  'redis',
  async () => make(undefined, undefined, CONTRACT_MAX_FILED_EXAMPLES),
  async () => {
    const prefix = `pair${++n}:`;
    return [
      make(prefix, undefined, CONTRACT_MAX_FILED_EXAMPLES),
      make(prefix, undefined, CONTRACT_MAX_FILED_EXAMPLES),
    ];
  },
  undefined,
  undefined,
  CONTRACT_MAX_FILED_EXAMPLES,
);

/** The commands Redis ran (scripts' own commands included) while `run` ran. */
async function commandsDuring(
  store: RedisStore,
  run: () => Promise<unknown>,
): Promise<Record<string, number>> {
  await store.redis.config('RESETSTAT');
  await run();
  const info = await store.redis.info('commandstats');
  const counts: Record<string, number> = {};
  for (const [, name, calls] of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm))
    if (name && !/^(config|info)\b/.test(name)) counts[name] = Number(calls);
  return counts;
}

describe('redis store', () => {
  it('lets a burst of first calls wait for the one connection instead of failing', async () => {
    const store = make();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => store.getTicket(`burst-${i}`)));
    expect(results).toEqual(Array.from({ length: 20 }, () => null));
  });

  it('spends two round trips on a turn, and no extra command when the outbox is empty', async () => {
    const store = make();
    await turn(store, 'web:warm', {}, { messageId: 'm0' }); // the scripts are loaded
    const line = { at: 1, from: 'person' as const, text: 'hola' };
    const counts = await commandsDuring(store, () =>
      turn(store, 'web:rt', { transcript: [line, line] }, { messageId: 'm1' }),
    );
    expect(counts.evalsha).toBe(2);
    expect(counts).toEqual({
      evalsha: 2,
      // BEGIN: hold, message id, record, ticket, outbox
      set: 2,
      zscore: 1,
      get: 3,
      hget: 1,
      hvals: 1,
      // COMMIT: compare-and-set (a get), message id, transcript, let go (a get and a del)
      zremrangebyscore: 1,
      zadd: 1,
      pexpire: 1,
      incrby: 1,
      rpush: 1,
      ltrim: 1,
      expire: 2,
      del: 1,
    });
    const withOutbox = await commandsDuring(store, () =>
      turn(store, 'web:rt', { outbox: [deliver('o1')], retryAt: 9 }, { messageId: 'm2' }),
    );
    expect(withOutbox.evalsha).toBe(2); // still two round trips
  });

  it('keeps every key under the office prefix, and an erase leaves no key naming the person', async () => {
    const store = make('office-a:');
    const other = make('office-z:');
    await turn(other, 'web:p1', { ticket: ticket('web:p1') }); // another office, same person id
    await turn(
      store,
      'web:p1',
      { ticket: ticket('web:p1'), closed: closedTicket('web:p1', 5) },
      { messageId: 'm1' },
    );
    await turn(store, 'web:p1', {
      transcript: [{ at: 1, from: 'person', text: 'hola' }],
      deadline: 4_000_000_000_000,
      outbox: [deliver('o1')],
      retryAt: 4_000_000_000_000,
    });
    await store.saveMedia('web:p1', { mimetype: 'audio/ogg', data: new Uint8Array([1]) });
    await store.saveThread('web:p1', 5);
    await store.claimFolio('ACD-3467', 'web:p1');
    await store.saveSummary(summary('web:p1', Date.now(), Date.now()));
    await store.addReviewItem(reviewItem('i1', 'web:p1', Date.now(), { text: 'p1 wrote this' }));
    await store.openTurn('web:p1', opts({ leaseMs: 100 })); // held, never let go: its lease runs out
    const keys = await store.redis.keys('*');
    expect(keys.filter((k) => k.includes('web:p1')).every((k) => /^office-[az]:/.test(k))).toBe(true);

    const erasing = await store.openTurn('web:p1', opts({ messageId: 'm-erase' }));
    await erasing.commit(commit('erased', { erase: true }));
    const left = (await store.redis.keys('office-a:*')).filter((k) => k.includes('p1')).sort();
    expect(left).toEqual([]);
    const members = async (key: string, type: 'hash' | 'zset' | 'list') =>
      type === 'hash'
        ? [...Object.keys(await store.redis.hgetall(key)), ...Object.values(await store.redis.hgetall(key))]
        : type === 'zset'
          ? await store.redis.zrange(key, '0', '-1')
          : await store.redis.lrange(key, 0, -1);
    for (const [key, type] of [
      ['office-a:queue', 'hash'],
      ['office-a:queue:order', 'zset'],
      ['office-a:closed', 'list'],
      ['office-a:deadlines', 'zset'],
      ['office-a:outboxdue', 'zset'],
      ['office-a:threads', 'hash'],
      ['office-a:threads:owners', 'hash'],
      ['office-a:folios', 'hash'],
      ['office-a:summaries', 'hash'],
      ['office-a:summaries:last', 'zset'],
      ['office-a:review', 'hash'],
      ['office-a:review:order', 'zset'],
    ] as const)
      expect((await members(key, type)).join(' '), key).not.toMatch(/p1/);
    expect(await other.getTicket('web:p1')).toEqual(ticket('web:p1'));
  });

  it('expires a person’s data after the retention period', async () => {
    const store = make('office-b:', 1);
    await turn(store, 'web:p2', {
      transcript: [{ at: 1, from: 'person', text: 'hola' }],
      outbox: [deliver('o1')],
    });
    await store.saveMedia('web:p2', { mimetype: 'audio/ogg', data: new Uint8Array([1]) });
    await store.claimFolio('ACD-3467', 'web:p2');
    const kept = async (key: string) => {
      const ttl = await store.redis.ttl(`office-b:${key}:web:p2`);
      expect(ttl, key).toBeGreaterThan(86_000);
      expect(ttl, key).toBeLessThanOrEqual(86_400);
    };
    for (const key of ['conv', 'transcript', 'tseq', 'outbox', 'media', 'folios:of']) await kept(key);
    // A commit whose record holds cases keeps the conversation's folios as long as the record.
    await store.redis.expire('office-b:folios:of:web:p2', 60);
    await turn(store, 'web:p2', { record: { ...record('idle'), cases: [caseFile('ACD-3467')] } });
    await kept('folios:of');
  });

  it('keeps day counters for their own period, and drops summaries and review items past retention', async () => {
    const day = 86_400_000;
    const store = createRedisStore({
      url: redis.url,
      prefix: 'office-c:',
      retentionDays: 1,
      activityRetentionDays: 30,
    });
    stores.push(store);
    const now = Date.now();
    const today = new Date(now).toISOString().slice(0, 10);
    await store.countActivity(today, { turns: 1 });
    // Kept 30 days after today ends: between 30 and 31 days from now.
    const ttl = await store.redis.pttl(`office-c:activity:${today}`);
    expect(ttl).toBeGreaterThan(30 * day - 60_000);
    expect(ttl).toBeLessThanOrEqual(31 * day);
    const longAgo = new Date(now - 40 * day).toISOString().slice(0, 10);
    await store.countActivity(longAgo, { turns: 1 }); // past its period already: not kept
    expect(await store.redis.exists(`office-c:activity:${longAgo}`)).toBe(0);
    expect(await store.activity(longAgo, today)).toEqual([{ day: today, counts: { turns: 1 } }]);

    // Older than the conversations' retention (a day): gone on the next write or read.
    await store.saveSummary(summary('web:old', now - 3 * day, now - 2 * day));
    await store.addReviewItem(reviewItem('old', 'web:old', now - 2 * day));
    await store.saveSummary(summary('web:new', now - 3 * day, now - 1_000));
    await store.addReviewItem(reviewItem('new', 'web:new', now - 1_000));
    expect(await store.redis.hkeys('office-c:summaries')).toEqual(['web:new']); // dropped by the write
    expect(await store.redis.zrange('office-c:summaries:last', '0', '-1')).toEqual(['web:new']);
    expect(await store.redis.hkeys('office-c:review')).toEqual(['new']);
    expect(await store.redis.zrange('office-c:review:order', '0', '-1')).toEqual(['new']);
    expect((await store.summaries(0, now)).map((s) => s.conversationId)).toEqual(['web:new']);
    expect((await store.reviewItems()).map((r) => r.id)).toEqual(['new']);
    // Taken off the list: from the hash, the order and its conversation's set alike.
    await store.removeReviewItems(['new']);
    // (web:old's set keeps the id of its item dropped past retention: it expires with the set.)
    expect(
      await store.redis.exists('office-c:review', 'office-c:review:order', 'office-c:review:of:web:new'),
    ).toBe(0);
  });

  it('keeps the last 2,000 transcript lines, numbered on', async () => {
    const store = make();
    const lines = Array.from({ length: 2_005 }, (_, i) => ({
      at: i,
      from: 'bot' as const,
      text: `l${i + 1}`,
    }));
    await turn(store, 'web:long', { transcript: lines });
    await turn(store, 'web:long', { transcript: [{ at: 0, from: 'person', text: 'last' }] });
    const kept = await store.getTranscript('web:long', 5_000);
    expect(kept).toHaveLength(2_000);
    expect([kept[0]?.seq, kept.at(-1)?.seq, kept.at(-1)?.text]).toEqual([7, 2_006, 'last']);
  });

  it('serves one conversation from two instances at once without losing or repeating a message', async () => {
    const [a, b] = [make('shared:'), make('shared:')];
    const texts = Array.from({ length: 20 }, (_, i) => `respuesta ${i + 1}`);
    await Promise.all(
      texts.map(async (text, i) => {
        const store = i % 2 ? a : b;
        for (;;) {
          const held = await store.openTurn('web:both', opts({ messageId: `two-${i}` }));
          if (!held.fresh) return;
          const rev = (held.record?.rev ?? 0) + 1;
          const line = { at: rev, from: 'person' as const, text };
          await held.commit(commit({ rev }, { transcript: [line] }));
          return;
        }
      }),
    );
    const said = (await a.getTranscript('web:both', 500)).map((l) => l.text);
    expect([...said].sort()).toEqual([...texts].sort());
    const last = await a.openTurn('web:both', opts());
    expect(last.record?.rev).toBe(20);
    await last.release();
    expect(await a.redis.exists('shared:lock:web:both')).toBe(0); // let go after each turn
  });

  it('carries inbox events from one instance to the others', async () => {
    const store = make('bridge:');
    const local = () => {
      const heard: InboxEvent[] = [];
      const forwards: Array<(e: InboxEvent) => void> = [];
      return {
        heard,
        emit: (e: InboxEvent) => {
          heard.push(e);
          for (const send of forwards) send(e);
        },
        deliverLocally: (e: InboxEvent) => heard.push(e),
        forward: (send: (e: InboxEvent) => void) => forwards.push(send),
      };
    };
    const [a, b] = [local(), local()];
    const bridges = [
      await bridgeInboxEvents(a, store.redis, 'bridge:'),
      await bridgeInboxEvents(b, store.redis, 'bridge:'),
    ];
    a.emit({ kind: 'queued', conversationId: 'telegram:9', urgent: true });
    await expect.poll(() => b.heard.length).toBe(1);
    expect(b.heard[0]).toEqual({ kind: 'queued', conversationId: 'telegram:9', urgent: true });
    expect(a.heard).toHaveLength(1); // its own, once: no echo back from Redis
    for (const bridge of bridges) await bridge.close();
  });
});
