/**
 * The Redis store's filed examples, beyond the shared contract (which keeps a smaller cap, as
 * filing 20,000 one by one takes seconds): one MULTI per filing (RPUSH and LTRIM), the real
 * MAX_FILED_EXAMPLES reached cheaply (the list filled with one RPUSH), no expiry (they are the
 * office's, not a person's), and a stored entry that does not read back as an example skipped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILED_EXAMPLES } from '../../src/core/ports/example-book.ts';
import { createRedisStore, type RedisStore } from '../../src/store/redis/redis-store.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';
import { filedExample } from '../contracts/fixtures.ts';

let redis: Awaited<ReturnType<typeof startRedis>>;
const stores: RedisStore[] = [];

beforeAll(async () => {
  redis = await startRedis();
}, 20_000);
afterAll(async () => {
  for (const s of stores) await s.close();
  await redis?.stop();
});

function make(prefix: string, maxFiledExamples?: number) {
  const store = createRedisStore({
    url: redis.url,
    prefix,
    ...(maxFiledExamples ? { maxFiledExamples } : {}),
  });
  stores.push(store);
  return store;
}

/** The commands Redis ran while `run` ran. */
async function commandsDuring(store: RedisStore, run: () => Promise<unknown>) {
  await store.redis.config('RESETSTAT');
  await run();
  const counts: Record<string, number> = {};
  for (const [, name, calls] of (await store.redis.info('commandstats')).matchAll(
    /^cmdstat_([^:]+):calls=(\d+)/gm,
  ))
    if (name && !/^(config|info)\b/.test(name)) counts[name] = Number(calls);
  return counts;
}

describe('redis store: filed examples', () => {
  it('files one in one MULTI and keeps the last MAX_FILED_EXAMPLES, with no expiry', async () => {
    const store = make('office-e:');
    expect(await store.filedExamples()).toEqual([]); // (and connected: the store connects lazily)
    // Filled to the real cap at once (one RPUSH), then filed past it through the store.
    const old = Array.from({ length: MAX_FILED_EXAMPLES }, (_, i) =>
      JSON.stringify(filedExample(`viejo ${i}`)),
    );
    await store.redis.rpush('office-e:examples', ...old);
    const counts = await commandsDuring(store, () => store.fileExample(filedExample('nuevo')));
    expect(counts).toEqual({ multi: 1, rpush: 1, ltrim: 1, exec: 1 });
    expect(await store.redis.llen('office-e:examples')).toBe(MAX_FILED_EXAMPLES);
    expect(await store.redis.ttl('office-e:examples')).toBe(-1); // the office's: no expiry
    const kept = await store.filedExamples();
    expect(kept).toHaveLength(MAX_FILED_EXAMPLES);
    expect([kept[0]?.text, kept.at(-1)?.text]).toEqual(['viejo 1', 'nuevo']);
  });

  it('skips a stored entry that does not read back as an example, and gives every other one', async () => {
    const store = make('office-f:');
    await store.fileExample(filedExample('antes'));
    await store.redis.rpush(
      'office-f:examples',
      '{not json',
      JSON.stringify({ text: 'sin tema' }),
      JSON.stringify({ ...filedExample('de más'), extra: true }), // not the shape examples.yaml takes
      JSON.stringify(filedExample('x')), // too short
    );
    await store.fileExample(filedExample('después', { topic: 'none', lang: 'ht' }));
    expect(await store.filedExamples()).toEqual([
      filedExample('antes'),
      filedExample('después', { topic: 'none', lang: 'ht' }),
    ]);
  });

  it('keeps fewer when asked, and refuses a cap that keeps nothing', async () => {
    const store = make('office-g:', 3);
    for (const text of ['uno', 'dos', 'tres', 'cuatro']) await store.fileExample(filedExample(text));
    expect((await store.filedExamples()).map((e) => e.text)).toEqual(['dos', 'tres', 'cuatro']);
    expect(() => createRedisStore({ url: redis.url, maxFiledExamples: 0 })).toThrow(RangeError);
    expect(() => createRedisStore({ url: redis.url, maxFiledExamples: 2.5 })).toThrow(RangeError);
  });
});
