/**
 * How a conversation object lays out its storage, as plain functions over the object's
 * synchronous key-value storage (so each runs inside the caller's transaction): transcript
 * lines under zero-padded keys (one ordered range read gives the last ones), files in chunks
 * under the 2 MB a stored value may be, outbox items with the time they become leftovers.
 *
 * Keys: rec, seen, owner, expires, ticket, deadline, handed (a deadline the office holds),
 * ohanded (the outbox index the office holds), tseq, t:<seq>, m:<id>, m:<id>:<n>, o:<item id>,
 * dseq, dl:<seq> (delivery events, laid out as the transcript is), and sync / inflight /
 * retry / attempts for what the office has not heard yet (office-sync.ts).
 */
/// <reference types="@cloudflare/workers-types" />
import { z } from 'zod';
import type { OutboxItem, TranscriptLine } from '../../core/ports/conversation-store.ts';
import { type DeliveryEvent, MAX_DELIVERY_EVENTS } from '../../core/ports/delivery-log.ts';
import type { StoredMedia } from '../../core/ports/media-store.ts';
import type { KeptItem } from '../common.ts';
import { byRetryAt } from '../common.ts';
import { deliveryEventSchema } from './schemas.ts';

/** The transcript keeps its last lines only, as in Redis. */
export const KEEP_LINES = 2_000;
const CHUNK = 2 ** 20;
const mediaIdSchema = z.string().regex(/^[0-9a-f-]{36}$/);

interface MediaMeta {
  mimetype: string;
  filename?: string;
  chunks: number;
}

const lineKey = (seq: number) => `t:${String(seq).padStart(12, '0')}`;
const mediaKey = (id: string, chunk?: number) => (chunk === undefined ? `m:${id}` : `m:${id}:${chunk}`);
const itemKey = (id: string) => `o:${id}`;
const deliveryKey = (seq: number) => `dl:${String(seq).padStart(12, '0')}`;

/** Adds lines after the last one, numbered on, and drops what falls past KEEP_LINES. */
export function appendLines(kv: SyncKvStorage, lines: readonly TranscriptLine[]) {
  if (lines.length === 0) return;
  const last = kv.get<number>('tseq') ?? 0;
  lines.forEach((line, i) => {
    kv.put(lineKey(last + i + 1), { ...line, seq: last + i + 1 });
  });
  const end = last + lines.length;
  // Lines kept before: (last - KEEP, last]; after: (end - KEEP, end]. Only the difference goes.
  for (let seq = Math.max(1, last - KEEP_LINES + 1); seq <= end - KEEP_LINES; seq++) kv.delete(lineKey(seq));
  kv.put('tseq', end);
}

/**
 * The last `limit` lines (at most KEEP_LINES; a limit that is not an integer asks for them
 * all), oldest first: one ordered range read of zero-padded keys.
 */
export function lastLines(kv: SyncKvStorage, limit: number): TranscriptLine[] {
  const count = Math.max(0, Math.min(KEEP_LINES, z.number().int().catch(KEEP_LINES).parse(limit)));
  if (count === 0) return [];
  const lines = [...kv.list<TranscriptLine>({ prefix: 't:', reverse: true, limit: count })];
  return lines.map(([, line]) => line).reverse();
}

/** Adds one delivery event after the last, and drops the one that falls past MAX_DELIVERY_EVENTS. */
export function appendDelivery(kv: SyncKvStorage, event: DeliveryEvent) {
  const seq = (kv.get<number>('dseq') ?? 0) + 1;
  kv.put(deliveryKey(seq), event);
  if (seq > MAX_DELIVERY_EVENTS) kv.delete(deliveryKey(seq - MAX_DELIVERY_EVENTS));
  kv.put('dseq', seq);
}

/**
 * The delivery events kept, oldest first. Each is checked as it is read: one malformed value
 * (written by an older version, or damaged) is skipped rather than hiding every line's fate.
 */
export function deliveryLog(kv: SyncKvStorage): DeliveryEvent[] {
  const kept = [...kv.list({ prefix: 'dl:', reverse: true, limit: MAX_DELIVERY_EVENTS })].reverse();
  return kept.flatMap(([, value]) => {
    const event = deliveryEventSchema.safeParse(value);
    return event.success ? [event.data] : [];
  });
}

/** Keeps a file in chunks of at most 1 MiB; returns its id. */
export function putMedia(kv: SyncKvStorage, { mimetype, data, filename }: StoredMedia): string {
  const id = crypto.randomUUID();
  const chunks = Math.max(1, Math.ceil(data.byteLength / CHUNK));
  // slice, not subarray: a view would store its whole underlying buffer with every chunk.
  for (let i = 0; i < chunks; i++) kv.put(mediaKey(id, i), data.slice(i * CHUNK, (i + 1) * CHUNK));
  kv.put(mediaKey(id), { mimetype, chunks, ...(filename !== undefined ? { filename } : {}) });
  return id;
}

export function readMedia(kv: SyncKvStorage, mediaId: string): StoredMedia | null {
  const id = mediaIdSchema.safeParse(mediaId);
  const meta = id.success ? kv.get<MediaMeta>(mediaKey(id.data)) : undefined;
  if (!id.success || !meta) return null;
  const parts: Uint8Array[] = [];
  for (let i = 0; i < meta.chunks; i++)
    parts.push(kv.get<Uint8Array>(mediaKey(id.data, i)) ?? new Uint8Array());
  const data = new Uint8Array(parts.reduce((n, part) => n + part.byteLength, 0));
  for (let i = 0, offset = 0; i < parts.length; offset += parts[i]?.byteLength ?? 0, i++)
    data.set(parts[i] ?? [], offset);
  const { mimetype, filename } = meta;
  return { mimetype, data, ...(filename !== undefined ? { filename } : {}) };
}

/** Removes done items, then adds (or replaces, by id) this turn's. */
export function changeOutbox(
  kv: SyncKvStorage,
  done: readonly string[],
  added: readonly OutboxItem[],
  retryAt: number,
) {
  for (const id of done) kv.delete(itemKey(id));
  for (const item of added) kv.put<KeptItem>(itemKey(item.id), { retryAt, item });
}

export function keptItems(kv: SyncKvStorage): KeptItem[] {
  return [...kv.list<KeptItem>({ prefix: 'o:' })].map(([, kept]) => kept);
}

/** Items past their retryAt, in the order they fell due. */
export function leftoversAt(kv: SyncKvStorage, now: number): OutboxItem[] {
  return keptItems(kv)
    .filter((kept) => kept.retryAt <= now)
    .sort(byRetryAt)
    .map((kept) => kept.item);
}

/** The earliest retryAt of the outbox, or undefined when it is empty. */
export function firstRetryAt(kv: SyncKvStorage): number | undefined {
  let first: number | undefined;
  for (const { retryAt } of keptItems(kv)) if (first === undefined || retryAt < first) first = retryAt;
  return first;
}

/** Deletes every key but the ones named (in the caller's transaction). */
export function deleteAllBut(kv: SyncKvStorage, keep: readonly string[]) {
  for (const [key] of [...kv.list()]) if (!keep.includes(key)) kv.delete(key);
}

/**
 * Once only the object's name (and its retention time) is left (retention passed or an erase,
 * the office told, the confirmation out), empties the object, alarm and all; true when it did.
 */
export async function emptyOnceForgotten(storage: DurableObjectStorage): Promise<boolean> {
  const keys = [...storage.kv.list({ limit: 3 })].map(([key]) => key);
  if (!keys.every((key) => key === 'owner' || key === 'expires')) return false;
  await storage.deleteAlarm();
  await storage.deleteAll();
  return true;
}
