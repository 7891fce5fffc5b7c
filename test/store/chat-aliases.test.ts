/**
 * ChatAliases (core/ports/chat-aliases.ts) held to one behaviour in this process's memory (the
 * WhatsApp Cloud channel's own, process-aliases.ts) and in Redis (a Redis of its own): an
 * identifier linked to no conversation resolves to none; a link leads to its conversation and
 * a later link moves it; a conversation is sent to its own chat id until routed elsewhere, and
 * routing it back to its chat id clears the route; channels and prefixes are kept apart.
 * Then what each promises besides: Redis keeps each key for the retention period, started
 * again by every read, and refuses with StoreUnavailableError while unreachable; memory keeps
 * at most its bound, the least recently used going first.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processChatAliases } from '../../src/channels/whatsapp-cloud/process-aliases.ts';
import { StoreUnavailableError } from '../../src/core/errors.ts';
import type { ChatAliases } from '../../src/core/ports/chat-aliases.ts';
import { createRedisChatAliases } from '../../src/store/redis/redis-aliases.node.ts';
import { until } from '../../src/testing/intake-rig.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';

const CH = 'whatsapp-cloud';
let server: Awaited<ReturnType<typeof startRedis>>;
let redis: Redis;
let n = 0;

beforeAll(async () => {
  server = await startRedis();
  redis = new Redis(server.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  await until(() => redis.status === 'ready', 5_000, 'redis');
}, 20_000);
afterAll(async () => {
  redis?.disconnect();
  await server?.stop();
});

const kinds: Array<[string, () => ChatAliases]> = [
  ['memory', () => processChatAliases()],
  ['redis', () => createRedisChatAliases(redis, { prefix: `aliases${++n}:` })],
];

describe.each(kinds)('chat aliases in %s', (_kind, make) => {
  it('resolves an identifier to the conversation it was linked to, and to none before', async () => {
    const aliases = make();
    expect(await aliases.resolve(CH, 'US.1234567890')).toBeNull();
    await aliases.link(CH, 'US.1234567890', '5215500000001');
    expect(await aliases.resolve(CH, 'US.1234567890')).toBe('5215500000001');
    // Linking again is the same; a link to another conversation moves it.
    await aliases.link(CH, 'US.1234567890', '5215500000001');
    expect(await aliases.resolve(CH, 'US.1234567890')).toBe('5215500000001');
    await aliases.link(CH, 'US.1234567890', '5215500000002');
    expect(await aliases.resolve(CH, 'US.1234567890')).toBe('5215500000002');
  });

  it('sends to the chat id until routed elsewhere, and back to it when routed there', async () => {
    const aliases = make();
    expect(await aliases.sendTo(CH, '5215500000003')).toBe('5215500000003');
    await aliases.route(CH, '5215500000003', '5215500000004');
    expect(await aliases.sendTo(CH, '5215500000003')).toBe('5215500000004');
    await aliases.route(CH, '5215500000003', '5215500000003');
    expect(await aliases.sendTo(CH, '5215500000003')).toBe('5215500000003');
  });

  it('keeps channels apart', async () => {
    const aliases = make();
    await aliases.link(CH, '5215500000005', '5215500000006');
    await aliases.route(CH, '5215500000006', '5215500000005');
    expect(await aliases.resolve('telegram', '5215500000005')).toBeNull();
    expect(await aliases.sendTo('telegram', '5215500000006')).toBe('5215500000006');
  });
});

describe('chat aliases in redis', () => {
  it('keeps a link for the retention period, started again each time it is read', async () => {
    const prefix = `aliasesTtl${++n}:`;
    const aliases = createRedisChatAliases(redis, { prefix, retentionDays: 2 });
    await aliases.link(CH, 'US.555', '5215500000007');
    await aliases.route(CH, '5215500000007', '5215500000008');
    const link = `${prefix}alias:${CH}:US.555`;
    const route = `${prefix}sendto:${CH}:5215500000007`;
    for (const key of [link, route]) {
      expect(await redis.ttl(key)).toBeGreaterThan(2 * 86_400 - 10);
      await redis.expire(key, 60);
    }
    await aliases.resolve(CH, 'US.555');
    await aliases.sendTo(CH, '5215500000007');
    for (const key of [link, route]) expect(await redis.ttl(key)).toBeGreaterThan(2 * 86_400 - 10);
  });

  it('refuses with StoreUnavailableError while Redis cannot be reached', async () => {
    const away = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    away.on('error', () => undefined);
    const aliases = createRedisChatAliases(away);
    await expect(aliases.resolve(CH, 'US.1')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(aliases.link(CH, 'US.1', '1')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(aliases.sendTo(CH, '1')).rejects.toBeInstanceOf(StoreUnavailableError);
    away.disconnect();
  });
});

describe('chat aliases in memory', () => {
  it('keeps at most its bound, forgetting the least recently used first', async () => {
    const aliases = processChatAliases(2);
    await aliases.link(CH, 'US.a', '1');
    await aliases.link(CH, 'US.b', '2');
    expect(await aliases.resolve(CH, 'US.a')).toBe('1'); // used: US.b is now the oldest
    await aliases.link(CH, 'US.c', '3');
    expect(await aliases.resolve(CH, 'US.b')).toBeNull();
    expect(await aliases.resolve(CH, 'US.a')).toBe('1');
    expect(await aliases.resolve(CH, 'US.c')).toBe('3');
  });
});
