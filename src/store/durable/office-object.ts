/**
 * One Durable Object per office (named "office", or the store's prefix + "office"): the
 * staff queue, the closed tickets (newest first, the last 500), the office's canned
 * replies, and the conversations whose deadline is due (each conversation's alarm hands
 * its deadline over here; a sweep takes it). Every method runs to its end before the next
 * starts (synchronous storage, no await), so each due deadline goes to one caller only and
 * the queue is never read half-updated. It also carries the inbox's live updates to staff
 * pages connected to any Worker instance (office-events.ts). Runs only in workerd.
 */
/// <reference types="@cloudflare/workers-types" />
import { DurableObject } from 'cloudflare:workers';
import { z } from 'zod';
import type { InboxEvent } from '../../core/inbox-events.ts';
import type { CannedReply, HandoffTicket } from '../../core/ports.ts';
import { LANGS } from '../../core/types.ts';
import { check, type DurableStoreEnv } from './durable-store.ts';

/** Closed tickets kept, as in Redis. */
export const KEEP_CLOSED = 500;

// Tickets and replies are checked before they are stored: the inbox lists them all, so one
// malformed value would break the whole queue page. Unknown fields are kept (loose objects).
const conversationId = z.string().min(1).max(512);
const ticketSchema = z.looseObject({
  conversationId,
  lang: z.enum(LANGS),
  reason: z.string().min(1),
  urgent: z.boolean(),
  topic: z.string().min(1),
  since: z.number().finite(),
  case: z.looseObject({ form: z.string(), answers: z.record(z.string(), z.string()) }).optional(),
  assignee: z.string().min(1).optional(),
});
const cannedSchema = z
  .array(z.looseObject({ id: z.string().min(1), lang: z.enum(LANGS), text: z.string() }))
  .max(1_000);
const time = z.number().finite();
const limitOf = (limit: number, fallback: number) =>
  z
    .number()
    .int()
    .nonnegative()
    .catch(fallback)
    .parse(limit ?? fallback);

type ClosedTicket = HandoffTicket & { closedAt: number };

const queueKey = (id: string) => `q:${id}`;
const closedKey = (seq: number) => `c:${String(seq).padStart(12, '0')}`;
const dueKey = (id: string) => `d:${id}`;

const eventSchema = z.object({
  kind: z.enum(['queued', 'message', 'closed', 'reply', 'overdue', 'channel']),
  conversationId,
  urgent: z.boolean().optional(),
});
const encoder = new TextEncoder();

