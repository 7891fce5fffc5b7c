/**
 * Every figure the dashboard shows, for a seeded demo run through the real engine on the
 * memory store (src/demo), against the figure computed independently from the demo's own log
 * (src/demo/expected-figures.ts): for the whole demo, and for a month against the month
 * before; each with its previous-period value and change. Durations are shown as the upper
 * bound of a 10%-wide bucket, so a median or 90th percentile must lie between the exact one
 * and 10% above it. Whether a typed message was understood is the understanding's judgement,
 * which the log does not keep: those figures take the store's review list (each item matched
 * to a typed turn of the log), checked in turn against the conversations' summaries. Then the
 * page itself, over HTTP as the admin "ana": the whole demo's headline numbers, and a topic's
 * drill-down listing exactly the log's conversations about it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConversationSummary, ReviewItem } from '../../src/core/ports/activity-store.ts';
import {
  chatsAbout,
  exactQuantile,
  facetOrder,
  topicOrder,
  waitingAtEnd,
} from '../../src/demo/expected-details.ts';
import {
  type DayGrouping,
  type DayRange,
  expectedFigures,
  type JudgedMiss,
  type PeriodFigures,
} from '../../src/demo/expected-figures.ts';
import { generateDemo } from '../../src/demo/generate.ts';
import type { DemoLog } from '../../src/demo/log.ts';
import { officeDay } from '../../src/demo/office-days.ts';
import { DEMO_CHANNELS } from '../../src/demo/plan.ts';
import { createEngine } from '../../src/engine/create-engine.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import type { Compared, Figures } from '../../src/staff/dashboard-figures.ts';
import { readFigures } from '../../src/staff/dashboard-read.ts';
import { createMemoryStore, type MemoryStore } from '../../src/store/memory/memory-store.ts';
import { rowOf, signedIn } from '../http/dashboard-app.ts';
import { sharedKnowledge } from '../support/assistant.ts';
import { testServer } from '../support/server.ts';

/** A Monday in August 2026; the demo runs 13 weeks from it, to Sunday 2026-11-01. */
const START = Date.UTC(2026, 7, 3, 12);
const TIME_ZONE = 'America/Monterrey';
const WHOLE: DayRange = { from: '2026-08-03', to: '2026-11-01' };

const DAY_MS = 86_400_000;
const shift = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
/** The same number of days just before. */
const before = (r: DayRange): DayRange => {
  const days = (Date.parse(r.to) - Date.parse(r.from)) / DAY_MS + 1;
  return { from: shift(r.from, -days), to: shift(r.from, -1) };
};

interface Case {
  name: string;
  period: DayRange;
  previous: DayRange;
  grouping: DayGrouping;
}
const CASES: Case[] = [
  // What the page shows for these dates: the 91 days before hold nothing.
  { name: 'the whole demo, by week', period: WHOLE, previous: before(WHOLE), grouping: 'week' },
  { name: 'the whole demo, by month', period: WHOLE, previous: before(WHOLE), grouping: 'month' },
  // The page's own previous period for September (2026-08-02 to 08-31) is August: the demo starts on the 3rd.
  {
    name: 'September against August',
    period: { from: '2026-09-01', to: '2026-09-30' },
    previous: before({ from: '2026-09-01', to: '2026-09-30' }),
    grouping: 'day',
  },
  {
    name: 'October against September (the calendar month before)',
    period: { from: '2026-10-01', to: '2026-10-31' },
    previous: { from: '2026-09-01', to: '2026-09-30' },
    grouping: 'day',
  },
];

let log: DemoLog;
let store: MemoryStore;
let endedAt: number;
let review: ReviewItem[];
/** The review list's "not understood" and "out of scope" items, each as the log's typed turn it names. */
let judged: JudgedMiss[];

