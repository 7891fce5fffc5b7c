/**
 * `npm run restore -- FILE [--replace]`: puts a backup of `npm run backup` back: its Redis keys
 * under this KEY_PREFIX (each with its original expiry; keys that expired since are left out)
 * and the office's files where STAFF_FILE and KNOWLEDGE_DIR say. The whole file is checked
 * first. A prefix that already holds keys is refused unless --replace, which empties it first.
 * Stop the server before (docs/deployment.md, "Backups").
 */
import { chmod, mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { type Config, readConfig } from '../runtime/config.node.ts';
import { connectRedisStore } from '../runtime/redis-store-from-config.node.ts';
import { restorePrefix } from '../store/redis/redis-backup.node.ts';
import { backupKeys, checkBackup, officeFiles } from './backup-file.ts';

const USAGE = 'usage: npm run restore -- FILE [--replace]';

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

let config: Config;
let file: string;
let replace: boolean;
try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { replace: { type: 'boolean' } },
  });
  config = readConfig();
  if (positionals.length !== 1 || !positionals[0]) throw new Error('Name one backup file.');
  file = positionals[0];
  replace = values.replace ?? false;
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (!config.REDIS_URL) fail('restore writes into Redis, and REDIS_URL is not set.');

const checked = await checkBackup(file).catch((error: Error) => fail(error.message, 1));
const store = await connectRedisStore({ ...config, REDIS_URL: config.REDIS_URL }).catch((error: Error) =>
  fail(`${error.message} Start Redis or fix REDIS_URL.`, 1),
);
try {
  const result = await restorePrefix(store.redis, config.KEY_PREFIX, backupKeys(file), { replace });
  if (result.refusedBecause !== undefined)
    fail(
      `KEY_PREFIX "${config.KEY_PREFIX}" already holds ${result.refusedBecause} keys: nothing restored. ` +
        'To replace them with the backup, run again with --replace (stop the server first).',
      1,
    );
  const places = officeFiles(config);
  const restoredFiles: string[] = [];
  for (const { name, mode, content } of checked.files) {
    const path = places[name];
    if (!path) continue;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(`${path}.restoring`, content, { mode });
    await chmod(`${path}.restoring`, mode);
    await rename(`${path}.restoring`, path);
    restoredFiles.push(`${name} (${path})`);
  }
  console.log(
    `Restored ${result.restored} Redis keys under "${config.KEY_PREFIX}" from ${file} (written ${checked.header.createdAt} from "${checked.header.prefix}"` +
      `${result.expired ? `; ${result.expired} expired since, left out` : ''}) and ${restoredFiles.length ? restoredFiles.join(', ') : 'no office file'}.`,
  );
} finally {
  await store.close();
}
