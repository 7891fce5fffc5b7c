/**
 * The closed folder's cases, read a page at a time: the store keeps the newest closed tickets
 * (KEEP_CLOSED) and gives them in pages with their count, so the folder's pages reach the
 * oldest it keeps without reading them all on every view. A search or a filter reads them
 * all and pages what it finds (case-find.ts: a folio reaches further, into any conversation
 * still kept). Each row shows its case's status as it is now: a closed ticket keeps the status
 * it had when it closed, and staff often set "resolved" after the close.
 */
import type { ClosedTicket } from '../../core/ticket.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import { PAGE_SIZE } from '../../staff/urgent-list.ts';
import { findCases } from './case-find.ts';
import { hasFilters } from './case-search.ts';
import type { InboxOptions } from './inbox-options.ts';
import type { ListState } from './list-state.ts';

/** More than any store keeps: the whole closed list, for a search. */
const ALL = 100_000;

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
  /** How many the closed list keeps. */
  total: number;
  /** Set when `found` is already the page: which one, of how many. */
  paged?: { page: number; pages: number };
}

export async function closedFolder(
  options: InboxOptions,
  t: Translate,
  state: ListState,
): Promise<ClosedFolder> {
  const total = await options.store.closedCount();
  if (!hasFilters(state.filters)) {
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const page = Math.min(Math.max(1, state.page), pages);
    const rows = await options.store.listClosed(PAGE_SIZE, (page - 1) * PAGE_SIZE);
    return { found: await withStatus(options, rows), total, paged: { page, pages } };
  }
  const all = await options.store.listClosed(ALL);
  // The status asked for is the case's status now: read before filtering.
  const candidates = state.filters.status ? await withStatus(options, all) : all;
  const found = (await findCases(options, t, candidates, state.filters)) as ClosedTicket[];
  return { found: state.filters.status ? found : await withStatus(options, found), total };
}