beforeAll(async () => {
  const { knowledge, understand } = await sharedKnowledge();
  const clock = { time: START, now: () => clock.time };
  // Conversations kept a year: with the default 90 days, those last active on the demo's first
  // day are already forgotten at its end, and would be missing from the drill-down lists.
  store = createMemoryStore(clock, { retentionDays: 365 });
  const engine = createEngine({
    store,
    knowledge,
    understand,
    i18n: createI18n(),
    clock,
    channels: DEMO_CHANNELS,
  });
  log = await generateDemo({
    engine,
    clock,
    seed: 19,
    conversations: 400,
    days: 91,
    start: START,
    timeZone: TIME_ZONE,
    topics: [...new Set(knowledge.entries.map((e) => e.id))],
  });
  endedAt = clock.time;
  review = await store.reviewItems();
  judged = review.flatMap((item) => {
    if (item.kind === 'notHelped') return [];
    const turn = log.turns.find(
      (t) => t.by === 'person' && t.conversationId === item.conversationId && t.at === item.at,
    );
    return turn
      ? [{ conversationId: turn.conversationId, at: turn.at, lang: turn.lang, kind: item.kind }]
      : [];
  });
}, 60_000);

describe('the demo', () => {
  it('ran without an error and has something in every figure', () => {
    expect(log.errors).toEqual([]);
    const { now } = expectedFigures(log, {
      period: WHOLE,
      previous: before(WHOLE),
      grouping: 'week',
      missed: judged,
    });
    expect(now.conversations.all).toBeGreaterThan(400);
    expect(Object.keys(now.topics).length).toBeGreaterThan(15);
    expect(Object.keys(now.facets).length).toBeGreaterThan(10);
    expect(now.unclear).toBeGreaterThan(10);
    expect(now.outOfScope).toBeGreaterThan(10);
    expect(now.notHelped).toBeGreaterThan(5);
    expect(now.emergencies).toBeGreaterThan(5);
    expect(now.possibleDangers).toBeGreaterThan(5);
    expect(now.urgentHandoffs).toBeGreaterThan(5);
    expect(now.urgentFirstResponseMs.length).toBeGreaterThan(5);
    expect(now.firstResponseMs.length).toBeGreaterThan(50);
    expect(now.resolutionMs.length).toBeGreaterThan(50);
    expect(now.ratings.helped).toBeGreaterThan(10);
    expect(now.ratings.notHelped).toBeGreaterThan(5);
  });

  it("names in its review list only typed turns of the log, with the log's text; the summaries agree", async () => {
    const unmatched = review.filter(
      (item) =>
        !log.turns.some(
          (t) =>
            t.by === 'person' &&
            t.conversationId === item.conversationId &&
            t.at === item.at &&
            t.meaning !== null &&
            t.text === item.text &&
            t.lang === item.lang &&
            (item.kind !== 'notHelped') === (t.meaning.act !== 'notHelped'),
        ),
    );
    expect(unmatched.map((i) => `${i.conversationId} ${i.at} ${i.kind}`)).toEqual([]);
    expect(judged.length).toBe(review.filter((i) => i.kind !== 'notHelped').length);
    // Each conversation's summary counts its messages not understood and "that did not help".
    const summaries: ConversationSummary[] = await store.summaries(0, Number.MAX_SAFE_INTEGER);
    const of = (id: string) => judged.filter((j) => j.conversationId === id).length;
    const notHelped = (id: string) =>
      log.turns.filter((t) => t.conversationId === id && t.by === 'person' && t.meaning?.act === 'notHelped')
        .length;
    expect(summaries.filter((s) => s.missed !== of(s.conversationId)).map((s) => s.conversationId)).toEqual(
      [],
    );
    expect(
      summaries.filter((s) => s.notHelped !== notHelped(s.conversationId)).map((s) => s.conversationId),
    ).toEqual([]);
    expect(new Set(summaries.map((s) => s.conversationId))).toEqual(
      new Set(log.turns.filter((t) => t.by === 'person').map((t) => t.conversationId)),
    );
  });
});

