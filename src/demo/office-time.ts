/**
 * The demo's calendar, in the office's own time zone: which local day and hour an instant
 * falls on, the instant of a local day and time, and the office's hours (Monday to Friday,
 * 9:00 to 17:00, when staff answer non-urgent tickets). The wall clock is the office's
 * (src/core/office-clock.ts, tested on its own against known dates); the counting of the
 * expected figures stays the demo's own.
 */
import { addDays, dayOf, wallClock } from '../core/office-clock.ts';

export interface LocalTime {
  /** "YYYY-MM-DD". */
  day: string;
  /** 0 Sunday … 6 Saturday. */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
}

export function localTime(at: number, timeZone: string): LocalTime {
  const c = wallClock(at, timeZone);
  return { day: dayOf(at, timeZone), weekday: c.weekday, minutes: c.hour * 60 + c.minute };
}

/** The office-local day an instant falls on, "YYYY-MM-DD". */
export const localDay = (at: number, timeZone: string): string => localTime(at, timeZone).day;

/** The day `n` days after `day` (office-clock.ts). */
export { addDays };

/** The instant of a local day and time (minutes since local midnight) in the time zone. */
export function localInstant(day: string, minutes: number, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d) + minutes * 60_000;
  // The zone's offset at a guess, then at the answer (twice settles a change of offset).
  let at = wall;
  for (let i = 0; i < 2; i++) {
    const local = localTime(at, timeZone);
    const [ly, lm, ld] = local.day.split('-').map(Number) as [number, number, number];
    const shown = Date.UTC(ly, lm - 1, ld) + local.minutes * 60_000;
    at += wall - shown;
  }
  return at;
}

/** When staff answer non-urgent tickets: Monday to Friday, 9:00 to 17:00, office time. */
export const OFFICE_HOURS = { open: 9 * 60, close: 17 * 60 } as const;

export function isOfficeOpen(at: number, timeZone: string): boolean {
  const t = localTime(at, timeZone);
  return t.weekday >= 1 && t.weekday <= 5 && t.minutes >= OFFICE_HOURS.open && t.minutes < OFFICE_HOURS.close;
}

/** `at` itself when the office is open then, else the next opening. */
export function nextOpening(at: number, timeZone: string): number {
  if (isOfficeOpen(at, timeZone)) return at;
  const t = localTime(at, timeZone);
  for (let n = 0; n < 8; n++) {
    const day = addDays(t.day, n);
    const opening = localInstant(day, OFFICE_HOURS.open, timeZone);
    if (opening > at && isOfficeOpen(opening, timeZone)) return opening;
  }
  return at;
}
