/**
 * What the inbox's list pane shows (case-list.ts draws it), read from the store for one staff
 * member and one list state (list-state.ts): the folder's cases in order (urgent first, then
 * the longest waiting, src/staff/wait-order.ts; then the chats closed while their case stays
 * open, list-pool.ts; the closed folder, closed-list.ts, newest closed first, each with its
 * case's status as it is now), what the search and filters leave (a search looks in every
 * folder; a folio ignores the filters; words say how many more the filters hide), the choices
 * the filters offer, how many cases each folder holds (and whether the store's closed list is
 * full), each waiting case's number in the line, and what each open case's person last
 * did (for the unread marks).
 */
import { html } from 'hono/html';
import { KEEP_CLOSED } from '../../core/ports/queue-store.ts';
import type { HandoffTicket } from '../../core/ticket.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import type { StaffAccount } from '../../staff/accounts.ts';
import { placesInList } from '../../staff/line-place.ts';
import { type Arranged, arrangeQueue } from '../../staff/urgent-list.ts';
import { byWait } from '../../staff/wait-order.ts';
import { findCases } from './case-find.ts';
import { caseDates } from './case-format.ts';
import { channelOf, folioAsked, hasFilters } from './case-search.ts';
import { channelBanner } from './channel-status.ts';
import { closedFolder } from './closed-list.ts';
import type { InboxOptions } from './inbox-options.ts';
import { closedRows, foldersOf, isClosed, type Listed } from './list-pool.ts';
import type { ListState } from './list-state.ts';
import { drawnRows, type Latest, latestMessages, rowTime } from './row-latest.ts';
import type { Folder } from './views.ts';

export type { Listed };

type OpenFolder = Exclude<Folder, 'closed'>;

export interface ListView {
  state: ListState;
  /** A search: it looks in every folder, and each row says which it is in. */
  search: boolean;
  /** The rows in order (urgent-list.ts), before paging. */
  arranged: Arranged<Listed>;
  /** How many cases the search and filters left. */
  cases: number;
  /** Set when the rows are already one page (the closed folder, read a page at a time). */
  paged?: { page: number; pages: number };
  /** How many the folder holds before the search and filters. */
  total: number;
  /** How many cases each folder holds. */
  counts: Record<Folder, number>;
  /** The store's closed list is full (KEEP_CLOSED): older closed cases are past it, found by folio. */
  closedFull: boolean;
  /** How many more cases a search's words find without its filters (the list says so). */
  hidden: number;
  /** Each waiting unassigned case's number in the line, in the list's order (src/staff/line-place.ts). */
  places: ReadonlyMap<string, number>;
  /** The folder a row is in for this staff member. */
  folderOf: (row: Listed) => Folder;
  /** What each open case's person last did, for the unread marks (marksOf). */
  marks: string;
  choices: { topics: readonly string[]; channels: readonly string[] };
  now: number;
  closedOn: (at: number) => string;
  banner: unknown;
  /** The latest message from the person or staff of each row drawn (row-latest.ts). */
  latest: ReadonlyMap<string, Latest>;
  /** A message's time on a row: today's clock time, else its date too. */
  when: (at: number) => string;
  /** The conversation open beside the list, if any: its row is marked. */
  openId?: string | undefined;
}

/** What the person last did, short, changing only when they write (the unread marks). */
export const activityMark = (ticket: HandoffTicket) =>
  `${(ticket.lastHeard ?? ticket.since).toString(36)}.${(ticket.written ?? 0).toString(36)}`;

/**
 * A conversation's short key for the unread marks (FNV-1a, 32 bits, base 36): the marks of
 * every open case ride on each list page, and hundreds of full ids would weigh tens of KB.
 */
