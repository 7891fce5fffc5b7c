/**
 * The exports' periods and times in the office's time zone (knowledge.office.timeZone): the
 * query strings they take (zod: a period of days, a year), where an office day begins as an
 * instant, and an instant written as ISO 8601 with the office's offset, so a spreadsheet shows
 * the office's clock and the value stays unambiguous. Intl only: it runs on Workers too.
 */
import { z } from 'zod';
import { DAY_MS, periodInstants } from '../core/office-clock.ts';

/** The longest period one conversations export may cover (a year, leap years included). */
export const MAX_PERIOD_DAYS = 366;

/** "YYYY-MM-DD", a real date ("2026-02-30" is refused). */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const at = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(at) && new Date(at).toISOString().startsWith(value);
  });

const daysApart = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;

/** ?from=YYYY-MM-DD&to=YYYY-MM-DD: `to` not before `from`, at most MAX_PERIOD_DAYS days. */
export const periodQuery = z
  .object({ from: day, to: day })
  .refine(({ from, to }) => daysApart(from, to) >= 0 && daysApart(from, to) < MAX_PERIOD_DAYS);

/** A year, four digits, 2000–2099 (the dashboard's counters are kept three years by default). */
export const yearSchema = z
  .string()
  .regex(/^20\d{2}$/)
  .transform(Number);

export { isoInZone, startOfDay, zoneOffsetMs } from '../core/office-clock.ts';

/** The instants of a period of office days, first and last inclusive (epoch ms). */
export const periodMs = periodInstants;
