/**
 * The dashboard's periods: which days a request asks for (the last 7, 30, 90 or 365 days, or
 * from one date to another, validated with zod), the previous period of the same length to
 * compare with, how its days are grouped (day, week or month) and where each group starts.
 * Days are names ("YYYY-MM-DD") in the office's time zone, as the counters are kept
 * (src/core/activity-keys.ts dayOf): their arithmetic is done on the UTC calendar, where every
 * day is 24 hours long; only `instantsOf` turns days into instants, for the summaries.
 */
import { z } from 'zod';
import { addDays, DAY_MS, periodInstants } from '../core/office-clock.ts';

/** Days since 1970-01-01; NaN for a string that is no day. */
export const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
export const dayName = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
export { addDays } from '../core/office-clock.ts';
/** How many days from `from` to `to`, both counted. */
export const lengthOf = (p: Period): number => dayNumber(p.to) - dayNumber(p.from) + 1;

export type Grouping = 'day' | 'week' | 'month';
/** From one day to another, both included. */
export interface Period {
  from: string;
  to: string;
}
export const PRESETS = ['7', '30', '90', '365'] as const;
export type Preset = (typeof PRESETS)[number];
const DEFAULT_PRESET: Preset = '30';
/** The longest period asked for: two years (with the two before it, within counters' three years' retention). */
export const MAX_DAYS = 731;

/** A real day (a round trip, so "2026-02-30", which Date.parse rolls over, is refused). */
export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => !Number.isNaN(dayNumber(d)) && dayName(dayNumber(d)) === d, 'not a day');

const querySchema = z.object({
  period: z.enum([...PRESETS, 'custom']).optional(),
  from: daySchema.optional(),
  to: daySchema.optional(),
  group: z.enum(['auto', 'day', 'week', 'month']).default('auto'),
});

export interface Chosen {
  period: Period;
  previous: Period;
  grouping: Grouping;
  /** What the picker shows as chosen. */
  preset: Preset | 'custom';
  group: 'auto' | Grouping;
  /** The query asked for something impossible (a bad date, `from` after `to`, too long): the default is shown. */
  invalid: boolean;
}

/** Grouping that keeps a chart to about 30 columns at most: days up to a month, weeks up to four months. */
export const groupingFor = (days: number): Grouping => (days <= 31 ? 'day' : days <= 120 ? 'week' : 'month');

/** The period of the same length just before. */
export function previousOf(period: Period): Period {
  const to = addDays(period.from, -1);
  return { from: addDays(to, 1 - lengthOf(period)), to };
}

/** The period a query asks for (the form leaves empty fields, read as absent), `today` being the office's day. */
export function choosePeriod(query: Record<string, string | undefined>, today: string): Chosen {
  const given = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = querySchema.safeParse(given);
  const q = parsed.success ? parsed.data : { group: 'auto' as const };
  // Dates count when asked for ("custom"), or when they come without a preset (a link).
  const dates =
    q.from && q.to && (q.period === 'custom' || q.period === undefined) ? { from: q.from, to: q.to } : null;
  const custom = dates && dates.from <= dates.to && lengthOf(dates) <= MAX_DAYS ? dates : null;
  const invalid = !parsed.success || Boolean(dates && !custom) || (q.period === 'custom' && !custom);
  const preset: Preset | 'custom' = custom
    ? 'custom'
    : q.period && q.period !== 'custom'
      ? q.period
      : DEFAULT_PRESET;
  const period = custom ?? { from: addDays(today, 1 - Number(preset)), to: today };
  const group = q.group;
  return {
    period,
    previous: previousOf(period),
    grouping: group === 'auto' ? groupingFor(lengthOf(period)) : group,
    preset,
    group,
    invalid,
  };
}

/** One column of a chart: the days it adds up, within the period. */
export interface Bucket {
  from: string;
  to: string;
}

/** The groups of a period, oldest first, and the index of each day's group. */
export function bucketsOf(
  period: Period,
  grouping: Grouping,
): { buckets: Bucket[]; indexOf: Map<string, number> } {
  const buckets: Bucket[] = [];
  const indexOf = new Map<string, number>();
  const last = dayNumber(period.to);
  for (let n = dayNumber(period.from); n <= last; n++) {
    const day = dayName(n);
    const start = startOf(day, n, grouping);
    const current = buckets.at(-1);
    if (!current || startOf(current.from, dayNumber(current.from), grouping) !== start)
      buckets.push({ from: day, to: day });
    else current.to = day;
    indexOf.set(day, buckets.length - 1);
  }
  return { buckets, indexOf };
}

/** Where a day's group starts: itself, the Monday of its week, the first of its month. */
function startOf(day: string, n: number, grouping: Grouping): string {
  if (grouping === 'day') return day;
  // 1970-01-01 was a Thursday: (n + 3) % 7 is 0 on Mondays.
  if (grouping === 'week') return dayName(n - ((n + 3) % 7));
  return day.slice(0, 7);
}

/** The instant a day begins in the time zone (epoch ms). */
export { startOfDay as dayStartMs } from '../core/office-clock.ts';

/** The instants of a period, for the summaries: from the first day's start to the last one's end. */
export const instantsOf = (period: Period, timeZone: string): { from: number; to: number } =>
  periodInstants(period.from, period.to, timeZone);