export function markKey(conversationId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < conversationId.length; i++)
    hash = Math.imul(hash ^ conversationId.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

/** Every open case as "key:mark:folder" (u unassigned, m mine, o someone else's), space-separated. */
function marksOf(tickets: readonly HandoffTicket[], me: string): string {
  return tickets
    .map(
      (x) =>
        `${markKey(x.conversationId)}:${activityMark(x)}:${x.assignee ? (x.assignee === me ? 'm' : 'o') : 'u'}`,
    )
    .join(' ');
}

export async function listModel(
  options: InboxOptions,
  t: Translate,
  account: StaffAccount,
  input: { state: ListState; now: number; openId?: string | undefined },
): Promise<ListView> {
  const { state } = input;
  const me = account.name;
  const lang = account.langs[0] ?? 'es';
  const search = Boolean(state.filters.q);
  // Urgent first, then the longest waiting (src/staff/wait-order.ts).
  const tickets = (await options.store.listTickets()).sort(byWait);
  const closedList = await closedRows(options, tickets, search);
  // A closed chat is in the open folders while its case is open, else in the closed one.
  const stillOpen = closedList.filter((row) => row.caseOpen);
  const closedOnly = closedList.filter((row) => !row.caseOpen);
  const inOpen = (folder: OpenFolder): Listed[] =>
    [...tickets, ...stillOpen].filter((x) => foldersOf(x, me).includes(folder));
  const closed =
    !search && state.folder === 'closed' ? await closedFolder(options, t, state, closedOnly) : null;
  // A search looks in every folder: the open cases, then every closed chat.
  const inFolder: Listed[] = search
    ? [...tickets, ...closedList]
    : closed
      ? closed.found
      : inOpen(state.folder as OpenFolder);
  const found = closed ? closed.found : await findCases(options, t, inFolder, state.filters);
  // Words the filters narrowed: how many more cases they find without them (a folio ignores them).
  const { q, ...narrowing } = state.filters;
  const hidden =
    q && !folioAsked(q) && hasFilters(narrowing)
      ? (await findCases(options, t, inFolder, { q })).length - found.length
      : 0;
  const arranged: Arranged<Listed> = closed ? asRows(found) : queueRows(found, !state.unfolded);
  const channels = [...(options.channels ?? []).map((ch) => ch.name), ...inFolder.map(channelOf)];
  const dates = caseDates(
    lang,
    options.office?.timeZone ?? 'UTC',
    options.i18n.list(lang, 'inbox.exports.months'),
  );
  const latest = await latestMessages(options, t, drawnRows(arranged, state.page, Boolean(closed?.paged)));
  return {
    state,
    search,
    arranged,
    ...(closed?.paged ? { paged: closed.paged } : {}),
    cases: closed?.paged ? closed.total : found.length,
    total: closed ? closed.total : inFolder.length,
    counts: {
      unassigned: inOpen('unassigned').length,
      mine: inOpen('mine').length,
      open: inOpen('open').length,
      closed: closedOnly.length,
    },
    closedFull: closedList.length >= KEEP_CLOSED,
    hidden,
    places: placesInList(arrangeQueue(tickets, { fold: true }).rows),
    folderOf: (row) => foldersOf(row, me)[0] ?? 'closed',
    marks: marksOf(tickets, me),
    choices: { topics: [...new Set(inFolder.map((x) => x.topic))], channels: [...new Set(channels)] },
    now: input.now,
    closedOn: dates.dateTime,
    latest,
    when: rowTime(dates, input.now),
    banner: html`${channelBanner(t, options.whatsapp?.status())}`,
    openId: input.openId,
  };
}

/** Rows in the order given. */
const asRows = (rows: readonly Listed[]): Arranged<Listed> => ({
  rows: rows.map((ticket) => ({ kind: 'case', ticket })),
  realUrgent: 0,
  folded: 0,
});

/** Open chats as the queue orders them (real emergencies on top, a possible flood folded), then the closed chats in their order. */
function queueRows(found: readonly Listed[], fold: boolean): Arranged<Listed> {
  const open = found.filter((row) => !isClosed(row));
  const queue = arrangeQueue(open, { fold });
  return { ...queue, rows: [...queue.rows, ...asRows(found.filter(isClosed)).rows] };
}
