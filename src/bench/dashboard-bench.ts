/**
 * The dashboard's benchmark (`node src/bench/dashboard-bench.ts [days] [conversations a day]`):
 * fills a memory store with daily counters as the engine writes them (two years by default,
 * so the last 365 days compare with a full year before; 305 conversations a day (fewer on Sundays), about
 * 100,000 a year, each adding its channel, language, turns, topics, facets, understanding,
 * dangers, tickets, times and rating: about 300 counters a day), then times the dashboard
 * page through the whole app (sign-in, security headers, the page) for the 7, 30, 90 and 365
 * days' periods, and the drill-down over the last 30 days' conversations (about 9,000
 * summaries): p50 and p99 over 50 requests each. Prints one JSON line; asserts nothing.
 * Also exports the generator for the browser test's demo data.
 */
import { activityKey, bucketOf } from '../core/activity-keys.ts';
import type { ActivityStore } from '../core/ports/activity-store.ts';
import type { Lang } from '../core/types.ts';
import { createMetrics } from '../engine/metrics.ts';
import { composeServer } from '../runtime/compose.ts';
import { addDays } from '../staff/dashboard-period.ts';
import { createInboxEvents } from '../staff/inbox-events.ts';
import { hashPassword } from '../staff/passwords.ts';
import { percentile } from './percentile.ts';

/** A small seeded generator (mulberry32), so every run writes the same counters. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(random: () => number, weighted: readonly (readonly [T, number])[]): T => {
  let r = random() * weighted.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of weighted) {
    r -= w;
    if (r < 0) return value;
  }
  return (weighted.at(-1) as readonly [T, number])[0];
};
const CHANNELS = [
  ['whatsapp', 55],
  ['telegram', 25],
  ['web', 20],
] as const;
const LANG_WEIGHTS = [
  ['es', 82],
  ['ht', 10],
  ['en', 8],
] as const;
const TOPICS = [
  'apostille',
  'dual_nationality',
  'us_pension',
  'us_visa_passport',
  'locate_person',
  'state_documents',
  'asylum',
  'mx_status',
  'deportee_support',
  'reintegration',
  'family_reunification',
  'legal_advice',
  'remains_repatriation',
  'transit_safety',
  'paisano',
  'office_info',
  'psych_support',
  'productive_projects',
  'us_humanitarian_visa',
  'human',
].map((t, i) => [t, 1 / (i + 1)] as const);
const FACETS = ['requirements', 'cost', 'where', 'time', 'documents'].map((f, i) => [f, 5 - i] as const);
/** A duration around `median` ms, spread like waiting times are (log-normal). */
const lasting = (random: () => number, median: number) =>
  median * Math.exp(1.2 * Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random()));

/** One day's counters for `conversations` conversations, as the engine would count them. */
export function sampleDay(random: () => number, conversations: number): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (key: string, n = 1) => {
    counts[key] = (counts[key] ?? 0) + n;
  };
  for (let i = 0; i < conversations; i++) {
    const channel = pick(random, CHANNELS);
    const lang: Lang = pick(random, LANG_WEIGHTS);
    const turns = 1 + Math.floor(random() * 7);
    for (const dims of [{}, { channel }, { lang }, { channel, lang }]) {
      add(activityKey.of('conversations', dims));
      add(activityKey.of('people', dims));
      add(activityKey.of('turns', dims), turns);
    }
    for (let typed = Math.ceil(turns * 0.6); typed > 0; typed--) {
      add(activityKey.text());
      add(activityKey.text(lang));
      if (random() < 0.86) {
        add(activityKey.understood());
        add(activityKey.understood(lang));
      } else add(activityKey.missed(random() < 0.7 ? 'unclear' : 'outOfScope'));
    }
    for (let n = random() < 0.3 ? 2 : 1; n > 0; n--) {
      const topic = pick(random, TOPICS);
      add(activityKey.served(topic));
      add(activityKey.topic(topic), 1 + Math.floor(random() * 3));
      if (random() < 0.6) add(activityKey.facet(topic, pick(random, FACETS)));
    }
    if (random() < 0.03) add(activityKey.missed('notHelped'));
    const danger = random();
    const emergency = danger < 0.004;
    if (emergency) {
      add(activityKey.danger('emergency'));
      add(activityKey.topic('emergency'));
      add(activityKey.served('emergency'));
    } else if (danger < 0.014) add(activityKey.danger('possible'));
    if (emergency || random() < 0.09) {
      add(activityKey.handoff());
      if (emergency) add(activityKey.handoff(true));
      const first = bucketOf(lasting(random, emergency ? 120_000 : 1_200_000));
      add(activityKey.firstResponse(first));
      if (emergency) add(activityKey.firstResponse(first, true));
      add(activityKey.resolution(bucketOf(lasting(random, 86_400_000))));
      if (random() < 0.4) add(activityKey.rating(random() < 0.8));
    }
  }
  return counts;
}

