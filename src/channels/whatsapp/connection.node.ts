/**
 * Keeps the office's WhatsApp linked device connected: the supervisor around whatsapp-web.js's
 * Client (a headless Chromium running WhatsApp Web). It shows the QR code to pair, reconnects with
 * backoff after any failure (offline server, crash, logout), always closing the old browser first,
 * and says in every state what is going on and what to do, for the staff inbox and the admins.
 * With Redis, the session lives in Redis (RemoteAuth) and a lease makes exactly one instance drive
 * it; the others wait in standby and take over when it stops. Without Redis, LocalAuth on disk.
 */
import { join, resolve } from 'node:path';
import type { Redis } from 'ioredis';
import type { ClientOptions, Client as WAClient } from 'whatsapp-web.js';
import pkg from 'whatsapp-web.js';
import type { Logger } from '../../core/ports/runtime.ts';
import { backoffDelay } from './backoff.ts';
import type { WhatsAppConnection, WhatsAppState } from './connection-state.ts';
import {
  CHROMIUM_ARGS,
  describeProblem,
  diagnoseDisconnect,
  diagnoseFailure,
  messageOf,
  resolveChromium,
  type WhatsAppProblem,
} from './diagnose.node.ts';
import { killLeftovers } from './leftovers.node.ts';
import { createRemoteAuth } from './redis-auth-store.node.ts';
import { acquireSessionLock, type SessionLock } from './session-lock.node.ts';

const { Client, LocalAuth } = pkg;

export type { WhatsAppConnection, WhatsAppState } from './connection-state.ts';
export { printQr, type WhatsAppProblem } from './diagnose.node.ts';

export interface WhatsAppConnectionOptions {
  /** Default: PUPPETEER_EXECUTABLE_PATH, else /usr/bin/chromium, else /usr/bin/chromium-browser. */
  chromiumPath?: string;
  /** Browser profile and session files (LocalAuth's and RemoteAuth's dataPath), e.g. ".wwebjs_auth". */
  dataDir: string;
  /** Session name; letters, digits, "-" and "_". Default 'enlace'. */
  clientId?: string;
  /** When set: the session is kept in Redis (RemoteAuth) and a lock lets one instance drive it. */
  redis?: { client: Redis; prefix: string };
  logger: Logger;
  /** Tests pass a subclass of the library's Client. */
  createClient?: (options: ClientOptions) => WAClient;
  backoff?: { baseMs?: number; maxMs?: number };
  now?: () => number;
  /** Session lock lease, and how often a standby instance asks for the lock again. Default 30 s / 15 s. */
  lock?: { leaseMs?: number; retryMs?: number };
  /** An attempt that shows neither a QR code nor becomes ready by then is retried. Default 2 minutes. */
  startTimeoutMs?: number;
}

