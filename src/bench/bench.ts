/**
 * `npm run bench`: measures understanding alone (per-message latency) and the whole engine
 * on the memory store (messages per second on one core, p50/p99 latency per message,
 * bytes per persisted conversation). Writes docs/benchmarks.md with the machine it ran on
 * and ends with one JSON line. Not a test: it asserts nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';
import type { Inbound } from '../core/messages.ts';
import type { DialogueContext } from '../core/types.ts';
import { createNodeAssistant } from '../runtime/assistant.node.ts';
import { createMemoryStore } from '../store/memory/memory-store.ts';
import { benchParts, figures } from './bench-parts.ts';
import { loadBenchTexts } from './bench-texts.ts';
import { runDashboardBench } from './dashboard-bench.ts';
import { engineExchange } from './engine-exchange.ts';
import { percentile } from './percentile.ts';
import { runRedisBench } from './redis-bench.ts';
import { storedRecord } from './stored-record.ts';
import { benchTelegram } from './telegram-bench.ts';
import { runWhatsAppCloudBench } from './whatsapp-cloud-bench.ts';
import { runWorkerBench } from './worker-bench.ts';

const CONVERSATIONS = 2_000;
/** The machine's load when the run starts (its cores may be shared with other work). */
const loadAtStart = loadavg()[0] ?? 0;

const texts = await loadBenchTexts();

const store = createMemoryStore();
const { engine, understand } = await createNodeAssistant({ store });

// 1. Understanding alone.
for (const t of texts) understand(t); // warm-up
const understandTimes: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const t of texts) {
    const start = performance.now();
    understand(t);
    understandTimes.push(performance.now() - start);
  }
}
understandTimes.sort((a, b) => a - b);

// 1b. The same texts as follow-ups, in each situation the dialogue layer reads (issue 28).
const SITUATIONS: DialogueContext[] = [
  { topic: 'us_pension', asked: null, offered: null, form: null, withStaff: false, emergency: false },
  { topic: 'apostille', asked: 'yesno', offered: 'staff', form: null, withStaff: false, emergency: false },
  {
    topic: 'locate_person',
    asked: 'yesno',
    offered: 'intake',
    form: null,
    withStaff: false,
    emergency: false,
  },
  { topic: 'mx_status', asked: null, offered: null, form: null, withStaff: true, emergency: false },
  { topic: null, asked: null, offered: null, form: null, withStaff: true, emergency: true },
  { topic: null, asked: null, offered: null, form: null, withStaff: false, emergency: false },
];
const followUpTimes: number[] = [];
for (let round = 0; round < 5; round++) {
  texts.forEach((t, i) => {
    const dialogue = SITUATIONS[(i + round) % SITUATIONS.length];
    const start = performance.now();
    understand(t, undefined, dialogue);
    followUpTimes.push(performance.now() - start);
  });
}
followUpTimes.sort((a, b) => a - b);

// 2. The engine: each conversation sends a question, opens "more details", types a menu
// number, answers with free text and asks for the menu: the mix of a real exchange.
const script = (i: number) => engineExchange(texts, i, `bench-${i}`);
const messages = Array.from({ length: CONVERSATIONS }, (_, i) => script(i)).flat();
// Steady state: one full pass on other conversations first, so the JIT and caches are warm.
for (const m of messages) await engine.handle({ ...m, chatId: `warm-${m.chatId}` });

const latencies: number[] = [];
const started = performance.now();
for (const m of messages) {
  const t0 = performance.now();
  await engine.handle(m);
  latencies.push(performance.now() - t0);
}
const elapsed = performance.now() - started;
latencies.sort((a, b) => a - b);

const size = (record: unknown) => new TextEncoder().encode(JSON.stringify(record)).length;
const stored = (id: string) => storedRecord(store, id);
let bytes = 0;
for (let i = 0; i < CONVERSATIONS; i++) bytes += size(await stored(`bench:bench-${i}`));

