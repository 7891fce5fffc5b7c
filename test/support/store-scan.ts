/**
 * Everything a store keeps, key by key with its value as text, for tests that look for what
 * names a person (the erase scan, staff actions refused on an unknown conversation): the
 * memory store's maps, or every Redis key under a prefix (SCAN), each value read by its type.
 */
import type { Redis } from 'ioredis';
import type { MemoryStore } from '../../src/store/memory/memory-store.ts';

/** One stored key with its value, as text. */
export interface Kept {
  key: string;
  text: string;
}

/** Maps and sets as their entries, bytes left out (files hold no text to look for). */
export const asText = (value: unknown) =>
  JSON.stringify(value, (_key, v) =>
    v instanceof Map || v instanceof Set ? [...v] : v instanceof Uint8Array ? undefined : v,
  );

export function walkMemory(store: MemoryStore): Kept[] {
  return Object.entries(store.kept()).flatMap(([name, container]) => {
    const entries =
      container instanceof Map || container instanceof Set || Array.isArray(container)
        ? [...container]
        : [container];
    return entries.map((entry) => ({ key: name, text: asText(entry) }));
  });
}

export async function scanRedis(redis: Redis, prefix: string): Promise<Kept[]> {
  const keys: string[] = [];
  for await (const batch of redis.scanStream({ match: `${prefix}*`, count: 500 })) keys.push(...batch);
  const read: Record<string, (key: string) => Promise<unknown>> = {
    string: (key) => redis.get(key),
    hash: (key) => redis.hgetall(key),
    list: (key) => redis.lrange(key, 0, -1),
    set: (key) => redis.smembers(key),
    zset: (key) => redis.zrange(key, '0', '-1', 'WITHSCORES'),
    stream: (key) => redis.xrange(key, '-', '+'),
  };
  return await Promise.all(
    keys.map(async (key) => {
      const type = await redis.type(key);
      return { key, text: asText(await (read[type]?.(key) ?? Promise.resolve(type))) };
    }),
  );
}
