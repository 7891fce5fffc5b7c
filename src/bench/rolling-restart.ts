/**
 * The rolling restart, for `CHAOS_ONLY=rolling npm run chaos` and
 * test/runtime/rolling-restart.test.ts: two instances of `npm start` on one Redis (the intake
 * rig with two servers), a steady bounded stream of WhatsApp messages and Telegram updates,
 * each from a new person, sent alternately to both as a load balancer would (on a refused
 * connection or any answer but 2xx it tries the other instance at once, and both again after
 * a moment, as Meta and Telegram send again until they get a 2xx). While the stream goes on,
 * A is stopped with SIGTERM, awaited until it exits, started again and awaited until its
 * /healthz answers 200; then B the same. Counts who was answered, lost (accepted, never
 * answered) and duplicated (the same reply text twice to one person).
 */
import type { Redis } from 'ioredis';
import { type IntakeRig, until } from '../testing/intake-rig.node.ts';
import { telegramUpdates } from '../testing/telegram-updates.ts';

export interface Restart {
  instance: string;
  /** The stopped process's exit code: 0 for a graceful stop. */
  exitCode: number | null;
  /** From SIGTERM to the process's exit. */
  stopMs: number;
  /** From the new start to /healthz answering 200. */
  startMs: number;
}

export interface RollingResult {
  sent: { whatsapp: number; telegram: number };
  answered: { whatsapp: number; telegram: number };
  /** Accepted (2xx) and never answered, or never accepted at all. */
  lost: { whatsapp: number; telegram: number };
  /** People who got the same reply text twice. */
  duplicated: { whatsapp: number; telegram: number };
  /** What the load balancer got back from the instances, by status ("refused": no connection). */
  statuses: Record<string, number>;
  /** Messages the load balancer had to send to the other instance (or again). */
  resent: number;
  restarts: Restart[];
  /** The stream's length, first message to last. */
  streamMs: number;
  /** From the last message accepted to every person answered. */
  lastAnsweredMs: number;
}

const TEXTS = [
  '¿qué necesito para apostillar un acta de nacimiento?',
  'quiero saber de la pensión de mi papá que trabajó en Estados Unidos',
  'how can my son get Mexican nationality if he was born in Ohio?',
  'mwen vle konnen kijan pou m jwenn yon viza imanitè',
];
/** How long the balancer waits before sending again once every instance refused. */
const AGAIN_MS = 250;
/** A message not accepted by any instance within this long is counted as lost. */
const GIVE_UP_MS = 30_000;

/** People (or chats) who received the same text twice. */
export const repeatedTo = (sent: Map<string, string[]>) =>
  [...sent.values()].filter((texts) => new Set(texts).size !== texts.length).length;

/** Nothing waits in the intake stream and no conversation has outbox items: no reply is on its way. */
export const settled = async (redis: Redis, prefix: string) =>
  (await redis.xlen(`${prefix}intake`)) === 0 && (await redis.zcard(`${prefix}outboxdue`)) === 0;

/** A load balancer in front of the rig's servers: round robin, the next one on a refusal or a non-2xx. */
function balancer(rig: IntakeRig) {
  const statuses: Record<string, number> = {};
  let next = 0;
  let resent = 0;
  const count = (status: string) => {
    statuses[status] = (statuses[status] ?? 0) + 1;
  };
  /** Sends until an instance answers 2xx; false if none did within GIVE_UP_MS. */
  async function send(post: (base: string) => Promise<number>): Promise<boolean> {
    const end = Date.now() + GIVE_UP_MS;
    const first = next++;
    for (let attempt = 0; Date.now() < end; attempt++) {
      const server = rig.servers[(first + attempt) % rig.servers.length];
      if (!server) return false;
      if (attempt > 0) resent += 1;
      const status = await post(server.base).catch(() => 0);
      count(status === 0 ? 'refused' : String(status));
      if (status >= 200 && status < 300) return true;
      // Every instance tried once more: wait a moment, as the platforms do.
      if ((attempt + 1) % rig.servers.length === 0) await new Promise((r) => setTimeout(r, AGAIN_MS));
    }
    return false;
  }
  return { send, statuses, resent: () => resent };
}

