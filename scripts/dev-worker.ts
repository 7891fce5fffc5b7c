/**
 * `npm run dev:worker`: the Worker on http://127.0.0.1:8787 in `wrangler dev` (local workerd
 * and Durable Objects, offline). On the first run it writes .dev.vars (local secrets, never
 * committed) with a random SESSION_SECRET, cookies allowed over plain http, and the staff
 * accounts of data/staff.json when there are any, so the web chat and the inbox work at once.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

if (!existsSync('.dev.vars')) {
  const staff = existsSync('data/staff.json')
    ? readFileSync('data/staff.json', 'utf8').replace(/\s+/g, ' ')
    : '';
  const secret = [...crypto.getRandomValues(new Uint8Array(32))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
  writeFileSync(
    '.dev.vars',
    `${[`SESSION_SECRET=${secret}`, 'COOKIE_SECURE=false', ...(staff ? [`STAFF_ACCOUNTS='${staff}'`] : [])].join('\n')}\n`,
  );
  console.log(
    `wrote .dev.vars (local secrets)${staff ? ' with the accounts of data/staff.json' : '; add staff with `npm run staff -- add NAME --role admin`, then delete .dev.vars to pick them up'}`,
  );
}
const child = spawn(
  process.execPath,
  [
    join('node_modules', 'wrangler', 'bin', 'wrangler.js'),
    'dev',
    '--ip',
    '127.0.0.1',
    '--port',
    process.env.PORT ?? '8787',
  ],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: 'false',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      WRANGLER_HIDE_BANNER: 'true',
    },
  },
);
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
