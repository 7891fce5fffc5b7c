/**
 * One Durable Object per office (named "office", or the store's prefix + "office"): the
 * index of the staff queue (each ticket itself is kept by its conversation's object, which
 * tells the office after every change: `sync`), the closed tickets (newest first, the last
 * 500), the office's canned replies and filed examples, the links between conversations and
 * staff-group threads, and which conversations have something due (a deadline handed over by
 * their alarm, taken once; an outbox past its retry time, handed out once per lease). Every
 * method runs to its end before the next starts (synchronous storage, no await), so each due
 * deadline goes to one caller only and the queue is never read half-updated. It also carries
 * the inbox's live updates to staff pages connected to any Worker instance (office-events.ts).
 * Runs only in workerd.
 *
 * Keys: q:<0 urgent | 1>:<since>:<id> (the queue, in its order), qi:<id> (a ticket's queue
 * key), qn / qu (how many real tickets wait, how many urgent), c:<closedAt>:<id> and cn (how many), d:<id> (deadlines),
 * x:<id> (outbox index), tc:<id> / th:<thread> (thread links), canned, fe:<seq> and fs (the
 * filed examples, oldest first, and the last seq; like canned, never forgotten with a
 * conversation); the dashboard's (counters, summaries, review list) are office-activity.ts's,
 * and the folios (fo: / fc:) office-cases.ts's; both go with a forgotten conversation too.
 */
/// <reference types="@cloudflare/workers-types" />
import { z } from 'zod';
import { MAX_FILED_EXAMPLES, type OfficeExample } from '../../core/ports/example-book.ts';
import type { CannedReply } from '../../core/ports/staff-data-store.ts';
import type { InboxEvent } from '../../core/ports/staff-desk.ts';
import { inLine } from '../../core/queue-standing.ts';
import type { ClosedTicket, HandoffTicket } from '../../core/ticket.ts';
import { DEFAULT_CLOSED_LIMIT, DEFAULT_DUE_LIMIT, KEEP_CLOSED, OUTBOX_LEASE_MS } from '../common.ts';
import { OfficePacingObject } from './office-pacing.ts';
import {
  cannedSchema,
  check,
  conversationIdSchema,
  filedExampleSchema,
  type OfficePatch,
  patchSchema,
  threadSchema,
  time,
} from './schemas.ts';

/** A limit as asked (none or nonsense: the default; below zero: nothing). */
const limitOf = (limit: number | undefined, fallback: number) =>
  Math.max(
    0,
    z
      .number()
      .int()
      .catch(fallback)
      .parse(limit ?? fallback),
  );
const pad = (n: number) => String(Math.max(0, Math.trunc(n))).padStart(16, '0');
const orderKey = (id: string, t: HandoffTicket) => `q:${t.urgent ? 0 : 1}:${pad(t.since)}:${id}`;
const closedKey = (id: string, t: ClosedTicket) => `c:${pad(t.closedAt)}:${id}`;
/** The conversation id at the end of a c: key ("c:" + 16 digits + ":"). */
const closedOwner = (key: string) => key.slice(19);

const eventSchema = z.object({
  kind: z.enum(['queued', 'message', 'closed', 'reply', 'overdue', 'realert', 'channel', 'flagged']),
  conversationId: conversationIdSchema,
  urgent: z.boolean().optional(),
});
const encoder = new TextEncoder();

/**
 * The binding by which a Worker and its conversations' objects reach the office (`env.OFFICE`):
 * declared here, beside the office, so a conversation's object can call it without importing
 * the store that binds both kinds of object (durable-store.ts).
 */
export interface OfficeBinding {
  OFFICE: DurableObjectNamespace<OfficeObject>;
}

/**
 * Staff sessions, failed logins, disabled accounts and the audit log: office-staff.ts; the
 * dashboard's counters, summaries and review list: office-activity.ts; folios: office-cases.ts;
 * who blocked the Telegram bot: office-blocked.ts; a person's other identifiers: office-aliases.ts;
 * the pacing every isolate shares: office-pacing.ts.
 */
export class OfficeObject extends OfficePacingObject {
  /** Closed tickets kept (a test Worker keeps fewer, so its contract test stays quick). */
  protected keepClosed = KEEP_CLOSED;
  /** Filed examples kept (a test Worker keeps fewer, so its contract test stays quick). */
  protected maxFiledExamples = MAX_FILED_EXAMPLES;

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

