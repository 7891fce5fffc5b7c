/**
 * The seeded demo (`npm run demo:data`, src/demo) through the real engine on the memory
 * store: every daily counter the store holds equals the figure computed independently from
 * the demo's own log (src/demo/expected.ts); each duration lies in the 10%-wide bucket the
 * store counted it in; no counter key or summary holds a chat id or words a person wrote;
 * the same seed makes the same demo; and the demo has what a dashboard needs to show.
 */
import { readdir } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITY_KEY_SHAPE } from '../../src/core/activity-keys.ts';
import type { ConversationSummary, DayCounts } from '../../src/core/ports/activity-store.ts';
import { type ExpectedDay, expectedCounts } from '../../src/demo/expected.ts';
import { generateDemo } from '../../src/demo/generate.ts';
import type { DemoLog } from '../../src/demo/log.ts';
import { TOPIC_PHRASES } from '../../src/demo/phrases.ts';
import { DEMO_CHANNELS, planConversations } from '../../src/demo/plan.ts';
import { createEngine } from '../../src/engine/create-engine.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { createMemoryStore, type MemoryStore } from '../../src/store/memory/memory-store.ts';
import { sharedKnowledge } from '../support/assistant.ts';

/** A Monday in August 2026; the demo runs 13 weeks from it. */
const START = Date.UTC(2026, 7, 3, 12);
const TIME_ZONE = 'America/Monterrey';

async function demo(seed: number, conversations: number, days: number) {
  const { knowledge, understand } = await sharedKnowledge();
  const clock = { time: START, now: () => clock.time };
  const store = createMemoryStore(clock);
  const engine = createEngine({
    store,
    knowledge,
    understand,
    i18n: createI18n(),
    clock,
    channels: DEMO_CHANNELS,
  });
  const topics = [...new Set(knowledge.entries.map((e) => e.id))];
  const log = await generateDemo({
    engine,
    clock,
    seed,
    conversations,
    days,
    start: START,
    timeZone: TIME_ZONE,
    topics,
  });
  return { log, store };
}

/** An expected day as the store's counter keys (the durations apart). */
function countersOf(day: ExpectedDay): Record<string, number> {
  const counts: Record<string, number> = {};
  const put = (key: string, n: number) => {
    if (n) counts[key] = (counts[key] ?? 0) + n;
  };
  for (const what of ['conversations', 'people', 'turns'] as const)
    for (const [dims, n] of Object.entries(day[what])) put(`${what}${dims}`, n);
  for (const [lang, n] of Object.entries(day.text)) put(lang ? `text|lang=${lang}` : 'text', n);
  put('handoff', day.handoffs);
  put('handoff|urgent', day.urgentHandoffs);
  put('danger=emergency', day.emergencies);
  put('danger=possible', day.possibleDangers);
  put('rating=helped', day.ratings.helped);
  put('rating=notHelped', day.ratings.notHelped);
  put('missed=notHelped', day.notHelpedTyped);
  for (const [topic, n] of Object.entries(day.topics)) put(`topic=${topic}`, n);
  for (const [topic, n] of Object.entries(day.served)) put(`served=${topic}`, n);
  for (const [facet, n] of Object.entries(day.facets)) put(`facet=${facet}`, n);
  return counts;
}

/** Counters whose truth is the understanding's own judgement: checked by their sum instead. */
const JUDGED = /^(?:understood(?:\|lang=..)?|missed=(?:unclear|outOfScope))$/;
const DURATION = /^(firstResponse(?:\|urgent)?|resolution)\|b=(\d+)$/;

/** Whether a duration lies in a bucket: (10 s · 1.1^(b-1), 10 s · 1.1^b], 1 ms either side for rounding. */
const inBucket = (bucket: number, ms: number) =>
  ms <= 10_000 * 1.1 ** bucket + 1 && (bucket === 0 || ms > 10_000 * 1.1 ** (bucket - 1) - 1);

let log: DemoLog;
let store: MemoryStore;
let stored: DayCounts[];
let expected: Map<string, ExpectedDay>;