/** `days` days of counters ending `today`, about `perDay` conversations each (fewer on Sundays). */
export async function fillDays(store: ActivityStore, today: string, days: number, perDay: number, seed = 1) {
  const random = seeded(seed);
  for (let i = days - 1; i >= 0; i--) {
    const day = addDays(today, -i);
    const sunday = new Date(`${day}T00:00:00Z`).getUTCDay() === 0;
    const n = Math.round(perDay * (sunday ? 0.3 : 0.8 + 0.4 * random()));
    await store.countActivity(day, sampleDay(random, n));
  }
}

async function main() {
  const [days = 730, perDay = 305] = process.argv.slice(2).map(Number);
  const { createNodeAssistant } = await import('../runtime/assistant.node.ts');
  const now = Date.parse('2026-11-22T18:00:00Z');
  const clock = { now: () => now };
  const { store, knowledge, understand, i18n } = await createNodeAssistant({ clock });
  const started = performance.now();
  await fillDays(store, '2026-11-22', days, perDay);
  const filled = performance.now() - started;
  const year = await store.activity('2025-11-23', '2026-11-22');
  const keys = year.reduce((n, d) => n + Object.keys(d.counts).length, 0);
  const conversations = year.reduce((n, d) => n + (d.counts.conversations ?? 0), 0);

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
  /** p50 and p99 of 50 requests (after five to warm up), and the page's size. */
  async function timed(path: string) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 55; i++) {
      const start = performance.now();
      const response = await app.request(`http://localhost${path}`, { headers: { cookie, ...origin } });
      const body = await response.text();
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      if (i >= 5) times.push(performance.now() - start);
      bytes = body.length;
    }
    times.sort((a, b) => a - b);
    const ms = (p: number) => Math.round(percentile(times, p) * 10) / 10;
    return { p50: ms(0.5), p99: ms(0.99), kib: Math.round(bytes / 1024) };
  }
  const results: Record<string, Awaited<ReturnType<typeof timed>>> = {};
  for (const period of ['7', '30', '90', '365'])
    results[`last${period}`] = await timed(`/staff/dashboard?period=${period}`);
  // Drill-down reads summaries: the last 30 days' conversations (one a conversation, as the engine keeps them).
  const random = seeded(2);
  const monthAgo = now - 30 * 86_400_000;
  for (let i = 0; i < 30 * perDay; i++) {
    const firstAt = monthAgo + Math.floor(random() * 30 * 86_400_000);
    await store.saveSummary({
      conversationId: `whatsapp:${5_215_550_000_000 + i}`,
      channel: pick(random, CHANNELS),
      lang: pick(random, LANG_WEIGHTS),
      firstAt,
      lastAt: firstAt + 600_000,
      turns: 4,
      topics: [pick(random, TOPICS)],
      facets: [],
      missed: random() < 0.1 ? 1 : 0,
      notHelped: 0,
      danger: 'none',
    });
  }
  const drill = '/staff/dashboard/conversations?from=2026-10-24&to=2026-11-22';
  results.drillAll = await timed(`${drill}&filter=all`);
  results.drillTopic = await timed(`${drill}&filter=topic:asylum`);
  console.log(
    JSON.stringify({
      days,
      conversationsLastYear: conversations,
      countersPerDay: Math.round(keys / year.length),
      fillMs: Math.round(filled),
      dashboardMs: results,
    }),
  );
}

if (import.meta.main) await main();