// The largest a conversation gets: a family's intake with every answer at its 300-character cap.
const { engine: intakeEngine } = await createNodeAssistant({ store });
const long = 'x'.repeat(300);
const intake: Inbound['content'][] = [
  { type: 'text', text: 'mi papá murió en houston y queremos traerlo' },
  { type: 'text', text: 'sí' },
  ...Array.from({ length: 6 }, () => ({ type: 'text' as const, text: long })),
];
let largest = 0;
for (const [n, content] of intake.entries()) {
  await intakeEngine.handle({ id: `big-${n}`, channel: 'bench', chatId: 'largest', content });
  largest = Math.max(largest, size(await stored('bench:largest')));
}

// Each part on its own: one that fails costs its own figures only, and is named at the end.
const parts = benchParts();
const telegram = await parts.run('Telegram', () => benchTelegram(texts));
const redisFigures = await parts.run('Redis', runRedisBench);
const workerFigures = await parts.run('Workers', runWorkerBench);
const cloudFigures = await parts.run('WhatsApp Cloud', runWhatsAppCloudBench);
const dashboard = await parts.run('dashboard', runDashboardBench);

const result = {
  ...telegram,
  ...redisFigures,
  ...workerFigures,
  ...cloudFigures,
  engine_msgs_per_s: Math.round(messages.length / (elapsed / 1000)),
  p50_ms: Number(percentile(latencies, 0.5).toFixed(3)),
  p99_ms: Number(percentile(latencies, 0.99).toFixed(3)),
  bytes_per_conversation: Math.round(bytes / CONVERSATIONS),
  bytes_largest_conversation: largest,
  understanding_p50_ms: Number(percentile(understandTimes, 0.5).toFixed(3)),
  understanding_p99_ms: Number(percentile(understandTimes, 0.99).toFixed(3)),
  understanding_follow_up_p50_ms: Number(percentile(followUpTimes, 0.5).toFixed(3)),
  understanding_follow_up_p99_ms: Number(percentile(followUpTimes, 0.99).toFixed(3)),
  dashboard_365_days_p50_ms_memory: dashboard?.memory.dashboardMs.last365?.p50,
  dashboard_365_days_p99_ms_memory: dashboard?.memory.dashboardMs.last365?.p99,
  dashboard_365_days_p50_ms_redis: dashboard?.redis.dashboardMs.last365?.p50,
  dashboard_365_days_p99_ms_redis: dashboard?.redis.dashboardMs.last365?.p99,
  dashboard_drill_30_days_p99_ms_memory: dashboard?.memory.dashboardMs.drillAll?.p99,
  dashboard_drill_30_days_p99_ms_redis: dashboard?.redis.dashboardMs.drillAll?.p99,
  dashboard,
};

