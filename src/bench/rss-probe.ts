/**
 * Run by the Redis benchmark as a process of its own, so its memory is the server's alone:
 * the assistant on RedisStore (REDIS_URL, KEY_PREFIX) takes one message from each of 100,000
 * people, then prints its resident set size in MB (at start and at the end) as one JSON line.
 */
import { createNodeAssistant } from '../runtime/assistant.node.ts';
import { createRedisStore } from '../store/redis/redis-store.node.ts';

const url = process.env.REDIS_URL;
if (!url) throw new Error('rss-probe needs REDIS_URL (the benchmark sets it)');
const store = createRedisStore({ url, prefix: process.env.KEY_PREFIX ?? 'rss:' });
const { engine } = await createNodeAssistant({ store });
(globalThis as { gc?: () => void }).gc?.();
const atStart = process.memoryUsage();
const total = 100_000;
let next = 0;
await Promise.all(
  Array.from({ length: 200 }, async () => {
    while (next < total) {
      const i = next++;
      await engine.handle({
        id: `m-${i}`,
        channel: 'bench',
        chatId: `p-${i}`,
        content: { type: 'text', text: 'hola' },
      });
    }
  }),
);
// What the server holds, not garbage it has not collected yet (run with --expose-gc).
(globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const memory = process.memoryUsage();
console.log(
  JSON.stringify({
    conversations: total,
    rss_mb_at_start: mb(atStart.rss),
    heap_used_mb_at_start: mb(atStart.heapUsed),
    rss_mb: mb(memory.rss),
    heap_used_mb: mb(memory.heapUsed),
    heap_total_mb: mb(memory.heapTotal),
    external_mb: mb(memory.external),
  }),
);
await store.close();
process.exit(0);
