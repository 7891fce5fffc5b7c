/**
 * When `npm start` carries out what is due without a message: every 15 s the sweep
 * (reminders, idle restarts, outbox leftovers: every instance looks, the store hands each
 * out once), and once, shortly after start, the replies a run of this instance left unsent
 * when it was killed mid-send (kill -9, a crash), so they go out within seconds instead of
 * after the outbox's retry delay (redis-orphans.node.ts).
 */
import type { RedisStore } from '../store/redis/redis-store.node.ts';

/** How often this instance carries out what is due (reminders, idle restarts, outbox leftovers). */
export const SWEEP_EVERY_MS = 15_000;
/**
 * How long after start an earlier run's unsent replies are taken up: a moment for the
 * platform's reports of parts it took just before the kill (WhatsApp's statuses, which name
 * each part and come in through the intake) to be written, so those parts are not sent again.
 */
export const ORPHANS_AFTER_MS = 2_000;

export function scheduleSweeps(sweep: () => Promise<unknown>, redis?: Pick<RedisStore, 'markOrphansDue'>) {
  // Until it worked once (Redis may be away at the start): tried again with each sweep.
  let orphansLeft = redis !== undefined;
  const takeOrphans = async () => {
    if (!redis || !orphansLeft) return;
    const orphaned = await redis.markOrphansDue(Date.now());
    orphansLeft = false;
    if (orphaned > 0) await sweep();
  };
  const tick = () =>
    takeOrphans()
      .catch(() => undefined)
      .then(() => sweep());
  setInterval(() => void tick().catch(() => undefined), SWEEP_EVERY_MS).unref();
  setTimeout(() => void takeOrphans().catch(() => undefined), ORPHANS_AFTER_MS).unref();
}
