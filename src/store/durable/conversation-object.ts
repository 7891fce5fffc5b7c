/**
 * One Durable Object per conversation (named by its id): the conversation's record, the
 * message ids it has handled, its transcript, the files the person sent, the hold of the
 * turn under way, and its deadline as the object's alarm. Cloudflare runs one instance of
 * an object at a time and, with the synchronous storage API used here, each method runs to
 * its end before the next starts, so a turn's first and last trip are atomic as in Redis.
 * Retention: every write pushes `expires` forward; the alarm (and every read, should the
 * alarm be late) erases everything once it has passed. What it accepts over RPC is checked
 * against the schemas of durable-store.ts before it is stored. Runs only in workerd.
 */
/// <reference types="@cloudflare/workers-types" />
import { DurableObject } from 'cloudflare:workers';
import { z } from 'zod';
import type { StoredConversation, StoredMedia, TranscriptLine } from '../../core/ports.ts';
import {
  type Begin,
  type Commit,
  check,
  commitSchema,
  type DurableStoreEnv,
  linesSchema,
  mediaSchema,
  messageIdSchema,
  type Owner,
  ownerSchema,
  recordSchema,
  time,
} from './durable-store.ts';

/** The transcript keeps its last lines only, as in Redis. */
export const KEEP_LINES = 2_000;
const CHUNK = 2 ** 20;
const lease = z.number().positive().max(3_600_000);
const mediaIdSchema = z.string().regex(/^[0-9a-f-]{36}$/);

interface MediaMeta {
  mimetype: string;
  filename?: string;
  chunks: number;
}

const lineKey = (seq: number) => `t:${String(seq).padStart(12, '0')}`;
const mediaKey = (id: string, chunk?: number) => (chunk === undefined ? `m:${id}` : `m:${id}:${chunk}`);

export class ConversationObject extends DurableObject<DurableStoreEnv> {
  // The hold of the turn under way lives in memory, not in storage: the object is the only
  // place the conversation is served, so memory is enough while it runs, and if the object
  // restarts mid-turn the commit's compare-and-set on `rev` still refuses a lost update.
  // It costs no storage write per message, and no stale lock is ever left on disk.
  #hold: { token: string; until: number } | null = null;

