/**
 * The Redis bench's "100 conversations in flight" pass alone (src/bench/redis-bench.ts has
 * the whole part), for profiling a turn on Redis and timing it in pairs: the engine on
 * RedisStore against a redis-server of its own, the same four-message exchange. Prints one
 * JSON line: messages per second, p50 and p99, and the Redis commands a message cost
 * (INFO commandstats, read before and after). With PROFILE=FILE the timed pass alone is
 * profiled into FILE (docs/turn-profile.md).
 */
import type { Inbound } from '../core/messages.ts';
import type { Engine } from '../engine/create-engine.ts';
import { createNodeAssistant } from '../runtime/assistant.node.ts';
import { createRedisStore } from '../store/redis/redis-store.node.ts';
import { startRedis } from '../testing/redis-server.node.ts';
import { loadBenchTexts } from './bench-texts.ts';
import { percentile } from './percentile.ts';
import { startProfile } from './profile-session.ts';

const texts = await loadBenchTexts();
const redis = await startRedis();
const store = createRedisStore({ url: redis.url, prefix: 'bench:' });
const { engine } = await createNodeAssistant({ store });

const exchange = (id: string, i: number): Inbound[] =>
  (
    [
      { type: 'text', text: texts[i % texts.length] ?? 'hola' },
      { type: 'choice', value: 'more' },
      { type: 'text', text: 'menu' },
      { type: 'text', text: '3' },
    ] as const
  ).map((content, n) => ({ id: `${id}-${n}`, channel: 'bench', chatId: id, content }));

/** `total` conversations, `inFlight` at a time; every message's latency. */
async function run(target: Engine, total: number, inFlight: number, tag: string) {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const i = next++;
      for (const message of exchange(`${tag}-${i}`, i)) {
        const t0 = performance.now();
        await target.handle(message);
        latencies.push(performance.now() - t0);
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return latencies.sort((a, b) => a - b);
}

/** Redis commands run so far (scripts' inner calls included), from INFO commandstats. */
async function calls() {
  const info = String(await store.redis.info('commandstats'));
  const of = (name: string) => Number(info.match(new RegExp(`cmdstat_${name}:calls=(\\d+)`))?.[1] ?? 0);
  const all = [...info.matchAll(/cmdstat_(\w+):calls=(\d+)/g)].reduce((n, m) => n + Number(m[2]), 0);
  return { all, evalsha: of('evalsha'), multi: of('multi') };
}

await run(engine, 2_000, 100, 'warm');
const before = await calls();
const profiler = process.env.PROFILE ? await startProfile() : undefined;
const started = performance.now();
const latencies = await run(engine, 6_000, 100, 'c100');
const seconds = (performance.now() - started) / 1000;
if (profiler && process.env.PROFILE) await profiler.stop(process.env.PROFILE);
const after = await calls();
const per = (n: number) => Number((n / latencies.length).toFixed(2));
console.log(
  JSON.stringify({
    redis_msgs_per_s: Math.round(latencies.length / seconds),
    p50_ms_100: Number(percentile(latencies, 0.5).toFixed(2)),
    p99_ms_100: Number(percentile(latencies, 0.99).toFixed(2)),
    // Round trips: scripts (EVALSHA) and transactions (MULTI) are one each.
    scripts_per_message: per(after.evalsha - before.evalsha),
    transactions_per_message: per(after.multi - before.multi),
  }),
);
await store.close();
await redis.stop();
