/**
 * The conversations export as CSV: one row per conversation summary (src/core/ports/
 * activity-store.ts), which holds no message text, so no cell can hold words a person wrote.
 * Column ids are stable English words, the same for every staff member and every month, so a
 * spreadsheet or script built on one file keeps working on the next; the /staff/export page
 * explains each column in the reader's language. Times are ISO 8601 in the office's time
 * zone, with its offset, and the zone's name is a column of its own. Written by src/core/csv.ts
 * (formula-safe, as every CSV the project writes).
 */
import type { CsvCell } from '../core/csv.ts';
import type { ConversationSummary } from '../core/ports/activity-store.ts';
import { isoInZone } from './export-period.ts';

const minutes = (ms: number | undefined) => (ms === undefined ? undefined : Math.round(ms / 6_000) / 10);

/** The columns, in order: id, and how a summary fills it (times in `timeZone`). */
export const CONVERSATION_COLUMNS: ReadonlyArray<
  readonly [string, (s: ConversationSummary, timeZone: string) => CsvCell]
> = [
  ['conversation_id', (s) => s.conversationId],
  ['channel', (s) => s.channel],
  ['language', (s) => s.lang],
  ['time_zone', (_, zone) => zone],
  ['first_at', (s, zone) => isoInZone(s.firstAt, zone)],
  ['last_at', (s, zone) => isoInZone(s.lastAt, zone)],
  ['turns', (s) => s.turns],
  ['topics', (s) => s.topics.join(' ')],
  ['facets', (s) => s.facets.join(' ')],
  ['missed', (s) => s.missed],
  ['not_helped', (s) => s.notHelped],
  ['danger', (s) => s.danger],
  ['handoff_at', (s, zone) => (s.handoffAt === undefined ? undefined : isoInZone(s.handoffAt, zone))],
  ['urgent', (s) => s.urgent === true],
  ['first_response_minutes', (s) => minutes(s.firstResponseMs)],
  ['resolution_minutes', (s) => minutes(s.resolutionMs)],
  ['rating', (s) => (s.rating === 'notHelped' ? 'not_helped' : s.rating)],
];

/** The header and one row per summary, oldest first (by first turn, then id). */
export function conversationRows(summaries: readonly ConversationSummary[], timeZone: string): CsvCell[][] {
  const sorted = [...summaries].sort(
    (a, b) => a.firstAt - b.firstAt || (a.conversationId < b.conversationId ? -1 : 1),
  );
  return [
    CONVERSATION_COLUMNS.map(([id]) => id),
    ...sorted.map((s) => CONVERSATION_COLUMNS.map(([, cell]) => cell(s, timeZone))),
  ];
}
