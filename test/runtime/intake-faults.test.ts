/**
 * Nothing a person sends is lost when the server stops mid-handling: `npm start` with Redis,
 * WhatsApp Cloud API and Telegram webhooks, real processes. Thirty WhatsApp messages in one
 * delivery, the server killed (SIGKILL) or stopped (SIGTERM, what a deploy does) once the
 * first replies go out, started again: every person answered, no reply sent twice (after a kill,
 * at most the parts in flight at that instant), within seconds of the restart. The same
 * for thirty Telegram updates. "Settled" is read from Redis itself: the intake stream and the
 * outbox are empty, so no reply can still be on its way.
 */
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CloudText, type IntakeRig, startIntakeRig, until } from '../../src/testing/intake-rig.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';
import { telegramUpdates } from '../../src/testing/telegram-updates.ts';

const QUESTIONS = [
  'hola, ¿cómo tramito la doble nacionalidad para mi hijo nacido en Texas?',
  'necesito apostillar el acta de nacimiento de mi mamá',
  'mi hermano murió en Chicago, ¿cómo lo traemos a Durango?',
  'how do I get my US pension if I moved back to Mexico?',
  'bonjou, mwen bezwen èd pou yon viza imanitè',
];

let redisServer: Awaited<ReturnType<typeof startRedis>>;
let redis: Redis;
let rig: IntakeRig;
let round = 0;
/**
 * How soon after the server runs again every person has their answer. After a kill the new
 * run takes over at once what the killed one held (the hold on a conversation mid-turn, the
 * replies it had not sent: its name is the same, its run is not), instead of waiting for the
 * hold's 15-s lease and the outbox's 30-s retry (35 to 55 s before).
 */
const RECOVERY_MS = 15_000;

beforeAll(async () => {
  redisServer = await startRedis();
  redis = new Redis(redisServer.url);
}, 20_000);
// Each test's server and stubs go with it, whatever happened.
afterEach(async () => {
  await rig?.close().catch(() => undefined);
}, 30_000);
afterAll(async () => {
  redis?.disconnect();
  await redisServer?.stop();
}, 30_000);

/** The intake holds nothing and no conversation has outbox items left. */
async function settled(prefix: string) {
  const [backlog, due] = await Promise.all([
    redis.xlen(`${prefix}intake`),
    redis.zcard(`${prefix}outboxdue`),
  ]);
  return backlog === 0 && due === 0;
}

/**
 * No reply twice. On WhatsApp even after SIGKILL: a part Meta took in the instant before the
 * kill, whose acceptance the store never heard of, comes back in Meta's status webhook (its
 * biz_opaque_callback_data names it) before any retry. Telegram has no such report: after a
 * SIGKILL, at most the few parts in flight at that instant go again.
 */
function repeatedAtMost(sent: Map<string, string[]>, allowed: number) {
  const repeated = [...sent].filter(([, texts]) => new Set(texts).size !== texts.length).map(([to]) => to);
  if (allowed === 0) expect(repeated).toEqual([]);
  else expect(repeated.length).toBeLessThanOrEqual(allowed);
}

describe.each(['SIGKILL', 'SIGTERM'] as const)('a server stopped with %s mid-handling', (signal) => {
  it('answers all 30 WhatsApp messages of one delivery once each', { timeout: 150_000 }, async () => {
    round += 1;
    const prefix = `faults${round}:`;
    rig = await startIntakeRig({ redisUrl: redisServer.url, prefix });
    await rig.start();
    const texts: CloudText[] = Array.from({ length: 30 }, (_, i) => ({
      waId: `52161800${round}${String(i).padStart(3, '0')}`,
      id: `wamid.faults${round}x${i}`,
      text: QUESTIONS[i % QUESTIONS.length] ?? '',
    }));
    expect(await rig.postCloud(texts)).toBe(200);
    await until(() => rig.graph.sent().length >= 3, 30_000, 'the first replies');
    await rig.stop(signal);
    // Killed mid-handling, entries are left in the stream; a SIGTERM lets those in hand finish.
    if (signal === 'SIGKILL') expect(await redis.xlen(`${prefix}intake`)).toBeGreaterThan(0);
    await rig.start();
    await until(() => rig.sentOnWhatsApp().size === 30, RECOVERY_MS, 'a reply to every person');
    await until(() => settled(prefix), 60_000, 'the intake and the outbox to empty');
    repeatedAtMost(rig.sentOnWhatsApp(), 0);
  });

  it('answers all 30 Telegram updates once each', { timeout: 150_000 }, async () => {
    round += 1;
    const prefix = `faults${round}:`;
    rig = await startIntakeRig({ redisUrl: redisServer.url, prefix });
    await rig.start();
    const update = telegramUpdates(round * 1000);
    const chats = Array.from({ length: 30 }, (_, i) => 7_000_000 + round * 100 + i);
    const statuses = await Promise.all(
      chats.map((chat, i) => rig.postTelegram(update(chat, QUESTIONS[i % QUESTIONS.length] ?? ''))),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    await until(() => rig.bot.sent().length >= 3, 30_000, 'the first replies');
    await rig.stop(signal);
    if (signal === 'SIGKILL') expect(await redis.xlen(`${prefix}intake`)).toBeGreaterThan(0);
    await rig.start();
    await until(() => rig.sentOnTelegram().size === 30, RECOVERY_MS, 'a reply to every chat');
    await until(() => settled(prefix), 60_000, 'the intake and the outbox to empty');
    repeatedAtMost(rig.sentOnTelegram(), signal === 'SIGTERM' ? 0 : 3);
  });
});
