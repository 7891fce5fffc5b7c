/**
 * The dashboard's benchmark (`node src/bench/dashboard-bench.ts [--store memory|redis] [days]
 * [conversations a day]`): fills a store with daily counters as the engine writes them (two
 * years by default, so the last 365 days compare with a full year before; 305 conversations a
 * day (fewer on Sundays), about 100,000 a year, each adding its channel, language, turns,
 * topics, facets, understanding, dangers, tickets, times and rating: about 200 counters a day)
 * and one summary for each of the last year's conversations, then times the dashboard page
 * through the whole app (sign-in, security headers, the page) for the 7, 30, 90 and 365 days'
 * periods, and the drill-down over the last 30 days' conversations (about 8,000 summaries):
 * p50 and p99 over 50 requests each. The memory store by default; `--store redis` uses
 * RedisStore on REDIS_URL (default redis://127.0.0.1:6379) under a key prefix of the run's
 * own, whose keys it deletes at the end. Prints one JSON line; asserts nothing. `npm run
 * bench` runs it on both stores (runDashboardBench). Also exports the generator for the
 * browser tests' demo data.
 */
import { createMetrics } from '../engine/metrics.ts';
import { composeServer } from '../runtime/compose.ts';
import { addDays } from '../staff/dashboard-period.ts';
import { createInboxEvents } from '../staff/inbox-events.ts';
import { hashPassword } from '../staff/passwords.ts';
import { runJsonChild } from './child-json.ts';
import { fillDays, fillSummaries } from './dashboard-data.ts';
import { percentile } from './percentile.ts';

/** The generator, for the dashboard's browser tests. */
export { fillDays, sampleDay, seeded } from './dashboard-data.ts';

type StoreKind = 'memory' | 'redis';

/** `--store memory|redis` and the two numbers after it (days, conversations a day). */
function parseArgs(argv: readonly string[]) {
  let kind: StoreKind = 'memory';
  const numbers: number[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg === '--store' ? argv[++i] : arg.startsWith('--store=') ? arg.slice(8) : undefined;
    if (value === undefined) numbers.push(Number(arg));
    else if (value === 'memory' || value === 'redis') kind = value;
    else throw new Error(`--store is memory or redis, not ${value}`);
  }
  const [days = 730, perDay = 305] = numbers;
  return { kind, days, perDay };
}

/**
 * The store to measure. Memory: the app's own, holding every summary of the year (the cap
 * raised past the default 50,000 conversations). Redis: RedisStore on REDIS_URL (default the
 * local redis://127.0.0.1:6379), under a key prefix of this run's own, summaries kept a year
 * (the default is 90 days, so a year of them would be dropped as they are written); `clean`
 * deletes every key under the prefix (SCAN + UNLINK).
 */
async function openStore(kind: StoreKind, clock: { now(): number }) {
  if (kind === 'memory') {
    const { createMemoryStore } = await import('../store/memory/memory-store.ts');
    const store = createMemoryStore(clock, { maxConversations: 200_000 });
    return { store, label: 'memory', async clean() {} };
  }
  const { createRedisStore } = await import('../store/redis/redis-store.node.ts');
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `bench-dash-${crypto.randomUUID().slice(0, 8)}:`;
  const store = createRedisStore({ url, prefix, retentionDays: 366, commandTimeoutMs: 30_000 });
  await store.redis.connect();
  return {
    store,
    label: `redis ${url.replace(/\/\/[^@]*@/, '//')}`,
    async clean() {
      let cursor = '0';
      do {
        const [next, keys] = await store.redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
        if (keys.length) await store.redis.unlink(...keys);
        cursor = next;
      } while (cursor !== '0');
      await store.close();
    },
  };
}

export interface DashboardBenchFigures {
  store: string;
  days: number;
  conversationsLastYear: number;
  countersPerDay: number;
  summaries: number;
  summariesLast30Days: number;
  fillMs: number;
  summariesFillMs: number;
  requestsEach: number;
  dashboardMs: Record<string, { p50: number; p99: number; kib: number }>;
}

