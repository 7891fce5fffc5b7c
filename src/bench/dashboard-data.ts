/**
 * The dashboard bench's data: daily counters as the engine writes them for a realistic office
 * (channels, languages, topics, facets, dangers, tickets and their times, ratings), seeded so
 * every run writes the same, and one summary per conversation for the drill-down. Used by
 * src/bench/dashboard-bench.ts and the dashboard's browser tests.
 */
import { activityKey, bucketOf } from '../core/activity-keys.ts';
import type { ActivityStore } from '../core/ports/activity-store.ts';
import type { Lang } from '../core/types.ts';
import { addDays } from '../staff/dashboard-period.ts';

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

/**
 * `days` days of counters ending `today`, about `perDay` conversations each (fewer on Sundays).
 * Up to `inFlight` days are written at once (on Redis, one MULTI each, sent without waiting for
 * the one before: a pipeline); the counters are the same whatever the number.
 */
export async function fillDays(
  store: ActivityStore,
  today: string,
  days: number,
  perDay: number,
  seed = 1,
  inFlight = 32,
) {
  const random = seeded(seed);
  const writing = new Set<Promise<void>>();
  for (let i = days - 1; i >= 0; i--) {
    const day = addDays(today, -i);
    const sunday = new Date(`${day}T00:00:00Z`).getUTCDay() === 0;
    const n = Math.round(perDay * (sunday ? 0.3 : 0.8 + 0.4 * random()));
    const write: Promise<void> = store
      .countActivity(day, sampleDay(random, n))
      .finally(() => writing.delete(write));
    writing.add(write);
    if (writing.size >= inFlight) await Promise.race(writing);
  }
  await Promise.all(writing);
}

/**
 * One summary for each conversation the counters hold from `from` on (as the engine keeps
 * them: one a conversation), each starting at a random time of its day and lasting ten
 * minutes, none after `now`. Up to `inFlight` saves at once (on Redis, a pipeline of scripts).
 */
export async function fillSummaries(
  store: ActivityStore,
  days: ReadonlyArray<{ day: string; counts: Record<string, number> }>,
  now: number,
  inFlight = 500,
) {
  const random = seeded(2);
  const writing = new Set<Promise<void>>();
  let saved = 0;
  for (const { day, counts } of days) {
    const start = Date.parse(`${day}T00:00:00Z`);
    for (let n = counts.conversations ?? 0; n > 0; n--) {
      const firstAt = Math.min(start + Math.floor(random() * 86_400_000), now - 600_000);
      const write: Promise<void> = store
        .saveSummary({
          conversationId: `whatsapp:${5_215_550_000_000 + saved++}`,
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
        })
        .finally(() => writing.delete(write));
      writing.add(write);
      if (writing.size >= inFlight) await Promise.race(writing);
    }
  }
  await Promise.all(writing);
  return saved;
}
