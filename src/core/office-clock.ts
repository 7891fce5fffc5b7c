/**
 * The office's clock: what its wall clock shows at an instant, how far it is from UTC, and
 * when one of its days begins, for any IANA time zone (America/Monterrey for Durango). Built
 * on Intl (Web-standard: Node and Workers alike), with one formatter per zone kept, because
 * making a formatter costs far more than using one. The dashboard, the exports and the demo
 * all count days this way.
 */
import { searchSorted } from './sorted-search.ts';

/** A day in milliseconds (a UTC day; the office's own days begin at `startOfDay`). */
export const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 on Sundays. */
  weekday: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

export function wallClock(at: number, timeZone = 'UTC'): WallClock {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formats.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(at)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  };
}

const two = (n: number) => String(n).padStart(2, '0');

const plainDay = (at: number, timeZone: string) => {
  const c = wallClock(at, timeZone);
  return `${c.year}-${two(c.month)}-${two(c.day)}`;
};

/**
 * The days looked up per zone, with their instants, in order: a turn asks for today, and the
 * dashboard for the days of a year of conversations, one by one and in any order (with only the
 * last day kept, each of those cost seven Intl calls: the dashboard of a year took minutes).
 */
interface KnownDay {
  day: string;
  start: number;
  end: number;
}
const knownDays = new Map<string, KnownDay[]>();
/** Days kept per zone before starting over: ten years of them. */
const KNOWN_DAYS = 3_660;

/** The day of an instant, "YYYY-MM-DD", in the office's time zone (UTC by default). */
export function dayOf(at: number, timeZone = 'UTC'): string {
  let days = knownDays.get(timeZone);
  if (!days || days.length >= KNOWN_DAYS) {
    days = [];
    knownDays.set(timeZone, days);
  }
  // Not a time at all: Intl says so (a RangeError), as it always did.
  if (!Number.isFinite(at)) return plainDay(at, timeZone);
  const found = searchSorted(days, (known) => (at < known.start ? -1 : at >= known.end ? 1 : 0));
  if (found >= 0) return (days[found] as KnownDay).day;
  const day = plainDay(at, timeZone);
  days.splice(-found - 1, 0, {
    day,
    start: startOfDay(day, timeZone),
    end: startOfDay(addDays(day, 1), timeZone),
  });
  return day;
}

/** How far the office's clock is ahead of UTC at an instant, in ms (negative west of Greenwich). */
export function zoneOffsetMs(at: number, timeZone: string): number {
  const c = wallClock(at, timeZone);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - Math.floor(at / 1000) * 1000;
}

/** The instant an office day begins (its midnight; the first instant of the day where a change of clocks skips it). */
export function startOfDay(day: string, timeZone: string): number {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  // Twice: the offset at the guess may differ from the offset at the answer across a change of clocks.
  let at = midnightUtc - zoneOffsetMs(midnightUtc, timeZone);
  at = midnightUtc - zoneOffsetMs(at, timeZone);
  return plainDay(at, timeZone) < day ? at + 3_600_000 : at;
}

/** The day after (or before, with a negative n) a "YYYY-MM-DD" day. */
export const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** The instants of a period of office days, first and last day inclusive (epoch ms). */
export const periodInstants = (from: string, to: string, timeZone: string): { from: number; to: number } => ({
  from: startOfDay(from, timeZone),
  to: startOfDay(addDays(to, 1), timeZone) - 1,
});

/** An instant as the office's clock shows it, ISO 8601 with its offset: "2026-03-01T09:15:00-06:00". */
export function isoInZone(at: number, timeZone: string): string {
  const c = wallClock(at, timeZone);
  const offsetMinutes = Math.round(zoneOffsetMs(at, timeZone) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${c.year}-${two(c.month)}-${two(c.day)}T${two(c.hour)}:${two(c.minute)}:${two(c.second)}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}
