/**
 * The Workers part of `npm run bench` (run directly: it prints one JSON line): the bundle's
 * size from `wrangler deploy --dry-run`, then the Worker in `wrangler dev` (local workerd and
 * Durable Objects, offline) with a local Bot API stub: how long until it answers, its first
 * request (a cold isolate builds knowledge and understanding), Telegram webhook
 * acknowledgement times, and web chat messages per second.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { hashPassword } from '../staff/passwords.ts';
import { startFakeBotApi } from '../testing/fake-bot-api.node.ts';
import { benchPersistFolder, startWranglerDev } from '../testing/wrangler-dev.node.ts';
import { runJsonChild } from './child-json.ts';
import { percentile } from './percentile.ts';

const SECRET = 'bench-webhook-secret-0123456789';
const wranglerEnv = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  PATH: `${join(process.cwd(), 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
};

function bundleSize() {
  const out = mkdtempSync(join(tmpdir(), 'enlace-bench-bundle-'));
  execFileSync(
    process.execPath,
    [join('node_modules', 'wrangler', 'bin', 'wrangler.js'), 'deploy', '--dry-run', '--outdir', out],
    {
      env: wranglerEnv,
      stdio: 'pipe',
    },
  );
  const code = readFileSync(join(out, readdirSync(out).find((f) => f.endsWith('.js')) ?? ''));
  return { raw: Math.round(code.length / 1024), gzip: Math.round(gzipSync(code).length / 1024) };
}

export async function benchWorker() {
  const bundle = bundleSize();
  const api = await startFakeBotApi();
  const worker = await startWranglerDev({
    persistTo: benchPersistFolder('enlace-bench-do-'),
    vars: {
      SESSION_SECRET: 'bench-session-secret-bench-session-00',
      TELEGRAM_BOT_TOKEN: '123456789:BENCH-token-for-enlace-00000',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_ROOT: api.apiRoot,
      COOKIE_SECURE: 'false',
      // The benchmark measures the Worker's own speed: 600 first messages from one address
      // would be refused by the rate limits after the first 20.
      RATE_LIMITS: 'off',
      STAFF_ACCOUNTS: JSON.stringify({
        accounts: [{ name: 'ana', role: 'admin', langs: ['es'], hash: hashPassword('x'.repeat(12)) }],
      }),
    },
  });
  try {
    // The first real request: a cold isolate builds knowledge and understanding first.
    const cold0 = performance.now();
    await fetch(`${worker.base}/api/chat/messages`, {
      method: 'POST',
      body: JSON.stringify({ id: 'cold-00000001', text: 'hola' }),
      headers: { 'content-type': 'application/json' },
    });
    const coldMs = performance.now() - cold0;

    // Webhook: time until Telegram gets its 200, one update at a time.
    const acks: number[] = [];
    for (let i = 0; i < 300; i++) {
      const update = {
        update_id: 10_000 + i,
        message: {
          message_id: i,
          date: 0,
          chat: { id: 7000 + i, type: 'private' },
          from: { id: 7000 + i, is_bot: false, first_name: 'B' },
          text: i % 2 ? 'hola' : 'como apostillo un acta',
        },
      };
      const t0 = performance.now();
      await fetch(`${worker.base}/telegram/webhook`, {
        method: 'POST',
        body: JSON.stringify(update),
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      });
      acks.push(performance.now() - t0);
    }
    acks.sort((a, b) => a - b);

    // Web chat: 600 first messages from 600 people, 20 at a time.
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (next < 600) {
          const i = next++;
          await fetch(`${worker.base}/api/chat/messages`, {
            method: 'POST',
            body: JSON.stringify({
              id: `web-${String(i).padStart(8, '0')}`,
              text: 'necesito apostillar un acta de nacimiento',
            }),
            headers: { 'content-type': 'application/json' },
          });
        }
      }),
    );
    const webPerSecond = Math.round(600 / ((performance.now() - started) / 1000));
    return {
      worker_bundle_kib: bundle.raw,
      worker_bundle_gzip_kib: bundle.gzip,
      worker_ready_ms: Math.round(worker.startedInMs),
      worker_cold_first_request_ms: Math.round(coldMs),
      worker_webhook_ack_p50_ms: Number(percentile(acks, 0.5).toFixed(1)),
      worker_webhook_ack_p99_ms: Number(percentile(acks, 0.99).toFixed(1)),
      worker_web_chat_msgs_per_s: webPerSecond,
    };
  } finally {
    await worker.stop();
    await api.close();
  }
}

export function runWorkerBench() {
  return runJsonChild<Awaited<ReturnType<typeof benchWorker>>>(new URL(import.meta.url));
}

if (import.meta.main) {
  console.log(JSON.stringify(await benchWorker()));
  process.exit(0);
}
