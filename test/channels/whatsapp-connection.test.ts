/**
 * The WhatsApp connection supervisor (its backoff is in whatsapp-backoff.test.ts). The client is a subclass of whatsapp-web.js's
 * real Client (its own constructor, auth strategy set-up and EventEmitter events) whose
 * initialize() plays a script instead of opening a browser: QR then ready, a network failure, a
 * page that never loads, a later disconnection. The session lock runs on a real redis-server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ClientOptions } from 'whatsapp-web.js';
import pkg from 'whatsapp-web.js';
import {
  createWhatsAppConnection,
  type WhatsAppConnection,
  type WhatsAppConnectionOptions,
  type WhatsAppState,
} from '../../src/channels/whatsapp/connection.node.ts';
import { acquireSessionLock } from '../../src/channels/whatsapp/session-lock.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';

const { Client, LocalAuth, RemoteAuth } = pkg;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quiet = { info() {}, warn() {}, error() {} };
// Never launched: the scripted client opens no browser. start() only checks it is executable.
const anyExecutable = process.execPath;

type Script = (client: ScriptedClient) => Promise<void>;

/** The library's Client, with initialize() replaced by a script; destroy() is recorded and, as a
 *  real browser closing would, makes a pending page load fail. */
class ScriptedClient extends Client {
  script: Script = async () => {};
  destroyed = 0;
  given: ClientOptions;
  private hang: { reject: (e: Error) => void } | null = null;
  constructor(options: ClientOptions) {
    super(options);
    this.given = options;
  }
  override async initialize() {
    await this.script(this);
  }
  /** A page load that only ends when the browser is closed. */
  hangUntilDestroyed() {
    return new Promise<void>((_, reject) => {
      this.hang = { reject };
    });
  }
  override async destroy() {
    this.destroyed += 1;
    this.hang?.reject(new Error('Protocol error: Target closed'));
    await super.destroy();
  }
}

/** A connection whose n-th client (from 0) plays scripts[n] (the last one repeats). */
function scripted(scripts: Script[], extra: Partial<WhatsAppConnectionOptions> = {}) {
  const clients: ScriptedClient[] = [];
  const states: Array<WhatsAppState & { at: number }> = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'enlace-wa-test-'));
  dirs.push(dataDir);
  const connection = createWhatsAppConnection({
    chromiumPath: anyExecutable,
    dataDir,
    logger: quiet,
    backoff: { baseMs: 80, maxMs: 1000 },
    createClient(options) {
      const client = new ScriptedClient(options);
      client.script = scripts[Math.min(clients.length, scripts.length - 1)] ?? (async () => {});
      clients.push(client);
      return client;
    },
    ...extra,
  });
  connection.onStatus((s) => states.push({ ...s, at: Date.now() }));
  open.push(connection);
  return { connection, clients, states, dataDir, names: () => states.map((s) => s.state) };
}

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(10);
  }
}

const qrThenReady: Script = async (c) => {
  c.emit('qr', 'QR-1');
  c.emit('authenticated');
  c.emit('ready');
};
const offline: Script = async () => {
  throw new Error('net::ERR_NAME_NOT_RESOLVED at https://web.whatsapp.com/');
};

