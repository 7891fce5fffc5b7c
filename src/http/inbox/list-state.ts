/**
 * What the inbox's list pane shows, read from a page's GET query and written back into links:
 * the folder (?f=), the search and filters (case-search.ts), the page (?p=) and a folded flood
 * opened (?flood=open). The same state rides on a conversation's address
 * (/staff/c/:id?f=mine&q=…) and on its forms' actions, so the list beside a conversation stays
 * the one the agent was reading after every action, with or without JavaScript. The default
 * (Unassigned, no search, page 1) writes nothing, so plain links stay plain.
 */
import { z } from 'zod';
import { type Filters, filterQuery, readFilters } from './case-search.ts';
import type { Folder } from './views.ts';

export const FOLDERS: readonly Folder[] = ['unassigned', 'mine', 'open', 'closed'];

const folderSchema = z.enum(FOLDERS as [Folder, ...Folder[]]).catch('unassigned');
const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export interface ListState {
  folder: Folder;
  filters: Filters;
  /** Parameters whose values the list does not know (named on the page). */
  ignored: readonly string[];
  page: number;
  /** Folded bursts listed as rows of their own. */
  unfolded: boolean;
}

export function readListState(query: Record<string, string | undefined>): ListState {
  const { filters, ignored } = readFilters(query);
  return {
    folder: folderSchema.parse(query.f),
    filters,
    ignored,
    page: pageSchema.parse(query.p ?? 1),
    unfolded: query.flood === 'open',
  };
}

/** The state as a query string ("?f=mine&q=paso&p=2"), "" for the default; `page` false leaves the page out. */
export function listStateQuery(state: Omit<ListState, 'ignored'>, options: { page?: boolean } = {}): string {
  const rest = [
    filterQuery(state.filters),
    state.unfolded ? '&flood=open' : '',
    options.page !== false && state.page > 1 ? `&p=${state.page}` : '',
  ].join('');
  return rest || state.folder !== 'unassigned' ? `?f=${state.folder}${rest}` : '';
}
