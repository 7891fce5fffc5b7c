/**
 * The dashboard's figures, computed purely from the daily counters of a period and of the
 * period before it (src/core/activity-keys.ts names every counter): conversations and people
 * by day, week or month, by channel and by language; topics and facets asked; the share
 * understood; dangers and how fast staff took urgent tickets; handoffs, first-response and
 * resolution times; ratings. Each figure comes with the previous period's value and the
 * change. Only counters are read (a few hundred per day), never the conversations' summaries,
 * so a year costs the same with ten conversations or a hundred thousand.
 */
import { quantileMs } from '../core/activity-keys.ts';
import type { DayCounts } from '../core/ports/activity-store.ts';
import { LANGS, type Lang } from '../core/types.ts';
import { type Bucket, bucketsOf, type Grouping, type Period } from './dashboard-period.ts';

/** A figure now and in the previous period; `delta` is the difference, `relative` it over the previous (null from 0). */
export interface Compared {
  value: number | null;
  previous: number | null;
  delta: number | null;
  relative: number | null;
}

export interface Quantiles {
  median: Compared;
  p90: Compared;
}

export interface Breakdown<K extends string = string> {
  key: K;
  conversations: Compared;
  people: Compared;
}

export interface Figures {
  totals: { conversations: Compared; people: Compared; turns: Compared };
  byChannel: Breakdown[];
  byLang: Breakdown<Lang>[];
  /** Per day, week or month: conversations and people, and conversations by channel and by language. */
  series: {
    buckets: Bucket[];
    conversations: number[];
    people: number[];
    byChannel: Record<string, number[]>;
    byLang: Record<Lang, number[]>;
  };
  /** Conversations about each topic (people served per service) and turns about it, most served first. */
  topics: Array<{ topic: string; served: Compared; turns: Compared }>;
  /** Answers per "topic.facet", most asked first. */
  facets: Array<{ facet: string; turns: Compared }>;
  /** Typed messages, the share understood, and by language; missed: not understood, out of scope, "did not help". */
  understanding: {
    text: Compared;
    share: Compared;
    byLang: Array<{ key: Lang; text: Compared; share: Compared }>;
    unclear: Compared;
    outOfScope: Compared;
    notHelped: Compared;
  };
  danger: {
    emergency: Compared;
    possible: Compared;
    urgentHandoffs: Compared;
    urgentFirstResponse: Quantiles;
  };
  staff: { handoffs: Compared; firstResponse: Quantiles; resolution: Quantiles };
  ratings: { helped: Compared; notHelped: Compared; helpedShare: Compared };
  /** Follow-ups offered at a case's close, accepted or declined, and the outcomes people gave. */
  followUps: Record<'accepted' | 'declined' | 'resolved' | 'waiting' | 'needHelp', Compared>;
}

export function compared(value: number | null, previous: number | null): Compared {
  const delta = value === null || previous === null ? null : value - previous;
  return { value, previous, delta, relative: delta === null || !previous ? null : delta / previous };
}

/** Every counter of the days, added up. */
export function totalsOf(days: readonly DayCounts[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const { counts } of days)
    for (const key in counts) totals.set(key, (totals.get(key) ?? 0) + (counts[key] ?? 0));
  return totals;
}

/** The histogram of a duration's counters ("firstResponse|b=" → bucket → count). */
export function histogramOf(totals: ReadonlyMap<string, number>, prefix: string): Map<number, number> {
  const histogram = new Map<number, number>();
  for (const [key, n] of totals) {
    if (!key.startsWith(prefix)) continue;
    const bucket = Number(key.slice(prefix.length));
    if (Number.isInteger(bucket)) histogram.set(bucket, (histogram.get(bucket) ?? 0) + n);
  }
  return histogram;
}

