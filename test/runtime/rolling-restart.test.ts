/**
 * Graceful restarts with real processes (`npm start`, a redis-server of the test's own, the
 * Graph API and Bot API stubs). A server told SIGTERM while a turn is in hand answers /healthz
 * 503 "draining" and refuses new webhooks with 503 until it exits, exits 0 within its 10-s
 * bound, and the person whose turn it held is answered once after the next start. Then the
 * rolling restart (src/bench/rolling-restart.ts): two instances on one Redis under a steady
 * stream of WhatsApp messages and Telegram updates sent alternately to both as a load
 * balancer would, A restarted and then B: every person answered, nobody answered twice.
 */
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rollingRestart, settled } from '../../src/bench/rolling-restart.ts';
import { type IntakeRig, startIntakeRig, until } from '../../src/testing/intake-rig.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';

let redisServer: Awaited<ReturnType<typeof startRedis>>;
let redis: Redis;
let rig: IntakeRig | undefined;

beforeAll(async () => {
  redisServer = await startRedis();
  redis = new Redis(redisServer.url);
}, 20_000);
afterEach(async () => {
  await rig?.close().catch(() => undefined);
  rig = undefined;
}, 30_000);
afterAll(async () => {
  redis?.disconnect();
  await redisServer?.stop();
}, 30_000);

const health = async (base: string) => {
  const response = await fetch(`${base}/healthz`).catch(() => undefined);
  return response ? { status: response.status, body: await response.json() } : undefined;
};

describe('a server told SIGTERM', () => {
  it('reports not ready while draining, refuses new work, exits 0 in time, hands back what it held', {
    timeout: 60_000,
  }, async () => {
    const prefix = 'drain:';
    rig = await startIntakeRig({ redisUrl: redisServer.url, prefix });
    const { graph } = rig;
    await rig.start();
    expect(await health(rig.base)).toEqual({ status: 200, body: { ok: true } });
    // The read receipt and the reply get no answer from Meta: the turn stays in hand while the server drains.
    graph.stallNext(2);
    expect(await rig.postCloud([{ waId: '5216170000001', id: 'wamid.drain1', text: 'hola' }])).toBe(200);
    const stalledReply = () =>
      graph.refused().some((c) => c.problem === 'stalled' && c.body.to !== undefined);
    await until(stalledReply, 20_000, 'the reply stalled');
    const base = rig.base;
    const signalled = performance.now();
    let exitCode: number | null | undefined;
    const exited = rig.servers[0]?.stop('SIGTERM').then((code) => {
      exitCode = code;
    });
    // /healthz asked over and over from the signal to the exit: what it answered.
    const seen: Array<number | string> = [];
    const asking = (async () => {
      while (exitCode === undefined) seen.push((await health(base))?.status ?? 'refused');
    })();
    await until(() => seen.includes(503), 5_000, '/healthz 503');
    expect(await health(base)).toEqual({ status: 503, body: { ok: false, status: 'draining' } });
    // New work goes elsewhere: a webhook while draining is refused, to be sent again.
    expect(await rig.postCloud([{ waId: '5216170000002', id: 'wamid.drain2', text: 'hola' }])).toBe(503);
    await exited;
    await asking;
    expect(exitCode).toBe(0);
    expect(performance.now() - signalled).toBeLessThan(10_500);
    // Not ready to the end: 503 while it drained (its turn in hand held it 4 s), then no connection.
    // A request already in flight when the signal lands may still be answered 200 (the signal is
    // handled between requests: on a loaded machine CI saw one); from the first 503 on, never.
    expect(seen.filter((status) => status === 503).length).toBeGreaterThan(10);
    expect(seen.slice(seen.indexOf(503))).not.toContain(200);
    await rig.start();
    expect(await health(rig.base)).toEqual({ status: 200, body: { ok: true } });
    await until(() => rig?.sentOnWhatsApp().has('5216170000001') ?? false, 20_000, 'the held turn answered');
    await until(() => settled(redis, prefix), 30_000, 'nothing left to send');
    expect(new Set(rig.sentOnWhatsApp().get('5216170000001')).size).toBe(
      rig.sentOnWhatsApp().get('5216170000001')?.length,
    );
  });
});

describe('a rolling restart of two instances under a steady stream', () => {
  it('loses nothing and answers nobody twice', { timeout: 90_000 }, async () => {
    const prefix = 'rolling:';
    rig = await startIntakeRig({ redisUrl: redisServer.url, prefix, instances: 2 });
    await Promise.all(rig.servers.map((server) => server.start()));
    // One WhatsApp message and one Telegram update every 200 ms, from 1 s before A's restart to
    // 2 s after B's (about 50 of each); every person answered within 15 s of the last.
    const result = await rollingRestart(rig, redis, {
      prefix,
      tag: '1',
      intervalMs: 200,
      lead: 5,
      tail: 10,
      answerMs: 15_000,
    });
    console.log(JSON.stringify(result));
    expect(result.restarts.map((r) => [r.instance, r.exitCode])).toEqual([
      ['A', 0],
      ['B', 0],
    ]);
    // The load balancer did meet a draining or stopped instance: the restarts were under load.
    expect(result.resent).toBeGreaterThan(0);
    expect(result.lost).toEqual({ whatsapp: 0, telegram: 0 });
    expect(result.duplicated).toEqual({ whatsapp: 0, telegram: 0 });
    expect(result.answered.whatsapp).toBe(result.sent.whatsapp);
  });
});
