/**
 * The Durable Object store, from Node: starts the test-only Worker
 * (test/workers/store-contract.wrangler.toml) in local workerd with wrangler's
 * unstable_startWorker, offline and without persistence, and gives Store objects whose every
 * call is a POST to it (see test/workers/store-contract.worker.ts for the protocol). Tests
 * run the same code against memory, Redis and Durable Objects this way, and can look at an
 * object's storage (`peek`) or make the office refuse calls (`breakOffice`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unstable_startWorker } from 'wrangler';
import { StoreConflictError, StoreUnavailableError } from '../core/errors.ts';
import type { OpenTurn } from '../core/ports/conversation-store.ts';
import type { SendSlots } from '../core/ports/send-slots.ts';
import type { Store } from '../core/ports/store.ts';

const defaultConfig = new URL('../../test/workers/store-contract.wrangler.toml', import.meta.url).pathname;

export interface RemoteStore {
  store: Store;
  /** The storage keys (and values) and alarm of one object of this store ("office", or a conversation id). */
  peek(
    kind: 'conversation' | 'office',
    name: string,
  ): Promise<{ keys: string[]; entries: Array<[string, unknown]>; alarm: number | null }>;
  /** While broken, this store's office object refuses what conversations tell it. */
  breakOffice(broken: boolean): Promise<void>;
  /** The office's send times (durable-send-slots.ts), as a Worker isolate paces with them. */
  slots: SendSlots;
}

export interface StoreWorker {
  /** A store of its own (its own prefix, so its own office) unless a prefix is given. */
  connect(options?: { prefix?: string; retentionDays?: number }): RemoteStore;
  dispose(): Promise<void>;
}

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

/** The worker's errors, as the store would have thrown them in-process. */
function rethrow(name: string, message: string): never {
  if (name === 'StoreConflictError') throw Object.assign(new StoreConflictError(''), { message });
  if (name === 'StoreUnavailableError') throw Object.assign(new StoreUnavailableError(''), { message });
  if (name === 'TypeError') throw new TypeError(message);
  throw Object.assign(new Error(message), { name });
}

export async function startStoreWorker(
  options: { config?: string; readyMs?: number } = {},
): Promise<StoreWorker> {
  // Offline and quiet: no telemetry, no Request.cf fetch, no update check; wrangler's debug
  // log goes to a temporary folder instead of ~/.config/.wrangler/logs.
  const logs = mkdtempSync(join(tmpdir(), 'enlace-wrangler-'));
  process.env.WRANGLER_SEND_METRICS = 'false';
  process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false';
  process.env.WRANGLER_HIDE_BANNER = 'true';
  process.env.WRANGLER_LOG_PATH = logs;
  const worker = await unstable_startWorker({
    config: options.config ?? defaultConfig,
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
  const readyMs = options.readyMs ?? 20_000;
  const first = worker.fetch('http://store/none').then((r) => r.arrayBuffer());
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(`the store-contract worker did not answer in ${readyMs} ms: see the build error above`),
        ),
      readyMs,
    );
  });
  try {
    await Promise.race([first, stuck]);
  } catch (error) {
    await worker.dispose();
    rmSync(logs, { recursive: true, force: true });
    throw error;
  } finally {
    clearTimeout(timer);
  }

  async function post(path: string, body: unknown, headers: Record<string, string>) {
    const response = await worker.fetch(`http://store${path}`, {
      method: 'POST',
      headers,
      body: encode(body),
    });
    const reply = decode(await response.text());
    if (reply.error) rethrow(reply.error, reply.message);
    return reply;
  }

  const runId = Date.now().toString(36);
  let made = 0;
  return {
    connect({ prefix = `${runId}-${++made}:`, retentionDays } = {}) {
      const headers: Record<string, string> = { 'x-store-prefix': prefix };
      if (retentionDays !== undefined) headers['x-retention-days'] = String(retentionDays);
      const call = async (method: string, args: unknown[]) =>
        (await post('/store', { method, args }, headers)).result;
      const store = new Proxy({} as Store, {
        get: (_target, method) => {
          if (typeof method !== 'string' || method === 'then') return undefined; // not a thenable
          if (method !== 'openTurn') return (...args: unknown[]) => call(method, args);
          return async (...args: unknown[]): Promise<OpenTurn> => {
            const { fresh, record, ticket, leftovers, handle } = await call('openTurn', args);
            return {
              fresh,
              record,
              ticket,
              leftovers,
              commit: (commit) => call('commit', [handle, commit]),
              release: () => call('release', [handle]),
            };
          };
        },
      });
      return {
        store,
        peek: async (kind, name) => await post('/peek', { kind, name }, headers),
        breakOffice: async (broken) => {
          await post('/office-fault', { broken }, headers);
        },
        slots: new Proxy({} as SendSlots, {
          get: (_target, method) =>
            typeof method !== 'string' || method === 'then'
              ? undefined
              : async (...args: unknown[]) => (await post('/slots', { method, args }, headers)).result,
        }),
      };
    },
    async dispose() {
      await worker.dispose();
      rmSync(logs, { recursive: true, force: true });
    },
  };
}
