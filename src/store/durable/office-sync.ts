/**
 * What a conversation object still has to tell the office, kept in the conversation's own
 * storage so it survives a failed call or a restart: written in the same transaction as the
 * change it describes ("sync"), moved to "inflight" while a call carries it, gone once the
 * office has it, and tried again from the object's alarm ("retry") when the call fails. The
 * conversation object holds the truth (its ticket is written with its record); the office's
 * queue, closed list and due sets are an index of it that converges.
 */
/// <reference types="@cloudflare/workers-types" />
import { firstRetryAt } from './conversation-data.ts';
import type { OfficePatch } from './schemas.ts';

/** The keys this module keeps in a conversation object's storage. */
export const SYNC_KEYS = ['sync', 'inflight', 'retry', 'attempts'] as const;
/** A call that never answers (the object restarted mid-call) is tried again after this. */
const SAFETY_MS = 10_000;
const MAX_BACKOFF_MS = 60_000;

const isEmpty = (patch: OfficePatch) =>
  !patch.forget &&
  patch.ticket === undefined &&
  !patch.closed?.length &&
  patch.due === undefined &&
  patch.outbox === undefined;

/** One patch with the effect of `older` then `newer`. A forget wipes what came before it. */
export function mergePatch(older: OfficePatch | undefined, newer: OfficePatch): OfficePatch {
  if (!older || newer.forget) return { ...newer };
  const merged: OfficePatch = {};
  if (older.forget) merged.forget = true;
  const ticket = newer.ticket !== undefined ? newer.ticket : older.ticket;
  if (ticket !== undefined) merged.ticket = ticket;
  const closed = [...(older.closed ?? []), ...(newer.closed ?? [])];
  if (closed.length) merged.closed = closed;
  const due = newer.due !== undefined ? newer.due : older.due;
  if (due !== undefined) merged.due = due;
  const outbox = newer.outbox !== undefined ? newer.outbox : older.outbox;
  if (outbox !== undefined) merged.outbox = outbox;
  return merged;
}

/** Adds a change for the office to hear (inside the caller's transaction). */
export function queuePatch(kv: SyncKvStorage, patch: OfficePatch | undefined) {
  if (!patch || isEmpty(patch)) return;
  kv.put('sync', mergePatch(kv.get<OfficePatch>('sync'), patch));
}

export const hasPending = (kv: SyncKvStorage) =>
  kv.get('sync') !== undefined || kv.get('inflight') !== undefined;

/** When the alarm should try again, if something is still to be told. */
export const retryTime = (kv: SyncKvStorage) => (hasPending(kv) ? kv.get<number>('retry') : undefined);

/**
 * Takes what is pending for one call (with what an earlier call did not get through) and
 * marks it in flight; undefined when there is nothing to tell.
 */
export function startPush(kv: SyncKvStorage, now: number): OfficePatch | undefined {
  const sync = kv.get<OfficePatch>('sync');
  const inflight = kv.get<OfficePatch>('inflight');
  const patch = inflight ? (sync ? mergePatch(inflight, sync) : inflight) : sync;
  if (!patch) return undefined;
  kv.put('inflight', patch);
  kv.delete('sync');
  if (kv.get('retry') === undefined) kv.put('retry', now + SAFETY_MS);
  return patch;
}

/** The office has it. */
export function pushed(kv: SyncKvStorage) {
  kv.delete('inflight');
  if (kv.get('sync') !== undefined) return; // more came meanwhile: its own call follows
  kv.delete('retry');
  kv.delete('attempts');
}

/** The call failed: try again later, waiting longer each time (up to a minute). */
export function pushFailed(kv: SyncKvStorage, now: number) {
  const attempts = (kv.get<number>('attempts') ?? 0) + 1;
  kv.put('attempts', attempts);
  kv.put('retry', now + Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempts));
}

/**
 * The conversation's deadline moves (inside the caller's transaction). One already due goes
 * to the office's due set at once, so a sweep right after sees it; a later one is the alarm,
 * and takes back what an earlier deadline had handed over, since it moved.
 */
export function moveDeadline(kv: SyncKvStorage, at: number, now: number): OfficePatch | undefined {
  if (at <= now) {
    kv.delete('deadline');
    kv.put('handed', at);
    return { due: at };
  }
  kv.put('deadline', at);
  if (kv.get('handed') === undefined) return undefined;
  kv.delete('handed');
  return { due: null };
}

/** The outbox changed: the office's index is its earliest retryAt once that has passed, else none. */
export function reindexOutbox(kv: SyncKvStorage, now: number): OfficePatch | undefined {
  const first = firstRetryAt(kv);
  const handed = kv.get<number>('ohanded');
  if (first !== undefined && first <= now) {
    if (handed === first) return undefined;
    kv.put('ohanded', first);
    return { outbox: first };
  }
  if (handed === undefined) return undefined;
  kv.delete('ohanded');
  return { outbox: null };
}
