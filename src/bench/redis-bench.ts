/**
 * The Redis part of `npm run bench`: the engine on RedisStore against a redis-server of its
 * own (a free port, nothing kept on disk), with 1, 100 and 10,000 conversations in flight;
 * Redis bytes per conversation; this process's memory after 100,000 stored conversations.
 * Each conversation runs a short exchange: a question, "more details", the menu, a number.
 */

import type { Inbound } from '../core/messages.ts';
import type { Engine, EngineOptions } from '../engine/create-engine.ts';
import { createNodeAssistant } from '../runtime/assistant.node.ts';
import { createRedisStore, type RedisStore } from '../store/redis/redis-store.node.ts';
import { startRedis } from '../testing/redis-server.node.ts';
import { loadBenchTexts } from './bench-texts.ts';
import { runJsonChild } from './child-json.ts';
import { compareWithGrammyConversations } from './intake-comparison.ts';
import { percentile } from './percentile.ts';

/**
 * The Redis bench in a process of its own (this file run directly): latency there is the
 * server's alone, not shaped by the garbage of the benches that ran before it.
 */
export function runRedisBench() {
  return runJsonChild<Awaited<ReturnType<typeof benchRedis>>>(new URL(import.meta.url));
}

/** The server's memory with 100,000 stored conversations, measured in a process of its own. */
function rssWith100kConversations(url: string) {
  return runJsonChild<{
    rss_mb_at_start: number;
    heap_used_mb_at_start: number;
    rss_mb: number;
    heap_used_mb: number;
  }>(new URL('./rss-probe.ts', import.meta.url), [], { REDIS_URL: url, KEY_PREFIX: 'rss:' });
}

type MakeEngine = (overrides: Partial<EngineOptions>) => Promise<Engine>;

function script(id: string, texts: readonly string[], i: number): Inbound[] {
  const contents: Inbound['content'][] = [
    { type: 'text', text: texts[i % texts.length] ?? 'hola' },
    { type: 'choice', value: 'more' },
    { type: 'text', text: 'menu' },
    { type: 'text', text: '3' },
  ];
  return contents.map((content, n) => ({ id: `${id}-${n}`, channel: 'bench', chatId: id, content }));
}

/** `inFlight` conversations at a time, `total` in all; returns messages/s and latencies. */
async function run(engine: Engine, texts: readonly string[], total: number, inFlight: number, tag: string) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      const i = next++;
      for (const message of script(`${tag}-${i}`, texts, i)) {
        const t0 = performance.now();
        await engine.handle(message);
        latencies.push(performance.now() - t0);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, total) }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: Math.round(latencies.length / seconds),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
  };
}

/**
 * 100 conversations writing at a steady `rate` messages/s in all (each one every 100/rate s),
 * timed from when each message was due, so a stall counts for every message it delays.
 */
