/**
 * `node scripts/stored-fixture.ts VERSION`: writes test/fixtures/stored/VERSION.jsonl and
 * VERSION.json, the records this release stores, for test/store/stored-fixtures.test.ts to read
 * with every later release. It runs `npm start` on a redis-server of its own through a small
 * office day (test/support/office-day.ts: a family's confirmed case and a ticket), stops it and
 * takes a backup (the `npm run backup` format, expiries cleared so the fixture never ages out),
 * with each person's cookie and history beside it. Run it when a release changes a stored
 * shape, before the change, and keep the older fixtures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { writeBackup } from '../src/cli/backup-file.ts';
import { dumpPrefix } from '../src/store/redis/redis-backup.node.ts';
import { startRedis } from '../src/testing/redis-server.node.ts';
import { officeDay } from '../test/support/office-day.ts';
import { startServer } from '../test/support/runtime.ts';

export const FIXTURE_DIR = 'test/fixtures/stored';
export const FIXTURE_PREFIX = 'fixture:';
export const FIXTURE_SECRET = 'stored-fixture-secret-stored-fixture-secret';

/** What the test needs beside the records: who the people are and what they saw. */
export interface FixtureMeta {
  release: string;
  commit: string;
  writtenAt: string;
  prefix: string;
  sessionSecret: string;
  people: Record<'family' | 'asker', { cookie: string; history: string[] }>;
}

if (import.meta.main) {
  const release = process.argv[2];
  if (!release || !/^[\w.-]+$/.test(release)) {
    console.error('usage: node scripts/stored-fixture.ts VERSION   (e.g. 0.1.0)');
    process.exit(2);
  }
  const { execFileSync } = await import('node:child_process');
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const redis = await startRedis();
  const client = new Redis(redis.url);
  try {
    const server = await startServer({
      REDIS_URL: redis.url,
      KEY_PREFIX: FIXTURE_PREFIX,
      SESSION_SECRET: FIXTURE_SECRET,
      STAFF_FILE: '/nonexistent/staff.json',
    });
    const { family, asker } = await officeDay(server.base);
    const people = {
      family: { cookie: family.cookie(), history: await family.history() },
      asker: { cookie: asker.cookie(), history: await asker.history() },
    };
    server.process.kill('SIGTERM');
    await new Promise((r) => server.process.once('exit', r));
    async function* forever() {
      for await (const key of dumpPrefix(client, FIXTURE_PREFIX)) yield { ...key, expiresAt: 0 };
    }
    mkdirSync(FIXTURE_DIR, { recursive: true });
    const written = await writeBackup(join(FIXTURE_DIR, `${release}.jsonl`), FIXTURE_PREFIX, forever(), {});
    const meta: FixtureMeta = {
      release,
      commit,
      writtenAt: new Date().toISOString(),
      prefix: FIXTURE_PREFIX,
      sessionSecret: FIXTURE_SECRET,
      people,
    };
    writeFileSync(join(FIXTURE_DIR, `${release}.json`), `${JSON.stringify(meta, null, 2)}\n`);
    console.log(
      `${FIXTURE_DIR}/${release}.jsonl: ${written.keys} keys of release ${release} (${commit.slice(0, 7)})`,
    );
  } finally {
    client.disconnect();
    await redis.stop();
  }
}