async function healthy(base: string) {
  const response = await fetch(`${base}/healthz`).catch(() => undefined);
  return response?.status === 200;
}

/** Restarts each server in turn: SIGTERM, its exit, a new start, /healthz 200. */
async function restartEach(rig: IntakeRig): Promise<Restart[]> {
  const restarts: Restart[] = [];
  for (const [i, server] of rig.servers.entries()) {
    const stopping = performance.now();
    const exitCode = await server.stop('SIGTERM');
    const starting = performance.now();
    await server.start();
    await until(() => healthy(server.base), 30_000, `instance ${i} healthy again`);
    restarts.push({
      instance: String.fromCharCode(65 + i),
      exitCode,
      stopMs: starting - stopping,
      startMs: performance.now() - starting,
    });
  }
  return restarts;
}

/**
 * Streams one WhatsApp message and one Telegram update every `intervalMs` from `lead` ticks
 * before the restarts until `tail` ticks after them (at most `max` ticks), then waits until
 * every person is answered (up to `answerMs`, 60 s by default) and nothing is left to send.
 */
export async function rollingRestart(
  rig: IntakeRig,
  redis: Redis,
  options: {
    prefix: string;
    tag: string;
    intervalMs?: number;
    lead?: number;
    tail?: number;
    max?: number;
    answerMs?: number;
  },
): Promise<RollingResult> {
  const { intervalMs = 200, lead = 5, tail = 10, max = 300, answerMs = 60_000 } = options;
  const lb = balancer(rig);
  const update = telegramUpdates(90_000);
  const waPeople: string[] = [];
  const tgChats: string[] = [];
  const accepted = { whatsapp: new Set<string>(), telegram: new Set<string>() };
  const senders: Promise<void>[] = [];
  let restarts: Promise<Restart[]> | undefined;
  let ticksAfter = -1;
  const began = performance.now();
  let lastAcceptedAt = began;
  const accept = (set: Set<string>, who: string) => (ok: boolean) => {
    if (!ok) return;
    set.add(who);
    lastAcceptedAt = performance.now();
  };
  for (let i = 0; i < max && ticksAfter < tail; i++) {
    const text = TEXTS[i % TEXTS.length] ?? '';
    const waId = `5216177${options.tag}${String(i).padStart(4, '0')}`;
    const chat = 9_100_000 + i;
    const tgUpdate = update(chat, text);
    waPeople.push(waId);
    tgChats.push(String(chat));
    senders.push(
      lb
        .send((base) => rig.postCloud([{ waId, id: `wamid.rolling${options.tag}x${i}`, text }], base))
        .then(accept(accepted.whatsapp, waId)),
      lb.send((base) => rig.postTelegram(tgUpdate, base)).then(accept(accepted.telegram, String(chat))),
    );
    if (i === lead)
      restarts = restartEach(rig).finally(() => {
        ticksAfter = 0;
      });
    if (ticksAfter >= 0) ticksAfter += 1;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  const streamMs = performance.now() - began;
  await Promise.all(senders);
  const done = await (restarts ?? Promise.resolve([]));
  const answeredAll = () =>
    [...accepted.whatsapp].every((p) => rig.sentOnWhatsApp().has(p)) &&
    [...accepted.telegram].every((c) => rig.sentOnTelegram().has(c));
  await until(answeredAll, answerMs, 'every accepted message answered').catch(() => undefined);
  const lastAnsweredMs = performance.now() - lastAcceptedAt;
  await until(() => settled(redis, options.prefix), 60_000, 'nothing left to send').catch(() => undefined);
  const wa = rig.sentOnWhatsApp();
  const tg = rig.sentOnTelegram();
  return {
    sent: { whatsapp: waPeople.length, telegram: tgChats.length },
    answered: {
      whatsapp: waPeople.filter((p) => wa.has(p)).length,
      telegram: tgChats.filter((c) => tg.has(c)).length,
    },
    lost: {
      whatsapp: waPeople.filter((p) => !wa.has(p)).length,
      telegram: tgChats.filter((c) => !tg.has(c)).length,
    },
    duplicated: { whatsapp: repeatedTo(wa), telegram: repeatedTo(tg) },
    statuses: lb.statuses,
    resent: lb.resent(),
    restarts: done,
    streamMs,
    lastAnsweredMs,
  };
}
