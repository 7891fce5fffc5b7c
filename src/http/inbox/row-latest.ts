/**
 * What is new on a list row (the third newcomer took 150 s to find "what is new since I last
 * looked": the row showed the person's first words only). For each row drawn, the latest
 * message of the conversation from the person, or from staff (marked so, with who wrote it),
 * with its time: today's as "21:04", older ones with their date. Read from the tail of each
 * drawn row's transcript (the rows of one page, and a folded burst's first rows), so a list
 * of hundreds reads at most a page's worth. The row also says when the person wrote again
 * after staff answered ("Escribió de nuevo"), from the ticket alone (src/staff/wait-order.ts).
 */
import { html } from 'hono/html';
import type { TranscriptLine } from '../../core/ports/conversation-store.ts';
import type { HandoffTicket } from '../../core/ticket.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import { type Arranged, pageOf } from '../../staff/urgent-list.ts';
import { wroteAgain } from '../../staff/wait-order.ts';
import { type CaseDates, oneLine } from './case-format.ts';
import type { InboxOptions } from './inbox-options.ts';
import type { Listed } from './list-pool.ts';
import { ROWS_IN_FOLD } from './queue-rows.ts';

/** The latest message from the person or from staff in a conversation. */
export interface Latest {
  from: 'person' | 'staff';
  /** Staff's name, on a staff line. */
  by?: string;
  text: string;
  at: number;
}

/** How far back in a transcript the latest person's or staff's line is looked for. */
const TAIL = 40;

/** A line's words for a row: its text, or what kind of file or reaction it is. */
function wordsOf(t: Translate, line: TranscriptLine): string {
  if (line.reaction !== undefined)
    return line.reaction ? t('inbox.cases.reacted', { emoji: line.reaction }) : '';
  if (line.attachment && !line.text.trim()) return t(`inbox.media.${line.attachment.kind}`);
  return line.text;
}

/** The latest message from the person or staff, among a transcript's last lines. */
function latestIn(t: Translate, lines: readonly TranscriptLine[]): Latest | undefined {
  for (const line of [...lines].reverse()) {
    if (line.from !== 'person' && line.from !== 'staff') continue;
    const text = oneLine(wordsOf(t, line));
    if (!text) continue;
    return { from: line.from, text, at: line.at, ...(line.by ? { by: line.by } : {}) };
  }
  return undefined;
}

/** The rows a page of the list draws (a folded burst's first rows too). */
export function drawnRows(arranged: Arranged<Listed>, page: number, paged: boolean): Listed[] {
  const rows = paged ? arranged.rows : pageOf(arranged.rows, page).rows;
  return rows.flatMap((r) => (r.kind === 'case' ? [r.ticket] : r.burst.tickets.slice(0, ROWS_IN_FOLD)));
}

/** The latest message of each drawn row's conversation, by conversation id. */
export async function latestMessages(
  options: Pick<InboxOptions, 'store'>,
  t: Translate,
  rows: readonly Listed[],
): Promise<Map<string, Latest>> {
  const ids = [...new Set(rows.map((r) => r.conversationId))];
  const found = await Promise.all(ids.map((id) => options.store.getTranscript(id, TAIL)));
  const latest = new Map<string, Latest>();
  ids.forEach((id, i) => {
    const line = latestIn(t, found[i] ?? []);
    if (line) latest.set(id, line);
  });
  return latest;
}

/** When, for a row: the time today, the date and time before. */
export function rowTime(dates: CaseDates, now: number): (at: number) => string {
  return (at) => (dates.date(at) === dates.date(now) ? dates.time(at) : dates.dateTime(at));
}

/** The row's line of what is new: the person's latest message, or staff's, marked as theirs. */
export function latestLine(
  t: Translate,
  latest: Latest | undefined,
  when: (at: number) => string,
  summary: string,
) {
  if (!latest) return '';
  const time = when(latest.at);
  if (latest.from === 'staff')
    return html`<p class="latest by-staff">${t('inbox.cases.latestStaff', { time, by: latest.by ?? t('inbox.staff'), text: latest.text })}</p>`;
  // The summary already shows these words (a case with one message): the time is what is new.
  if (latest.text === summary) return html`<p class="latest">${t('inbox.cases.latestTime', { time })}</p>`;
  return html`<p class="latest">${t('inbox.cases.latestPerson', { time, text: latest.text })}</p>`;
}

/** "Escribió de nuevo": the person wrote after staff's latest answer (a badge on the row). */
export function againMark(t: Translate, ticket: Listed) {
  return 'closedAt' in ticket || !wroteAgain(ticket as HandoffTicket)
    ? ''
    : html`<span class="again">${t('inbox.cases.wroteAgain')}</span> `;
}
