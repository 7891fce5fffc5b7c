/**
 * The Redis part of `npm run bench`: the engine on RedisStore against a redis-server of its
 * own (a free port, nothing kept on disk), with 1, 100 and 10,000 conversations in flight;
 * Redis bytes per conversation; this process's memory after 100,000 stored conversations.
 * Each conversation runs a short exchange: a question, "more details", the menu, a number.
 */
import type { Engine, EngineOptions } from '../core/engine.ts';
import type { Inbound } from '../core/messages.ts';
import { createRedisStore } from '../store/redis-store.node.ts';
import { startRedis } from '../testing/redis-server.node.ts';
import { percentile } from './percentile.ts';

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

export async function benchRedis(makeEngine: MakeEngine, texts: readonly string[]) {
  const redis = await startRedis();
  const store = createRedisStore({ url: redis.url, prefix: 'bench:' });
  try {
    const engine = await makeEngine({ store });
    await run(engine, texts, 200, 50, 'warm');
    const one = await run(engine, texts, 300, 1, 'c1');
    const hundred = await run(engine, texts, 3000, 100, 'c100');
    const tenThousand = await run(engine, texts, 10_000, 10_000, 'c10k');

    // Bytes: Redis's own accounting of a sample of conversations' keys.
    let bytes = 0;
    const sample = 200;
    for (let i = 0; i < sample; i++) {
      for (const key of [
        `bench:conv:bench:c100-${i}`,
        `bench:transcript:bench:c100-${i}`,
        `bench:tseq:bench:c100-${i}`,
      ]) {
        bytes += Number((await store.redis.call('MEMORY', 'USAGE', key)) ?? 0);
      }
    }

    // This process's memory after 100,000 stored conversations (one message each).
    let next = 0;
    await Promise.all(
      Array.from({ length: 200 }, async () => {
        while (next < 100_000) {
          const i = next++;
          await engine.handle({
            id: `m-${i}`,
            channel: 'bench',
            chatId: `many-${i}`,
            content: { type: 'text', text: 'hola' },
          });
        }
      }),
    );
    const rssMb = Math.round(process.memoryUsage().rss / 2 ** 20);

    return {
      redis_msgs_per_s: hundred.perSecond,
      redis_msgs_per_s_1: one.perSecond,
      redis_msgs_per_s_10000: tenThousand.perSecond,
      p50_ms_100: Number(hundred.p50.toFixed(2)),
      p99_ms_100: Number(hundred.p99.toFixed(2)),
      p99_ms_1: Number(one.p99.toFixed(2)),
      p99_ms_10000: Number(tenThousand.p99.toFixed(2)),
      redis_bytes_per_conversation: Math.round(bytes / sample),
      rss_mb_after_100000_conversations: rssMb,
    };
  } finally {
    await store.close();
    await redis.stop();
  }
}