/** Mismatches between the figures shown and those expected, as lines to read. */
function checker() {
  const wrong: string[] = [];
  const same = (a: number | null, b: number | null) =>
    a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return {
    wrong,
    /** A figure now and before: its value, previous, difference and relative change. */
    compared(name: string, shown: Compared | undefined, value: number | null, previous: number | null) {
      const delta = value === null || previous === null ? null : value - previous;
      const want = {
        value,
        previous,
        delta,
        relative: delta === null || !previous ? null : delta / previous,
      };
      if (!shown) return void wrong.push(`${name}: not shown (expected ${JSON.stringify(want)})`);
      for (const k of ['value', 'previous', 'delta', 'relative'] as const)
        if (!same(shown[k], want[k])) wrong.push(`${name} ${k}: shown ${shown[k]}, expected ${want[k]}`);
    },
    /** A duration read from buckets: exact ≤ shown ≤ exact × 1.1, now and before; the change within those bounds. */
    duration(name: string, shown: Compared, exact: number | null, exactBefore: number | null) {
      const within = (s: number | null, e: number | null) =>
        e === null ? s === null : s !== null && s >= e - 1 && s <= e * 1.1 + 1;
      if (!within(shown.value, exact)) wrong.push(`${name}: shown ${shown.value}, exact ${exact}`);
      if (!within(shown.previous, exactBefore))
        wrong.push(`${name} previous: shown ${shown.previous}, exact ${exactBefore}`);
      if (exact === null || exactBefore === null) {
        if (shown.delta !== null || shown.relative !== null)
          wrong.push(`${name} change: shown ${shown.delta} / ${shown.relative}, expected none`);
        return;
      }
      const [low, high] = [exact / (exactBefore * 1.1) - 1, (exact * 1.1) / exactBefore - 1];
      if (shown.relative === null || shown.relative < low - 1e-6 || shown.relative > high + 1e-6)
        wrong.push(`${name} relative change: shown ${shown.relative}, expected in [${low}, ${high}]`);
    },
    equal(name: string, shown: unknown, want: unknown) {
      if (JSON.stringify(shown) !== JSON.stringify(want))
        wrong.push(`${name}: shown ${JSON.stringify(shown)}, expected ${JSON.stringify(want)}`);
    },
  };
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

describe.each(CASES)('$name', ({ period, previous, grouping }) => {
  let shown: Figures;
  let now: PeriodFigures;
  let was: PeriodFigures;
  beforeAll(async () => {
    shown = await readFigures(store, { period, previous, grouping }, TIME_ZONE);
    ({ now, before: was } = expectedFigures(log, { period, previous, grouping, missed: judged }));
  });

  it('conversations and turns: totals, by channel, by language, and over time', () => {
    const c = checker();
    c.compared('conversations', shown.totals.conversations, now.conversations.all, was.conversations.all);
    c.compared('turns', shown.totals.turns, now.turns, was.turns);
    // Channels: those seen in either period, most conversations first.
    const channels = [
      ...new Set([...Object.keys(now.conversations.channel), ...Object.keys(was.conversations.channel)]),
    ];
    const conv = (f: PeriodFigures, ch: string) => f.conversations.channel[ch] ?? 0;
    channels.sort((a, b) => conv(now, b) - conv(now, a) || (a < b ? -1 : 1));
    c.equal(
      'channels listed',
      shown.byChannel.map((b) => b.key),
      channels,
    );
    for (const ch of channels)
      c.compared(
        `conversations on ${ch}`,
        shown.byChannel.find((b) => b.key === ch)?.conversations,
        conv(now, ch),
        conv(was, ch),
      );
    c.equal(
      'languages listed',
      shown.byLang.map((b) => b.key),
      ['es', 'en', 'ht'],
    );
    for (const lang of ['es', 'en', 'ht'])
      c.compared(
        `conversations in ${lang}`,
        shown.byLang.find((b) => b.key === lang)?.conversations,
        now.conversations.lang[lang] ?? 0,
        was.conversations.lang[lang] ?? 0,
      );
    c.equal('groups of days', shown.series.buckets, now.series.buckets);
    c.equal('conversations over time', shown.series.conversations, now.series.conversations);
    const zeros = now.series.buckets.map(() => 0);
    for (const ch of channels)
      c.equal(
        `conversations on ${ch} over time`,
        shown.series.byChannel[ch],
        now.series.byChannel[ch] ?? zeros,
      );
    for (const lang of ['es', 'en', 'ht'] as const)
      c.equal(
        `conversations in ${lang} over time`,
        shown.series.byLang[lang],
        now.series.byLang[lang] ?? zeros,
      );
    expect(c.wrong).toEqual([]);
  });

  it('people (each once in the period, and once in each group of days): totals, by channel, by language, and over time', () => {
    const c = checker();
    c.compared('people', shown.totals.people, now.people.all, was.people.all);
    for (const b of shown.byChannel)
      c.compared(
        `people on ${b.key}`,
        b.people,
        now.people.channel[b.key] ?? 0,
        was.people.channel[b.key] ?? 0,
      );
    for (const b of shown.byLang)
      c.compared(`people in ${b.key}`, b.people, now.people.lang[b.key] ?? 0, was.people.lang[b.key] ?? 0);
    c.equal('people over time', shown.series.people, now.series.people);
    expect(c.wrong).toEqual([]);
  });

  it('topics (people served per service, and turns) and facets asked: the lists in order and each count', () => {
    const c = checker();
    const topics = topicOrder(now, was);
    c.equal(
      'topics, most served first',
      shown.topics.map((t) => t.topic),
      topics,
    );
    for (const topic of topics) {
      const row = shown.topics.find((t) => t.topic === topic);
      const [n, p] = [now.topics[topic], was.topics[topic]];
      c.compared(`served: ${topic}`, row?.served, n?.served ?? 0, p?.served ?? 0);
      c.compared(`turns about ${topic}`, row?.turns, n?.turns ?? 0, p?.turns ?? 0);
    }
    const facets = facetOrder(now, was);
    c.equal(
      'facets, most asked first',
      shown.facets.map((f) => f.facet),
      facets,
    );
    for (const facet of facets)
      c.compared(
        `facet ${facet}`,
        shown.facets.find((f) => f.facet === facet)?.turns,
        now.facets[facet] ?? 0,
        was.facets[facet] ?? 0,
      );
    expect(c.wrong).toEqual([]);
    expect(topics.length).toBeGreaterThan(10);
  });

  it('the share understood, overall and by language; not understood, out of scope, "did not help"', () => {
    const c = checker();
    const u = shown.understanding;
    const understood = (f: PeriodFigures) => f.text.all - f.unclear - f.outOfScope;
    c.compared('typed messages', u.text, now.text.all, was.text.all);
    c.compared(
      'share understood',
      u.share,
      share(understood(now), now.text.all),
      share(understood(was), was.text.all),
    );
    for (const lang of ['es', 'en', 'ht'] as const) {
      const row = u.byLang.find((l) => l.key === lang);
      const typed = (f: PeriodFigures) => f.text.lang[lang] ?? 0;
      const got = (f: PeriodFigures) => typed(f) - (f.missedByLang[lang] ?? 0);
      c.compared(`typed in ${lang}`, row?.text, typed(now), typed(was));
      c.compared(
        `share understood in ${lang}`,
        row?.share,
        share(got(now), typed(now)),
        share(got(was), typed(was)),
      );
    }
    c.compared('not understood', u.unclear, now.unclear, was.unclear);
    c.compared('out of scope', u.outOfScope, now.outOfScope, was.outOfScope);
    c.compared('"did not help"', u.notHelped, now.notHelped, was.notHelped);
    expect(c.wrong).toEqual([]);
  });

  it('emergencies, possible danger, urgent handoffs and how fast staff took them', () => {
    const c = checker();
    const d = shown.danger;
    c.compared('emergencies', d.emergency, now.emergencies, was.emergencies);
    c.compared('possible danger', d.possible, now.possibleDangers, was.possibleDangers);
    c.compared('urgent handoffs', d.urgentHandoffs, now.urgentHandoffs, was.urgentHandoffs);
    for (const [q, name] of [
      [0.5, 'median'],
      [0.9, 'p90'],
    ] as const)
      c.duration(
        `urgent first response ${name}`,
        d.urgentFirstResponse[name],
        exactQuantile(now.urgentFirstResponseMs, q),
        exactQuantile(was.urgentFirstResponseMs, q),
      );
    expect(c.wrong).toEqual([]);
  });

  it('handoffs, first-response time and resolution time (median and 90th percentile)', () => {
    const c = checker();
    const s = shown.staff;
    c.compared('handoffs', s.handoffs, now.handoffs, was.handoffs);
    for (const [q, name] of [
      [0.5, 'median'],
      [0.9, 'p90'],
    ] as const) {
      c.duration(
        `first response ${name}`,
        s.firstResponse[name],
        exactQuantile(now.firstResponseMs, q),
        exactQuantile(was.firstResponseMs, q),
      );
      c.duration(
        `resolution ${name}`,
        s.resolution[name],
        exactQuantile(now.resolutionMs, q),
        exactQuantile(was.resolutionMs, q),
      );
    }
    expect(c.wrong).toEqual([]);
    expect(now.firstResponseMs.length).toBeGreaterThan(10);
  });

  it('ratings: helped, not helped, and the share helped', () => {
    const c = checker();
    const r = shown.ratings;
    const rated = (f: PeriodFigures) => f.ratings.helped + f.ratings.notHelped;
    c.compared('helped', r.helped, now.ratings.helped, was.ratings.helped);
    c.compared('did not help', r.notHelped, now.ratings.notHelped, was.ratings.notHelped);
    c.compared(
      'share helped',
      r.helpedShare,
      share(now.ratings.helped, rated(now)),
      share(was.ratings.helped, rated(was)),
    );
    expect(c.wrong).toEqual([]);
  });
});

describe('the page, over HTTP as an admin', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let ana: Awaited<ReturnType<typeof signedIn>>;
  let page: string;
  let now: PeriodFigures;
  beforeAll(async () => {
    server = await testServer({ store: () => store });
    server.clock.time = endedAt;
    ana = await signedIn(server, 'ana');
    const response = await ana(`/staff/dashboard?from=${WHOLE.from}&to=${WHOLE.to}`);
    expect(response.status).toBe(200);
    page = await response.text();
    ({ now } = expectedFigures(log, {
      period: WHOLE,
      previous: before(WHOLE),
      grouping: 'week',
      missed: judged,
    }));
  });

  // How the page writes numbers in Spanish (Mexico).
  const count = (n: number) => new Intl.NumberFormat('es-MX', { maximumFractionDigits: 0 }).format(n);
  const plus = (n: number) =>
    new Intl.NumberFormat('es-MX', { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(n);
  const percent = (n: number) =>
    new Intl.NumberFormat('es-MX', { style: 'percent', maximumFractionDigits: 1 }).format(n);

  it("shows the whole demo's headline numbers, against 91 days with nothing", () => {
    expect(page).toContain(`Del ${WHOLE.from} al ${WHOLE.to}, comparado con el 2026-05-04 al 2026-08-02.`);
    const waiting = waitingAtEnd(log);
    const rated = now.ratings.helped + now.ratings.notHelped;
    const rows: [string, string[] | undefined, string[]][] = [
      [
        'Conversaciones',
        rowOf(page, 'Conversaciones'),
        [count(now.conversations.all), '0', plus(now.conversations.all)],
      ],
      ['Personas', rowOf(page, 'Personas'), [count(now.people.all), '0', plus(now.people.all)]],
      ['Mensajes', rowOf(page, 'Mensajes de las personas'), [count(now.turns), '0', plus(now.turns)]],
      [
        'Entendida',
        rowOf(page, 'Proporción entendida'),
        [percent((now.text.all - now.unclear - now.outOfScope) / now.text.all), '—', '—'],
      ],
      ['Casos', rowOf(page, 'Casos pasados al personal'), [count(now.handoffs), '0', plus(now.handoffs)]],
      [
        'Ayudamos',
        rowOf(page, 'Proporción que dijo que sí les ayudamos'),
        [percent(now.ratings.helped / rated), '—', '—'],
      ],
      ['Esperando', rowOf(page, 'Esperando ahora'), [count(waiting.all), '—', '—']],
      ['Esperando urgentes', rowOf(page, 'Esperando ahora, urgentes'), [count(waiting.urgent), '—', '—']],
      ['Emergencias', rowOf(page, 'Emergencias'), [count(now.emergencies), '0', plus(now.emergencies)]],
      [
        'Casos urgentes',
        rowOf(page, 'Casos urgentes'),
        [count(now.urgentHandoffs), '0', plus(now.urgentHandoffs)],
      ],
    ];
    const wrong = rows.filter(([, got, want]) => JSON.stringify(got) !== JSON.stringify(want));
    expect(
      wrong.map(
        ([name, got, want]) => `${name}: shown ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`,
      ),
    ).toEqual([]);
    expect(waiting.all).toBeGreaterThan(0);
  });

  /** Every conversation a drill-down lists, following its pages ("older"). */
  async function drill(
    href: string,
  ): Promise<{ ids: string[]; told: string | undefined; started: string | undefined }> {
    const ids: string[] = [];
    let told: string | undefined;
    let started: string | undefined;
    for (let page = 1, next: string | undefined = href; next; page++) {
      const response = await ana(next);
      expect(response.status).toBe(200);
      const html = await response.text();
      told ??= /<span class="people">(\d[\d,]*) persona/.exec(html)?.[1];
      started ??= /<span class="started">(\d[\d,]*) conversaci/.exec(html)?.[1];
      for (const m of html.matchAll(/<li[^>]*><a href="\/staff\/c\/([^"]+)">/g))
        ids.push(decodeURIComponent(m[1] ?? ''));
      next = new RegExp(`href="([^"]*page=${page + 1})"`).exec(html)?.[1]?.replace(/&amp;/g, '&');
    }
    return { ids, told, started };
  }

  it('counts people, conversations and emergencies as their drill-downs list them, for the whole demo and for a month', async () => {
    const month = { from: '2026-09-01', to: '2026-09-30' };
    for (const range of [WHOLE, month]) {
      const shown = await (await ana(`/staff/dashboard?from=${range.from}&to=${range.to}`)).text();
      const figure = (label: string) => rowOf(shown, label)?.[0];
      const href = (filter: string) =>
        `/staff/dashboard/conversations?from=${range.from}&to=${range.to}&filter=${encodeURIComponent(filter)}`;
      for (const filter of ['all', 'danger:emergency'])
        expect(shown, filter).toContain(`href="${href(filter).replace(/&/g, '&amp;')}"`);
      const everyone = await drill(href('all'));
      expect(everyone.told, `people ${range.from}`).toBe(figure('Personas'));
      expect(everyone.started, `conversations ${range.from}`).toBe(figure('Conversaciones'));
      expect(count(everyone.ids.length)).toBe(figure('Personas'));
      // Exactly the log's people who wrote in the range, and those who wrote an emergency.
      const wrote = (emergency: boolean) => {
        const ids = new Set<string>();
        for (const t of log.turns) {
          const day = officeDay(TIME_ZONE)(t.at);
          if (t.by !== 'person' || day < range.from || day > range.to) continue;
          if (!emergency || t.report.danger === 'emergency') ids.add(t.conversationId);
        }
        return [...ids].sort();
      };
      expect([...everyone.ids].sort()).toEqual(wrote(false));
      const emergencies = await drill(href('danger:emergency'));
      expect(emergencies.told, `emergencies ${range.from}`).toBe(figure('Emergencias'));
      expect([...emergencies.ids].sort()).toEqual(wrote(true));
      expect(emergencies.ids.length).toBeGreaterThan(0);
    }
  });

  it("follows the most served topic's link to exactly the log's conversations about it, newest first", async () => {
    const [topic = ''] = topicOrder(now, now);
    const link = new RegExp(`href="(/staff/dashboard/conversations\\?[^"]*filter=topic%3A${topic})"`).exec(
      page,
    )?.[1];
    expect(link, topic).toBeDefined();
    const { ids, told } = await drill((link ?? '').replace(/&amp;/g, '&'));
    const about = chatsAbout(log, topic, WHOLE);
    // Newest first: by the chat's last message.
    const lastAt = (id: string) =>
      Math.max(...log.turns.filter((t) => t.conversationId === id && t.by === 'person').map((t) => t.at));
    const newest = [...about].sort((a, b) => lastAt(b) - lastAt(a) || (a < b ? -1 : 1));
    expect(ids).toEqual(newest);
    expect(told).toBe(count(about.length));
    // For the whole demo (which starts from nothing), the figure counts the same conversations.
    expect(about.length).toBe(now.topics[topic]?.served);
    expect(about.length).toBeGreaterThan(20);
  });

  it("lists, for one month, exactly the conversations a topic's figure counts (those that first asked that month)", async () => {
    const month = { from: '2026-09-01', to: '2026-09-30' };
    const days = await store.activity(month.from, month.to);
    const served = (topic: string) => days.reduce((n, d) => n + (d.counts[`served=${topic}`] ?? 0), 0);
    const topics = ['human', 'apostille', 'dual_nationality'].filter((topic) => served(topic) > 0);
    expect(topics.length).toBeGreaterThan(1);
    for (const topic of topics) {
      const { ids } = await drill(
        `/staff/dashboard/conversations?from=${month.from}&to=${month.to}&filter=topic%3A${topic}`,
      );
      expect(ids.length, topic).toBe(served(topic));
    }
  });
});
