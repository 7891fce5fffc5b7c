/**
 * The staff inbox under 2,000 fuzzed requests (fixed seed), signed in as an admin: logins,
 * every form with any fields, CSRF token and content type, every page with any query; no 5xx,
 * nothing thrown or logged as an error, frame-ancestors 'none' on every answer; and enough of
 * them reached the actions (redirects after an action, refusals of a bad token).
 */
import { expect } from 'vitest';
import { staffTarget } from '../../src/testing/fuzz/staff.ts';
import { fuzzSuite } from './fuzz-suite.ts';

fuzzSuite(
  'staff inbox: no hostile form or page request gets a 5xx or an error',
  staffTarget,
  2000,
  (_h, statuses) => {
    expect(statuses.get(302) ?? 0).toBeGreaterThan(100);
    expect(statuses.get(403) ?? 0).toBeGreaterThan(50);
  },
);