/** The side-by-side table rows, one per conversation length. */
function comparisonRows(runs: NonNullable<typeof result.comparison> = []) {
  return runs
    .map(
      (r) =>
        `| vs @grammyjs/conversations, ${r.steps} messages: messages/s ours / theirs (ratio) | ${r.ours.msgsPerSecond} / ${r.theirs.msgsPerSecond} (${r.throughput.toFixed(2)}) | ratio ≥ 2 |\n` +
        `| vs @grammyjs/conversations, ${r.steps} messages: p50 / p99 ms ours; theirs | ${r.ours.p50} / ${r.ours.p99}; ${r.theirs.p50} / ${r.theirs.p99} | |\n` +
        `| vs @grammyjs/conversations, ${r.steps} messages: Redis bytes ours (state alone) / theirs (ratio) | ${r.ours.bytes} (${r.ours.stateBytes}) / ${r.theirs.bytes} (${r.bytes.toFixed(2)}; state alone ${r.stateBytes.toFixed(2)}) | ratio ≤ 0.5 |`,
    )
    .join('\n');
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const machine = `${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()} ${arch()}, Node ${process.version}`;
const doc = figures`# Benchmarks

Written by \`npm run bench\` (src/bench/bench.ts) on ${new Date().toISOString().slice(0, 10)}.
Machine: ${machine}. One process, so one core does the work. The cores may be shared with other work:
load average ${loadAtStart.toFixed(1)} when the run started, ${(loadavg()[0] ?? 0).toFixed(1)} when it ended (above the 2 cores, every figure is
slower than the code alone; compare figures of one run, or paired runs).
${parts.failures.length > 0 ? `\nFailed in this run, so their figures show as —:\n${parts.failures.map((f) => `- ${f}`).join('\n')}\n` : ''}
| measure | value | target |
|---|---|---|
| engine messages per second (memory store) | ${result.engine_msgs_per_s} | ≥ 10,000 |
| engine latency per message, p50 | ${result.p50_ms} ms | |
| engine latency per message, p99 | ${result.p99_ms} ms | |
| bytes per persisted conversation (mean, after its 6 messages) | ${result.bytes_per_conversation} | ≤ 4,096 |
| bytes of the largest conversation (intake, every answer 300 characters) | ${result.bytes_largest_conversation} | ≤ 4,096 |
| understanding alone, p50 | ${result.understanding_p50_ms} ms | |
| understanding alone, p99 | ${result.understanding_p99_ms} ms | < 0.5 ms |
| understanding a follow-up (the dialogue layer, six situations), p50 / p99 | ${result.understanding_follow_up_p50_ms} / ${result.understanding_follow_up_p99_ms} ms | p99 < 1 ms |
| Telegram webhook: update in → sendMessage at the Bot API, p50 | ${result.telegram_update_to_send_p50_ms} ms | |
| Telegram webhook: update in → sendMessage at the Bot API, p99 | ${result.telegram_update_to_send_p99_ms} ms | |
| Redis store: messages per second, 1 / 100 / 10,000 conversations in flight | ${result.redis_msgs_per_s_1} / ${result.redis_msgs_per_s} / ${result.redis_msgs_per_s_10000} | ≥ 5,000 |
| Redis store: latency p50 / p99, 100 in flight flat out | ${result.p50_ms_100} / ${result.p99_ms_100} ms | p99 < 20 ms |
| Redis store: latency p50 / p99, 100 conversations at 5,000 messages/s in all | ${result.p50_ms_100_at_5000_per_s} / ${result.p99_ms_100_at_5000_per_s} ms | p99 < 20 ms |
| Redis store: latency p99 with 1 / 10,000 in flight | ${result.p99_ms_1} / ${result.p99_ms_10000} ms | |
| Redis bytes per conversation (snapshot, transcript, seen ids; after 4 messages) | ${result.redis_bytes_per_conversation} | |
| server memory at start / with 100,000 conversations stored in Redis (own process, after GC): RSS; V8 heap in use | ${result.rss_mb_at_start} / ${result.rss_mb_after_100000_conversations} MB; ${result.heap_mb_at_start} / ${result.heap_mb_after_100000_conversations} MB | |
${comparisonRows(result.comparison)}
| Workers bundle, raw / gzipped | ${result.worker_bundle_kib} / ${result.worker_bundle_gzip_kib} KiB | gzipped < 700 KiB (our budget; Workers allow 3 MiB free, 10 MiB paid) |
| Workers in \`wrangler dev\`: ready after start / first request (cold isolate) | ${result.worker_ready_ms} / ${result.worker_cold_first_request_ms} ms | |
| Workers: Telegram webhook acknowledged (turn committed; the replies go on under waitUntil), p50 / p99 | ${result.worker_webhook_ack_p50_ms} / ${result.worker_webhook_ack_p99_ms} ms | p99 < 50 ms |
| Workers: web chat messages per second (20 at a time) | ${result.worker_web_chat_msgs_per_s} | |
| Telegram webhook: updates per second (50 at a time) | ${result.telegram_webhook_updates_per_s} | Telegram sends at most ~30 messages/s per bot |
| WhatsApp Cloud API webhook: signed message in → 200, p50 / p99, Node | ${result.whatsapp_cloud_ack_node_p50_ms} / ${result.whatsapp_cloud_ack_node_p99_ms} ms | p99 < 50 ms |
| WhatsApp Cloud API webhook: signed message in → 200, p50 / p99, Workers in \`wrangler dev\` | ${result.whatsapp_cloud_ack_worker_p50_ms} / ${result.whatsapp_cloud_ack_worker_p99_ms} ms | p99 < 50 ms |
| WhatsApp Cloud API webhook, ${result.whatsapp_cloud_ack_in_flight} deliveries in flight: p50 / p99, Workers in \`wrangler dev\` | ${result.whatsapp_cloud_ack_worker_10_p50_ms} / ${result.whatsapp_cloud_ack_worker_10_p99_ms} ms | p99 < 100 ms |
| Dashboard page, last 365 days of ~100,000 conversations a year: p50 / p99, memory store | ${result.dashboard_365_days_p50_ms_memory} / ${result.dashboard_365_days_p99_ms_memory} ms | p99 < 300 ms |
| Dashboard page, last 365 days of ~100,000 conversations a year: p50 / p99, Redis | ${result.dashboard_365_days_p50_ms_redis} / ${result.dashboard_365_days_p99_ms_redis} ms | p99 < 300 ms |
| Dashboard drill-down, the last 30 days' conversations (${dashboard?.memory.summariesLast30Days.toLocaleString('en')}, first page of 100): p99, memory / Redis | ${result.dashboard_drill_30_days_p99_ms_memory} / ${result.dashboard_drill_30_days_p99_ms_redis} ms | |

How: after one warm-up pass on other conversations, ${CONVERSATIONS} conversations of 6 messages each (${messages.length} messages) run one after another
through \`engine.handle\`: a first question from the project's own message sets, "more details",
"menu" typed as text, a menu number, a second free-text question, "this helped". Understanding alone
runs 5 rounds over the ${texts.length} messages of test/fixtures/understanding/. Persisted bytes are the
JSON of each conversation's stored record after its 6 messages.

Redis (src/bench/redis-bench.ts): the engine on RedisStore against a redis-server of its own on 127.0.0.1
(the same machine, so Redis shares the 2 cores; Node's one thread is the limit). Each conversation: a
question, "more details", "menu", a menu number. After a warm-up of 2,000 other conversations: 300
conversations one at a time, 6,000 with 100 in flight, 10,000 all in flight ("flat out": each sends its next
message as soon as the last is answered, so latency there is mostly waiting for the 99 others); then 100
conversations at a steady 5,000 messages/s in all for 8 s, timed from when each message was due. Bytes from
Redis's MEMORY USAGE over 200 conversations' keys. RSS: a separate process (src/bench/rss-probe.ts)
takes one message from each of 100,000 people, 200 at a time. Everything lives in Redis, so the heap in use
does not grow with them; RSS keeps the pages V8 reserved while 200 messages were in flight.

Side by side (src/bench/intake-comparison.ts): our Telegram adapter + engine + RedisStore, and the same
intake written with @grammyjs/conversations + @grammyjs/storage-redis (src/bench/grammy-baseline.ts),
on the same Redis, both fed the same Telegram updates through grammY's handleUpdate and both answered by
the same in-process Telegram; the baseline sends exactly the texts and buttons ours sends (so both hold the
same dialogue), but does no understanding, no dedupe, no lock and keeps no transcript. Each side at each
length runs in a process of its own, after 300 untimed conversations on other chats. 2,000 conversations,
100 in flight, at 3 and 15 messages: a family asks about bringing a brother home, starts the intake, answers
its six questions, confirms, sends it to staff, writes while waiting. Bytes while the conversations are still
open. Ratios are ours over theirs: throughput above 1 and bytes below 1 favour ours; the JSON's
\`vs_grammy_conversations_*\` figures are the less favourable of the two lengths.

Workers (src/bench/worker-bench.ts): \`wrangler deploy --dry-run\` for the bundle; then the Worker in
\`wrangler dev\` (local workerd, Durable Objects persisted to a folder in memory, /dev/shm, so that this disk's syncs are
not what is timed; offline) with the local Bot API
stub. Cold: the first web chat message after start. Webhook: 300 updates one at a time, timed until the 200
(the turn, its Durable Object calls and the sendMessage to the stub are done by then). Web chat: 600 first
messages from 600 people, 20 in flight. Local workerd on this machine, not Cloudflare's network.

Telegram (src/bench/telegram-bench.ts): the webhook route on @hono/node-server, the real grammY client and a
local Bot API stub, all on 127.0.0.1. Latency: 400 first messages from 400 people, one at a time, timed
from the POST to the webhook until the stub receives the first sendMessage. Throughput: 2,000 first
messages from 2,000 people, 50 in flight at a time. The bot-wide throttle (30 messages/s, Telegram's
limit) is raised for this run to measure our side only.

WhatsApp Cloud API (src/bench/whatsapp-cloud-bench.ts): the time Meta waits for its 200. ${result.whatsapp_cloud_ack_requests}
messages, one at a time, each a new wamid, from ${result.whatsapp_cloud_ack_people} people in turn (after 30 untimed ones), timed from
sending the signed POST (signed beforehand, as Meta does) until the 200 arrives. The turns run after the 200 and go on
while the next messages come in; their messages go to the local Graph API stub with the production pacing. Node: the app
from composeServer (memory store) on @hono/node-server, in a process of its own; the client and the stub in another.
Workers: the Worker in \`wrangler dev\` (local workerd and Durable Objects in /dev/shm, offline), the same client and stub; then
the same ${result.whatsapp_cloud_ack_requests} messages again, ${result.whatsapp_cloud_ack_in_flight} in flight at a time (a busy number's deliveries side by side).

Dashboard (src/bench/dashboard-bench.ts): each store in a process of its own, filled with two years of daily counters as the
engine writes them (305 conversations a day, fewer on Sundays: ${dashboard?.memory.conversationsLastYear.toLocaleString('en')} in the last 365 days, about
${dashboard?.memory.countersPerDay} counters a day) and one summary for each of the last year's conversations
(${dashboard?.memory.summaries.toLocaleString('en')}; kept a year for this, where the default keeps them 90 days). Then the whole app from
composeServer, through \`app.request\` in the same process (no socket): an admin signs in once, and each page is asked for
${dashboard?.memory.requestsEach} times one after another with the session cookie (after 5 untimed requests), so every request goes
through the session check, the security headers and the page. The 365-day page reads 730 days (the period and the year before it,
for the comparison) and draws its charts. The drill-down lists every conversation of the last 30 days, newest first, and shows the
first 100. Memory: the memory store. Redis: RedisStore on the machine's redis-server (127.0.0.1:6379, shared with the rest of the
machine) under a key prefix of the run's own, deleted at the end; the counters and summaries are written in pipelines.
`;
// Sections written elsewhere (`npm run fuzz`'s, the profiles' stage table) are marked
// `<!-- NAME: start -->` … `<!-- NAME: end -->`: carried over as they are.
const previous = await readFile('docs/benchmarks.md', 'utf8').catch(() => '');
const kept = [...previous.matchAll(/<!-- ([^>]+): start -->[\s\S]*?<!-- \1: end -->\n?/g)].map((m) => m[0]);
await writeFile('docs/benchmarks.md', [doc, ...kept].join('\n'));
console.log(doc);
console.log(JSON.stringify(result));
// Which parts failed and why, one line each, last (after the JSON line, on stderr).
for (const failure of parts.failures) console.error(failure);
// HTTP keep-alive sockets and the throttle's timers would keep the process alive.
process.exit(parts.failures.length > 0 ? 1 : 0);
