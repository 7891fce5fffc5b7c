/**
 * Vitest configuration: tests live under test/ (mirroring src/ and flows/), run in
 * Node worker threads, and never touch the network.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'threads',
    testTimeout: 20_000,
  },
});
