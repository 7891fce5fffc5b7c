/**
 * The closed folder's cases: the closed chats whose case is finished, or that had none (a chat
 * closed while its case is open is in the open folders, list-pool.ts), newest closed first, a
 * page at a time. The store keeps the newest closed tickets (KEEP_CLOSED), so when its list is
 * full the folder says so and that an older case is found by its folio (case-find.ts reaches
 * any conversation still kept). A search or a filter pages what it finds. Each row shows its
 * case's status as it is now: a closed ticket keeps the status it had when it closed, and
 * staff often set "resolved" after the close; it is read for the page shown only.
 */
import type { ClosedTicket } from '../../core/ticket.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import { PAGE_SIZE } from '../../staff/urgent-list.ts';
import { findCases } from './case-find.ts';
import { hasFilters } from './case-search.ts';
import type { InboxOptions } from './inbox-options.ts';
import type { ListState } from './list-state.ts';

async function withStatus(options: InboxOptions, tickets: readonly ClosedTicket[]): Promise<ClosedTicket[]> {
  return Promise.all(
    tickets.map(async (ticket) => {
      if (!ticket.folio) return ticket;
      const current = (await options.store.casesOf(ticket.conversationId)).find(
        (c) => c.folio === ticket.folio,
      );
      return current ? { ...ticket, status: current.status } : ticket;
    }),
  );
}

export interface ClosedFolder {
  /** The cases the search and filters left (a search), or the page asked for (none). */
  found: ClosedTicket[];
  /** How many closed cases the folder holds. */
  total: number;
  /** Set when `found` is already the page: which one, of how many. */
  paged?: { page: number; pages: number };
}

/** The folder's page, or what its filters leave; `rows` are its closed chats, newest closed first. */
export async function closedFolder(
  options: InboxOptions,
  t: Translate,
  state: ListState,
  rows: readonly ClosedTicket[],
): Promise<ClosedFolder> {
  const total = rows.length;
  if (!hasFilters(state.filters)) {
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const page = Math.min(Math.max(1, state.page), pages);
    const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    return { found: await withStatus(options, shown), total, paged: { page, pages } };
  }
  // The status asked for is the case's status now: read before filtering.
  const candidates = state.filters.status ? await withStatus(options, rows) : rows;
  const found = (await findCases(options, t, candidates, state.filters)) as ClosedTicket[];
  return { found: state.filters.status ? found : await withStatus(options, found), total };
}
