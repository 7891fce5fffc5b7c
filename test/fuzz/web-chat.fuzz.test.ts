/**
 * The web chat's page, message API and history under 4,000 fuzzed requests (fixed seed): no
 * 5xx, nothing thrown or logged as an error, the CSP on every answer, messages in every 200;
 * and enough of them well-formed that the engine really answered (not only 400s).
 */
import { expect } from 'vitest';
import { webChatTarget } from '../../src/testing/fuzz/web-chat.ts';
import { fuzzSuite } from './fuzz-suite.ts';

fuzzSuite(
  'web chat: no hostile request gets a 5xx or an error',
  (h) => webChatTarget(h.send),
  4000,
  (_h, statuses) => {
    expect(statuses.get(200) ?? 0).toBeGreaterThan(500);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(200);
  },
);
