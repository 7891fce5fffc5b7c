/**
 * The office's days for the demo's expected figures (expected-figures.ts): the office day of
 * an instant, and the groups of days a chart shows (each day, weeks from Monday, calendar
 * months), computed apart from the dashboard's own code so each checks the other.
 */
/** From one office day to another, both included ("YYYY-MM-DD"). */
export interface DayRange {
  from: string;
  to: string;
}
export type DayGrouping = 'day' | 'week' | 'month';

/** The office day of an instant, with Intl alone ("en-CA" writes dates as YYYY-MM-DD). */
export function officeDay(timeZone: string): (at: number) => string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (at) => format.format(at);
}

const DAY_MS = 86_400_000;
const dayNo = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayName = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** The groups of a range: each day, weeks from Monday, or calendar months, clipped to the range. */
export function groupsOf(range: DayRange, grouping: DayGrouping): DayRange[] {
  const groups: DayRange[] = [];
  for (let n = dayNo(range.from); n <= dayNo(range.to); n++) {
    const day = dayName(n);
    const monday = new Date(n * DAY_MS).getUTCDay() === 1;
    const first = day.endsWith('-01');
    const last = groups.at(-1);
    const starts = !last || grouping === 'day' || (grouping === 'week' ? monday : first);
    if (starts) groups.push({ from: day, to: day });
    else if (last) last.to = day;
  }
  return groups;
}