beforeAll(async () => {
  ({ log, store } = await demo(7, 300, 91));
  stored = await store.activity('2026-07-01', '2026-12-31');
  expected = expectedCounts(log, TIME_ZONE);
}, 60_000);

describe('the demo through the real engine', () => {
  it('runs without an error and spreads over the three months', () => {
    expect(log.errors).toEqual([]);
    expect(log.turns.length).toBeGreaterThan(1000);
    expect(stored.length).toBeGreaterThanOrEqual(85);
    expect(stored[0]?.day).toBe('2026-08-03');
    expect(stored.at(-1)?.day).toBe('2026-11-01');
  });

  it('every counter equals the figure counted from the demo log, day by day', () => {
    const mismatches: string[] = [];
    const days = new Set([...expected.keys(), ...stored.map((d) => d.day)]);
    for (const day of days) {
      const want = expected.get(day);
      const have = stored.find((d) => d.day === day)?.counts ?? {};
      const counts = want ? countersOf(want) : {};
      for (const key of new Set([...Object.keys(counts), ...Object.keys(have)])) {
        if (JUDGED.test(key) || DURATION.test(key)) continue;
        if ((counts[key] ?? 0) !== (have[key] ?? 0))
          mismatches.push(`${day} ${key}: expected ${counts[key] ?? 0}, stored ${have[key] ?? 0}`);
      }
      // Typed messages are understood, unclear or out of scope: one each.
      const judged =
        (have.understood ?? 0) + (have['missed=unclear'] ?? 0) + (have['missed=outOfScope'] ?? 0);
      if (judged !== (have.text ?? 0))
        mismatches.push(`${day} understood+unclear+outOfScope ${judged} ≠ text ${have.text}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('every first-response and resolution time lies in the bucket the store counted it in', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const { day, counts } of stored) {
      const want = expected.get(day);
      const exact: Record<string, number[]> = {
        firstResponse: want?.firstResponseMs ?? [],
        'firstResponse|urgent': want?.urgentFirstResponseMs ?? [],
        resolution: want?.resolutionMs ?? [],
      };
      for (const [name, values] of Object.entries(exact)) {
        const buckets = Object.entries(counts)
          .flatMap(([key, n]) => {
            const m = DURATION.exec(key);
            return m?.[1] === name ? Array<number>(n).fill(Number(m[2])) : [];
          })
          .sort((a, b) => a - b);
        const sorted = [...values].sort((a, b) => a - b);
        if (buckets.length !== sorted.length)
          wrong.push(`${day} ${name}: ${buckets.length} stored, ${sorted.length} expected`);
        // Buckets are ordered like the values they hold: the i-th smallest goes with the i-th lowest bucket.
        else
          sorted.forEach((ms, i) => {
            checked++;
            if (!inBucket(buckets[i] as number, ms))
              wrong.push(`${day} ${name}: ${ms} ms not in bucket ${buckets[i]}`);
          });
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});

describe('the demo holds no person in the aggregates', () => {
  it('every counter key has the allowed shape', () => {
    const keys = new Set(stored.flatMap((d) => Object.keys(d.counts)));
    expect([...keys].filter((k) => !ACTIVITY_KEY_SHAPE.test(k))).toEqual([]);
  });

  it('no key or summary field holds a chat id or words a person wrote', async () => {
    const chats = [...new Set(log.turns.map((t) => t.conversationId.split(':')[1] ?? ''))];
    const written = [...new Set(log.turns.flatMap((t) => (t.text ? [t.text.toLowerCase()] : [])))].filter(
      (t) => t.length >= 5,
    );
    const summaries: ConversationSummary[] = await store.summaries(0, Number.MAX_SAFE_INTEGER);
    expect(summaries.length).toBeGreaterThan(100);
    // The summary is found by its conversation's id (for drill-down); no other field names the person.
    const haystacks = [
      ...stored.flatMap((d) => Object.keys(d.counts)),
      ...summaries.map(({ conversationId: _, ...rest }) => JSON.stringify(rest)),
    ].map((h) => h.toLowerCase());
    const found = haystacks.filter(
      (h) => chats.some((c) => h.includes(c)) || written.some((w) => h.includes(w)),
    );
    expect(found).toEqual([]);
    expect(written.length).toBeGreaterThan(50);
  });
});

describe('the demo itself', () => {
  it('is the same for the same seed, and another for another seed', async () => {
    const options = { seed: 3, conversations: 200, days: 90, start: START, timeZone: TIME_ZONE };
    const strip = (plans: ReturnType<typeof planConversations>) => plans.map(({ random: _, ...p }) => p);
    expect(strip(planConversations(options))).toEqual(strip(planConversations(options)));
    expect(strip(planConversations({ ...options, seed: 4 }))).not.toEqual(strip(planConversations(options)));
    const [a, b] = [await demo(11, 40, 20), await demo(11, 40, 20)];
    expect(a.log.turns.length).toBeGreaterThan(100);
    expect(b.log).toEqual(a.log);
  });

  it('has what the dashboard shows: channels, languages, topics, staff, dangers, ratings, returns', () => {
    const total = (pick: (d: ExpectedDay) => number) =>
      [...expected.values()].reduce((s, d) => s + pick(d), 0);
    const persons = log.turns.filter((t) => t.by === 'person');
    expect(new Set(persons.map((t) => t.channel))).toEqual(new Set(['web', 'telegram', 'whatsapp-cloud']));
    expect(new Set(persons.map((t) => t.lang))).toEqual(new Set(['es', 'en', 'ht']));
    expect(persons.filter((t) => t.lang === 'es').length / persons.length).toBeGreaterThan(0.7);
    expect(new Set(persons.map((t) => t.report.topic)).size).toBeGreaterThan(15);
    expect(total((d) => Object.values(d.facets).reduce((a, b) => a + b, 0))).toBeGreaterThan(30);
    expect(total((d) => d.handoffs)).toBeGreaterThan(50);
    expect(total((d) => d.urgentHandoffs)).toBeGreaterThan(0);
    expect(total((d) => d.emergencies)).toBeGreaterThan(0);
    expect(total((d) => d.possibleDangers)).toBeGreaterThan(0);
    expect(total((d) => d.ratings.helped)).toBeGreaterThan(0);
    expect(total((d) => d.ratings.notHelped)).toBeGreaterThan(0);
    expect(total((d) => d.notHelpedTyped)).toBeGreaterThan(0);
    const sum = (key: string) => stored.reduce((s, d) => s + (d.counts[key] ?? 0), 0);
    expect(sum('missed=unclear') + sum('missed=outOfScope')).toBeGreaterThan(10);
    // Families' forms sent to staff (the ticket opened by the form's confirmation).
    const forms = log.turns.filter(
      (t) =>
        t.input === 'choice' &&
        t.report.queued &&
        ['remains_repatriation', 'locate_person'].includes(t.report.topic),
    );
    expect(forms.length).toBeGreaterThan(5);
    // Conversations started again (after idling, or another day) on the same chat.
    const chats = new Set(persons.map((t) => t.conversationId)).size;
    expect(total((d) => d.conversations[''] ?? 0)).toBeGreaterThan(chats);
    // Weekdays busier than weekends.
    const perDay = (weekend: boolean) => {
      const days = [...expected.values()].filter(
        (d) => [0, 6].includes(new Date(`${d.day}T12:00Z`).getUTCDay()) === weekend,
      );
      return days.reduce((s, d) => s + (d.conversations[''] ?? 0), 0) / days.length;
    };
    expect(perDay(false)).toBeGreaterThan(perDay(true) * 1.3);
  });

  it('has its own phrases, in every language, for every topic of the knowledge folder', async () => {
    const topics = (await readdir('knowledge/topics')).filter((t) => !['emergency', 'human'].includes(t));
    const missing = topics.flatMap((topic) =>
      (['es', 'en', 'ht'] as const)
        .filter((lang) => !TOPIC_PHRASES[topic]?.[lang].length)
        .map((lang) => `${topic}/${lang}`),
    );
    expect(missing).toEqual([]);
  });
});
