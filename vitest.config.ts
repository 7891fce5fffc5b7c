/**
 * Vitest configuration: tests live under test/ (mirroring src/ and flows/), run in
 * Node worker threads, and never touch the network.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'threads',
    // A ceiling, not a wait: a whole run beside other work on a 2-core machine took tests without
    // their own timeout to 19.9 s (session 56); a test that hangs still fails, later.
    testTimeout: 45_000,
    hookTimeout: 45_000,
    // expect.poll awaits a condition; its default of 1 s is too short on a loaded 2-core CI
    // machine (a browser round trip missed it once). A condition that never holds still fails.
    expect: { poll: { timeout: 10_000 } },
  },
});