export class OfficeObject extends DurableObject<DurableStoreEnv> {
  get #kv() {
    return this.ctx.storage.kv;
  }

  // Staff pages connected for live updates, from any Worker instance. In memory: when the
  // object restarts, the pages' event streams end and their browsers reconnect by themselves.
  #pages = new Set<WritableStreamDefaultWriter<Uint8Array>>();

  /** GET /events: one JSON line per inbox event, for as long as the caller keeps reading. */
  override async fetch(request: Request): Promise<Response> {
    if (new URL(request.url).pathname !== '/events') return new Response('not found', { status: 404 });
    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
    const page = writable.getWriter();
    this.#pages.add(page);
    return new Response(readable, { headers: { 'content-type': 'application/x-ndjson' } });
  }

  /** Tells every connected staff page that the inbox changed (a ticket, a message, a reply). */
  broadcast(event: InboxEvent): void {
    const line = encoder.encode(`${JSON.stringify(check(eventSchema, event))}\n`);
    for (const page of this.#pages) page.write(line).catch(() => this.#pages.delete(page));
  }

  /** Adds or updates a waiting ticket; urgency only goes up, and the first `since` and case stay. */
  enqueue(ticket: HandoffTicket): void {
    const next = check(ticketSchema, ticket) as HandoffTicket;
    const before = this.#kv.get<HandoffTicket>(queueKey(next.conversationId));
    const merged = {
      ...before,
      ...next,
      urgent: next.urgent || Boolean(before?.urgent),
      since: before?.since ?? next.since,
      ...((next.case ?? before?.case) ? { case: next.case ?? before?.case } : {}),
      ...((next.assignee ?? before?.assignee) ? { assignee: next.assignee ?? before?.assignee } : {}),
    } as HandoffTicket;
    this.#kv.put(queueKey(next.conversationId), merged);
  }

  /** Urgent tickets and tickets that carry a family's case stay for staff. */
  withdraw(id: string): void {
    const key = queueKey(check(conversationId, id));
    const ticket = this.#kv.get<HandoffTicket>(key);
    if (ticket && !ticket.urgent && !ticket.case) this.#kv.delete(key);
  }

  /** Waiting tickets, urgent first, then oldest first (a queue is tens of tickets: sorted on read). */
  list(): HandoffTicket[] {
    const all = [...this.#kv.list<HandoffTicket>({ prefix: 'q:' })].map(([, t]) => t);
    return all.sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.since - b.since);
  }

  position(id: string): number {
    const wanted = check(conversationId, id);
    return this.list().findIndex((t) => t.conversationId === wanted);
  }

  claim(id: string, staffName: string): void {
    const key = queueKey(check(conversationId, id));
    const ticket = this.#kv.get<HandoffTicket>(key);
    if (ticket) this.#kv.put(key, { ...ticket, assignee: check(z.string().min(1), staffName) });
  }

  /** Moves the ticket to the closed list, keeping the newest KEEP_CLOSED. */
  close(id: string, at: number): void {
    const key = queueKey(check(conversationId, id));
    const closedAt = check(time, at);
    const ticket = this.#kv.get<HandoffTicket>(key);
    if (!ticket) return;
    this.ctx.storage.transactionSync(() => {
      const seq = (this.#kv.get<number>('cseq') ?? 0) + 1;
      this.#kv.delete(key);
      this.#kv.put(closedKey(seq), { ...ticket, closedAt });
      this.#kv.put('cseq', seq);
      const older = [...this.#kv.list({ prefix: 'c:', reverse: true })].slice(KEEP_CLOSED);
      for (const [old] of older) this.#kv.delete(old);
    });
  }

  closed(limit = 100): ClosedTicket[] {
    const count = limitOf(limit, 100);
    if (count === 0) return [];
    return [...this.#kv.list<ClosedTicket>({ prefix: 'c:', reverse: true, limit: count })].map(([, t]) => t);
  }

  canned(): CannedReply[] {
    return this.#kv.get<CannedReply[]>('canned') ?? [];
  }

  saveCanned(replies: CannedReply[]): void {
    this.#kv.put('canned', check(cannedSchema, replies));
  }

  /** A conversation's deadline came (its alarm rang, or it was scheduled in the past). */
  due(id: string, at: number): void {
    this.#kv.put(dueKey(check(conversationId, id)), check(time, at));
  }

  /** The conversation's deadline moved on: what was handed over no longer holds. */
  undue(id: string): void {
    this.#kv.delete(dueKey(check(conversationId, id)));
  }

  /** Takes the due deadlines (earliest first); taken ones are gone, so no one else gets them. */
  takeDue(now: number, limit = 100): string[] {
    const until = check(time, now);
    const count = limitOf(limit, 100);
    const due = [...this.#kv.list<number>({ prefix: 'd:' })]
      .filter(([, at]) => at <= until)
      .sort(([, a], [, b]) => a - b)
      .slice(0, count);
    this.ctx.storage.transactionSync(() => {
      for (const [key] of due) this.#kv.delete(key);
    });
    return due.map(([key]) => key.slice(2));
  }

  /** Erases the conversation from the queue, the closed list and the due set. */
  forget(id: string): void {
    const wanted = check(conversationId, id);
    this.ctx.storage.transactionSync(() => {
      this.#kv.delete(queueKey(wanted));
      this.#kv.delete(dueKey(wanted));
      for (const [key, ticket] of [...this.#kv.list<ClosedTicket>({ prefix: 'c:' })])
        if (ticket.conversationId === wanted) this.#kv.delete(key);
    });
  }
}
