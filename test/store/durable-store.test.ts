/**
 * The Durable Object store against the shared contract, in workerd itself: wrangler's
 * unstable_startWorker runs test/workers/store-contract.worker.ts offline (no persistence),
 * and each store here is a Node-side proxy that POSTs every call to it. Then the promises
 * only Durable Objects make: a held conversation waits for its holder (or the lease), a
 * deadline is the object's alarm and reaches takeDueDeadlines once, data past retention is
 * gone from storage, and erase leaves no key behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unstable_startWorker } from 'wrangler';
import { StoreConflictError } from '../../src/core/errors.ts';
import type { OpenTurn, Store } from '../../src/core/ports.ts';
import { storeContract } from '../contracts/store.contract.ts';

// Offline and quiet: no telemetry, no Request.cf fetch, no update check; wrangler's debug
// log goes to a temporary folder instead of ~/.config/.wrangler/logs.
const logs = mkdtempSync(join(tmpdir(), 'enlace-wrangler-'));
process.env.WRANGLER_SEND_METRICS = 'false';
process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false';
process.env.WRANGLER_HIDE_BANNER = 'true';
process.env.WRANGLER_LOG_PATH = logs;

type Worker = Awaited<ReturnType<typeof unstable_startWorker>>;
let worker: Worker;
let run = 0;
const runId = Date.now().toString(36);

beforeAll(async () => {
  const started = performance.now();
  worker = await unstable_startWorker({
    config: new URL('../workers/store-contract.wrangler.toml', import.meta.url).pathname,
    dev: {
      server: { hostname: '127.0.0.1', port: 0 },
      inspector: false,
      persist: false,
      watch: false,
      logLevel: 'warn',
    },
  });
  await worker.ready;
  // The first request waits for the bundle. A build error does not reject anything (wrangler
  // prints it and waits for a fix), so give up with a pointer to it instead of hanging.
  const first = worker.fetch('http://store/none').then((r) => r.arrayBuffer());
  const stuck = new Promise((_, reject) =>
    setTimeout(
      () => reject(new Error('the store-contract worker did not answer in 20 s: see the build error above')),
      20_000,
    ).unref(),
  );
  await Promise.race([first, stuck]);
  console.info(`store-contract worker ready in ${Math.round(performance.now() - started)} ms`);
}, 60_000);
afterAll(async () => {
  await worker?.dispose();
  rmSync(logs, { recursive: true, force: true });
});

const encode = (value: unknown) =>
  JSON.stringify(value, (_key, v) =>
    v instanceof Uint8Array
      ? { $bytes: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') }
      : v,
  );
const decode = (text: string) =>
  JSON.parse(text, (_key, v) =>
    v && typeof v === 'object' && typeof v.$bytes === 'string'
      ? new Uint8Array(Buffer.from(v.$bytes, 'base64'))
      : v,
  );

async function post(path: string, body: unknown, headers: Record<string, string>) {
  const response = await worker.fetch(`http://store${path}`, { method: 'POST', headers, body: encode(body) });
  const reply = decode(await response.text());
  if (reply.error) {
    if (reply.error === 'StoreConflictError')
      throw Object.assign(new StoreConflictError(''), { message: reply.message });
    throw Object.assign(new Error(reply.message), { name: reply.error });
  }
  return reply;
}

/** A Store in Node whose every call runs in the worker, under its own prefix (its own office). */
function remoteStore(prefix = `${runId}-${++run}:`, retentionDays?: number) {
  const headers: Record<string, string> = { 'x-store-prefix': prefix };
  if (retentionDays !== undefined) headers['x-retention-days'] = String(retentionDays);
  const call = async (method: string, args: unknown[]) =>
    (await post('/store', { method, args }, headers)).result;
  const store = new Proxy({} as Store, {
    get: (_target, method: string) => {
      if (method === 'then') return undefined; // not a thenable
      if (method !== 'openTurn') return (...args: unknown[]) => call(method, args);
      return async (...args: unknown[]): Promise<OpenTurn> => {
        const { fresh, record, handle } = await call('openTurn', args);
        return {
          fresh,
          record,
          commit: (...rest) => call('commit', [handle, ...rest]),
          release: () => call('release', [handle]),
        };
      };
    },
  });
  /** The storage keys and alarm of one object of this store. */
  const peek = async (kind: 'conversation' | 'office', name: string) =>
    (await post('/peek', { kind, name }, headers)) as { keys: string[]; alarm: number | null };
  return { store, peek };
}

