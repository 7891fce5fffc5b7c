/**
 * The side-by-side part of `npm run bench`: our Telegram adapter + engine + RedisStore against
 * the same guided intake written with @grammyjs/conversations + @grammyjs/storage-redis
 * (grammy-baseline.ts), on the same Redis, driven with the same Telegram updates through
 * grammY's handleUpdate, both answered by the same in-process Telegram. Measured at a 3-step
 * and a 15-step conversation: messages per second, latency, and Redis bytes per conversation
 * while the conversations are still open.
 */
import { Redis } from 'ioredis';
import { createTelegramChannel } from '../channels/telegram/adapter.ts';
import { toTelegramMessages } from '../channels/telegram/format.ts';
import { createNodeAssistant } from '../runtime/assistant.node.ts';
import { createMemoryStore } from '../store/memory/memory-store.ts';
import { createRedisStore } from '../store/redis/redis-store.node.ts';
import { runJsonChild } from './child-json.ts';
import {
  benchBotInfo,
  createConversationsBot,
  inProcessTelegram,
  type ScriptedReply,
} from './grammy-baseline.ts';
import { percentile } from './percentile.ts';
import { storedRecord } from './stored-record.ts';

const CONVERSATIONS = 2_000;
/** Conversations each side runs first, untimed, on other chats: both start with warm code. */
const WARM_UP = 300;
const IN_FLIGHT = 100;
const silent = { info() {}, warn() {}, error() {} };

/**
 * What the person writes, the same for both bots: a family asks how to bring a brother home,
 * starts the intake (types "1", the first button: "yes, give the details"), answers its six
 * questions, sends the summary to staff ("1": yes), then writes while waiting. The baseline's
 * form just takes every text as an answer.
 */
const SCRIPT = [
  'mi hermano fallecio en un accidente en la obra en phoenix, no tenemos dinero pa traer el cuerpo a canatlan',
  '1',
  'Juan Pérez López',
  'Phoenix, Arizona',
  'el 3 de marzo',
  'es mi hermano',
  'Canatlán, Durango',
  'por este mismo chat',
  '1',
  'hola?',
  'gracias',
  'cuanto tardan en contestar?',
  'ok',
  'aqui espero',
  'gracias',
] as const;

const chatIdOf = (conversation: number) => 1_000_000_000 + conversation;

