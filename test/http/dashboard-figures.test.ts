/**
 * The dashboard's pure parts: which days a query asks for and the period before it, how days
 * group into weeks and months, the instant a day starts in the office's time zone, the figures
 * computed from known counters against the previous period (quantiles within their 10 % bucket),
 * the drill-down filters, and the SVG chart's scale.
 */
import { describe, expect, it } from 'vitest';
import { activityKey, bucketOf, bucketUpperMs } from '../../src/core/activity-keys.ts';
import type { ConversationSummary, DayCounts } from '../../src/core/ports/activity-store.ts';
import { columnChart, niceMax } from '../../src/http/inbox/dashboard-charts.ts';
import { bucketName } from '../../src/http/inbox/dashboard-format.ts';
import { compared, dashboardFigures } from '../../src/staff/dashboard-figures.ts';
import { filterSchema, matches } from '../../src/staff/dashboard-filter.ts';
import { bucketsOf, choosePeriod, dayStartMs, instantsOf } from '../../src/staff/dashboard-period.ts';

describe('the period a query asks for', () => {
  const today = '2026-11-22';
  it('is the last 30 days by default, against the 30 before, by day', () => {
    const chosen = choosePeriod({}, today);
    expect(chosen).toMatchObject({
      period: { from: '2026-10-24', to: today },
      previous: { from: '2026-09-24', to: '2026-10-23' },
      grouping: 'day',
      preset: '30',
      invalid: false,
    });
  });
  it('groups 90 days by week and a year by month, unless asked', () => {
    expect(choosePeriod({ period: '7' }, today).period).toEqual({ from: '2026-11-16', to: today });
    expect(choosePeriod({ period: '90' }, today).grouping).toBe('week');
    expect(choosePeriod({ period: '365' }, today)).toMatchObject({
      period: { from: '2025-11-23', to: today },
      previous: { from: '2024-11-23', to: '2025-11-22' },
      grouping: 'month',
    });
    expect(choosePeriod({ period: '365', group: 'week' }, today).grouping).toBe('week');
  });
  it('takes dates, and refuses impossible ones for the default', () => {
    expect(choosePeriod({ from: '2026-02-01', to: '2026-02-28', period: '' }, today)).toMatchObject({
      period: { from: '2026-02-01', to: '2026-02-28' },
      previous: { from: '2026-01-04', to: '2026-01-31' },
      preset: 'custom',
      invalid: false,
    });
    // A preset chosen wins over the dates the form still holds.
    expect(choosePeriod({ from: '2026-02-01', to: '2026-02-28', period: '7' }, today).preset).toBe('7');
    for (const query of [
      { from: '2026-02-30', to: '2026-03-01' },
      { from: '2026-03-01', to: '2026-02-01' },
      { from: '2020-01-01', to: '2026-01-01' },
      { period: '12' },
      { group: 'year' },
      { period: 'custom' },
    ]) {
      expect(choosePeriod(query, today), JSON.stringify(query)).toMatchObject({
        preset: '30',
        invalid: true,
      });
    }
  });
});

