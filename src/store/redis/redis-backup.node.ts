/**
 * Every key under a prefix, out of Redis and back in, whatever its type (strings, hashes,
 * sorted sets, streams with their consumer groups): DUMP with the time the key expires, and
 * RESTORE with that same time (ABSTTL), so retention runs on from the original clock and a key
 * that expired since the backup is not brought back. For `npm run backup` and `npm run restore` (src/cli/backup.ts, restore.ts). Keys
 * are kept without their prefix, so a backup can go back under another KEY_PREFIX.
 */
import type { Redis } from 'ioredis';

/** One key as a backup holds it: its name after the prefix, when it expires (ms since 1970; 0: never), its DUMP. */
export interface DumpedKey {
  key: string;
  expiresAt: number;
  dump: Buffer;
}

/** The keys under a prefix, sorted (SCAN, so a big database is never blocked). */
export async function keysUnder(redis: Redis, prefix: string): Promise<string[]> {
  const keys = new Set<string>();
  const pattern = `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
  let cursor = '0';
  do {
    const [next, found] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    for (const key of found) keys.add(key);
    cursor = next;
  } while (cursor !== '0');
  return [...keys].sort();
}

/** Every key under the prefix, dumped one by one (a key deleted meanwhile is left out). */
export async function* dumpPrefix(redis: Redis, prefix: string): AsyncGenerator<DumpedKey> {
  for (const key of await keysUnder(redis, prefix)) {
    // PTTL, not PEXPIRETIME, so Redis 6 does too; the clock read just after is close enough.
    const [[, dump], [, left]] = ((await redis.multi().dumpBuffer(key).pttl(key).exec()) ?? []) as [
      [Error | null, Buffer | null],
      [Error | null, number],
    ];
    if (!dump) continue;
    yield { key: key.slice(prefix.length), expiresAt: left > 0 ? Date.now() + left : 0, dump };
  }
}

/**
 * Puts dumped keys back under the prefix. With `replace`, every key already under it goes first,
 * so the prefix holds the backup and nothing else; without, a prefix that holds anything is
 * refused (returns the count found and restores nothing).
 */
export async function restorePrefix(
  redis: Redis,
  prefix: string,
  keys: AsyncIterable<DumpedKey> | Iterable<DumpedKey>,
  options: { replace: boolean },
): Promise<{ restored: number; expired: number; refusedBecause?: number }> {
  const present = await keysUnder(redis, prefix);
  if (present.length > 0 && !options.replace)
    return { restored: 0, expired: 0, refusedBecause: present.length };
  for (let i = 0; i < present.length; i += 500) await redis.del(...present.slice(i, i + 500));
  let restored = 0;
  let expired = 0;
  for await (const { key, expiresAt, dump } of keys) {
    if (expiresAt > 0 && expiresAt <= Date.now()) {
      expired++;
      continue;
    }
    if (expiresAt > 0) await redis.restore(`${prefix}${key}`, expiresAt, dump, 'REPLACE', 'ABSTTL');
    else await redis.restore(`${prefix}${key}`, 0, dump, 'REPLACE');
    restored++;
  }
  return { restored, expired };
}
