/**
 * The Telegram webhook under 2,000 fuzzed updates (fixed seed), through the real grammY client
 * and a local Bot API stub: no 5xx, nothing thrown or logged as an error, 401 without the
 * secret and 200 with it; and the person's updates among them were answered on Telegram.
 */
import { expect } from 'vitest';
import { telegramTarget } from '../../src/testing/fuzz/telegram.ts';
import { fuzzSuite } from './fuzz-suite.ts';

fuzzSuite(
  'Telegram webhook: no hostile update gets a 5xx or an error',
  telegramTarget,
  2000,
  (h, statuses) => {
    expect(statuses.get(401) ?? 0).toBeGreaterThan(50);
    expect(h.telegram.api.sent().length).toBeGreaterThan(300);
  },
);