  get #kv() {
    return this.ctx.storage.kv;
  }

  /** A turn's first trip: holds the conversation, tells a redelivery apart, reads the record. */
  begin(messageId: string | null, token: string, leaseMs: number, now: number): Begin {
    const id = check(messageIdSchema, messageId);
    const held = check(z.string().min(1), token);
    const at = check(time, now);
    this.#expireIfDue(at);
    if (this.#hold && this.#hold.until > at && this.#hold.token !== held)
      return { state: 'busy', record: null };
    if (id !== null && (this.#seen()[id] ?? 0) > at) return { state: 'duplicate', record: null };
    this.#hold = { token: held, until: at + check(lease, leaseMs) };
    return { state: 'held', record: this.#kv.get<StoredConversation>('rec') ?? null };
  }

  /**
   * A turn's last trip: compare-and-set on `rev` (-1: someone else wrote first), the transcript
   * lines, the message id remembered until `now + dedupeTtlMs`, the deadline moved if given,
   * and the hold let go, whatever happens.
   */
  async commit(turn: Commit): Promise<number> {
    // Let go first: nothing here awaits before the save is done, so no other turn can slip in
    // between, and the hold is let go even when the commit is refused.
    if (this.#hold?.token === turn?.token) this.#hold = null;
    const input = check(commitSchema, turn);
    this.#expireIfDue(input.now);
    const rev = this.ctx.storage.transactionSync(() => this.#save(input));
    if (rev < 0) return rev;
    if (input.deadline === null) await this.#rearm();
    else await this.#deadlineMoved(input.owner, input.deadline, input.now);
    return rev;
  }

  #save(turn: z.output<typeof commitSchema>): number {
    const { owner, record, lines, messageId, deadline, now } = turn;
    const current = this.#kv.get<StoredConversation>('rec')?.rev ?? 0;
    if (current !== turn.expectedRev) return -1;
    this.#kv.put('rec', { ...record, rev: current + 1 });
    if (messageId !== null) {
      const seen = Object.entries(this.#seen()).filter(([, until]) => until > now);
      this.#kv.put('seen', { ...Object.fromEntries(seen), [messageId]: now + turn.dedupeTtlMs });
    }
    if (deadline !== null) this.#kv.put('deadline', deadline);
    this.#append(lines as TranscriptLine[]);
    this.#touch(owner, now);
    return current + 1;
  }

  /** Lets go of a hold without saving (only the holder's own: the lease may have passed on). */
  release(token: string): void {
    if (this.#hold?.token === token) this.#hold = null;
  }

  read(now: number): StoredConversation | null {
    this.#expireIfDue(check(time, now));
    return this.#kv.get<StoredConversation>('rec') ?? null;
  }

  /** Writes the record if its revision is still `expectedRev` (null: none yet); -1 when it is not. */
  async put(
    owner: Owner,
    record: Omit<StoredConversation, 'rev'>,
    expectedRev: number | null,
    now: number,
  ): Promise<number> {
    const who = check(ownerSchema, owner);
    const next = check(recordSchema, record);
    const at = check(time, now);
    this.#expireIfDue(at);
    const rev = this.ctx.storage.transactionSync(() => {
      const current = this.#kv.get<StoredConversation>('rec')?.rev ?? 0;
      if (current !== (expectedRev ?? 0)) return -1;
      this.#kv.put('rec', { ...next, rev: current + 1 });
      this.#touch(who, at);
      return current + 1;
    });
    if (rev > 0) await this.#rearm();
    return rev;
  }

  async append(owner: Owner, lines: readonly TranscriptLine[], now: number): Promise<void> {
    const who = check(ownerSchema, owner);
    const added = check(linesSchema, lines);
    const at = check(time, now);
    if (added.length === 0) return;
    this.#expireIfDue(at);
    this.ctx.storage.transactionSync(() => {
      this.#append(added);
      this.#touch(who, at);
    });
    await this.#rearm();
  }

  /** The last `limit` lines, oldest first: one ordered range read of zero-padded keys. */
  transcript(limit: number, now: number): TranscriptLine[] {
    const count = z.number().int().positive().max(KEEP_LINES).catch(KEEP_LINES).parse(limit);
    this.#expireIfDue(check(time, now));
    const lines = [...this.#kv.list<TranscriptLine>({ prefix: 't:', reverse: true, limit: count })];
    return lines.map(([, line]) => line).reverse();
  }

  /** Keeps a file in chunks of at most 1 MiB (the limit of a stored value is 2 MB). */
  async saveMedia(owner: Owner, file: StoredMedia, now: number): Promise<string> {
    const [who, at] = [check(ownerSchema, owner), check(time, now)];
    const { mimetype, data, filename } = check(mediaSchema, file);
    this.#expireIfDue(at);
    const id = crypto.randomUUID();
    const chunks = Math.max(1, Math.ceil(data.byteLength / CHUNK));
    this.ctx.storage.transactionSync(() => {
      // slice, not subarray: a view would store its whole underlying buffer with every chunk.
      for (let i = 0; i < chunks; i++) this.#kv.put(mediaKey(id, i), data.slice(i * CHUNK, (i + 1) * CHUNK));
      this.#kv.put(mediaKey(id), { mimetype, chunks, ...(filename !== undefined ? { filename } : {}) });
      this.#touch(who, at);
    });
    await this.#rearm();
    return id;
  }

  getMedia(mediaId: string, now: number): StoredMedia | null {
    this.#expireIfDue(check(time, now));
    const id = mediaIdSchema.safeParse(mediaId);
    const meta = id.success ? this.#kv.get<MediaMeta>(mediaKey(id.data)) : undefined;
    if (!id.success || !meta) return null;
    const parts: Uint8Array[] = [];
    for (let i = 0; i < meta.chunks; i++)
      parts.push(this.#kv.get<Uint8Array>(mediaKey(id.data, i)) ?? new Uint8Array());
    const data = new Uint8Array(parts.reduce((n, part) => n + part.byteLength, 0));
    for (let i = 0, offset = 0; i < parts.length; offset += parts[i]?.byteLength ?? 0, i++)
      data.set(parts[i] ?? [], offset);
    const { mimetype, filename } = meta;
    return { mimetype, data, ...(filename !== undefined ? { filename } : {}) };
  }

  /** Something must happen for this conversation at `at`: see #deadlineMoved. */
  async schedule(owner: Owner, at: number, now: number): Promise<void> {
    const who = check(ownerSchema, owner);
    const [when, current] = [check(time, at), check(time, now)];
    this.#expireIfDue(current);
    this.ctx.storage.transactionSync(() => {
      this.#kv.put('deadline', when);
      this.#touch(who, current);
    });
    await this.#deadlineMoved(who, when, current);
  }

  /** Erases everything about the conversation, the alarm and the hold included. */
  async erase(): Promise<void> {
    this.#hold = null;
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
  }

  /** The alarm: past retention, everything goes; a due deadline goes to the office's due set. */
  override async alarm(): Promise<void> {
    const now = Date.now();
    const owner = this.#kv.get<Owner>('owner');
    if (!owner) return;
    const expires = this.#kv.get<number>('expires');
    if (expires !== undefined && expires <= now) {
      await this.#office(owner).forget(owner.id);
      await this.erase();
      return;
    }
    const deadline = this.#kv.get<number>('deadline');
    // The office first: if that call fails, the alarm is retried and the deadline is still here.
    if (deadline !== undefined && deadline <= now) await this.#handOver(owner, deadline);
    await this.#rearm();
  }

  /**
   * The deadline was just stored. One already due goes to the office's due set at once, so a
   * sweep right after sees it (the alarm retries if the office cannot be reached); a later one
   * is the alarm, and takes back what an earlier deadline had handed over, since it moved.
   */
  async #deadlineMoved(owner: Owner, at: number, now: number) {
    if (at <= now) {
      const handed = await this.#handOver(owner, at).then(
        () => true,
        () => false,
      );
      if (!handed) return await this.ctx.storage.setAlarm(now);
    } else if (this.#kv.get('handed') !== undefined) {
      await this.#office(owner)
        .undue(owner.id)
        .then(
          () => this.#kv.delete('handed'),
          () => undefined, // a stale due entry only makes the engine look at the conversation early
        );
    }
    await this.#rearm();
  }

  async #handOver(owner: Owner, at: number) {
    await this.#office(owner).due(owner.id, at);
    if (this.#kv.get('deadline') === at) this.#kv.delete('deadline');
    this.#kv.put('handed', at);
  }

  /** The alarm rings at the deadline or at the end of retention, whichever is first (an exact time, so no early wake-ups). */
  async #rearm() {
    const times = [this.#kv.get<number>('deadline'), this.#kv.get<number>('expires')];
    const next = times.filter((t): t is number => t !== undefined);
    if (next.length) await this.ctx.storage.setAlarm(Math.min(...next));
    else await this.ctx.storage.deleteAlarm();
  }

  #seen(): Record<string, number> {
    return this.#kv.get<Record<string, number>>('seen') ?? {};
  }

  #append(lines: readonly TranscriptLine[]) {
    const last = this.#kv.get<number>('tseq') ?? 0;
    lines.forEach((line, i) => {
      this.#kv.put(lineKey(last + i + 1), { ...line, seq: last + i + 1 });
    });
    const end = last + lines.length;
    // Lines kept before: (last - KEEP, last]; after: (end - KEEP, end]. Only the difference goes.
    for (let seq = Math.max(1, last - KEEP_LINES + 1); seq <= end - KEEP_LINES; seq++)
      this.#kv.delete(lineKey(seq));
    this.#kv.put('tseq', end);
  }

  /** A write: the data is kept for the retention period from now. */
  #touch(owner: Owner, now: number) {
    this.#kv.put('owner', owner);
    this.#kv.put('expires', now + owner.retentionMs);
  }

  /** Past retention, a read finds nothing even if the alarm is late; the office forgets it too. */
  #expireIfDue(now: number) {
    const expires = this.#kv.get<number>('expires');
    if (expires === undefined || expires > now) return;
    const owner = this.#kv.get<Owner>('owner');
    this.ctx.storage.transactionSync(() => {
      for (const [key] of [...this.#kv.list()]) this.#kv.delete(key);
    });
    if (owner) this.ctx.waitUntil(this.#office(owner).forget(owner.id));
  }

  #office(owner: Owner) {
    return this.env.OFFICE.get(this.env.OFFICE.idFromName(owner.office));
  }
}