describe('groups of days', () => {
  it('starts weeks on Monday and months on the first, cut to the period', () => {
    const weeks = bucketsOf({ from: '2026-11-05', to: '2026-11-22' }, 'week');
    // 2026-11-05 is a Thursday; 2026-11-09 and 2026-11-16 are Mondays.
    expect(weeks.buckets).toEqual([
      { from: '2026-11-05', to: '2026-11-08' },
      { from: '2026-11-09', to: '2026-11-15' },
      { from: '2026-11-16', to: '2026-11-22' },
    ]);
    expect(weeks.indexOf.get('2026-11-15')).toBe(1);
    const months = bucketsOf({ from: '2026-01-15', to: '2026-03-31' }, 'month').buckets;
    expect(months.map(bucketName)).toEqual(['2026-01-15 – 01-31', '2026-02', '2026-03']);
  });
  it("turns a day into the office's instants, across a change of clocks", () => {
    // Durango keeps UTC−6 all year.
    expect(new Date(dayStartMs('2026-11-22', 'America/Monterrey')).toISOString()).toBe(
      '2026-11-22T06:00:00.000Z',
    );
    // New York moved its clocks back on 2026-11-01: that day lasts 25 hours.
    const ny = instantsOf({ from: '2026-11-01', to: '2026-11-01' }, 'America/New_York');
    expect(new Date(ny.from).toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(ny.to - ny.from + 1).toBe(25 * 3_600_000);
    expect(dayStartMs('2026-11-22', 'UTC')).toBe(Date.parse('2026-11-22T00:00:00Z'));
  });
});

/** One day's counters, with `n` conversations on a channel in a language (and the totals). */
function day(date: string, counts: Record<string, number>): DayCounts {
  return { day: date, counts };
}
const started = (channel: string, lang: 'es' | 'en' | 'ht', n: number) => ({
  [activityKey.of('conversations', { channel })]: n,
  [activityKey.of('conversations', { lang })]: n,
  [activityKey.of('conversations', { channel, lang })]: n,
});

describe('the figures of a period against the previous one', () => {
  const period = { from: '2026-11-16', to: '2026-11-22' };
  const current = [
    day('2026-11-16', {
      conversations: 5,
      people: 6,
      turns: 20,
      ...started('telegram', 'es', 3),
      ...started('web', 'ht', 2),
      'people|ch=telegram': 4,
      'people|ch=web': 2,
      text: 10,
      understood: 8,
      'text|lang=ht': 4,
      'understood|lang=ht': 2,
      'served=asylum': 3,
      'topic=asylum': 7,
      'served=apostille': 1,
      'topic=apostille': 9,
      'facet=asylum.requirements': 4,
      'missed=unclear': 2,
      'danger=emergency': 1,
      handoff: 2,
      'handoff|urgent': 1,
      // Two first answers after 95 s and one after 50 min.
      [activityKey.firstResponse(bucketOf(95_000))]: 2,
      [activityKey.firstResponse(bucketOf(3_000_000))]: 1,
      [activityKey.firstResponse(bucketOf(95_000), true)]: 1,
      [activityKey.resolution(bucketOf(7_200_000))]: 1,
      'rating=helped': 3,
      'rating=notHelped': 1,
    }),
    day('2026-11-22', {
      conversations: 1,
      people: 1,
      turns: 2,
      ...started('whatsapp', 'en', 1),
      'served=asylum': 1,
    }),
  ];
  const previous = [
    day('2026-11-10', {
      conversations: 4,
      people: 4,
      turns: 10,
      ...started('telegram', 'es', 4),
      text: 4,
      understood: 2,
      'served=asylum': 2,
      handoff: 4,
      [activityKey.firstResponse(bucketOf(600_000))]: 4,
      'rating=helped': 1,
      'rating=notHelped': 1,
    }),
  ];
  const figures = dashboardFigures({ current, previous, period, grouping: 'day' });

  it('adds up conversations and people, with the change from the previous period', () => {
    expect(figures.totals.conversations).toEqual({ value: 6, previous: 4, delta: 2, relative: 0.5 });
    expect(figures.totals.people).toMatchObject({ value: 7, previous: 4 });
    expect(figures.byChannel.map((c) => [c.key, c.conversations.value, c.conversations.previous])).toEqual([
      ['telegram', 3, 4],
      ['web', 2, 0],
      ['whatsapp', 1, 0],
    ]);
    expect(figures.byChannel[1]?.conversations.relative).toBeNull();
    expect(figures.byLang.map((l) => [l.key, l.conversations.value])).toEqual([
      ['es', 3],
      ['en', 1],
      ['ht', 2],
    ]);
  });

  it('draws a column per day, every day of the period, by channel and language', () => {
    expect(figures.series.buckets).toHaveLength(7);
    expect(figures.series.conversations).toEqual([5, 0, 0, 0, 0, 0, 1]);
    expect(figures.series.byChannel.web).toEqual([2, 0, 0, 0, 0, 0, 0]);
    expect(figures.series.byLang.en).toEqual([0, 0, 0, 0, 0, 0, 1]);
    const weekly = dashboardFigures({ current, previous, period, grouping: 'week' });
    expect(weekly.series.conversations).toEqual([6]);
  });

  it('lists topics by conversations, then by turns; facets by answers', () => {
    expect(figures.topics.map((t) => [t.topic, t.served.value, t.served.previous, t.turns.value])).toEqual([
      ['asylum', 4, 2, 7],
      ['apostille', 1, 0, 9],
    ]);
    expect(figures.facets).toEqual([{ facet: 'asylum.requirements', turns: compared(4, 0) }]);
  });

  it('reads shares as parts of their whole, against the previous share', () => {
    expect(figures.understanding.share).toMatchObject({ value: 0.8, previous: 0.5 });
    expect(figures.understanding.share.delta).toBeCloseTo(0.3);
    expect(figures.understanding.byLang.find((l) => l.key === 'ht')?.share.value).toBe(0.5);
    // No typed message in English: no share, not 0 %.
    expect(figures.understanding.byLang.find((l) => l.key === 'en')?.share.value).toBeNull();
    expect(figures.ratings.helpedShare).toMatchObject({ value: 0.75, previous: 0.5 });
    expect(figures.understanding.unclear.value).toBe(2);
    expect(figures.danger).toMatchObject({ emergency: { value: 1 }, urgentHandoffs: { value: 1 } });
  });

  it('reads times from their buckets: at most 10 % above the true value', () => {
    const median = figures.staff.firstResponse.median.value ?? 0;
    expect(median).toBe(bucketUpperMs(bucketOf(95_000)));
    expect(median).toBeGreaterThanOrEqual(95_000);
    expect(median).toBeLessThanOrEqual(95_000 * 1.1);
    const p90 = figures.staff.firstResponse.p90.value ?? 0;
    expect(p90 / 3_000_000).toBeGreaterThanOrEqual(1);
    expect(p90 / 3_000_000).toBeLessThanOrEqual(1.1);
    expect(figures.staff.firstResponse.median.previous).toBe(bucketUpperMs(bucketOf(600_000)));
    expect(figures.staff.firstResponse.median.relative).toBeLessThan(-0.8);
    expect(figures.danger.urgentFirstResponse.median.value).toBe(bucketUpperMs(bucketOf(95_000)));
    expect(figures.staff.resolution.median.previous).toBeNull();
    expect(figures.staff.resolution.median.delta).toBeNull();
  });

  it('is all zeros and blanks for a period with no counters', () => {
    const empty = dashboardFigures({ current: [], previous: [], period, grouping: 'day' });
    expect(empty.totals.conversations).toEqual({ value: 0, previous: 0, delta: 0, relative: null });
    expect(empty.understanding.share.value).toBeNull();
    expect(empty.staff.firstResponse.median.value).toBeNull();
    expect(empty.series.conversations).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('drill-down filters', () => {
  const summary: ConversationSummary = {
    conversationId: 'telegram:1',
    channel: 'telegram',
    lang: 'ht',
    firstAt: 0,
    lastAt: 1,
    turns: 3,
    topics: ['asylum'],
    facets: ['asylum.requirements'],
    missed: 1,
    notHelped: 0,
    danger: 'possible',
    handoffAt: 1,
    rating: 'helped',
  };
  const match = (text: string) => matches(summary, filterSchema.parse(text));
  it('matches what the figures count', () => {
    for (const yes of [
      'all',
      'channel:telegram',
      'lang:ht',
      'topic:asylum',
      'facet:asylum.requirements',
      'missed',
      'danger:possible',
      'handoff',
      'rated',
      'rating:helped',
    ])
      expect(match(yes), yes).toBe(true);
    const no =
      'channel:web lang:es topic:apostille notHelped danger:emergency urgent responded resolved rating:notHelped';
    for (const text of no.split(' ')) expect(match(text), text).toBe(false);
  });
  it('refuses anything else', () => {
    for (const bad of [
      '',
      'lang:fr',
      'channel:Web',
      'topic:<b>',
      'danger:none',
      'everything',
      ':x',
      'facet:asylum',
    ])
      expect(filterSchema.safeParse(bad).success, bad).toBe(false);
  });
});

describe('the SVG chart', () => {
  it('rounds its axis up so its half is round too, and draws a column per non-zero value', () => {
    expect([0, 1, 3, 7, 11, 45, 101, 999].map(niceMax)).toEqual([2, 2, 4, 8, 20, 60, 200, 1000]);
    const svg = String(
      columnChart({
        label: 'x',
        columns: ['a', 'b', 'c'],
        titles: ['a', 'b', 'c'],
        stacked: [
          { name: 'web', values: [1, 0, 3] },
          { name: 'telegram', values: [2, 2, 0] },
        ],
        format: String,
      }),
    );
    expect(svg.match(/<rect /g)).toHaveLength(4);
    expect(svg).toContain('<title>c · web: 3</title>');
  });
});