const dirs: string[] = [];
const open: WhatsAppConnection[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.stop()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the WhatsApp connection', () => {
  it('shows the QR code, then becomes ready, with the library options it needs', async () => {
    const { connection, clients, names, states, dataDir } = scripted([qrThenReady]);
    expect(connection.status().state).toBe('stopped');
    const before = Math.floor(Date.now() / 1000);
    await connection.start();
    await until(() => connection.status().state === 'ready');
    expect(names()).toEqual(['starting', 'pairing', 'starting', 'ready']);
    expect(states[1]).toMatchObject({ state: 'pairing', qr: 'QR-1' });
    expect(connection.client()).toBe(clients[0]);
    expect(connection.readyAt()).toBeGreaterThanOrEqual(before);
    expect(connection.readyAt()).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));

    const options = clients[0]?.given;
    expect(options?.puppeteer).toMatchObject({ executablePath: anyExecutable, headless: true });
    expect(options?.puppeteer?.args).toEqual(
      expect.arrayContaining(['--no-sandbox', '--disable-dev-shm-usage']),
    );
    expect(options?.authStrategy).toBeInstanceOf(LocalAuth);
    expect(options?.authStrategy).toMatchObject({ dataPath: resolve(dataDir), clientId: 'enlace' });

    await connection.stop();
    expect(clients[0]?.destroyed).toBeGreaterThan(0);
    expect(connection.status().state).toBe('stopped');
    expect(connection.client()).toBeNull();
  });

  it('hands over the messages of the current client only', async () => {
    const { connection, clients } = scripted([qrThenReady]);
    const got: unknown[] = [];
    const off = connection.onMessage((m) => got.push(m));
    await connection.start();
    await until(() => connection.status().state === 'ready');
    const message = { id: { _serialized: 'm1' }, body: 'Bonjou' };
    clients[0]?.emit('message', message);
    expect(got).toEqual([message]);
    off();
    clients[0]?.emit('message', { body: 'after unsubscribing' });
    expect(got).toHaveLength(1);
  });

  it('retries a network failure after the backoff, longer each time, then resets on ready', async () => {
    const { connection, clients, states } = scripted([offline, offline, qrThenReady, async () => {}]);
    await connection.start();
    await until(() => connection.status().state === 'ready');
    const failures = states.filter((s) => s.state === 'disconnected');
    expect(failures.map((s) => s.attempt)).toEqual([1, 2]);
    for (const f of failures) {
      expect(f.reason).toMatch(/cannot reach WhatsApp .*net::ERR_NAME_NOT_RESOLVED.*internet connection/);
      // What the inbox words in the admin's language (locales: inbox.whatsapp.problems.unreachable).
      expect(f.problem).toEqual({ code: 'unreachable', detail: 'net::ERR_NAME_NOT_RESOLVED' });
      expect(f.retryAt).not.toBeNull();
    }
    const [first, second] = failures;
    // Attempt n waits between half and all of 80 ms × 2^(n-1).
    expect((first?.retryAt ?? 0) - (first?.since ?? 0)).toBeGreaterThanOrEqual(40);
    expect((first?.retryAt ?? 0) - (first?.since ?? 0)).toBeLessThanOrEqual(80);
    expect((second?.retryAt ?? 0) - (second?.since ?? 0)).toBeGreaterThanOrEqual(80);
    expect((second?.retryAt ?? 0) - (second?.since ?? 0)).toBeLessThanOrEqual(160);
    // The next attempt really waited: its 'starting' comes no earlier than the retry time.
    const restart = states[states.indexOf(first as (typeof states)[number]) + 1];
    expect(restart?.state).toBe('starting');
    expect(restart?.at ?? 0).toBeGreaterThanOrEqual((first?.retryAt ?? 0) - 5);
    expect(clients.map((c) => c.destroyed > 0)).toEqual([true, true, false]);

    // Ready reset the count: the next disconnection is attempt 1 again, and the browser is closed.
    clients[2]?.emit('disconnected', 'LOGOUT');
    expect(connection.status()).toMatchObject({ state: 'disconnected', attempt: 1 });
    const status = connection.status();
    expect(status.state === 'disconnected' && status.reason).toMatch(/unlinked.*scan the new QR code/);
    expect(status.state === 'disconnected' && status.problem).toEqual({ code: 'unlinked', detail: 'LOGOUT' });
    expect(connection.client()).toBeNull();
    await until(() => (clients[2]?.destroyed ?? 0) > 0);
    await until(() => clients.length === 4);
  });

  it('stop() cancels a scheduled retry and leaves no client behind', async () => {
    const { connection, clients } = scripted([offline], { backoff: { baseMs: 300, maxMs: 300 } });
    await connection.start();
    await until(() => connection.status().state === 'disconnected');
    await connection.stop();
    await sleep(400);
    expect(clients).toHaveLength(1);
    expect(clients[0]?.destroyed).toBeGreaterThan(0);
    expect(connection.status().state).toBe('stopped');
  });

  it('gives up on a page that never loads, and closes its browser', async () => {
    const { connection, clients } = scripted([(c) => c.hangUntilDestroyed()], {
      startTimeoutMs: 100,
      backoff: { baseMs: 5000 },
    });
    await connection.start();
    await until(() => connection.status().state === 'disconnected');
    const status = connection.status();
    expect(status.state === 'disconnected' && status.reason).toMatch(
      /did not load within .*internet connection/,
    );
    expect(clients[0]?.destroyed).toBeGreaterThan(0);
    expect(clients).toHaveLength(1);
  });

  it('reports a refused session, then retries', async () => {
    const { connection, clients } = scripted([async (c) => void c.emit('auth_failure', 'restore failed')]);
    await connection.start();
    await until(() => connection.status().state === 'disconnected');
    const status = connection.status();
    expect(status.state === 'disconnected' && status.reason).toMatch(/restore failed.*scan the new QR code/);
    await until(() => clients.length >= 2);
  });

  it('refuses to start without Chromium, saying what to install', async () => {
    const { connection, clients } = scripted([qrThenReady], { chromiumPath: '/nonexistent/chromium' });
    const error = await connection.start().then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/\/nonexistent\/chromium/);
    expect(error?.message).toMatch(/apt-get install -y chromium/);
    expect(error?.message).toMatch(/PUPPETEER_EXECUTABLE_PATH/);
    expect(clients).toHaveLength(0);
    expect(connection.status().state).toBe('stopped');
  });
});

