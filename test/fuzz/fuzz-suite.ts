/**
 * How each fuzz test file runs its target: the whole server (src/bench/fuzz-server.ts)
 * started once per file, then a fixed seed and a fixed number of cases through fast-check, so
 * a failure is the same on every machine and fast-check prints the case (shrunk) and the path
 * to replay it. A case fails on a 5xx, a thrown error, an error the server logged, or a rule
 * of its target (src/testing/fuzz/target.ts). `npm run fuzz` runs 100,000 more.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, it } from 'vitest';
import { type FuzzHarness, fuzzHarness } from '../../src/bench/fuzz-server.ts';
import { type FuzzTarget, judge, show } from '../../src/testing/fuzz/target.ts';

/** The suite's seed: change it to explore, keep it to reproduce. */
export const SEED = 17;

export function fuzzSuite<T>(
  title: string,
  makeTarget: (harness: FuzzHarness) => FuzzTarget<T>,
  numRuns: number,
  /** What else the file checks on the harness after the cases (that they reached the engine). */
  after?: (harness: FuzzHarness, statuses: Map<number, number>) => void | Promise<void>,
) {
  let harness: FuzzHarness;
  beforeAll(async () => {
    harness = await fuzzHarness();
  }, 60_000);
  afterAll(() => harness?.close());

  it(title, { timeout: 120_000 }, async () => {
    const target = makeTarget(harness);
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(target.arbitrary, async (input) => {
        const verdict = await judge(target, input, harness.errors);
        if (!verdict.ok) throw new Error(`${target.name}: ${verdict.why}\ncase: ${show(input)}`);
        statuses.set(verdict.status, (statuses.get(verdict.status) ?? 0) + 1);
      }),
      { seed: SEED, numRuns },
    );
    await after?.(harness, statuses);
  });
}