/** The bench in a process of its own, on each store in turn (`npm run bench`). */
export function runDashboardBench() {
  const file = new URL(import.meta.url);
  return {
    memory: runJsonChild<DashboardBenchFigures>(file, ['--store', 'memory']),
    redis: runJsonChild<DashboardBenchFigures>(file, ['--store', 'redis']),
  };
}

/** Timed requests per page, after WARM_UP untimed ones. */
const TIMED = 50;
const WARM_UP = 5;

async function main() {
  const { kind, days, perDay } = parseArgs(process.argv.slice(2));
  const { createNodeAssistant } = await import('../runtime/assistant.node.ts');
  // Today, fixed for the run: RedisStore keeps and drops by the wall clock, so the data is
  // laid out around the real date, not a fixed one.
  const now = Date.now();
  const today = new Date(now).toISOString().slice(0, 10);
  const clock = { now: () => now };
  const opened = await openStore(kind, clock);
  try {
    const { store } = opened;
    const { knowledge, understand, i18n } = await createNodeAssistant({ clock, store });
    const started = performance.now();
    await fillDays(store, today, days, perDay);
    const filled = performance.now() - started;
    const year = await store.activity(addDays(today, -364), today);
    const keys = year.reduce((n, d) => n + Object.keys(d.counts).length, 0);
    const conversations = year.reduce((n, d) => n + (d.counts.conversations ?? 0), 0);
    // Drill-down reads summaries: one for each of the year's conversations.
    const summariesStarted = performance.now();
    const summaries = await fillSummaries(store, year, now);
    const summariesFilled = performance.now() - summariesStarted;
    const monthFrom = addDays(today, -29);
    const summariesLast30Days = year
      .filter((d) => d.day >= monthFrom)
      .reduce((n, d) => n + (d.counts.conversations ?? 0), 0);

    const password = 'bench-password-0123';
    const accounts = [
      { name: 'ana', role: 'admin' as const, langs: ['es' as const], hash: hashPassword(password) },
    ];
    const { app } = composeServer({
      store,
      knowledge,
      understand,
      i18n,
      clock,
      channels: [],
      staffDesks: [],
      metrics: createMetrics(),
      logger: { info() {}, warn() {}, error() {} },
      inbox: {
        events: createInboxEvents(),
        accounts: () => accounts,
        secret: 'bench-session-secret-bench-session-00',
        secureCookies: false,
        clock,
      },
    });
    const origin = { origin: 'http://localhost' };
    const login = await app.request('http://localhost/staff/login', {
      method: 'POST',
      headers: { ...origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: 'ana', password }).toString(),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    /** p50 and p99 of TIMED requests (after WARM_UP untimed ones), and the page's size. */
    async function timed(path: string) {
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < WARM_UP + TIMED; i++) {
        const start = performance.now();
        const response = await app.request(`http://localhost${path}`, { headers: { cookie, ...origin } });
        const body = await response.text();
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
        if (i >= WARM_UP) times.push(performance.now() - start);
        bytes = body.length;
      }
      times.sort((a, b) => a - b);
      const ms = (p: number) => Math.round(percentile(times, p) * 10) / 10;
      return { p50: ms(0.5), p99: ms(0.99), kib: Math.round(bytes / 1024) };
    }
    const results: Record<string, Awaited<ReturnType<typeof timed>>> = {};
    for (const period of ['7', '30', '90', '365'])
      results[`last${period}`] = await timed(`/staff/dashboard?period=${period}`);
    const drill = `/staff/dashboard/conversations?from=${monthFrom}&to=${today}`;
    results.drillAll = await timed(`${drill}&filter=all`);
    results.drillTopic = await timed(`${drill}&filter=topic:asylum`);
    const figures: DashboardBenchFigures = {
      store: opened.label,
      days,
      conversationsLastYear: conversations,
      countersPerDay: Math.round(keys / year.length),
      summaries,
      summariesLast30Days,
      fillMs: Math.round(filled),
      summariesFillMs: Math.round(summariesFilled),
      requestsEach: TIMED,
      dashboardMs: results,
    };
    console.log(JSON.stringify(figures));
  } finally {
    await opened.clean();
  }
}

if (import.meta.main) {
  await main();
  process.exit(0);
}
