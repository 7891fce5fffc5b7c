/**
 * How long the WhatsApp connection waits before trying again: exponential from a base, under
 * a cap, half fixed and half random, so a flapping network is never hammered and offices
 * coming back from one outage do not all retry in the same second.
 */
import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../src/channels/whatsapp/backoff.ts';

describe('backoffDelay', () => {
  it('doubles from the base, stays under the cap, and keeps between half and all of it', () => {
    const top = (n: number) => backoffDelay(n, { baseMs: 1000, maxMs: 60_000, random: () => 1 });
    const bottom = (n: number) => backoffDelay(n, { baseMs: 1000, maxMs: 60_000, random: () => 0 });
    expect([0, 1, 2, 3, 4, 5].map(top)).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000]);
    expect([0, 1, 2].map(bottom)).toEqual([500, 1000, 2000]);
    expect(top(6)).toBe(60_000);
    expect(top(1e9)).toBe(60_000);
    expect(bottom(50)).toBe(30_000);
    for (let i = 0; i < 2000; i++) {
      const n = i % 12;
      const d = backoffDelay(n);
      const ceiling = Math.min(300_000, 2000 * 2 ** n);
      expect(d).toBeGreaterThanOrEqual(ceiling / 2);
      expect(d).toBeLessThanOrEqual(ceiling);
    }
    expect(backoffDelay(-3, { random: () => 1 })).toBe(2000);
    expect(backoffDelay(Number.NaN, { random: () => 1 })).toBe(2000);
  });
});
