/**
 * What the three stores (memory, Redis, Durable Objects) share, so they cannot drift apart:
 * the answer to a redelivered message, the lease on leftover outbox items, the closed list's
 * length, how an outbox item is kept (with the time it becomes a leftover), the
 * dashboard's days, counter retention and periods (ActivityStore), and how a folio is
 * checked (CaseStore).
 */
import { FOLIO } from '../core/case-file.ts';
import type { ConversationSummary } from '../core/ports/activity-store.ts';
import type { OpenTurn, OutboxItem, TurnCommit } from '../core/ports/conversation-store.ts';

/** How long takeDue keeps a conversation with leftovers from other callers (it stays due until acknowledged). */
export const OUTBOX_LEASE_MS = 30_000;
/** Closed tickets kept, newest first (the port says how many, so the inbox can tell when the list is full). */
export { KEEP_CLOSED } from '../core/ports/queue-store.ts';
/** takeDue's and listClosed's default limits. */
export const DEFAULT_DUE_LIMIT = 100;
export const DEFAULT_CLOSED_LIMIT = 100;
export const DEFAULT_TRANSCRIPT_LIMIT = 200;

/** An outbox item as kept: it becomes a leftover (for any turn or sweep to finish) at `retryAt`. */
export interface KeptItem {
  retryAt: number;
  item: OutboxItem;
}

/** When a commit's outbox items become leftovers: its retryAt, or at once when it gave none. */
export const retryAtOf = (commit: Pick<TurnCommit, 'retryAt'>): number => commit.retryAt ?? 0;

/** Leftovers in the order they fell due (ties: as kept). */
export const byRetryAt = (a: KeptItem, b: KeptItem) => a.retryAt - b.retryAt;

/** The answer to a message already handled: nothing held, nothing to read, nothing to write. */
export function redelivery(): OpenTurn {
  return {
    fresh: false,
    record: null,
    ticket: null,
    leftovers: [],
    commit: () =>
      Promise.reject(new Error('a redelivered message holds no turn: there is nothing to commit')),
    release: async () => {},
  };
}

/** The error a turn gives when the conversation stays held by someone else for too long. */
export const stuckError = (conversationId: string, waitedMs: number) =>
  new Error(`conversation ${conversationId} stayed locked for ${waitedMs} ms; is another instance stuck?`);

/** How long the dashboard's daily counters are kept by default: three years (they name no one). */
export const DEFAULT_ACTIVITY_RETENTION_DAYS = 1_095;
const DAY_MS = 86_400_000;

/** The UTC day of an instant, "YYYY-MM-DD". */
export const utcDay = (at: number): string => new Date(at).toISOString().slice(0, 10);

/** The last day found to be one: every turn counts in today, so most checks are this one. */
let lastDay = '';

/** Whether it is a day as the activity port names them: "YYYY-MM-DD", a real date. */
export function isDay(day: unknown): day is string {
  if (day === lastDay && day !== '') return true;
  const at =
    typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN;
  // Round-tripped, so "2026-02-30" (which Date.parse may roll over) is refused too.
  const valid = !Number.isNaN(at) && utcDay(at) === day;
  if (valid) lastDay = day;
  return valid;
}

/** The day, or a RangeError when it is not one. */
export function checkDay(day: string): string {
  if (!isDay(day)) throw new RangeError(`not a day (YYYY-MM-DD): ${String(day)}`);
  return day;
}

/** The later and the earlier of two days ("YYYY-MM-DD" sorts as text). */
export const laterDay = (a: string, b: string): string => [a, b].sort()[1] ?? a;
export const earlierDay = (a: string, b: string): string => [a, b].sort()[0] ?? a;

/** The oldest day whose counters are still kept at `now`: a day goes `retentionMs` after it ends. */
export const firstKeptDay = (now: number, retentionMs: number): string => utcDay(now - retentionMs);

/** When a day's counters are no longer kept (epoch ms): `retentionMs` after the day ends. */
export const dayExpiresAt = (day: string, retentionMs: number): number =>
  Date.parse(`${checkDay(day)}T00:00:00Z`) + DAY_MS + retentionMs;

/** Every day from `from` to `to`, inclusive (none when `to` comes first). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${checkDay(to)}T00:00:00Z`);
  for (let at = Date.parse(`${checkDay(from)}T00:00:00Z`); at <= end; at += DAY_MS) days.push(utcDay(at));
  return days;
}

/**
 * A call's increments as the stores add them: whole numbers only (Redis's HINCRBY takes no
 * others, so no store does), zeros left out so a day with nothing counted is not kept.
 */
export function incrementsOf(increments: Readonly<Record<string, number>>): Array<[string, number]> {
  const entries = Object.entries(increments);
  for (const [name, by] of entries)
    if (!name || !Number.isSafeInteger(by))
      throw new RangeError(`a counter is a name and a whole number: ${JSON.stringify(name)} ${by}`);
  return entries.filter(([, by]) => by !== 0);
}

/** Whether a conversation was active in [from, to]: it began by `to` and went on until `from` or later. */
export const activeIn = (
  summary: Pick<ConversationSummary, 'firstAt' | 'lastAt'>,
  from: number,
  to: number,
) => summary.firstAt <= to && summary.lastAt >= from;

/** Whether it is a folio in its canonical form ("ACD-3467"); what a person typed may be anything. */
export const isFolio = (folio: unknown): folio is string => typeof folio === 'string' && FOLIO.test(folio);

/**
 * The folio, or a RangeError when it is not one: a claim is the engine's (a folio newFolio
 * made), so a malformed one is a bug to hear about, not a folio to store.
 */
export function checkFolio(folio: string): string {
  if (!isFolio(folio))
    throw new RangeError(`not a folio (three letters, a dash, four digits): ${JSON.stringify(folio)}`);
  return folio;
}