describe('the WhatsApp connection with Redis', () => {
  let server: Awaited<ReturnType<typeof startRedis>>;
  let redis: Redis;
  beforeAll(async () => {
    server = await startRedis();
    redis = new Redis(server.url);
  }, 20_000);
  afterAll(async () => {
    redis?.disconnect();
    await server?.stop();
  });

  it('waits in standby while another instance drives the session, and takes over when it stops', async () => {
    const prefix = 'standby:';
    const other = await acquireSessionLock(redis, `${prefix}whatsapp:lock:enlace`, { leaseMs: 5000 });
    expect(other).not.toBeNull();
    const { connection, clients, names } = scripted([qrThenReady], {
      redis: { client: redis, prefix },
      lock: { leaseMs: 600, retryMs: 50 },
    });
    await connection.start();
    await until(() => connection.status().state === 'standby');
    await sleep(200); // a few more tries: still standby, no browser, no flapping states
    expect(clients).toHaveLength(0);
    expect(names()).toEqual(['starting', 'standby']);
    const status = connection.status();
    expect(status.state === 'standby' && status.reason).toMatch(/another Enlace instance/);

    await other?.release();
    await until(() => connection.status().state === 'ready');
    expect(clients[0]?.given.authStrategy).toBeInstanceOf(RemoteAuth);
    expect(await redis.get(`${prefix}whatsapp:lock:enlace`)).not.toBeNull();

    // Someone else takes the lock: this instance closes its browser and steps back.
    await redis.set(`${prefix}whatsapp:lock:enlace`, 'intruder', 'PX', 5000);
    await until(() => connection.status().state === 'standby', 3000);
    await until(() => (clients[0]?.destroyed ?? 0) > 0);
    expect(connection.client()).toBeNull();

    await connection.stop();
    // stop() releases only our own lock: the intruder's stays.
    expect(await redis.get(`${prefix}whatsapp:lock:enlace`)).toBe('intruder');
  });

  it('releases the lock on stop, so another instance can drive at once', async () => {
    const prefix = 'release:';
    const { connection } = scripted([qrThenReady], { redis: { client: redis, prefix } });
    await connection.start();
    await until(() => connection.status().state === 'ready');
    expect(await redis.exists(`${prefix}whatsapp:lock:enlace`)).toBe(1);
    await connection.stop();
    expect(await redis.exists(`${prefix}whatsapp:lock:enlace`)).toBe(0);
  });
});
