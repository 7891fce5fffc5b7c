/**
 * A Redis lease so that exactly one Enlace instance drives a given WhatsApp session. Two browsers
 * logged into the same linked device fight each other (WhatsApp shows CONFLICT and may unlink the
 * device), so every instance asks for the lock before it starts Chromium, and the others wait in
 * standby. The lock is a key set with NX and an expiry (the lease) holding a random token: the
 * holder renews it on a timer, and renewal and release touch the key only while it still holds
 * our token (a Lua compare), so an instance that was paused past its lease can never extend or
 * delete the lease of the instance that took over.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Extends the lease only if the key still holds our token. */
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('pexpire', KEYS[1], ARGV[2])
end
return 0`;

/** Deletes the key only if it still holds our token. */
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('del', KEYS[1])
end
return 0`;

export interface SessionLockOptions {
  /** How long the lock outlives its holder if that instance dies without releasing it. */
  leaseMs: number;
  /** How often the holder renews; default a third of the lease, so two renewals can fail in a row. */
  renewEveryMs?: number;
  /** Called once when the lock turns out to be no longer ours (taken over, or expired while Redis was unreachable). */
  onLost?: () => void;
}

export interface SessionLock {
  readonly key: string;
  readonly token: string;
  /** True while we believe the lock is ours: false after release() or once onLost has fired. */
  held(): boolean;
  /** Stops renewing and deletes the key if it is still ours; true when it was. */
  release(): Promise<boolean>;
}

/**
 * Takes the lock, or returns null when another instance holds it. Redis errors are thrown (the
 * caller decides whether to retry); once held, renewal errors are tolerated until the lease may
 * have run out, and then the lock counts as lost.
 */
export async function acquireSessionLock(
  redis: Redis,
  key: string,
  options: SessionLockOptions,
): Promise<SessionLock | null> {
  const { leaseMs } = options;
  if (!(leaseMs > 0)) throw new Error(`acquireSessionLock: leaseMs must be positive, got ${leaseMs}.`);
  const renewEveryMs = options.renewEveryMs ?? Math.max(1, Math.floor(leaseMs / 3));
  const token = randomUUID();
  const taken = await redis.set(key, token, 'PX', leaseMs, 'NX');
  if (taken !== 'OK') return null;

  let held = true;
  // When the lease was last known to be ours and extended (local clock; it only decides when
  // failed renewals mean the lease may have expired).
  let confirmedAt = Date.now();
  let renewing = false;

  const lose = () => {
    if (!held) return;
    held = false;
    clearInterval(timer);
    options.onLost?.();
  };

  const renew = async () => {
    if (!held || renewing) return;
    renewing = true;
    try {
      const extended = await redis.eval(RENEW, 1, key, token, String(leaseMs));
      if (!held) return;
      if (Number(extended) === 1) confirmedAt = Date.now();
      else lose();
    } catch {
      // Redis unreachable: the lease may still be ours. Once it could have expired, another
      // instance may have taken it, so we stop driving WhatsApp rather than risk two browsers.
      if (Date.now() - confirmedAt >= leaseMs) lose();
    } finally {
      renewing = false;
    }
  };

  const timer = setInterval(() => void renew(), renewEveryMs);
  // A lock must never be what keeps the process alive.
  timer.unref();

  return {
    key,
    token,
    held: () => held,
    async release() {
      if (!held) return false;
      held = false;
      clearInterval(timer);
      try {
        return Number(await redis.eval(RELEASE, 1, key, token)) === 1;
      } catch {
        // Unreachable Redis: the lease expires by itself after leaseMs.
        return false;
      }
    },
  };
}
