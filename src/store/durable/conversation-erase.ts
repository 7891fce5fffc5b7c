/**
 * A conversation object's erase (on request, or retention passed): everything goes but who
 * the object is and what the office has not heard yet, and the office is told to forget the
 * conversation. An erase on request then keeps only its outbox (the confirmation, until it
 * goes out): no record, ticket, closed ticket, line, deadline or message id names the person,
 * and once the office has heard and the confirmation is out, the object is emptied
 * (emptyOnceForgotten).
 */
/// <reference types="@cloudflare/workers-types" />
import type { OutboxItem } from '../../core/ports/conversation-store.ts';
import { changeOutbox, deleteAllBut } from './conversation-data.ts';
import { queuePatch, reindexOutbox, SYNC_KEYS } from './office-sync.ts';

/** Kept through an erase: who the object is, and what the office has not heard yet. */
export const KEPT_THROUGH_ERASE = ['owner', ...SYNC_KEYS];

/** Forgets everything (inside the caller's transaction). */
export function forgetAll(kv: SyncKvStorage) {
  deleteAllBut(kv, KEPT_THROUGH_ERASE);
  queuePatch(kv, { forget: true });
}

/** An erasing commit: everything forgotten, then only the outbox written (inside the caller's transaction). */
export function eraseForOutbox(
  kv: SyncKvStorage,
  outbox: readonly OutboxItem[],
  retryAt: number,
  now: number,
) {
  forgetAll(kv);
  if (!outbox.length) return;
  changeOutbox(kv, [], outbox, retryAt);
  queuePatch(kv, reindexOutbox(kv, now));
}
