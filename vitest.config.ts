/**
 * Vitest configuration: tests live under test/ (mirroring src/ and flows/), run in
 * Node worker threads, and never touch the network.
 */
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests that need no process, browser or Workers runtime of their own (conversations, understanding,
 * flows, the engine, content, channels and the HTTP app, on memory stores or servers and Redis
 * instances each file starts and stops) run in workers that keep their modules between files: they
 * share nothing but read-only modules and the knowledge, which each file would otherwise load again
 * (1 to 2 s a file, for some 360 files; these folders took 504 s isolated and 230 s shared, session 81).
 * The rest keep a module graph per file.
 */
const SHARED_GRAPH = [
  'test/conversations/**/*.test.ts',
  'test/understanding/**/*.test.ts',
  'test/flows/**/*.test.ts',
  'test/core/**/*.test.ts',
  'test/engine/**/*.test.ts',
  'test/content/**/*.test.ts',
  'test/channels/**/*.test.ts',
  'test/http/**/*.test.ts',
];

export default defineConfig({
  test: {
    pool: 'threads',
    // A ceiling, not a wait: a whole run beside other work on a 2-core machine took tests without
    // their own timeout to 19.9 s (session 56); a test that hangs still fails, later.
    testTimeout: 45_000,
    hookTimeout: 45_000,
    // expect.poll awaits a condition; its default of 1 s is too short on a loaded 2-core CI
    // machine (a browser round trip missed it once). A condition that never holds still fails.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      { extends: true, test: { name: 'pure', include: SHARED_GRAPH, isolate: false } },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SHARED_GRAPH],
        },
      },
    ],
  },
});