  /** What a conversation's object changed, in one transaction: see OfficePatch. */
  sync(conversationId: string, patch: OfficePatch): void {
    const id = check(conversationIdSchema, conversationId);
    const change = check(patchSchema, patch) as OfficePatch;
    const kv = this.#kv;
    this.ctx.storage.transactionSync(() => {
      if (change.forget) this.#forget(id);
      for (const closed of change.closed ?? []) this.#pushClosed(id, closed);
      if (change.ticket !== undefined) this.#setTicket(id, change.ticket);
      if (change.due === null) kv.delete(`d:${id}`);
      else if (change.due !== undefined) kv.put(`d:${id}`, change.due);
      if (change.outbox === null) kv.delete(`x:${id}`);
      else if (change.outbox !== undefined) kv.put(`x:${id}`, change.outbox);
    });
  }

  /** Waiting and taken tickets, urgent first, then oldest first: the keys' own order. */
  list(): HandoffTicket[] {
    return [...this.#kv.list<HandoffTicket>({ prefix: 'q:' })].map(([, t]) => t);
  }

  /** How many tickets in line (core/queue-standing.ts) are ahead: among the keys before this one's (no sort, no read of the rest). */
  position(conversationId: string): number {
    const key = this.#kv.get<string>(`qi:${check(conversationIdSchema, conversationId)}`);
    if (key === undefined) return -1;
    let ahead = 0;
    for (const [, ticket] of this.#kv.list<HandoffTicket>({ prefix: 'q:', end: key }))
      if (inLine(ticket)) ahead++;
    return ahead;
  }

  size(): { all: number; urgent: number } {
    return { all: this.#kv.get<number>('qn') ?? 0, urgent: this.#kv.get<number>('qu') ?? 0 };
  }

  closed(limit: number = DEFAULT_CLOSED_LIMIT, offset = 0): ClosedTicket[] {
    const count = limitOf(limit, DEFAULT_CLOSED_LIMIT);
    const skip = limitOf(offset, 0);
    if (count === 0) return [];
    const listed = this.#kv.list<ClosedTicket>({ prefix: 'c:', reverse: true, limit: skip + count });
    return [...listed].slice(skip).map(([, t]) => t);
  }

  closedCount(): number {
    return this.#kv.get<number>('cn') ?? 0;
  }

  canned(): CannedReply[] {
    return this.#kv.get<CannedReply[]>('canned') ?? [];
  }

  saveCanned(replies: CannedReply[]): void {
    this.#kv.put('canned', check(cannedSchema, replies));
  }

  /** The filed examples, oldest first: the fe: keys in order (the store checks each one it gets). */
  filedExamples(): OfficeExample[] {
    return [...this.#kv.list<OfficeExample>({ prefix: 'fe:' })].map(([, example]) => example);
  }

  /** Keeps one more under the next seq, and drops the oldest past maxFiledExamples. */
  fileExample(example: OfficeExample): void {
    const checked = check(filedExampleSchema, example);
    const kv = this.#kv;
    this.ctx.storage.transactionSync(() => {
      const seq = (kv.get<number>('fs') ?? 0) + 1;
      kv.put(`fe:${pad(seq)}`, checked);
      kv.put('fs', seq);
      const end = `fe:${pad(seq - this.maxFiledExamples + 1)}`; // the oldest kept
      for (const [old] of [...kv.list({ prefix: 'fe:', end })]) kv.delete(old);
    });
  }

  /**
   * Conversations with something due by `now`, earliest first: taken deadlines are gone;
   * outbox indexes stay, a lease ahead, so the next caller skips them until then.
   */
  takeDue(now: number, limit: number = DEFAULT_DUE_LIMIT, leaseMs: number = OUTBOX_LEASE_MS): string[] {
    const until = check(time, now);
    const count = limitOf(limit, DEFAULT_DUE_LIMIT);
    const lease = check(z.number().nonnegative(), leaseMs);
    const dueIn = (prefix: string) =>
      [...this.#kv.list<number>({ prefix })]
        .filter(([, at]) => at <= until)
        .sort(([, a], [, b]) => a - b)
        .slice(0, count)
        .map(([key]) => key.slice(prefix.length));
    return this.ctx.storage.transactionSync(() => {
      const due = dueIn('d:');
      for (const id of due) this.#kv.delete(`d:${id}`);
      const taken = new Set(due);
      for (const id of dueIn('x:')) {
        if (taken.size >= count) break;
        this.#kv.put(`x:${id}`, until + lease);
        if (!taken.has(id)) due.push(id);
        taken.add(id);
      }
      return due;
    });
  }

  /** Links a conversation to its staff-group thread, both ways (one thread each). */
  saveThread(conversationId: string, thread: number): void {
    const id = check(conversationIdSchema, conversationId);
    const number = check(threadSchema, thread);
    this.ctx.storage.transactionSync(() => {
      this.#unlinkThread(id);
      const previous = this.#kv.get<string>(`th:${number}`);
      if (previous !== undefined) this.#kv.delete(`tc:${previous}`);
      this.#kv.put(`tc:${id}`, number);
      this.#kv.put(`th:${number}`, id);
    });
  }

  threadOf(conversationId: string): number | null {
    return this.#kv.get<number>(`tc:${check(conversationIdSchema, conversationId)}`) ?? null;
  }

  conversationOfThread(thread: number): string | null {
    return this.#kv.get<string>(`th:${check(threadSchema, thread)}`) ?? null;
  }

  #setTicket(id: string, ticket: HandoffTicket | null) {
    const kv = this.#kv;
    const old = kv.get<string>(`qi:${id}`);
    let [all, urgent] = [kv.get<number>('qn') ?? 0, kv.get<number>('qu') ?? 0];
    // qn / qu count tickets in line only (core/queue-standing.ts): the sizes behind the position told to people.
    if (old !== undefined) {
      const was = kv.get<HandoffTicket>(old);
      if (was && inLine(was)) {
        if (was?.urgent) urgent--;
        all--;
      }
      kv.delete(old);
      kv.delete(`qi:${id}`);
    }
    if (ticket) {
      const key = orderKey(id, ticket);
      kv.put(key, ticket);
      kv.put(`qi:${id}`, key);
      if (inLine(ticket)) {
        all++;
        if (ticket.urgent) urgent++;
      }
    }
    kv.put('qn', Math.max(0, all));
    kv.put('qu', Math.max(0, urgent));
  }

  /** Adds a closed ticket (again: the same one replaces itself) and drops the oldest past keepClosed. */
  #pushClosed(id: string, closed: ClosedTicket) {
    const kv = this.#kv;
    const key = closedKey(id, closed);
    let count = kv.get<number>('cn') ?? 0;
    if (kv.get(key) === undefined) count++;
    kv.put(key, closed);
    if (count > this.keepClosed) {
      for (const [old] of [...kv.list({ prefix: 'c:', limit: count - this.keepClosed })]) kv.delete(old);
      count = this.keepClosed;
    }
    kv.put('cn', count);
  }

  #unlinkThread(id: string) {
    const thread = this.#kv.get<number>(`tc:${id}`);
    if (thread === undefined) return;
    this.#kv.delete(`tc:${id}`);
    if (this.#kv.get(`th:${thread}`) === id) this.#kv.delete(`th:${thread}`);
  }

  /** Everything the office knows about one conversation goes (an erase, or retention passed). */
  #forget(id: string) {
    this.forgetActivity(id); // its dashboard summary and review items (not the counters)
    if (this.#kv.get(`qi:${id}`) !== undefined) this.#setTicket(id, null);
    this.#kv.delete(`d:${id}`);
    this.#kv.delete(`x:${id}`);
    this.#unlinkThread(id);
    this.forgetFolios(id); // claimed again by anyone from now
    this.forgetBlocked(id); // whether they had blocked the bot
    this.forgetAliases(id); // their other identifiers, and where their messages went
    let count = this.#kv.get<number>('cn') ?? 0;
    for (const [key] of [...this.#kv.list({ prefix: 'c:' })])
      if (closedOwner(key) === id && this.#kv.delete(key)) count--;
    if (count > 0) this.#kv.put('cn', count);
    else this.#kv.delete('cn');
  }
}