storeContract(
  'durable objects',
  async () => remoteStore().store,
  async () => {
    const prefix = `${runId}-pair${++run}:`;
    return [remoteStore(prefix).store, remoteStore(prefix).store];
  },
);

const record = (value: unknown) => ({ flow: 'conversation', version: 1, state: { value, context: {} } });
const ticket = (id: string, urgent = false) => ({
  conversationId: id,
  lang: 'es' as const,
  reason: 'asked' as const,
  urgent,
  topic: 'human' as const,
  since: 1,
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('durable objects store', () => {
  it('gives up on a conversation that stays held, saying which one', async () => {
    const { store } = remoteStore();
    await store.openTurn('web:stuck', { leaseMs: 60_000, dedupeTtlMs: 1_000 });
    await expect(store.openTurn('web:stuck', { leaseMs: 100, dedupeTtlMs: 1_000 })).rejects.toThrow(
      /web:stuck stayed locked/,
    );
  });

  it('rings the conversation’s alarm at its deadline, and hands it to takeDueDeadlines once', async () => {
    const { store, peek } = remoteStore();
    const at = Date.now() + 300;
    await store.scheduleDeadline('web:late', at);
    expect((await peek('conversation', 'web:late')).alarm).toBe(at);
    expect(await store.takeDueDeadlines(Date.now() + 60_000)).toEqual([]); // only the alarm hands it over
    let taken: string[] = [];
    await expect
      .poll(
        async () => {
          taken = [...taken, ...(await store.takeDueDeadlines(Date.now()))];
          return taken;
        },
        { timeout: 5_000, interval: 50 },
      )
      .toEqual(['web:late']);
    expect(Date.now()).toBeGreaterThanOrEqual(at);
    await sleep(300);
    expect(await store.takeDueDeadlines(Date.now())).toEqual([]);
    expect((await peek('conversation', 'web:late')).keys).not.toContain('deadline');
  });

  it('moves the alarm with the deadline a commit carries, and takes back one already handed over', async () => {
    const { store, peek } = remoteStore();
    const opts = { leaseMs: 5_000, dedupeTtlMs: 60_000 };
    const soon = Date.now() + 300;
    await (await store.openTurn('web:idle', opts)).commit(record('idle'), [], soon);
    expect((await peek('conversation', 'web:idle')).alarm).toBe(soon);
    const later = Date.now() + 60_000;
    await (await store.openTurn('web:idle', opts)).commit(record('idle'), [], later);
    expect((await peek('conversation', 'web:idle')).alarm).toBe(later);
    await sleep(500);
    expect(await store.takeDueDeadlines(Date.now())).toEqual([]); // it moved before it rang

    await store.scheduleDeadline('web:idle', 5); // due at once: handed to the office
    await (await store.openTurn('web:idle', opts)).commit(record('idle'), [], later); // and moved on
    expect(await store.takeDueDeadlines(Date.now())).toEqual([]);
    expect((await peek('conversation', 'web:idle')).alarm).toBe(later);
  });

  it('forgets everything once the retention period has passed (the alarm erases it)', async () => {
    const { store, peek } = remoteStore(undefined, 0.00002); // 1.7 s
    await store.putConversation('web:old', record('idle'), null);
    await store.appendTranscript('web:old', { at: 1, from: 'person', text: 'hola' });
    const voice = await store.saveMedia('web:old', {
      mimetype: 'audio/ogg',
      data: new Uint8Array([1, 2, 3]),
    });
    await store.enqueueHandoff(ticket('web:old', true));
    expect((await peek('conversation', 'web:old')).keys.length).toBeGreaterThan(3);
    await expect
      .poll(async () => (await peek('conversation', 'web:old')).keys, { timeout: 6_000, interval: 100 })
      .toEqual([]);
    expect((await peek('conversation', 'web:old')).alarm).toBeNull();
    expect(await store.getConversation('web:old')).toBeNull();
    expect(await store.getTranscript('web:old')).toEqual([]);
    expect(await store.getMedia('web:old', voice)).toBeNull();
    expect(await store.listHandoffs()).toEqual([]);
  });

  it('erases a conversation to the last key, and from the office’s queue, closed list and due set', async () => {
    const { store, peek } = remoteStore();
    const held = await store.openTurn('web:gone', { messageId: 'm1', leaseMs: 5_000, dedupeTtlMs: 60_000 });
    await held.commit(record('idle'), [{ at: 1, from: 'person', text: 'hola' }]);
    await store.saveMedia('web:gone', { mimetype: 'image/png', data: new Uint8Array([9]) });
    await store.enqueueHandoff(ticket('web:gone'));
    await store.closeHandoff('web:gone', 10);
    await store.enqueueHandoff(ticket('web:gone', true));
    await store.scheduleDeadline('web:gone', 5); // already due: in the office's due set
    await store.enqueueHandoff(ticket('web:stays'));
    expect((await peek('office', 'office')).keys).toEqual(
      expect.arrayContaining(['c:000000000001', 'd:web:gone', 'q:web:gone', 'q:web:stays']),
    );
    await store.openTurn('web:gone', { leaseMs: 5_000, dedupeTtlMs: 60_000 }); // held while erased
    await store.erase('web:gone');
    expect(await peek('conversation', 'web:gone')).toEqual({ keys: [], alarm: null });
    expect(
      (await peek('office', 'office')).keys.filter((k) => k.includes('gone') || k.startsWith('c:')),
    ).toEqual([]);
    expect((await store.listHandoffs()).map((t) => t.conversationId)).toEqual(['web:stays']);
    expect(await store.takeDueDeadlines(Date.now())).toEqual([]);
    const again = await store.openTurn('web:gone', { messageId: 'm1', leaseMs: 5_000, dedupeTtlMs: 60_000 });
    expect(again).toMatchObject({ fresh: true, record: null });
  });

  it('keeps a file larger than one stored value (2 MB) in chunks, byte for byte', async () => {
    const { store, peek } = remoteStore();
    const data = new Uint8Array(5 * 2 ** 20 + 7).map((_, i) => (i * 31) % 251);
    const id = await store.saveMedia('web:big', { mimetype: 'video/mp4', data, filename: 'v.mp4' });
    expect((await peek('conversation', 'web:big')).keys.filter((k) => k.startsWith(`m:${id}:`))).toHaveLength(
      6,
    );
    expect(await store.getMedia('web:big', id)).toEqual({ mimetype: 'video/mp4', data, filename: 'v.mp4' });
    await expect(
      store.saveMedia('web:big', { mimetype: 'video/mp4', data: new Uint8Array(16 * 2 ** 20 + 1) }),
    ).rejects.toThrow(/at most 16777216 bytes/);
  });

  it('keeps the last 2,000 transcript lines, numbered on', async () => {
    const { store, peek } = remoteStore();
    const lines = Array.from({ length: 2_005 }, (_, i) => ({
      at: i,
      from: 'bot' as const,
      text: `l${i + 1}`,
    }));
    await store.appendTranscript('web:long', ...lines);
    await store.appendTranscript('web:long', { at: 0, from: 'person', text: 'last' });
    const kept = await store.getTranscript('web:long', 5_000);
    expect(kept).toHaveLength(2_000);
    expect([kept[0]?.seq, kept[0]?.text, kept.at(-1)?.seq, kept.at(-1)?.text]).toEqual([
      7,
      'l7',
      2_006,
      'last',
    ]);
    expect((await peek('conversation', 'web:long')).keys.filter((k) => k.startsWith('t:'))).toHaveLength(
      2_000,
    );
  });

  it('refuses malformed values instead of storing them', async () => {
    const { store } = remoteStore();
    await expect(store.saveCannedReplies([{ id: 'c1', lang: 'fr', text: 'x' }] as never)).rejects.toThrow();
    await expect(store.enqueueHandoff({ conversationId: 'web:x' } as never)).rejects.toThrow();
    await expect(store.putConversation('web:x', { flow: 'conversation' } as never, null)).rejects.toThrow();
    await expect(
      store.appendTranscript('web:x', { at: 1, from: 'robot', text: 'x' } as never),
    ).rejects.toThrow();
    expect(await store.getMedia('web:x', 'm:../../etc')).toBeNull();
    expect(await store.listHandoffs()).toEqual([]);
    expect(await store.getConversation('web:x')).toBeNull();
  });
});
