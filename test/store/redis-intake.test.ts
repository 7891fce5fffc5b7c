/**
 * The Redis intake against a Redis of its own: an entry is handled once even when kept twice
 * (a redelivery); one key's entries in order while another key runs beside them; an entry
 * whose handler finds the store away stays and is handled once it is back; a consumer that
 * stops with entries in hand leaves them, and the same consumer started again takes them
 * back; another consumer takes over entries held too long; an entry that keeps failing is set
 * aside in the dead-letter stream, not lost; while Redis is down `keep` refuses with
 * StoreUnavailableError (the webhook answers 503).
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/core/errors.ts';
import type { IntakeEntry } from '../../src/core/ports/intake.ts';
import { createRedisIntake } from '../../src/store/redis/redis-intake.node.ts';
import { until } from '../../src/testing/intake-rig.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';

let server: Awaited<ReturnType<typeof startRedis>>;
let redis: Redis;
let n = 0;
const quiet = { info() {}, warn() {}, error() {} };

beforeAll(async () => {
  server = await startRedis();
  redis = new Redis(server.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  await until(() => redis.status === 'ready', 5_000, 'redis');
}, 20_000);
afterAll(async () => {
  redis?.disconnect();
  await server?.stop();
});

function intake(
  options: { prefix?: string; consumer?: string; claimIdleMs?: number; maxTries?: number } = {},
) {
  const prefix = options.prefix ?? `intake${++n}:`;
  return {
    prefix,
    intake: createRedisIntake({
      redis,
      prefix,
      consumer: options.consumer ?? 'one',
      logger: quiet,
      retryEveryMs: 100,
      ...(options.claimIdleMs ? { claimIdleMs: options.claimIdleMs } : {}),
      ...(options.maxTries ? { maxTries: options.maxTries } : {}),
    }),
  };
}
const entry = (id: string, key = 'k'): IntakeEntry => ({ id, channel: 'test', key, body: { id } });

describe('redis intake', () => {
  it('handles a redelivered entry once', async () => {
    const { intake: i } = intake();
    const seen: string[] = [];
    i.handle('test', async (e) => void seen.push(e.id));
    await i.keep([entry('a')]);
    await i.keep([entry('a'), entry('b')]);
    i.start();
    await until(() => seen.length === 2, 5_000, 'two entries');
    expect(await i.backlog()).toBe(0);
    expect(seen.sort()).toEqual(['a', 'b']);
    await i.drain(1_000);
  });

  it('remembers handled ids under hashes: no key names a message id (a WhatsApp one carries the number)', async () => {
    const { intake: i, prefix } = intake();
    const id = 'wac-wamid.HBgNNTIxNTU4NzY1NDMyMRUCABIYFDNBMDY';
    const handled: string[] = [];
    i.handle('test', async (e) => void handled.push(e.id));
    await i.keep([entry(id, '5215587654321')]);
    i.start();
    await until(() => handled.length === 1, 5_000, 'the entry');
    await i.keep([entry(id, '5215587654321')]); // Meta sends it again: still once
    expect(await i.backlog()).toBe(0);
    const keys = await redis.keys(`${prefix}*`);
    expect(keys.some((k) => k.startsWith(`${prefix}intake:seen:`))).toBe(true);
    expect(keys.join(' ')).not.toMatch(/wamid|5215587654321/);
    await i.drain(1_000);
  });

  it("keeps one key's entries in order while another key runs beside them", async () => {
    const { intake: i } = intake();
    const order: string[] = [];
    let release: () => void = () => undefined;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    i.handle('test', async (e) => {
      if (e.id === 'slow-1') await blocked;
      order.push(e.id);
    });
    await i.keep([entry('slow-1', 'slow'), entry('slow-2', 'slow'), entry('other', 'fast')]);
    i.start();
    await until(() => order.includes('other'), 5_000, 'the other key');
    expect(order).toEqual(['other']);
    release();
    await until(() => order.length === 3, 5_000, 'the slow key');
    expect(order).toEqual(['other', 'slow-1', 'slow-2']);
    await i.drain(1_000);
  });

  it('tries an entry again after the store was away', async () => {
    const { intake: i } = intake();
    let tries = 0;
    i.handle('test', async () => {
      tries += 1;
      if (tries < 3) throw new StoreUnavailableError('away');
    });
    await i.keep([entry('x')]);
    i.start();
    await until(async () => (await i.backlog()) === 0, 10_000, 'the entry handled');
    expect(tries).toBe(3);
    await i.drain(1_000);
  });

  it('leaves what was in hand at a stop, and the same consumer takes it back', async () => {
    const first = intake({ consumer: 'web-1' });
    let started = false;
    first.intake.handle('test', () => {
      started = true;
      return new Promise<void>(() => undefined); // never finishes: the process "dies"
    });
    await first.intake.keep([entry('held')]);
    first.intake.start();
    await until(() => started, 5_000, 'the entry in hand');
    await first.intake.drain(100);
    expect(await first.intake.backlog()).toBe(1);

    const again = intake({ prefix: first.prefix, consumer: 'web-1' });
    const seen: string[] = [];
    again.intake.handle('test', async (e) => void seen.push(e.id));
    again.intake.start();
    await until(() => seen.length === 1, 5_000, 'the entry taken back');
    await until(async () => (await again.intake.backlog()) === 0, 5_000, 'acknowledged');
    await again.intake.drain(1_000);
  });

  it('lets another consumer take over entries held too long', async () => {
    const dead = intake({ consumer: 'dead' });
    dead.intake.handle('test', () => new Promise<void>(() => undefined));
    await dead.intake.keep([entry('orphan')]);
    dead.intake.start();
    await until(async () => (await redis.xpending(`${dead.prefix}intake`, 'enlace'))[0] === 1, 5_000, 'held');
    await dead.intake.drain(50);

    const live = intake({ prefix: dead.prefix, consumer: 'live', claimIdleMs: 200 });
    const seen: string[] = [];
    live.intake.handle('test', async (e) => void seen.push(e.id));
    live.intake.start();
    await until(() => seen.length === 1, 10_000, 'the orphan claimed');
    expect(seen).toEqual(['orphan']);
    await live.intake.drain(1_000);
  });

  it('sets an entry that keeps failing aside, in the dead-letter stream', async () => {
    const { prefix, intake: i } = intake({ maxTries: 2 });
    i.handle('test', async () => {
      throw new Error('a bug');
    });
    await i.keep([entry('poison')]);
    i.start();
    await until(async () => (await redis.xlen(`${prefix}intake:failed`)) === 1, 10_000, 'set aside');
    expect(await i.backlog()).toBe(0);
    const [[, fields = []] = []] = await redis.xrange(`${prefix}intake:failed`, '-', '+');
    expect(JSON.parse(fields[1] ?? '{}')).toMatchObject({ id: 'poison' });
    await i.drain(1_000);
  });

  it('refuses to keep while Redis is down, with StoreUnavailableError', async () => {
    const own = await startRedis();
    const client = new Redis(own.url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      lazyConnect: true,
    });
    client.on('error', () => undefined);
    await client.connect();
    const i = createRedisIntake({ redis: client, prefix: 'down:', consumer: 'one', logger: quiet });
    await own.stop();
    await until(() => client.status !== 'ready', 5_000, 'the connection to drop');
    await expect(i.keep([entry('lost?')])).rejects.toBeInstanceOf(StoreUnavailableError);
    client.disconnect();
  });
});
