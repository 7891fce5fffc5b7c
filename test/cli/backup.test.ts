/**
 * `npm run backup` → wipe → `npm run restore`, with real processes: `npm start` on a
 * redis-server of the test's own takes a family's case (the remains form, confirmed) and a
 * request for a person (a ticket in the queue); the server stops, the backup is taken, Redis
 * is emptied and the office's files deleted; after the restore every key is back with the same
 * value (read by its type) and its expiry, the files with their bytes and modes, and the server started again
 * shows both people their whole conversations. Restoring over data is refused without
 * --replace; with it, the prefix holds the backup and nothing else; a cut-off file is refused.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis } from '../../src/testing/redis-server.node.ts';
import { officeDay } from '../support/office-day.ts';
import { startServer } from '../support/runtime.ts';

const PREFIX = 'bk:';
let redis: Awaited<ReturnType<typeof startRedis>>;
let client: Redis;
const dir = mkdtempSync(join(tmpdir(), 'enlace-backup-'));
const env = () => ({
  REDIS_URL: redis.url,
  KEY_PREFIX: PREFIX,
  SESSION_SECRET: 'backup-test-secret-backup-test-secret-00',
  STAFF_FILE: join(dir, 'staff.json'),
  KNOWLEDGE_DIR: join(dir, 'knowledge'),
});

function npm(script: string, ...args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [`src/cli/${script}.ts`, ...args],
      { env: { ...process.env, ...env() }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

/** A key's whole value, read by its type (a DUMP's bytes may differ once restored: Redis re-encodes). */
async function readValue(key: string): Promise<unknown> {
  const type = await client.type(key);
  if (type === 'string') return [type, await client.get(key)];
  if (type === 'hash') return [type, await client.hgetall(key)];
  if (type === 'list') return [type, await client.lrange(key, 0, -1)];
  if (type === 'set') return [type, (await client.smembers(key)).sort()];
  if (type === 'zset') return [type, await client.call('ZRANGE', key, '0', '-1', 'WITHSCORES')];
  if (type === 'stream')
    return [type, await client.xrange(key, '-', '+'), await client.call('XINFO', 'GROUPS', key)];
  throw new Error(`a key of type ${type}: ${key}`);
}

/** Every key under the prefix: its value and whether it expires. */
async function snapshot(): Promise<Map<string, { value: unknown; expires: boolean }>> {
  const keys = (await client.keys(`${PREFIX}*`)).sort();
  const out = new Map<string, { value: unknown; expires: boolean }>();
  for (const key of keys)
    out.set(key, { value: await readValue(key), expires: (await client.pttl(key)) > 0 });
  return out;
}

beforeAll(async () => {
  redis = await startRedis();
  client = new Redis(redis.url);
}, 20_000);
afterAll(async () => {
  client?.disconnect();
  await redis?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('gives back the same conversations, tickets, cases and office files', { timeout: 180_000 }, async () => {
    expect((await npm('staff', 'add', 'ana', '--role', 'admin')).code).toBe(0);
    mkdirSync(join(dir, 'knowledge'));
    writeFileSync(join(dir, 'knowledge', 'examples.yaml'), readFileSync('knowledge/examples.yaml'));
    writeFileSync(join(dir, 'knowledge', 'reviews.yaml'), readFileSync('knowledge/reviews.yaml'));

    const server = await startServer({ ...env(), KNOWLEDGE_DIR: 'knowledge' });
    const { family, asker } = await officeDay(server.base);
    const before = { family: await family.history(), asker: await asker.history() };
    server.process.kill('SIGTERM');
    await new Promise((r) => server.process.once('exit', r));

    const kept = await snapshot();
    // What must come back: both conversations, the family's case (its folio) and the ticket.
    expect([...kept.keys()]).toEqual(
      expect.arrayContaining([`${PREFIX}folios`, `${PREFIX}queue`, `${PREFIX}intake`]),
    );
    expect([...kept.keys()].filter((k) => k.startsWith(`${PREFIX}transcript:`))).toHaveLength(2);
    const files = ['staff.json', 'knowledge/examples.yaml', 'knowledge/reviews.yaml'].map((f) =>
      join(dir, f),
    );
    const bytes = files.map((f) => [readFileSync(f), statSync(f).mode & 0o777] as const);
    expect(bytes[0]?.[1]).toBe(0o600);

    const file = join(dir, 'backup.jsonl');
    const backup = await npm('backup', '--out', file);
    expect(backup.output).toContain(
      `Backed up ${kept.size} Redis keys under "${PREFIX}" and staff, examples, reviews`,
    );
    expect(backup.code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    // The wipe: Redis emptied, the office's files gone.
    await client.flushall();
    for (const f of files) await rm(f);
    const restore = await npm('restore', file);
    expect(restore.output).toContain(`Restored ${kept.size} Redis keys`);
    expect(restore.code).toBe(0);
    expect(await snapshot()).toEqual(kept);
    expect(files.map((f) => [readFileSync(f), statSync(f).mode & 0o777] as const)).toEqual(bytes);

    const again = await startServer({ ...env(), KNOWLEDGE_DIR: 'knowledge' });
    try {
      expect(await family.history(again.base)).toEqual(before.family);
      expect(await asker.history(again.base)).toEqual(before.asker);
      expect(before.family.join('\n')).toContain('Nombre: José Luis Ramírez');
    } finally {
      again.process.kill('SIGTERM');
      await new Promise((r) => again.process.once('exit', r));
    }

    // Over data: refused without --replace; with it, the backup and nothing else.
    await client.set(`${PREFIX}stray`, 'not in the backup');
    const refused = await npm('restore', file);
    expect(refused.output).toMatch(/already holds \d+ keys: nothing restored/);
    expect(refused.code).not.toBe(0);
    expect(await client.get(`${PREFIX}stray`)).toBe('not in the backup');
    const replaced = await npm('restore', file, '--replace');
    expect(replaced.code).toBe(0);
    expect(await client.exists(`${PREFIX}stray`)).toBe(0);

    // A file cut off in the middle is refused before anything is touched.
    const cut = join(dir, 'cut.jsonl');
    writeFileSync(cut, readFileSync(file).subarray(0, Math.floor(statSync(file).size / 2)));
    await client.set(`${PREFIX}stray`, 'still here');
    const partial = await npm('restore', cut, '--replace');
    expect(partial.output).toMatch(/cut off/);
    expect(partial.code).not.toBe(0);
    expect(await client.get(`${PREFIX}stray`)).toBe('still here');
  });
});
