/**
 * The figures that count people, each person once in a period (not once a day), read from the
 * conversations' summaries, which know the office days each person wrote (src/engine/
 * activity-days.ts): people, by channel and by language, per group of days, and the people
 * who wrote an emergency or met the safety line (possible danger). The drill-down of each
 * figure lists exactly those summaries (dashboard-filter.ts, the same `activeIn`). The daily
 * counters cannot do this (a person on two days is in both), and summaries live as long as
 * their conversations (RETENTION_DAYS): a period older than that counts the people still kept.
 * Also the conversations each summary started in a period, for the drill-down of the
 * "conversations" figure. Pure.
 */
import type { ConversationSummary } from '../core/ports/activity-store.ts';
import { searchSorted } from '../core/sorted-search.ts';
import { LANGS, type Lang } from '../core/types.ts';
import { compared, type Figures } from './dashboard-figures.ts';
import type { Bucket, Period } from './dashboard-period.ts';

/** A summary written before `days` was kept: the days of its first and last message. */
const daysOf = (s: ConversationSummary, dayOf: (at: number) => string): readonly string[] =>
  s.days ?? [...new Set([dayOf(s.firstAt), dayOf(s.lastAt)])];

/** Whether one of the days is in the range. */
const anyIn = (days: readonly string[], range: Period): boolean =>
  days.some((day) => day >= range.from && day <= range.to);

/** Whether the person wrote on a day of the range (or, with `kind`, wrote an emergency / met possible danger). */
export function activeIn(
  s: ConversationSummary,
  range: Period,
  dayOf: (at: number) => string,
  kind?: 'emergency' | 'possible',
): boolean {
  const days =
    kind === 'emergency'
      ? (s.emergencyDays ?? [])
      : kind === 'possible'
        ? (s.possibleDays ?? [])
        : daysOf(s, dayOf);
  return anyIn(days, range);
}

/** The conversations a summary started in the instants' range (its first, for one written before starts were kept). */
export const startsIn = (s: ConversationSummary, range: { from: number; to: number }): number =>
  (s.starts ?? [s.firstAt]).filter((at) => at >= range.from && at <= range.to).length;

export interface PeopleFigures {
  people: number;
  byChannel: Record<string, number>;
  byLang: Record<Lang, number>;
  /** People per group of days: each once in a group. */
  series: number[];
  emergency: number;
  possible: number;
}

/**
 * People per group: each person once in a group they wrote in. Each person's few days are
 * placed in their groups, rather than every group asking every person (a year's page has 52
 * groups and a hundred thousand people).
 */
function peoplePerBucket(daysOfEach: ReadonlyArray<readonly string[]>, buckets: readonly Bucket[]): number[] {
  const counts = buckets.map(() => 0);
  const counted = new Set<number>();
  for (const days of daysOfEach) {
    counted.clear();
    for (const day of days) {
      const at = searchSorted(buckets, (b) => (day < b.from ? -1 : day > b.to ? 1 : 0));
      if (at >= 0 && !counted.has(at)) {
        counted.add(at);
        counts[at] = (counts[at] as number) + 1;
      }
    }
  }
  return counts;
}

export function peopleFigures(
  summaries: readonly ConversationSummary[],
  period: Period,
  buckets: readonly Bucket[],
  dayOf: (at: number) => string,
): PeopleFigures {
  // Each summary's days once: a year's page asks them of every summary for each of 52 weeks.
  const written = summaries.map((s) => ({ s, days: daysOf(s, dayOf) }));
  const activeWritten = written.filter(({ days }) => anyIn(days, period));
  const active = activeWritten.map(({ s }) => s);
  const byChannel: Record<string, number> = {};
  const byLang = Object.fromEntries(LANGS.map((l) => [l, 0])) as Record<Lang, number>;
  for (const s of active) {
    byChannel[s.channel] = (byChannel[s.channel] ?? 0) + 1;
    byLang[s.lang] += 1;
  }
  return {
    people: active.length,
    byChannel,
    byLang,
    series: peoplePerBucket(
      activeWritten.map(({ days }) => days),
      buckets,
    ),
    emergency: active.filter((s) => activeIn(s, period, dayOf, 'emergency')).length,
    possible: active.filter((s) => activeIn(s, period, dayOf, 'possible')).length,
  };
}

/** The figures with their people and dangers counted once per person, against the period before. */
export function withPeople(figures: Figures, now: PeopleFigures, before: PeopleFigures): Figures {
  const channels = [...new Set([...figures.byChannel.map((b) => b.key), ...Object.keys(now.byChannel)])];
  const conversations = new Map(figures.byChannel.map((b) => [b.key, b.conversations]));
  return {
    ...figures,
    totals: { ...figures.totals, people: compared(now.people, before.people) },
    byChannel: channels.map((key) => ({
      key,
      conversations: conversations.get(key) ?? compared(0, 0),
      people: compared(now.byChannel[key] ?? 0, before.byChannel[key] ?? 0),
    })),
    byLang: figures.byLang.map((b) => ({ ...b, people: compared(now.byLang[b.key], before.byLang[b.key]) })),
    series: { ...figures.series, people: now.series },
    danger: {
      ...figures.danger,
      emergency: compared(now.emergency, before.emergency),
      possible: compared(now.possible, before.possible),
    },
  };
}