export function createWhatsAppConnection(options: WhatsAppConnectionOptions): WhatsAppConnection {
  const now = options.now ?? Date.now;
  const log = options.logger;
  const clientId = options.clientId ?? 'enlace';
  if (!/^[-\w]+$/.test(clientId))
    throw new Error(`WhatsApp clientId "${clientId}" is invalid: use only letters, digits, "-" and "_".`);
  const dataPath = resolve(options.dataDir);
  const leaseMs = options.lock?.leaseMs ?? 30_000;
  const standbyRetryMs = options.lock?.retryMs ?? 15_000;
  const startTimeoutMs = options.startTimeoutMs ?? 120_000;
  const make = options.createClient ?? ((o: ClientOptions) => new Client(o));
  const redis = options.redis;
  const lockKey = redis ? `${redis.prefix}whatsapp:lock:${clientId}` : '';

  const statusListeners = new Set<(s: WhatsAppState) => void>();
  const messageListeners = new Set<(m: unknown) => void>();
  let state: WhatsAppState = { state: 'stopped', since: now() };
  let run = 0; // bumped by start() and stop(): callbacks of an older run do nothing
  let running = false;
  let chromium = '';
  let current: WAClient | null = null;
  let ready: WAClient | null = null;
  let readyAtSec: number | null = null;
  let failures = 0;
  let lock: SessionLock | null = null;
  let timer: NodeJS.Timeout | undefined;
  let watchdog: NodeJS.Timeout | undefined;
  const watched = new WeakSet<WAClient>();
  const starting = new Set<Promise<unknown>>(); // initialize() calls not settled yet
  const closing = new Set<Promise<void>>(); // browsers being closed

  /** A listener that throws must not stop the others, nor the connection. */
  const tell = <T>(listeners: Set<(value: T) => void>, value: T, what: string) => {
    for (const listener of listeners) {
      try {
        listener(value);
      } catch (error) {
        log.error(`WhatsApp ${what} listener failed`, { error: messageOf(error) });
      }
    }
  };
  const set = (next: WhatsAppState) => {
    state = next;
    tell(statusListeners, next, 'status');
  };
  const later = (fn: () => void, ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(fn, Math.max(0, ms));
    timer.unref();
  };

  const clientOptions = (): ClientOptions => ({
    authStrategy: redis
      ? createRemoteAuth({ ...redis, clientId, dataPath, logger: log, canSave: () => lock?.held() === true })
      : new LocalAuth({ clientId, dataPath }),
    // The library's default cache is ./.wwebjs_cache in the working directory; keep it with the rest.
    webVersionCache: { type: 'local', path: join(dataPath, 'web-cache') },
    puppeteer: { executablePath: chromium, headless: true, args: CHROMIUM_ARGS },
  });

  /** Closes a client's browser for good; kills Chromium if the library's destroy() left it running. */
  const abandon = (client: WAClient): Promise<void> => {
    if (current === client) {
      current = null;
      clearTimeout(watchdog);
    }
    if (ready === client) ready = null;
    const done = (async () => {
      try {
        await client.destroy();
      } catch (error) {
        log.warn('Closing the WhatsApp browser failed; killing it', { error: messageOf(error) });
      }
      // destroy() skips a browser puppeteer has lost, and a crashed browser's helpers outlive it
      // for a while: kill its process group (puppeteer starts Chromium as a group leader).
      const pid = client.pupBrowser?.process()?.pid;
      if (pid)
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {} // ESRCH: nothing left, as after a clean close
      // Renderers the zygote forked may sit in other groups: find them by their profile.
      await killLeftovers(dataPath);
    })().finally(() => closing.delete(done));
    closing.add(done);
    return done;
  };

  /** Counts a failure, shows it, closes the client's browser if any, then schedules the retry. */
  const retry = async (r: number, problem: WhatsAppProblem, client?: WAClient) => {
    const delay = backoffDelay(failures, options.backoff);
    failures += 1;
    const retryAt = now() + delay;
    const reason = describeProblem(problem);
    log.warn(`WhatsApp: ${reason}`, { attempt: failures, retryInSeconds: Math.round(delay / 1000) });
    set({ state: 'disconnected', since: now(), reason, problem, retryAt, attempt: failures });
    // Only then: a new browser on the same profile while the old one still closes would not start.
    if (client) await abandon(client);
    if (r === run) later(() => void launch(r), retryAt - now());
  };
  const fail = (client: WAClient, problem: WhatsAppProblem) =>
    client === current ? retry(run, problem, client) : undefined;

  const toStandby = (r: number, problem: WhatsAppProblem) => {
    const reason = describeProblem(problem);
    if (state.state !== 'standby' || state.reason !== reason) {
      log.info(`WhatsApp standby: ${reason}`);
      set({ state: 'standby', since: now(), reason, problem });
    }
    later(() => void launch(r), standbyRetryMs);
  };

  const onLockLost = (r: number) => {
    if (r !== run) return;
    lock = null;
    const client = current;
    toStandby(r, { code: 'tookOver' });
    if (client) void abandon(client);
  };

  /** Watches the browser once it exists: a crash after start shows up only here. */
  const watch = (client: WAClient) => {
    if (watched.has(client) || !client.pupPage) return;
    watched.add(client);
    client.pupPage.on('error', (error: Error) => void fail(client, diagnoseFailure(error)));
    client.pupBrowser?.on('disconnected', () => fail(client, { code: 'browserExited' }));
  };

  const wire = (client: WAClient) => {
    const mine = () => client === current;
    client.on('qr', (qr: string) => {
      if (!mine()) return;
      clearTimeout(watchdog);
      watch(client);
      if (state.state !== 'pairing')
        log.info('WhatsApp needs pairing: on the office phone, WhatsApp › Linked devices › scan the QR code');
      set({ state: 'pairing', since: state.state === 'pairing' ? state.since : now(), qr });
    });
    client.on('authenticated', () => {
      if (!mine()) return;
      log.info('WhatsApp session authenticated');
      // The QR code was scanned: stop showing it while WhatsApp Web syncs.
      if (state.state === 'pairing') set({ state: 'starting', since: now() });
    });
    client.on('ready', () => {
      if (!mine()) return;
      clearTimeout(watchdog);
      watch(client);
      failures = 0;
      ready = client;
      // Only on becoming ready: a re-sync while ready must not hide messages sent meanwhile.
      if (state.state !== 'ready') readyAtSec = Math.floor(now() / 1000);
      log.info('WhatsApp ready');
      set({ state: 'ready', since: now() });
    });
    client.on('auth_failure', (message: unknown) =>
      fail(client, { code: 'sessionRefused', detail: String(message).slice(0, 200) }),
    );
    client.on('disconnected', (reason: unknown) => fail(client, diagnoseDisconnect(String(reason))));
    client.on('change_state', (s: unknown) => mine() && log.info('WhatsApp connection state', { state: s }));
    client.on('message', (message: unknown) => mine() && tell(messageListeners, message, 'message'));
  };

  const launch = async (r: number): Promise<void> => {
    if (r !== run) return;
    try {
      if (redis && !lock?.held()) {
        let got: SessionLock | null;
        try {
          got = await acquireSessionLock(redis.client, lockKey, { leaseMs, onLost: () => onLockLost(r) });
        } catch (error) {
          const why = { code: 'redisUnreachable', detail: messageOf(error) } as const;
          return r === run ? retry(r, why) : undefined;
        }
        if (r !== run) {
          await got?.release();
          return;
        }
        if (!got) return toStandby(r, { code: 'otherDriving' });
        lock = got;
      }
      // Set only once the lock is ours, so a standby instance asking again does not flap its state.
      if (state.state !== 'starting') set({ state: 'starting', since: now() });
      const client = make(clientOptions());
      current = client;
      wire(client);
      clearTimeout(watchdog);
      const slow = { code: 'notLoaded', detail: String(Math.round(startTimeoutMs / 1000)) } as const;
      watchdog = setTimeout(() => fail(client, slow), startTimeoutMs);
      watchdog.unref();
      const init = client.initialize().then(
        () => {
          if (client !== current) return abandon(client);
          // WhatsApp Web is loaded: the watchdog was for a page that never loads. The first
          // sync of a big account can take minutes before 'ready', and that is fine.
          clearTimeout(watchdog);
          watch(client);
        },
        (error: unknown) => (client === current ? fail(client, diagnoseFailure(error)) : abandon(client)),
      );
      starting.add(init);
      void init.finally(() => starting.delete(init));
    } catch (error) {
      // A bug or bad setting before initialize(): shown and retried like any failure.
      if (r === run) await retry(r, diagnoseFailure(error));
    }
  };

  return {
    async start() {
      if (running) return;
      chromium = resolveChromium(options.chromiumPath);
      running = true;
      run += 1;
      failures = 0;
      set({ state: 'starting', since: now() });
      void launch(run);
    },
    async stop() {
      const r = ++run;
      running = false;
      const held = lock;
      lock = null;
      clearTimeout(timer);
      clearTimeout(watchdog);
      if (current) void abandon(current);
      // initialize() may still be launching Chromium: once it settles, its handler closes what it
      // opened (the client is no longer current). Then wait for every browser to be closed.
      await Promise.race([Promise.allSettled(starting), new Promise((r) => setTimeout(r, 10_000).unref())]);
      await Promise.allSettled(closing);
      await held?.release();
      if (r === run) set({ state: 'stopped', since: now() }); // unless start() was called meanwhile
    },
    status: () => state,
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    onMessage(listener) {
      messageListeners.add(listener);
      return () => messageListeners.delete(listener);
    },
    client: () => (state.state === 'ready' ? ready : null),
    readyAt: () => readyAtSec,
  };
}
