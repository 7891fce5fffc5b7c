/**
 * `npm run bench` stays honest when a part fails: the part's child process is named with its
 * own error in one line, the run goes on with the other parts, and the report shows "—" where
 * the failed part's figures would be, never "undefined" (src/bench/bench-parts.ts, child-json.ts).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchParts, figures } from '../../src/bench/bench-parts.ts';
import { runJsonChild } from '../../src/bench/child-json.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bench-parts-'));
  await writeFile(
    join(dir, 'fails.mjs'),
    "console.log('{\"half\":1}');\nthrow new RangeError('the store went away');\n",
  );
  await writeFile(
    join(dir, 'works.mjs'),
    "console.log('noise');\nconsole.log(JSON.stringify({ perSecond: 5000 }));\n",
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the bench parts', () => {
  it('name a failed part and its child error in one line, and keep the figures of the others', async () => {
    const parts = benchParts();
    const failed = await parts.run('Redis', () => runJsonChild(join(dir, 'fails.mjs'), ['10000']));
    const worked = await parts.run('Workers', () =>
      runJsonChild<{ perSecond: number }>(join(dir, 'works.mjs')),
    );
    expect(failed).toBeUndefined();
    expect(worked).toEqual({ perSecond: 5000 });
    expect(parts.failures).toEqual([
      'bench: the Redis part failed: Error: fails.mjs 10000 failed (exit 1): RangeError: the store went away',
    ]);
  });

  it('show a figure a failed part did not give as a dash', () => {
    const result: { perSecond?: number; p99?: number } = { perSecond: 5000 };
    expect(figures`| Redis | ${result.perSecond} / ${result.p99} ms |`).toBe('| Redis | 5000 / — ms |');
  });
});
