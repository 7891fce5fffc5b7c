/**
 * What an earlier run of this process left in Redis, known at once instead of after a lease or
 * a retry delay. A process that uses the store under a name that survives its restarts (the
 * intake's consumer name: one live process per name) stamps its conversation holds and its
 * turns' outbox items with that name and a random id of this run. A hold or an item stamped
 * with our name and another run's id was left by a run that is gone (killed, crashed): the
 * turn takes the hold over without waiting for its lease to run out, and does the items first
 * as leftovers (redis-scripts.ts, BEGIN). `markOrphansDue` makes the conversations whose
 * only news is such items due now, so the next sweep finishes them without waiting for a
 * message. Another process's holds and items are never touched: they wait for their lease and
 * their retryAt as before.
 */
import type { Redis } from 'ioredis';

/** This run's stamp: `mine` marks what it holds; `ours` what any run of the same name held. */
export interface Incarnation {
  /** `name|run|` (the name URI-encoded, so it holds no `|` or `"`). */
  mine: string;
  /** `name|`, or '' when the process has no lasting name (nothing is ever taken over then). */
  ours: string;
}

/** A stamp for this run of a process named `name` (none: a stamp that recognises nothing). */
export function incarnationOf(name: string | undefined, run = crypto.randomUUID()): Incarnation {
  if (!name) return { mine: '', ours: '' };
  const ours = `${encodeURIComponent(name)}|`;
  return { mine: `${ours}${run}|`, ours };
}

/** Left by an earlier run of this process: stamped with our name and not with this run. */
export const leftByEarlierRun = (stamp: string, self: Incarnation): boolean =>
  self.ours !== '' && stamp.startsWith(self.ours) && !stamp.startsWith(self.mine);

/** The stamp of a kept outbox item (`{"retryAt":N,"by":"…","item":…}`), '' for none. */
export const stampOf = (kept: string): string => /^\{"retryAt":[^,]+,"by":"([^"]*)"/.exec(kept)?.[1] ?? '';

/**
 * Conversations with outbox items an earlier run of this process left unsent become due now
 * (their score in the outbox-due set), so `takeDue` hands them to the sweep. Only items not
 * yet due are looked at (the others are due already): a commit's items fall due a retry
 * delay after it, so these are the last few seconds' turns, not the whole store. Returns how
 * many conversations were made due.
 */
export async function markOrphansDue(
  redis: Redis,
  k: { outboxDue: string; outbox(id: string): string },
  self: Incarnation,
  now: number,
): Promise<number> {
  if (self.ours === '') return 0;
  const ids = await redis.zrangebyscore(k.outboxDue, `(${now}`, '+inf');
  if (ids.length === 0) return 0;
  const pipeline = redis.pipeline();
  for (const id of ids) pipeline.hvals(k.outbox(id));
  const kept = (await pipeline.exec()) ?? [];
  const orphaned = ids.filter((_, i) => {
    const values = kept[i]?.[1];
    return Array.isArray(values) && values.some((v) => leftByEarlierRun(stampOf(String(v)), self));
  });
  // XX: a conversation acknowledged meanwhile is not put back.
  if (orphaned.length) await redis.zadd(k.outboxDue, 'XX', ...orphaned.flatMap((id) => [now, id]));
  return orphaned.length;
}
