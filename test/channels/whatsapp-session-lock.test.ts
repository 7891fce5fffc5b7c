/**
 * The Redis side of the WhatsApp session, on a real redis-server: the lock that lets one instance
 * drive the session (two holders, lease expiry after a holder dies, release of our own lock only,
 * takeover noticed), and the RemoteAuth store, also driven by the library's real RemoteAuth so the
 * zip files are where it really puts them.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import pkg from 'whatsapp-web.js';
import { createRedisAuthStore, createRemoteAuth } from '../../src/channels/whatsapp/redis-auth-store.node.ts';
import { acquireSessionLock } from '../../src/channels/whatsapp/session-lock.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';

const { Client } = pkg;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(20);
  }
}

let server: Awaited<ReturnType<typeof startRedis>>;
let redis: Redis;
const connections: Redis[] = [];
const dirs: string[] = [];
const connect = () => {
  const r = new Redis(server.url, { maxRetriesPerRequest: 1 });
  connections.push(r);
  return r;
};
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'enlace-wa-redis-'));
  dirs.push(d);
  return d;
};

beforeAll(async () => {
  server = await startRedis();
  redis = connect();
}, 20_000);
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
afterAll(async () => {
  for (const c of connections) c.disconnect();
  await server?.stop();
});

describe('the WhatsApp session lock', () => {
  it('lets only one holder in at a time', async () => {
    const first = await acquireSessionLock(connect(), 'lock:one', { leaseMs: 5000 });
    const second = await acquireSessionLock(connect(), 'lock:one', { leaseMs: 5000 });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    expect(await redis.get('lock:one')).toBe(first?.token);
    expect(await redis.pttl('lock:one')).toBeGreaterThan(4000);
    await first?.release();
  });

  it('keeps the lease alive while held, past its first expiry', async () => {
    const acquired = Date.now();
    const lock = await acquireSessionLock(connect(), 'lock:renew', { leaseMs: 500 });
    // Waits for the renewals themselves: each one pushes the key's expiry up again, and four
    // of them (one every third of the lease) take the lock past its first expiry.
    let renewals = 0;
    let last = await redis.pttl('lock:renew');
    await until(async () => {
      const ttl = await redis.pttl('lock:renew');
      if (ttl > last) renewals += 1;
      last = ttl;
      return renewals >= 4;
    });
    expect(Date.now() - acquired).toBeGreaterThan(500);
    expect(lock?.held()).toBe(true);
    expect(await redis.get('lock:renew')).toBe(lock?.token);
    expect(await acquireSessionLock(connect(), 'lock:renew', { leaseMs: 500 })).toBeNull();
    await lock?.release();
  });

  it('lets the second in once the first holder dies and its lease runs out', async () => {
    const dying = connect();
    let lost = 0;
    const first = await acquireSessionLock(dying, 'lock:death', { leaseMs: 400, onLost: () => lost++ });
    expect(first).not.toBeNull();
    // The instance dies: its connection goes, so it can renew no more.
    dying.disconnect();
    const other = connect();
    expect(await acquireSessionLock(other, 'lock:death', { leaseMs: 400 })).toBeNull();
    await until(async () => (await redis.exists('lock:death')) === 0);
    const second = await acquireSessionLock(other, 'lock:death', { leaseMs: 5000 });
    expect(second).not.toBeNull();
    // The first noticed, from its failed renewals, that the lease may be gone: it stops driving.
    await until(() => first?.held() === false);
    expect(lost).toBe(1);
    // And its release cannot delete the new holder's lock.
    expect(await first?.release()).toBe(false);
    expect(await redis.get('lock:death')).toBe(second?.token);
    await second?.release();
  });

  it('releases only its own lock', async () => {
    const lock = await acquireSessionLock(connect(), 'lock:mine', { leaseMs: 200, renewEveryMs: 10_000 });
    // Expires without renewal (the renewal timer is far off).
    await until(async () => (await redis.exists('lock:mine')) === 0);
    const next = await acquireSessionLock(connect(), 'lock:mine', { leaseMs: 5000 });
    expect(next).not.toBeNull();
    expect(await lock?.release()).toBe(false);
    expect(await redis.get('lock:mine')).toBe(next?.token);
    expect(await next?.release()).toBe(true);
    expect(await redis.exists('lock:mine')).toBe(0);
    expect(next?.held()).toBe(false);
  });

  it('calls onLost once when someone else took over, and stops renewing', async () => {
    let lost = 0;
    const lock = await acquireSessionLock(connect(), 'lock:taken', {
      leaseMs: 300,
      renewEveryMs: 50,
      onLost: () => lost++,
    });
    await redis.set('lock:taken', 'someone-else', 'PX', 5000);
    await until(() => lost > 0);
    // A negative: no second call in the next few renewal periods (nothing to wait for but time).
    await sleep(150);
    expect(lost).toBe(1);
    expect(lock?.held()).toBe(false);
    expect(await redis.get('lock:taken')).toBe('someone-else');
    expect(await redis.pttl('lock:taken')).toBeGreaterThan(4000); // never extended by the loser
  });
});

describe('the WhatsApp session in Redis (RemoteAuth store)', () => {
  it('saves a zip, tells that it exists, extracts it byte for byte, and deletes it', async () => {
    const dataPath = tempDir();
    const store = createRedisAuthStore({ redis, prefix: 'office:', dataPath });
    const session = 'RemoteAuth-enlace';
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x0d, 0x0a, 0x80, 0x00, 0x7f]);
    writeFileSync(join(dataPath, `${session}.zip`), zip);

    expect(await store.sessionExists({ session })).toBe(false);
    await store.save({ session });
    expect(await store.sessionExists({ session })).toBe(true);
    expect(store.key(session)).toBe('office:whatsapp:session:RemoteAuth-enlace');
    expect(Buffer.compare((await redis.getBuffer(store.key(session))) ?? Buffer.alloc(0), zip)).toBe(0);

    const out = join(tempDir(), 'restored.zip');
    await store.extract({ session, path: out });
    expect(Buffer.compare(readFileSync(out), zip)).toBe(0);

    await store.delete({ session });
    expect(await store.sessionExists({ session })).toBe(false);
    await expect(store.extract({ session, path: out })).rejects.toThrow(/no longer in Redis.*QR code/);
  });

  it('says what is wrong when RemoteAuth left no zip to save', async () => {
    const store = createRedisAuthStore({ redis, prefix: 'office:', dataPath: tempDir() });
    await expect(store.save({ session: 'RemoteAuth-none' })).rejects.toThrow(/wrote no RemoteAuth-none\.zip/);
  });

  it("round-trips a browser profile through the library's own RemoteAuth, without files in the working directory", async () => {
    const dataPath = tempDir();
    const warnings: string[] = [];
    const logger = { warn: (m: string) => warnings.push(m) };
    const options = { client: redis, prefix: 'roundtrip:', clientId: 'office1', dataPath, logger };

    // First instance: a fresh profile (nothing in Redis yet), with some WhatsApp Web state in it.
    const auth = createRemoteAuth({ ...options, canSave: () => true });
    const client = new Client({ authStrategy: auth, puppeteer: {} });
    await auth.beforeBrowserInitialized();
    const profile = join(dataPath, 'RemoteAuth-office1');
    expect(existsSync(profile)).toBe(true);
    mkdirSync(join(profile, 'Default', 'Local Storage', 'leveldb'), { recursive: true });
    writeFileSync(join(profile, 'Default', 'Local Storage', 'leveldb', '000003.log'), 'linked-device-keys');
    writeFileSync(join(profile, 'Default', 'Cookies'), 'not needed to restore');
    let saved = 0;
    client.on('remote_session_saved', () => saved++);
    const internals = auth as unknown as { storeRemoteSession(o?: { emit: boolean }): Promise<void> };
    await internals.storeRemoteSession({ emit: true });
    expect(saved).toBe(1);
    expect(await redis.exists('roundtrip:whatsapp:session:RemoteAuth-office1')).toBe(1);
    expect(existsSync(join(dataPath, 'RemoteAuth-office1.zip'))).toBe(false); // cleaned up
    expect(existsSync(join(process.cwd(), 'RemoteAuth-office1.zip'))).toBe(false);

    // Another instance on an empty disk restores it from Redis.
    rmSync(profile, { recursive: true, force: true });
    const next = createRemoteAuth({ ...options, canSave: () => true });
    new Client({ authStrategy: next, puppeteer: {} });
    await next.beforeBrowserInitialized();
    expect(readFileSync(join(profile, 'Default', 'Local Storage', 'leveldb', '000003.log'), 'utf8')).toBe(
      'linked-device-keys',
    );
    expect(existsSync(join(profile, 'Default', 'Cookies'))).toBe(false); // RemoteAuth keeps only what it needs

    // Without the lock, or after destroy(), a backup never overwrites Redis; a failing one is logged.
    const loser = createRemoteAuth({ ...options, canSave: () => false });
    new Client({ authStrategy: loser, puppeteer: {} });
    await loser.beforeBrowserInitialized();
    await redis.set('roundtrip:whatsapp:session:RemoteAuth-office1', 'kept');
    await (loser as unknown as typeof internals).storeRemoteSession();
    expect(await redis.get('roundtrip:whatsapp:session:RemoteAuth-office1')).toBe('kept');
    await next.destroy();
    await (next as unknown as typeof internals).storeRemoteSession();
    expect(await redis.get('roundtrip:whatsapp:session:RemoteAuth-office1')).toBe('kept');

    const broken = connect();
    const failing = createRemoteAuth({ ...options, client: broken, canSave: () => true });
    new Client({ authStrategy: failing, puppeteer: {} });
    (failing as unknown as { userDataDir: string; sessionName: string }).userDataDir = profile;
    (failing as unknown as { userDataDir: string; sessionName: string }).sessionName = 'RemoteAuth-office1';
    broken.disconnect();
    await (failing as unknown as typeof internals).storeRemoteSession();
    expect(warnings.join('\n')).toMatch(/backup to Redis failed/);
  });
});
