/**
 * The real thing, as far as a test allows: whatsapp-web.js's own Client launching Debian's
 * Chromium headless in a temporary profile. WhatsApp Web must not load, on a machine with
 * internet or without: the browser is told that no host name resolves (Chromium's
 * --host-resolver-rules), so the connection must say it cannot reach WhatsApp in words an
 * admin can act on, schedule a retry, and leave no Chromium behind when stopped. No Chromium
 * is a failure with the install hint, never a skip.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { Browser, LaunchOptions } from 'puppeteer';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClientOptions } from 'whatsapp-web.js';
import pkg from 'whatsapp-web.js';
import {
  createWhatsAppConnection,
  type WhatsAppConnectionOptions,
  type WhatsAppState,
} from '../../src/channels/whatsapp/connection.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';

// The puppeteer that whatsapp-web.js itself uses.
const puppeteer = createRequire(import.meta.resolve('whatsapp-web.js'))('puppeteer') as {
  launch(o: LaunchOptions): Promise<Browser>;
};

/** The library's Client, opening its browser exactly as initialize() does (auth strategy, then
 *  puppeteer with our options), but stopping at the QR code instead of loading WhatsApp Web. */
class QrOnlyClient extends pkg.Client {
  constructor(options: ClientOptions) {
    super(options);
  }
  override async initialize() {
    const self = this as unknown as {
      authStrategy: { beforeBrowserInitialized(): Promise<void> };
      options: { puppeteer: LaunchOptions };
    };
    await self.authStrategy.beforeBrowserInitialized();
    const browser = await puppeteer.launch(self.options.puppeteer);
    this.pupBrowser = browser;
    this.pupPage = (await browser.pages())[0];
    this.emit('qr', 'QR-real-browser');
  }
}

const quiet = { info() {}, warn() {}, error() {} };
const dirs: string[] = [];
const stops: Array<() => Promise<void>> = [];

afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Command lines of the processes that mention `text` (pgrep never lists itself). */
function processesWith(text: string): string[] {
  try {
    return execFileSync('pgrep', ['-af', text], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

/** The library's Client as production makes it, with one more flag: no host name resolves. */
const unreachable = (options: ClientOptions) =>
  new pkg.Client({
    ...options,
    puppeteer: { ...options.puppeteer, args: [...(options.puppeteer?.args ?? []), ...OUT_OF_REACH] },
  });
/** No host name resolves, and no proxy (from the environment) resolves one for it. */
const OUT_OF_REACH = ['--host-resolver-rules=MAP * ~NOTFOUND', '--no-proxy-server'];

function launch(extra: Partial<WhatsAppConnectionOptions> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'enlace-wa-launch-'));
  dirs.push(dataDir);
  const connection = createWhatsAppConnection({
    createClient: unreachable,
    // chromiumPath left out on purpose: the default lookup is what production uses.
    dataDir,
    logger: quiet,
    // Long enough that no second attempt starts during the test.
    backoff: { baseMs: 60_000, maxMs: 60_000 },
    ...extra,
  });
  stops.push(() => connection.stop());
  return { connection, dataDir };
}

async function settle(connection: ReturnType<typeof launch>['connection'], timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  while (!['disconnected', 'pairing', 'ready'].includes(connection.status().state)) {
    if (Date.now() > end) throw new Error(`still ${connection.status().state} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return connection.status();
}

describe('WhatsApp on a real Chromium, WhatsApp Web out of reach', () => {
  it('ends disconnected with a reason an admin can act on, retry scheduled, and no browser left after stop()', {
    timeout: 60_000,
  }, async () => {
    const { connection, dataDir } = launch();
    const seen: WhatsAppState[] = [];
    connection.onStatus((s) => seen.push(s));
    const started = Date.now();
    await connection.start();
    // While it starts, Chromium really runs, on the profile in our temp directory.
    let sawChromium = false;
    while (connection.status().state === 'starting' && Date.now() - started < 40_000) {
      if (!sawChromium) sawChromium = processesWith(dataDir).some((p) => /chrom/i.test(p));
      await new Promise((r) => setTimeout(r, 20));
    }
    const status = await settle(connection, 40_000);
    const elapsed = Date.now() - started;
    console.info(`WhatsApp offline launch: ${elapsed} ms to "${status.state}"`, status);

    expect(status.state, 'WhatsApp Web must not have loaded (no host name resolves)').toBe('disconnected');
    if (status.state !== 'disconnected') return;
    expect(status.reason).toMatch(/cannot reach WhatsApp/);
    expect(status.reason).toMatch(/net::ERR_/);
    expect(status.reason).toMatch(/internet connection/);
    expect(status.problem.code).toBe('unreachable');
    expect(status.attempt).toBe(1);
    expect(status.retryAt).toBeGreaterThan(Date.now()); // recoverable: a retry is scheduled
    expect(seen.map((s) => s.state)).toEqual(['starting', 'disconnected']);
    expect(sawChromium).toBe(true);
    expect(connection.client()).toBeNull();

    await connection.stop();
    expect(connection.status().state).toBe('stopped');
    expect(processesWith(dataDir)).toEqual([]);
  });

  it('stop() while Chromium is still launching leaves no browser behind', { timeout: 60_000 }, async () => {
    const { connection, dataDir } = launch();
    await connection.start();
    // Stop as soon as Chromium is there, while the page is still on its way.
    const until = Date.now() + 20_000;
    while (processesWith(dataDir).length === 0 && Date.now() < until)
      await new Promise((r) => setTimeout(r, 10));
    await connection.stop();
    expect(connection.status().state).toBe('stopped');
    // A negative: give a browser that might have been started after stop() a moment to show up.
    await new Promise((r) => setTimeout(r, 1500));
    expect(processesWith(dataDir)).toEqual([]);
  });

  it('notices when Chromium dies under it, and leaves nothing of it behind', {
    timeout: 60_000,
  }, async () => {
    let client: QrOnlyClient | undefined;
    const { connection, dataDir } = launch({
      createClient: (options) => {
        client = new QrOnlyClient(options);
        return client;
      },
    });
    await connection.start();
    await settle(connection, 40_000);
    expect(connection.status().state).toBe('pairing');
    expect(processesWith(dataDir).length).toBeGreaterThan(0);

    client?.pupBrowser?.process()?.kill('SIGKILL');
    const end = Date.now() + 10_000;
    while (connection.status().state !== 'disconnected' && Date.now() < end)
      await new Promise((r) => setTimeout(r, 20));
    const status = connection.status();
    expect(status.state === 'disconnected' && status.reason).toMatch(
      /Chromium\) exited unexpectedly.*memory/,
    );
    await connection.stop();
    expect(processesWith(dataDir)).toEqual([]);
  });

  it('does the same with the session in Redis (RemoteAuth), and lets go of the lock', {
    timeout: 60_000,
  }, async () => {
    const server = await startRedis();
    const redis = new Redis(server.url);
    try {
      const { connection, dataDir } = launch({ redis: { client: redis, prefix: 'launch:' } });
      await connection.start();
      const status = await settle(connection, 40_000);
      expect(status.state === 'disconnected' && status.reason).toMatch(/cannot reach WhatsApp.*net::ERR_/);
      expect(await redis.exists('launch:whatsapp:lock:enlace')).toBe(1);
      await connection.stop();
      expect(processesWith(dataDir)).toEqual([]);
      expect(await redis.exists('launch:whatsapp:lock:enlace')).toBe(0);
    } finally {
      redis.disconnect();
      await server.stop();
    }
  });
});
