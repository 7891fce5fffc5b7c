/**
 * Where whatsapp-web.js's RemoteAuth keeps the linked-device session when Enlace runs on Redis, so
 * that any instance can take over WhatsApp without scanning the QR code again.
 *
 * What RemoteAuth does with files (whatsapp-web.js 1.34, src/authStrategies/RemoteAuth.js): the
 * browser profile lives in `<dataPath>/RemoteAuth-<clientId>`; to back it up, RemoteAuth copies
 * its Default/{IndexedDB, Local Storage} into a temp dir, zips that to
 * `<dataPath>/RemoteAuth-<clientId>.zip` and calls `save({ session })`, which gets only the
 * session name, so this store must know dataPath to find the zip (older releases wrote the zip
 * to the working directory; we look there too). To restore, it calls `extract({ session, path })`
 * and unzips the file we write at `path` into a fresh profile. The zip is deleted after each.
 *
 * Size: the zip is one Redis string (binary-safe, read with getBuffer). A linked device's zip is
 * typically a few MB and grows with history; Redis refuses strings over 512 MB
 * (proto-max-bulk-len), and a SET of tens of MB blocks Redis for a moment. We warn past
 * WARN_BYTES and refuse past MAX_BYTES with what to do.
 */
import { createReadStream } from 'node:fs';
import { access, readFile, unlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Redis } from 'ioredis';
import type { Store } from 'whatsapp-web.js';
import pkg from 'whatsapp-web.js';

const WARN_BYTES = 50 * 1024 * 1024;
const MAX_BYTES = 500 * 1024 * 1024;

export interface RedisAuthStoreOptions {
  redis: Redis;
  /** The office's key prefix, e.g. "enlace:durango:". */
  prefix: string;
  /** RemoteAuth's dataPath: where it writes `<session>.zip` before calling save(). */
  dataPath: string;
  logger?: { warn(message: string, data?: Record<string, unknown>): void };
}

export function createRedisAuthStore(
  options: RedisAuthStoreOptions,
): Store & { key(session: string): string } {
  const { redis, prefix } = options;
  const dataPath = resolve(options.dataPath);
  const key = (session: string) => `${prefix}whatsapp:session:${session}`;

  const zipOf = async (session: string) => {
    for (const candidate of [join(dataPath, `${session}.zip`), resolve(`${session}.zip`)]) {
      try {
        await access(candidate);
        return candidate;
      } catch {}
    }
    throw new Error(
      `WhatsApp session backup: RemoteAuth wrote no ${session}.zip in ${dataPath} (nor in the working directory). ` +
        'Check that the WhatsApp data directory is writable; the session stays linked, only the backup to Redis was skipped.',
    );
  };

  return {
    key,
    async sessionExists({ session }) {
      return (await redis.exists(key(session))) === 1;
    },
    async save({ session }) {
      const zip = await readFile(await zipOf(session));
      if (zip.length > MAX_BYTES)
        throw new Error(
          `WhatsApp session backup is ${Math.round(zip.length / 1048576)} MB, too large for one Redis value. ` +
            'Unlink and relink the device (a fresh session is small), or run without Redis (LocalAuth keeps it on disk).',
        );
      if (zip.length > WARN_BYTES)
        options.logger?.warn('WhatsApp session backup is large; saving it briefly blocks Redis', {
          session,
          megabytes: Math.round(zip.length / 1048576),
        });
      // One SET replaces the previous backup atomically: a reader never sees half a zip.
      await redis.set(key(session), zip);
    },
    async extract({ session, path }) {
      const zip = await redis.getBuffer(key(session));
      if (!zip)
        throw new Error(
          `WhatsApp session ${session} is no longer in Redis (deleted or expired); restart to link the device again with a QR code.`,
        );
      await writeFile(path, zip);
    },
    async delete({ session }) {
      await redis.del(key(session));
    },
  };
}

/** RemoteAuth refuses intervals under a minute; a backup zips the profile, so not too often. */
const BACKUP_EVERY_MS = 5 * 60_000;

export interface RemoteAuthOptions {
  client: Redis;
  prefix: string;
  clientId: string;
  dataPath: string;
  /** False once this instance no longer holds the session lock: it must not overwrite the backup. */
  canSave: () => boolean;
  logger: { warn(message: string, data?: Record<string, unknown>): void };
}

/**
 * RemoteAuth on this store, with its backups made safe. The library calls afterAuthReady without
 * awaiting it, so a failed backup would be an unhandled rejection (a crash); its first backup waits
 * 60 s on a timer that destroy() does not cancel, after which it starts a backup interval nobody
 * clears. Here backups are logged when they fail, never run after destroy() or without the lock,
 * and their timers never keep the process alive.
 */
export function createRemoteAuth(options: RemoteAuthOptions) {
  const { logger } = options;
  const store = createRedisAuthStore({
    redis: options.client,
    prefix: options.prefix,
    dataPath: options.dataPath,
    logger,
  });
  const auth = new pkg.RemoteAuth({
    clientId: options.clientId,
    dataPath: options.dataPath,
    store,
    backupSyncIntervalMs: BACKUP_EVERY_MS,
  });
  const inner = auth as unknown as {
    sessionName: string;
    userDataDir: string;
    backupSync?: NodeJS.Timeout;
    storeRemoteSession(o?: { emit: boolean }): Promise<void>;
    unCompressSession(zipPath: string): Promise<void>;
  };
  // RemoteAuth resolves on unzipper's 'finish', which fires once the zip is read but before the
  // files are written, so Chromium could start on half a profile and show a QR code again (upstream
  // "RemoteAuth failed to load existing session"). unzipper says it is done with 'close'.
  inner.unCompressSession = async (zipPath) => {
    const unzipper = createRequire(import.meta.resolve('whatsapp-web.js'))('unzipper') as {
      Extract(o: { path: string; concurrency?: number }): NodeJS.WritableStream;
    };
    await new Promise((done, fail) => {
      createReadStream(zipPath)
        .pipe(unzipper.Extract({ path: inner.userDataDir, concurrency: 10 }))
        .on('error', fail)
        .on('close', done);
    });
    await unlink(zipPath);
  };
  const errorOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
  let destroyed = false;
  const storeSession = inner.storeRemoteSession.bind(auth);
  inner.storeRemoteSession = async (o) => {
    if (destroyed || !options.canSave()) return;
    try {
      await storeSession(o);
    } catch (error) {
      logger.warn('WhatsApp session backup to Redis failed; it is tried again at the next backup', {
        error: errorOf(error),
      });
    }
  };
  auth.afterAuthReady = async () => {
    try {
      if (!(await store.sessionExists({ session: inner.sessionName }))) {
        // As RemoteAuth does: a new profile needs a minute to settle before its backup restores well.
        await new Promise((r) => setTimeout(r, 60_000).unref());
        await inner.storeRemoteSession({ emit: true });
      }
    } catch (error) {
      logger.warn('WhatsApp session backup check failed; it is tried again at the next backup', {
        error: errorOf(error),
      });
    }
    if (destroyed) return;
    inner.backupSync = setInterval(() => void inner.storeRemoteSession(), BACKUP_EVERY_MS);
    inner.backupSync.unref();
  };
  const destroy = auth.destroy.bind(auth);
  auth.destroy = async () => {
    destroyed = true;
    await destroy();
  };
  return auth;
}