async function paced(engine: Engine, texts: readonly string[], rate: number, seconds: number) {
  const latencies: number[] = [];
  const every = (100 / rate) * 1000;
  const start = performance.now() + 10;
  const rounds = Math.round((seconds * 1000) / every);
  await Promise.all(
    Array.from({ length: 100 }, async (_, w) => {
      for (let round = 0; round < rounds; round += 4) {
        for (const [n, message] of script(`paced-${w}-${round}`, texts, w + round).entries()) {
          const due = start + (round + n) * every + (w * every) / 100;
          const wait = due - performance.now();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
          // A timer may wake a little early: then the message's time starts when it was sent.
          const from = Math.min(due, performance.now());
          await engine.handle(message);
          latencies.push(performance.now() - from);
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), messages: latencies.length };
}

/** `measure` on a redis-server of the bench's own and the engine on it, warmed up; both stopped after. */
async function onOwnRedis<T>(
  makeEngine: MakeEngine,
  texts: readonly string[],
  measure: (engine: Engine, store: RedisStore, url: string) => Promise<T>,
): Promise<T> {
  const redis = await startRedis();
  const store = createRedisStore({ url: redis.url, prefix: 'bench:' });
  try {
    const engine = await makeEngine({ store });
    // Warm up (JIT, connection, scripts) on other conversations first.
    await run(engine, texts, 2_000, 100, 'warm');
    return await measure(engine, store, redis.url);
  } finally {
    await store.close();
    await redis.stop();
  }
}

/**
 * The 10,000-in-flight pass alone, after the same warm-up (`node src/bench/redis-bench.ts 10000`):
 * to check, run after run, that a burst far above capacity completes without a store error.
 */
export function benchBurst(makeEngine: MakeEngine, texts: readonly string[]) {
  return onOwnRedis(makeEngine, texts, async (engine) => {
    const tenThousand = await run(engine, texts, 10_000, 10_000, 'c10k');
    return {
      redis_msgs_per_s_10000: tenThousand.perSecond,
      p50_ms_10000: Number(tenThousand.p50.toFixed(2)),
      p99_ms_10000: Number(tenThousand.p99.toFixed(2)),
    };
  });
}

export function benchRedis(makeEngine: MakeEngine, texts: readonly string[]) {
  return onOwnRedis(makeEngine, texts, async (engine, store, url) => {
    const one = await run(engine, texts, 300, 1, 'c1');
    const hundred = await run(engine, texts, 6_000, 100, 'c100');
    const atTarget = await paced(engine, texts, 5_000, 8);
    const tenThousand = await run(engine, texts, 10_000, 10_000, 'c10k');

    // Bytes: Redis's own accounting of a sample of conversations' keys.
    let bytes = 0;
    const sample = 200;
    for (let i = 0; i < sample; i++) {
      for (const key of [
        `bench:conv:bench:c100-${i}`,
        `bench:transcript:bench:c100-${i}`,
        `bench:tseq:bench:c100-${i}`,
        `bench:seen:bench:c100-${i}`,
      ]) {
        bytes += Number((await store.redis.call('MEMORY', 'USAGE', key)) ?? 0);
      }
    }

    const rss = rssWith100kConversations(url);
    const comparison = compareWithGrammyConversations(url);
    const [three, fifteen] = comparison;
    if (!three || !fifteen) throw new Error('the comparison did not run both lengths');

    return {
      redis_msgs_per_s: hundred.perSecond,
      redis_msgs_per_s_1: one.perSecond,
      redis_msgs_per_s_10000: tenThousand.perSecond,
      p50_ms_100: Number(hundred.p50.toFixed(2)),
      p99_ms_100: Number(hundred.p99.toFixed(2)),
      p50_ms_100_at_5000_per_s: Number(atTarget.p50.toFixed(2)),
      p99_ms_100_at_5000_per_s: Number(atTarget.p99.toFixed(2)),
      p99_ms_1: Number(one.p99.toFixed(2)),
      p99_ms_10000: Number(tenThousand.p99.toFixed(2)),
      redis_bytes_per_conversation: Math.round(bytes / sample),
      rss_mb_after_100000_conversations: rss.rss_mb,
      heap_mb_after_100000_conversations: rss.heap_used_mb,
      rss_mb_at_start: rss.rss_mb_at_start,
      heap_mb_at_start: rss.heap_used_mb_at_start,
      // Ours over theirs; the less favourable of the two lengths (throughput: lower; bytes: higher).
      vs_grammy_conversations_throughput: Math.min(three.throughput, fifteen.throughput),
      vs_grammy_conversations_bytes: Math.max(three.bytes, fifteen.bytes),
      comparison,
    };
  });
}

if (import.meta.main) {
  const texts = await loadBenchTexts();
  const bench = process.argv[2] === '10000' ? benchBurst : benchRedis;
  const figures = await bench(async (overrides) => (await createNodeAssistant(overrides)).engine, texts);
  console.log(JSON.stringify(figures));
  process.exit(0);
}
