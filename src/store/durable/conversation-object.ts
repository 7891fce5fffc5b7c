/**
 * One Durable Object per conversation (named by its id): the conversation's record, its
 * ticket, the message ids it has handled, its transcript, its delivery events, the files the
 * person sent, its outbox, the hold of the turn under way, and its deadline and outbox retry
 * time as the object's alarm. Cloudflare runs one instance of an object at a time and, with the
 * synchronous storage API used here, a turn's first call (`begin`) and last (`commit`) are
 * each atomic, as the Lua scripts are in Redis; a commit writes everything in one
 * transaction. The office object's queue is an index of the tickets kept here: right after
 * its own transaction, the object tells the office (office-sync.ts), and tries again from its
 * alarm when that call fails, so the inbox converges.
 * Retention: every write pushes `expires` forward; the alarm (and every read, should the
 * alarm be late) erases everything once it has passed. What comes over RPC is checked
 * against schemas.ts before it is stored. Runs only in workerd.
 */
/// <reference types="@cloudflare/workers-types" />
import { DurableObject } from 'cloudflare:workers';
import { z } from 'zod';
import type { CaseFile } from '../../core/case-file.ts';
import type { StoredConversation, TranscriptLine } from '../../core/ports/conversation-store.ts';
import type { DeliveryEvent } from '../../core/ports/delivery-log.ts';
import type { StoredMedia } from '../../core/ports/media-store.ts';
import type { HandoffTicket } from '../../core/ticket.ts';
import {
  appendDelivery,
  appendLines,
  changeOutbox,
  deliveryLog,
  emptyOnceForgotten,
  firstRetryAt,
  lastLines,
  leftoversAt,
  putMedia,
  readMedia,
} from './conversation-data.ts';
import { eraseForOutbox, forgetAll } from './conversation-erase.ts';
import type { OfficeBinding } from './office-object.ts';
import {
  hasPending,
  moveDeadline,
  pushed,
  pushFailed,
  queuePatch,
  reindexOutbox,
  retryTime,
  startPush,
} from './office-sync.ts';
import {
  type Begin,
  type CheckedCommit,
  type Commit,
  check,
  commitSchema,
  deliveryEventSchema,
  itemIdsSchema,
  mediaSchema,
  messageIdSchema,
  type Owner,
  ownerSchema,
  time,
} from './schemas.ts';

const lease = z.number().positive().max(3_600_000);

export class ConversationObject extends DurableObject<OfficeBinding> {
  // The hold of the turn under way lives in memory, not in storage: the object is the only
  // place the conversation is served, so memory is enough while it runs, and if the object
  // restarts mid-turn the commit's compare-and-set on `rev` still refuses a lost update.
  // It costs no storage write per message, and no stale lock is ever left on disk.
  #hold: { token: string; until: number } | null = null;
  // Calls to the office, one at a time, so it hears this conversation's changes in order.
  #chain: Promise<void> = Promise.resolve();