/** `IN_FLIGHT` conversations at a time, each sending its `steps` messages one after another. */
async function drive(
  handleUpdate: (update: unknown) => Promise<unknown>,
  steps: number,
  runId: number,
  first = 0,
  count = CONVERSATIONS,
) {
  const latencies: number[] = [];
  let next = 0;
  let updateId = runId * 1_000_000;
  const worker = async () => {
    while (next < count) {
      const id = chatIdOf(first + next++);
      for (let step = 0; step < steps; step++) {
        const update = {
          update_id: ++updateId,
          message: {
            message_id: step + 1,
            date: Math.floor(Date.now() / 1000),
            chat: { id, type: 'private', first_name: 'Person' },
            from: { id, is_bot: false, first_name: 'Person', language_code: 'es' },
            text: SCRIPT[step],
          },
        };
        const t0 = performance.now();
        await handleUpdate(update);
        latencies.push(performance.now() - t0);
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    msgsPerSecond: Math.round(latencies.length / seconds),
    p50: Number(percentile(latencies, 0.5).toFixed(2)),
    p99: Number(percentile(latencies, 0.99).toFixed(2)),
  };
}

/** Redis's own accounting (MEMORY USAGE) of the given keys, 0 for a key that does not exist. */
async function bytesOf(redis: Redis, keys: readonly string[]) {
  let total = 0;
  for (const key of keys) total += Number((await redis.call('MEMORY', 'USAGE', key)) ?? 0);
  return total;
}

/**
 * Removes a run's keys, a SCAN page at a time: one script over KEYS held Redis for seconds
 * once the RSS probe's 100,000 conversations were stored, and the store refused it as a hang.
 */
async function unlinkPrefix(redis: Redis, prefix: string) {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1_000);
    if (keys.length > 0) await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
}

const SAMPLE = 100;
const sampled = () => Array.from({ length: SAMPLE }, (_, i) => chatIdOf(i * (CONVERSATIONS / SAMPLE)));

async function ours(url: string, steps: number) {
  const prefix = `ours${steps}:`;
  const store = createRedisStore({ url, prefix });
  const telegram = inProcessTelegram();
  try {
    const adapter = createTelegramChannel({
      token: '42:ours',
      logger: silent,
      botInfo: benchBotInfo,
      fetch: telegram.fetch,
      // No throttle: Telegram's own limits are not what is measured here, and the baseline has none.
    });
    const { engine } = await createNodeAssistant({ store, channels: [adapter.channel] });
    adapter.connect(engine);
    await drive(adapter.handleUpdate, steps, 50 + steps, 500_000, WARM_UP);
    const timing = await drive(adapter.handleUpdate, steps, steps);
    // Every conversation must have got where the script leads: mid-intake, or waiting for staff with its case.
    for (const chatId of sampled()) {
      const record = await storedRecord(store, `telegram:${chatId}`);
      const where = JSON.stringify(record?.state.value);
      const expected = steps >= 10 ? '{"handoff":"queued"}' : '{"intake":"asking"}';
      if (where !== expected) throw new Error(`ours: chat ${chatId} is at ${where}, expected ${expected}`);
    }
    let state = 0;
    let all = 0;
    for (const chatId of sampled()) {
      const id = `telegram:${chatId}`;
      state += await bytesOf(store.redis, [`${prefix}conv:${id}`]);
      all += await bytesOf(store.redis, [
        `${prefix}conv:${id}`,
        `${prefix}seen:${id}`,
        `${prefix}transcript:${id}`,
        `${prefix}tseq:${id}`,
        `${prefix}outbox:${id}`,
      ]);
    }
    // The staff queue, its order and its deadlines are shared keys: each conversation's share.
    const shared =
      (await bytesOf(store.redis, [
        `${prefix}queue`,
        `${prefix}queue:order`,
        `${prefix}deadlines`,
        `${prefix}outboxdue`,
      ])) /
      (CONVERSATIONS + WARM_UP);
    return { ...timing, stateBytes: Math.round(state / SAMPLE), bytes: Math.round(all / SAMPLE + shared) };
  } finally {
    await unlinkPrefix(store.redis, prefix);
    await store.close();
  }
}

async function theirs(url: string, steps: number, replies: readonly ScriptedReply[][]) {
  const prefix = `theirs${steps}:`;
  const redis = new Redis(url);
  const telegram = inProcessTelegram();
  try {
    const bot = createConversationsBot({
      redis,
      prefix,
      replies: replies.slice(0, steps),
      fetch: telegram.fetch,
    });
    await drive((u) => bot.handleUpdate(u as never), steps, 150 + steps, 500_000, WARM_UP);
    const timing = await drive((u) => bot.handleUpdate(u as never), steps, 100 + steps);
    // The same dialogue: each chat got exactly the messages our assistant sends for these steps.
    const expected = replies.slice(0, steps).flat().length;
    for (let c = 0; c < CONVERSATIONS; c++) {
      const sent = telegram.sent.get(chatIdOf(c)) ?? 0;
      if (sent !== expected)
        throw new Error(`baseline: chat ${chatIdOf(c)} got ${sent} messages, expected ${expected}`);
    }
    let bytes = 0;
    for (const chatId of sampled()) {
      const b = await bytesOf(redis, [`${prefix}${chatId}`]);
      if (b === 0)
        throw new Error(`baseline: no Redis key ${prefix}${chatId}; did the plugin change its key layout?`);
      bytes += b;
    }
    return { ...timing, bytes: Math.round(bytes / SAMPLE) };
  } finally {
    await unlinkPrefix(redis, prefix);
    await redis.quit();
  }
}

/** What our assistant sends after each message of the script: the baseline sends the same. */
async function scriptedReplies() {
  const { engine } = await createNodeAssistant({ store: createMemoryStore() });
  const replies: ScriptedReply[][] = [];
  for (const [n, text] of SCRIPT.entries()) {
    const turn = await engine.handle({
      id: `s${n}`,
      channel: 'telegram',
      chatId: '1',
      content: { type: 'text', text },
    });
    replies.push(turn.outbound.flatMap(toTelegramMessages));
  }
  return replies;
}

type Measured = Awaited<ReturnType<typeof ours>>;

/**
 * Each side at each length in a process of its own, so neither runs on the other's garbage or
 * warmed-up code; both on the same Redis.
 */
export function compareWithGrammyConversations(url: string) {
  return [3, 15].map((steps) => {
    const them = runJsonChild<Omit<Measured, 'stateBytes'>>(
      new URL(import.meta.url),
      ['theirs', String(steps)],
      { BENCH_REDIS_URL: url },
    );
    const us = runJsonChild<Measured>(new URL(import.meta.url), ['ours', String(steps)], {
      BENCH_REDIS_URL: url,
    });
    return {
      steps,
      ours: us,
      theirs: them,
      throughput: Number((us.msgsPerSecond / them.msgsPerSecond).toFixed(2)),
      bytes: Number((us.bytes / them.bytes).toFixed(2)),
      stateBytes: Number((us.stateBytes / them.bytes).toFixed(2)),
    };
  });
}

if (import.meta.main) {
  const [side, steps] = process.argv.slice(2);
  const url = process.env.BENCH_REDIS_URL;
  if (!url || (side !== 'ours' && side !== 'theirs') || !['3', '15'].includes(steps ?? ''))
    throw new Error('usage: BENCH_REDIS_URL=redis://… node src/bench/intake-comparison.ts ours|theirs 3|15');
  const figures =
    side === 'ours'
      ? await ours(url, Number(steps))
      : await theirs(url, Number(steps), await scriptedReplies());
  console.log(JSON.stringify(figures));
  process.exit(0);
}
