/**
 * `npm run backup [-- --out FILE]`: the office's data into one file (default
 * data/backups/enlace-<time>.jsonl, mode 600): every Redis key under KEY_PREFIX (conversations,
 * transcripts, tickets, cases and folios, staff sessions and audit, the intake, the dashboard's
 * figures) and the office's files (STAFF_FILE, KNOWLEDGE_DIR's examples.yaml and reviews.yaml).
 * Same settings as `npm start` (src/runtime/config.node.ts). `npm run restore` puts it back
 * (docs/deployment.md, "Backups").
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Config, readConfig } from '../runtime/config.node.ts';
import { connectRedisStore } from '../runtime/redis-store-from-config.node.ts';
import { dumpPrefix } from '../store/redis/redis-backup.node.ts';
import { officeFiles, writeBackup } from './backup-file.ts';

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

let config: Config;
let out: string;
try {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  config = readConfig();
  out =
    values.out ?? join('data', 'backups', `enlace-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`);
} catch (error) {
  fail(`${(error as Error).message}\nusage: npm run backup [-- --out FILE]`);
}
if (!config.REDIS_URL)
  fail(
    "backup copies Redis, and REDIS_URL is not set. The memory store lives inside `npm start`'s own " +
      'process and ends with it: set REDIS_URL (docs/deployment.md, "From the memory store to Redis").',
  );

const store = await connectRedisStore({ ...config, REDIS_URL: config.REDIS_URL }).catch((error: Error) =>
  fail(`${error.message} Start Redis or fix REDIS_URL.`, 1),
);
try {
  const written = await writeBackup(
    out,
    config.KEY_PREFIX,
    dumpPrefix(store.redis, config.KEY_PREFIX),
    officeFiles(config),
  );
  console.log(
    `Backed up ${written.keys} Redis keys under "${config.KEY_PREFIX}" and ${written.files.length ? written.files.join(', ') : 'no office file'} into ${out}`,
  );
} finally {
  await store.close();
}
