/**
 * The engine pass of `npm run bench` alone (the memory store, one core, the conversations of
 * engine-exchange.ts), for profiling a turn (docs/turn-profile.md) and timing it in pairs
 * without the benches around it. Prints one JSON line: messages per second, p50 and p99 per
 * message, and the pass's CPU time per message. With PROFILE=FILE the timed pass alone (not
 * start-up, not the warm-up) is profiled into FILE (a .cpuprofile, as `node --cpu-prof` writes
 * for a whole process).
 */
import { createNodeAssistant } from '../runtime/assistant.node.ts';
import { createMemoryStore } from '../store/memory/memory-store.ts';
import { loadBenchTexts } from './bench-texts.ts';
import { engineExchange } from './engine-exchange.ts';
import { percentile } from './percentile.ts';
import { startProfile } from './profile-session.ts';

const conversations = Number(process.env.CONVERSATIONS ?? 2_000);
const texts = await loadBenchTexts();
const { engine } = await createNodeAssistant({ store: createMemoryStore() });

const messages = (tag: string) =>
  Array.from({ length: conversations }, (_, i) => engineExchange(texts, i, `${tag}-${i}`)).flat();

// Warm (JIT, caches) on other conversations, then the timed pass.
for (const m of messages('warm')) await engine.handle(m);
const timed = messages('bench');
const profiler = process.env.PROFILE ? await startProfile() : undefined;
const latencies: number[] = [];
const started = performance.now();
const cpu = process.cpuUsage();
for (const m of timed) {
  const t0 = performance.now();
  await engine.handle(m);
  latencies.push(performance.now() - t0);
}
const seconds = (performance.now() - started) / 1000;
const { user, system } = process.cpuUsage(cpu);
if (profiler && process.env.PROFILE) await profiler.stop(process.env.PROFILE);
latencies.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    engine_msgs_per_s: Math.round(timed.length / seconds),
    p50_ms: Number(percentile(latencies, 0.5).toFixed(3)),
    p99_ms: Number(percentile(latencies, 0.99).toFixed(3)),
    // CPU time of the timed pass (garbage collection included): what another process's load moves least.
    cpu_us_per_msg: Math.round((user + system) / timed.length),
  }),
);
