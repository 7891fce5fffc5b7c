/**
 * The web chat's hour-long origin keys on Redis (issue 31, item 5): under keyed hashes, no key
 * name or value under the prefix holds the visitor's id or IP, and two conversations from one
 * address still read as the same origin (what grouping alerts needs).
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hashedOrigins } from '../../src/http/limits/hashed-origins.ts';
import { redisOrigins } from '../../src/http/limits/redis-origins.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';

let server: Awaited<ReturnType<typeof startRedis>>;
let redis: Redis;
beforeAll(async () => {
  server = await startRedis();
  redis = new Redis(server.url);
}, 20_000);
afterAll(async () => {
  redis?.disconnect();
  await server?.stop();
});

it('keeps origins under keyed hashes: no key or value names the visitor or the IP', async () => {
  const prefix = `origins-${crypto.randomUUID().slice(0, 6)}:`;
  const origins = hashedOrigins(redisOrigins(redis, prefix), 'server-secret-server-secret-server-0000');
  await origins.remember('web:visitor-7f3a', '203.0.113.77');
  await origins.remember('web:visitor-9b1c', '203.0.113.77');
  const keys = await redis.keys(`${prefix}*`);
  const values = await Promise.all(keys.map((k) => redis.get(k)));
  expect(keys).toHaveLength(2);
  expect(JSON.stringify([keys, values])).not.toMatch(/visitor-|203\.0\.113\.77/);
  const first = await origins.of('web:visitor-7f3a');
  expect(first).not.toBeNull();
  expect(await origins.of('web:visitor-9b1c')).toBe(first);
  expect(await origins.of('web:visitor-none')).toBeNull();
});
