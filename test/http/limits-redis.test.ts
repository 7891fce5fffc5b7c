/**
 * The limits in Redis are shared: two app instances, each with its own Redis connection to
 * one real redis-server, count the same hits, so a client gains nothing by being spread over
 * instances (a load balancer's round robin). Urgent alerts from one address's burst ring once
 * across instances too: where each conversation started, and the alert, are in Redis.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flexibleLimiters } from '../../src/http/limits/flexible-limiter.node.ts';
import { redisOrigins } from '../../src/http/limits/redis-origins.node.ts';
import type { LimitSettings } from '../../src/http/limits/settings.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';
import { browserAt, limitedServer } from './limits-app.ts';

let server: Awaited<ReturnType<typeof startRedis>>;
const clients: Redis[] = [];
beforeAll(async () => {
  server = await startRedis();
});
afterAll(async () => {
  for (const client of clients) client.disconnect();
  await server?.stop();
});

/** One instance: its own connection, the office's prefix. */
async function instance(prefix: string, settings: Partial<LimitSettings> = {}) {
  const redis = new Redis(server.url);
  clients.push(redis);
  // As `npm start` does before it serves: until then, each instance would count in its own memory.
  await redis.ping();
  return limitedServer({
    settings,
    limiters: flexibleLimiters({ redis, prefix }),
    origins: redisOrigins(redis, prefix),
  });
}

describe('rate limits in Redis', () => {
  it('are shared by two instances: an address spread over both still gets its limit once', async () => {
    const settings = { RATE_LIMIT_ADDRESS: { points: 6, seconds: 60 } };
    const [a, b] = await Promise.all([instance('t1:', settings), instance('t1:', settings)]);
    const onA = browserAt(a.app, '203.0.113.30', true);
    const onB = browserAt(b.app, '203.0.113.30', true);
    const statuses = [];
    for (let i = 0; i < 10; i++) statuses.push((await (i % 2 ? onB : onA)({ text: 'hola' })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429, 429, 429]);
    // Another office on the same Redis (another prefix) counts on its own.
    const other = await instance('t2:', settings);
    expect((await browserAt(other.app, '203.0.113.30')({ text: 'hola' })).status).toBe(200);
  });

  it('count new conversations per address across instances', async () => {
    const settings = { RATE_LIMIT_NEW_CONVERSATIONS: { points: 2, seconds: 600 } };
    const [a, b] = await Promise.all([instance('t3:', settings), instance('t3:', settings)]);
    expect((await browserAt(a.app, '203.0.113.31', true)({ text: 'HUMANO' })).status).toBe(200);
    expect((await browserAt(b.app, '203.0.113.31', true)({ text: 'HUMANO' })).status).toBe(200);
    expect((await browserAt(a.app, '203.0.113.31', true)({ text: 'HUMANO' })).status).toBe(429);
    expect((await browserAt(b.app, '203.0.113.31', true)({ text: 'HUMANO' })).status).toBe(429);
  });

  it('ring staff once for a burst of urgent conversations from one address, whichever instance took them', async () => {
    const [a, b] = await Promise.all([instance('t4:'), instance('t4:')]);
    const emergency = 'me marcan diciendo que tienen a mi hijo y que deposite 20 mil o lo matan';
    for (let i = 0; i < 4; i++)
      expect((await browserAt(i % 2 ? b.app : a.app, '203.0.113.32', true)({ text: emergency })).status).toBe(
        200,
      );
    const events = [...a.events, ...b.events].filter((e) => e.kind === 'queued');
    expect(events).toHaveLength(4);
    expect(events.filter((e) => e.urgent)).toHaveLength(1);
  });
});
