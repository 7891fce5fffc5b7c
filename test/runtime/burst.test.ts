/**
 * A burst far above what an instance takes at once: `npm start` on a Redis of the test's own,
 * allowed 4 turns in flight and 16 waiting, gets 400 people's first messages on the web chat
 * all at once. Every message is answered (200) or refused at the edge (503, Retry-After, the
 * words that say to send it again), never a 500 and never a store timeout inside a turn; each
 * refused one is answered when it is sent again, and every conversation's transcript then holds
 * its message once: nothing lost, nothing handled twice.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis } from '../../src/testing/redis-server.node.ts';
import { httpClient, startServer } from '../support/runtime.ts';

const PEOPLE = 400;

let redis: Awaited<ReturnType<typeof startRedis>>;
let server: { base: string; process: ChildProcess; output: () => string };

beforeAll(async () => {
  redis = await startRedis();
  server = await startServer({
    REDIS_URL: redis.url,
    KEY_PREFIX: 'burst:',
    SESSION_SECRET: 'burst-test-secret-burst-test-secret-0000',
    STAFF_FILE: '/nonexistent/staff.json',
    RATE_LIMITS: 'off',
    MAX_TURNS_IN_FLIGHT: '4',
    MAX_TURNS_WAITING: '16',
  });
}, 90_000);
afterAll(async () => {
  server?.process.kill('SIGKILL');
  await redis?.stop();
});

describe('a burst far above capacity', () => {
  it('answers or refuses every message with 503 at the edge, and loses none', {
    timeout: 120_000,
  }, async () => {
    const people = Array.from({ length: PEOPLE }, (_, i) => ({ i, send: httpClient() }));
    const post = (person: (typeof people)[number]) =>
      person.send(`${server.base}/api/chat/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        body: JSON.stringify({ id: `burst-message-${person.i}`, text: `apostilla ${person.i}` }),
      });

    const first = await Promise.all(people.map(post));
    const statuses = first.map((r) => r.status);
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    const refused = people.filter((_, n) => statuses[n] === 503);
    // Far above 4 + 16: the burst was refused in part, each refusal saying when and what to do.
    expect(refused.length).toBeGreaterThan(0);
    for (const response of first.filter((r) => r.status === 503)) {
      expect(response.headers.get('retry-after')).toBe('2');
      expect(((await response.json()) as { error: string }).error).toMatch(/send it again/i);
    }
    for (const response of first.filter((r) => r.status === 200))
      expect(((await response.json()) as { messages: unknown[] }).messages.length).toBeGreaterThan(0);

    // The channel sends the refused ones again (the page does; a few at a time, as people would).
    let left = refused;
    while (left.length > 0) {
      const again = await Promise.all(left.map(post));
      expect(again.map((r) => r.status).filter((s) => s !== 200 && s !== 503)).toEqual([]);
      await Promise.all(again.map((r) => r.arrayBuffer()));
      left = left.filter((_, n) => again[n]?.status === 503);
    }

    // Every message is in its conversation once.
    for (const person of people) {
      const history = (await (await person.send(`${server.base}/api/chat/history`)).json()) as {
        lines: Array<{ from: string; text: string }>;
      };
      const mine = history.lines.filter((l) => l.from === 'person').map((l) => l.text);
      expect(mine).toEqual([`apostilla ${person.i}`]);
    }
    expect(server.output()).toMatch(/instance is full/);
    expect(server.output()).not.toMatch(/store unreachable|Command timed out|request failed/);
  });
});