  get #kv() {
    return this.ctx.storage.kv;
  }

  /** A turn's first call: holds the conversation, tells a redelivery apart, reads what the turn needs. */
  begin(messageId: string | null, token: string, leaseMs: number, now: number, outboxNow: number): Begin {
    const id = check(messageIdSchema, messageId);
    const held = check(z.string().min(1), token);
    const [at, due] = [check(time, now), check(time, outboxNow)];
    this.#expireIfDue(at);
    const nothing = { record: null, ticket: null, leftovers: [] };
    if (this.#hold && this.#hold.until > at && this.#hold.token !== held)
      return { state: 'busy', ...nothing };
    if (id !== null && (this.#seen()[id] ?? 0) > at) return { state: 'duplicate', ...nothing };
    this.#hold = { token: held, until: at + check(lease, leaseMs) };
    return {
      state: 'held',
      record: this.#kv.get<StoredConversation>('rec') ?? null,
      ticket: this.#kv.get<HandoffTicket>('ticket') ?? null,
      leftovers: leftoversAt(this.#kv, due),
    };
  }

  /**
   * A turn's last call: compare-and-set on `rev` (-1: someone else wrote first, nothing
   * written), then everything the turn changed in one transaction, and the hold let go
   * whatever happens. Then the office hears what changed for it.
   */
  async commit(turn: Commit): Promise<number> {
    // Let go first: nothing here awaits before the save is done, so no other turn can slip in
    // between, and the hold is let go even when the commit is refused.
    if (this.#hold?.token === turn?.token) this.#hold = null;
    const input = check(commitSchema, turn);
    for (const ticket of [input.ticket, input.closed])
      if (ticket && ticket.conversationId !== input.owner.id)
        throw new TypeError(
          `a Durable Object refused a ticket of ${ticket.conversationId} for ${input.owner.id}`,
        );
    this.#expireIfDue(input.now);
    const rev = this.ctx.storage.transactionSync(() => this.#save(input));
    if (rev > 0) await this.#afterWrite();
    if (input.erase) await emptyOnceForgotten(this.ctx.storage);
    return rev;
  }

  #save(turn: CheckedCommit): number {
    const kv = this.#kv;
    const current = kv.get<StoredConversation>('rec')?.rev ?? 0;
    if (current !== turn.expectedRev) return -1;
    if (turn.erase) {
      // Only the confirmation is kept, until it goes out (conversation-erase.ts).
      eraseForOutbox(kv, turn.outbox as unknown as Commit['outbox'], turn.retryAt, turn.now);
      this.#touch(turn.owner, turn.now);
      return current + 1;
    }
    kv.put('rec', { ...turn.record, rev: current + 1 });
    if (turn.ticket !== undefined) {
      if (turn.ticket === null) kv.delete('ticket');
      else kv.put('ticket', turn.ticket);
      queuePatch(kv, { ticket: turn.ticket as HandoffTicket | null });
    }
    if (turn.closed) queuePatch(kv, { closed: [turn.closed as HandoffTicket & { closedAt: number }] });
    appendLines(kv, turn.lines as TranscriptLine[]);
    if (turn.deadline !== null) queuePatch(kv, moveDeadline(this.#kv, turn.deadline, turn.now));
    if (turn.done.length || turn.outbox.length) {
      changeOutbox(kv, turn.done, turn.outbox as unknown as Commit['outbox'], turn.retryAt);
      queuePatch(kv, reindexOutbox(this.#kv, turn.now));
    }
    if (turn.messageId !== null) {
      const seen = Object.entries(this.#seen()).filter(([, until]) => until > turn.now);
      kv.put('seen', { ...Object.fromEntries(seen), [turn.messageId]: turn.now + turn.dedupeTtlMs });
    }
    this.#touch(turn.owner, turn.now);
    return current + 1;
  }

  /** Lets go of a hold without saving (only the holder's own: the lease may have passed on). */
  release(token: string): void {
    if (this.#hold?.token === token) this.#hold = null;
  }

  /** Outbox items that went out; no hold needed (an item is removed once, by id). */
  async ack(itemIds: readonly string[], now: number): Promise<void> {
    const [ids, at] = [check(itemIdsSchema, itemIds), check(time, now)];
    this.#expireIfDue(at);
    if (ids.length === 0 || this.#kv.get('owner') === undefined) return;
    this.ctx.storage.transactionSync(() => {
      changeOutbox(this.#kv, ids, [], 0);
      queuePatch(this.#kv, reindexOutbox(this.#kv, at));
    });
    await this.#afterWrite();
    await emptyOnceForgotten(this.ctx.storage); // an erase's confirmation went out: nothing is left
  }

  ticket(now: number): HandoffTicket | null {
    this.#expireIfDue(check(time, now));
    return this.#kv.get<HandoffTicket>('ticket') ?? null;
  }

  /** The record's cases as last committed (CaseStore.casesOf): a read, no hold needed. */
  cases(now: number): CaseFile[] {
    this.#expireIfDue(check(time, now));
    return this.#kv.get<StoredConversation>('rec')?.cases ?? [];
  }

  /** The last `limit` lines, oldest first. */
  transcript(limit: number, now: number): TranscriptLine[] {
    this.#expireIfDue(check(time, now));
    return lastLines(this.#kv, limit);
  }

  async saveMedia(owner: Owner, file: StoredMedia, now: number): Promise<string> {
    const checked = check(mediaSchema, file);
    return await this.#writeAlone(owner, now, (kv) => putMedia(kv, checked));
  }

  getMedia(mediaId: string, now: number): StoredMedia | null {
    this.#expireIfDue(check(time, now));
    return readMedia(this.#kv, mediaId);
  }

  /** Appends one delivery event; no hold needed (events are only added, never merged). */
  async recordDelivery(owner: Owner, event: DeliveryEvent, now: number): Promise<void> {
    this.#expireIfDue(check(time, now));
    // Only while the conversation is kept: a late report about an erased one (or none) is dropped.
    if (this.#kv.get('rec') === undefined) return;
    await this.#writeAlone(owner, now, (kv) => appendDelivery(kv, check(deliveryEventSchema, event)));
  }

  deliveries(now: number): DeliveryEvent[] {
    this.#expireIfDue(check(time, now));
    return deliveryLog(this.#kv);
  }

  /** A write outside a turn, in one transaction; like every write, it pushes `expires` forward. */
  async #writeAlone<T>(owner: Owner, now: number, write: (kv: SyncKvStorage) => T): Promise<T> {
    const [who, at] = [check(ownerSchema, owner), check(time, now)];
    this.#expireIfDue(at);
    const result = this.ctx.storage.transactionSync(() => {
      this.#touch(who, at);
      return write(this.#kv);
    });
    await this.#rearm();
    return result;
  }

  /**
   * The alarm: past retention, everything goes; a due deadline or outbox goes to the office's
   * due sets; what the office has not heard yet is told again.
   */
  override async alarm(): Promise<void> {
    const now = Date.now();
    if (this.#kv.get('owner') === undefined) return;
    this.#expireIfDue(now, false);
    this.ctx.storage.transactionSync(() => {
      const deadline = this.#kv.get<number>('deadline');
      if (deadline !== undefined && deadline <= now)
        queuePatch(this.#kv, moveDeadline(this.#kv, deadline, now));
      queuePatch(this.#kv, reindexOutbox(this.#kv, now));
    });
    await this.#push();
    if (await emptyOnceForgotten(this.ctx.storage)) return;
    await this.#rearm();
  }

  async #afterWrite() {
    if (hasPending(this.#kv)) await this.#push();
    await this.#rearm();
  }

  /** Tells the office what it has not heard yet; never throws (a failure is retried by the alarm). */
  #push(): Promise<void> {
    const run = this.#chain.then(() => this.#pushOnce());
    this.#chain = run.catch(() => undefined);
    return run;
  }

  async #pushOnce() {
    const owner = this.#kv.get<Owner>('owner');
    const patch = owner && this.ctx.storage.transactionSync(() => startPush(this.#kv, Date.now()));
    if (!owner || !patch) return;
    await this.#rearm(); // should this object stop mid-call, its alarm tries again
    try {
      await this.#office(owner).sync(owner.id, patch);
      this.ctx.storage.transactionSync(() => pushed(this.#kv));
    } catch {
      this.ctx.storage.transactionSync(() => pushFailed(this.#kv, Date.now()));
      await this.#rearm();
    }
  }

  /** The alarm rings at the deadline, the outbox's retry time, a retry for the office or the end of retention: the first. */
  async #rearm() {
    const kv = this.#kv;
    const times = [kv.get<number>('deadline'), kv.get<number>('expires'), retryTime(kv)];
    const first = firstRetryAt(kv);
    if (first !== undefined && kv.get('ohanded') !== first) times.push(first);
    const next = times.filter((t): t is number => t !== undefined);
    if (next.length) await this.ctx.storage.setAlarm(Math.min(...next));
    else await this.ctx.storage.deleteAlarm();
  }

  #seen(): Record<string, number> {
    return this.#kv.get<Record<string, number>>('seen') ?? {};
  }

  /** A write: the data is kept for the retention period from now. */
  #touch(owner: Owner, now: number) {
    this.#kv.put('owner', owner);
    this.#kv.put('expires', now + owner.retentionMs);
  }

  /**
   * Past retention, a read finds nothing even if the alarm is late, and the office forgets
   * the conversation too (from here, or from the alarm if that call fails).
   */
  #expireIfDue(now: number, tellNow = true) {
    const expires = this.#kv.get<number>('expires');
    if (expires === undefined || expires > now) return;
    this.ctx.storage.transactionSync(() => forgetAll(this.#kv));
    if (tellNow) this.ctx.waitUntil(this.#push().then(() => emptyOnceForgotten(this.ctx.storage)));
  }

  #office(owner: Owner) {
    return this.env.OFFICE.get(this.env.OFFICE.idFromName(owner.office));
  }
}