/** The values after `prefix` in the counters' names ("served=" → the topics). */
function namesAfter(prefix: string, ...totals: ReadonlyMap<string, number>[]): string[] {
  const names = new Set<string>();
  for (const map of totals)
    for (const key of map.keys()) if (key.startsWith(prefix)) names.add(key.slice(prefix.length));
  return [...names];
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const byValue = (a: Compared, b: Compared) => (b.value ?? 0) - (a.value ?? 0);

export function dashboardFigures(input: {
  current: readonly DayCounts[];
  previous: readonly DayCounts[];
  period: Period;
  grouping: Grouping;
}): Figures {
  const now = totalsOf(input.current);
  const before = totalsOf(input.previous);
  const count = (key: string) => compared(now.get(key) ?? 0, before.get(key) ?? 0);
  const ratio = (part: string, whole: string) =>
    compared(
      share(now.get(part) ?? 0, now.get(whole) ?? 0),
      share(before.get(part) ?? 0, before.get(whole) ?? 0),
    );
  const quantiles = (prefix: string): Quantiles => {
    const [a, b] = [histogramOf(now, prefix), histogramOf(before, prefix)];
    return {
      median: compared(quantileMs(a, 0.5), quantileMs(b, 0.5)),
      p90: compared(quantileMs(a, 0.9), quantileMs(b, 0.9)),
    };
  };
  const breakdown = <K extends string>(dim: 'ch' | 'lang', key: K): Breakdown<K> => ({
    key,
    conversations: count(`conversations|${dim}=${key}`),
    people: count(`people|${dim}=${key}`),
  });
  // Channels seen alone ("conversations|ch=web", with no language after it) in either period.
  const channels = namesAfter('people|ch=', now, before)
    .concat(namesAfter('conversations|ch=', now, before))
    .filter((c, i, all) => !c.includes('|') && all.indexOf(c) === i);

  const rating = { helped: count('rating=helped'), notHelped: count('rating=notHelped') };
  return {
    totals: { conversations: count('conversations'), people: count('people'), turns: count('turns') },
    byChannel: channels
      .map((c) => breakdown('ch', c))
      .sort((a, b) => byValue(a.conversations, b.conversations) || (a.key < b.key ? -1 : 1)),
    byLang: LANGS.map((l) => breakdown('lang', l)),
    series: seriesOf(input.current, input.period, input.grouping, channels),
    topics: namesAfter('served=', now, before)
      .concat(namesAfter('topic=', now, before))
      .filter((t, i, all) => all.indexOf(t) === i)
      .map((topic) => ({ topic, served: count(`served=${topic}`), turns: count(`topic=${topic}`) }))
      .sort(
        (a, b) => byValue(a.served, b.served) || byValue(a.turns, b.turns) || (a.topic < b.topic ? -1 : 1),
      ),
    facets: namesAfter('facet=', now, before)
      .map((facet) => ({ facet, turns: count(`facet=${facet}`) }))
      .sort((a, b) => byValue(a.turns, b.turns) || (a.facet < b.facet ? -1 : 1)),
    understanding: {
      text: count('text'),
      share: ratio('understood', 'text'),
      byLang: LANGS.map((l) => ({
        key: l,
        text: count(`text|lang=${l}`),
        share: ratio(`understood|lang=${l}`, `text|lang=${l}`),
      })),
      unclear: count('missed=unclear'),
      outOfScope: count('missed=outOfScope'),
      notHelped: count('missed=notHelped'),
    },
    danger: {
      emergency: count('danger=emergency'),
      possible: count('danger=possible'),
      urgentHandoffs: count('handoff|urgent'),
      urgentFirstResponse: quantiles('firstResponse|urgent|b='),
    },
    staff: {
      handoffs: count('handoff'),
      firstResponse: quantiles('firstResponse|b='),
      resolution: quantiles('resolution|b='),
    },
    followUps: {
      accepted: count('followUp=accepted'),
      declined: count('followUp=declined'),
      resolved: count('outcome=resolved'),
      waiting: count('outcome=waiting'),
      needHelp: count('outcome=needHelp'),
    },
    ratings: {
      ...rating,
      helpedShare: compared(
        share(rating.helped.value ?? 0, (rating.helped.value ?? 0) + (rating.notHelped.value ?? 0)),
        share(rating.helped.previous ?? 0, (rating.helped.previous ?? 0) + (rating.notHelped.previous ?? 0)),
      ),
    },
  };
}

/** Conversations and people per group of days, and conversations per channel and per language. */
function seriesOf(
  days: readonly DayCounts[],
  period: Period,
  grouping: Grouping,
  channels: readonly string[],
): Figures['series'] {
  const { buckets, indexOf } = bucketsOf(period, grouping);
  const zeros = () => buckets.map(() => 0);
  const series: Figures['series'] = {
    buckets,
    conversations: zeros(),
    people: zeros(),
    byChannel: Object.fromEntries(channels.map((c) => [c, zeros()])),
    byLang: Object.fromEntries(LANGS.map((l) => [l, zeros()])) as Record<Lang, number[]>,
  };
  for (const { day, counts } of days) {
    const i = indexOf.get(day);
    if (i === undefined) continue;
    const add = (list: number[] | undefined, key: string) => {
      if (list) list[i] = (list[i] ?? 0) + (counts[key] ?? 0);
    };
    add(series.conversations, 'conversations');
    add(series.people, 'people');
    for (const c of channels) add(series.byChannel[c], `conversations|ch=${c}`);
    for (const l of LANGS) add(series.byLang[l], `conversations|lang=${l}`);
  }
  return series;
}
