/**
 * The office's day of an instant, as the dashboard asks it: thousands of instants over years,
 * in any order, in zones with and without changes of clocks. Every answer is the day the
 * office's wall clock shows (Intl, asked directly), whatever was asked before.
 */
import { describe, expect, it } from 'vitest';
import { DAY_MS, dayOf } from '../../src/core/office-clock.ts';

const wallDay = (at: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    at,
  );

/** A repeatable spread of instants: two years around 2026, seconds apart near midnights too. */
function instants(count: number): number[] {
  let seed = 20261129;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const from = Date.UTC(2025, 0, 1);
  return Array.from({ length: count }, (_, i) =>
    i % 3 === 0
      ? from + Math.floor(next() * 730) * DAY_MS + 6 * 3_600_000 + Math.floor((next() - 0.5) * 7_200_000)
      : from + Math.floor(next() * 730 * DAY_MS),
  );
}

describe("the office's day of an instant", () => {
  for (const zone of ['America/Monterrey', 'America/New_York', 'Asia/Kathmandu', 'UTC'])
    it(`is the wall clock's day in ${zone}, in any order`, () => {
      for (const at of instants(3_000))
        expect(dayOf(at, zone), new Date(at).toISOString()).toBe(wallDay(at, zone));
    });

  it('is the same day for the last millisecond before midnight and the next for midnight', () => {
    const midnight = Date.UTC(2026, 2, 8, 5); // New York, the day clocks go forward
    expect(dayOf(midnight - 1, 'America/New_York')).toBe('2026-03-07');
    expect(dayOf(midnight, 'America/New_York')).toBe('2026-03-08');
  });

  it('refuses what is not an instant', () => {
    expect(() => dayOf(Number.NaN, 'UTC')).toThrow(RangeError);
  });
});
