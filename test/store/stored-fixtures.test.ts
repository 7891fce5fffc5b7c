/**
 * Records stored by earlier releases stay readable (issue 35): each fixture in
 * test/fixtures/stored/ (written by scripts/stored-fixture.ts from a release's own `npm start`)
 * goes into a redis-server of the test's own, and this release's server and store read it: both
 * people see their whole conversations, the tickets and the family's case with its folio are
 * there, and the family's next message continues where they were (waiting for staff), never
 * a conversation started again. A release that changes a stored shape ships its migration, or
 * this test fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR, type FixtureMeta } from '../../scripts/stored-fixture.ts';
import { backupKeys, checkBackup } from '../../src/cli/backup-file.ts';
import { restorePrefix } from '../../src/store/redis/redis-backup.node.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';
import { webPerson } from '../support/office-day.ts';
import { startServer } from '../support/runtime.ts';

const releases = readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
let redis: Awaited<ReturnType<typeof startRedis>>;
let client: Redis;

beforeAll(async () => {
  redis = await startRedis();
  client = new Redis(redis.url);
}, 20_000);
afterAll(async () => {
  client?.disconnect();
  await redis?.stop();
});

/** The conversation a web chat cookie names. */
const conversationOf = (cookie: string) =>
  `web:${decodeURIComponent(cookie.split('=')[1] ?? '').split('.')[0]}`;

describe('stored records of earlier releases', () => {
  it('has a fixture of at least the first release', () => {
    expect(releases).toContain('0.1.0');
  });

  it.each(releases)('reads release %s', { timeout: 120_000 }, async (release) => {
    const meta = JSON.parse(readFileSync(join(FIXTURE_DIR, `${release}.json`), 'utf8')) as FixtureMeta;
    const file = join(FIXTURE_DIR, `${release}.jsonl`);
    const prefix = `r${release.replace(/\W/g, '-')}:`;
    const checked = await checkBackup(file);
    const restored = await restorePrefix(client, prefix, backupKeys(file), { replace: true });
    expect(restored.restored).toBe(checked.keys);

    const store = createRedisStore({ url: redis.url, prefix });
    await store.redis.connect();
    try {
      const family = conversationOf(meta.people.family.cookie);
      const asker = conversationOf(meta.people.asker.cookie);
      const tickets = await store.listTickets();
      expect(tickets.map((t) => t.conversationId).sort()).toEqual([family, asker].sort());
      const [found] = await store.casesOf(family);
      expect(found?.folio).toMatch(/^[A-Z]{3}-\d{4}$/);
      expect(found?.topic).toBe('remains_repatriation');
      expect(JSON.stringify(tickets.find((t) => t.conversationId === family))).toContain('José Luis Ramírez');
      expect(await store.conversationOfFolio(found?.folio ?? '')).toBe(family);
      expect((await store.getTranscript(asker)).map((l) => l.text)).toEqual(meta.people.asker.history);
    } finally {
      await store.close();
    }

    const server = await startServer({
      REDIS_URL: redis.url,
      KEY_PREFIX: prefix,
      SESSION_SECRET: meta.sessionSecret,
    });
    try {
      const family = webPerson(server.base, meta.people.family.cookie);
      const asker = webPerson(server.base, meta.people.asker.cookie);
      expect(await family.history()).toEqual(meta.people.family.history);
      expect(await asker.history()).toEqual(meta.people.asker.history);
      const next = await family.send({ text: 'gracias, aquí sigo' });
      expect(next).toMatch(/Sigues en la fila|llega al personal/);
      expect(next).not.toMatch(/soy Enlace/);
      expect(server.output()).not.toContain('could not be restored');
    } finally {
      server.process.kill('SIGTERM');
      await new Promise((r) => server.process.once('exit', r));
    }
  });
});
