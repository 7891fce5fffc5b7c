/**
 * Which folder each case of the inbox is in, beyond the open tickets: a chat staff closed
 * while its case stays open (not resolved, not closed unresolved) is still work, so it stays
 * in "Mine" (its assignee's) and "All open", marked as a closed chat, until its case is
 * finished; only then is it in "Closed" (the second newcomer read "Cerradas" as closed cases,
 * and found open urgent ones there). So every closed chat is in one place: the open folders
 * while its case is open, "Closed" once it is finished or when it had none. A search looks in
 * every folder at once, so each row it finds says where it is (folderOf). The closed list is
 * read whole (the store keeps the newest KEEP_CLOSED); a case's status now is read from its
 * case file only for the chats whose case may still be open, or for every closed chat during
 * a search.
 */
import { caseFinished } from '../../core/case-status.ts';
import type { ClosedTicket, HandoffTicket } from '../../core/ticket.ts';
import { statusOf } from './case-format.ts';
import type { InboxOptions } from './inbox-options.ts';
import type { Folder } from './views.ts';

/** A closed chat as a row: `caseOpen` when its case is still open (and it is the conversation's latest close). */
export type ClosedRow = ClosedTicket & { caseOpen?: true };
export type Listed = HandoffTicket | ClosedRow;

/** More than any store keeps: the whole closed list. */
const ALL = 100_000;

export const isClosed = (row: Listed): row is ClosedRow => 'closedAt' in row;

/**
 * A conversation's latest close on the closed list, read as the folders read it (the whole
 * list): its pane tells the same case, assignee and all, as its row (the third newcomer read
 * "Atiende: nadie" in the pane of a row that said "Atiende: luis", past the newest 100).
 */
export async function latestClose(
  options: Pick<InboxOptions, 'store'>,
  conversationId: string,
): Promise<ClosedTicket | undefined> {
  return (await options.store.listClosed(ALL)).find((row) => row.conversationId === conversationId);
}

/** The folders a row is in for this staff member ("all open" included), the first being where it is named. */
export function foldersOf(row: Listed, me: string): Folder[] {
  if (isClosed(row))
    return row.caseOpen ? [...(row.assignee === me ? (['mine'] as const) : []), 'open'] : ['closed'];
  if (!row.assignee) return ['unassigned', 'open'];
  return row.assignee === me ? ['mine', 'open'] : ['open'];
}

/**
 * The closed list, newest closed first, with the chats whose case is still open marked. `every`:
 * each row with its case's status now (a search shows them as the closed folder does);
 * otherwise only those that may be open are read again.
 */
export async function closedRows(
  options: InboxOptions,
  open: readonly HandoffTicket[],
  every: boolean,
): Promise<ClosedRow[]> {
  const closed = await options.store.listClosed(ALL);
  const reopened = new Set(open.map((x) => x.conversationId));
  const seen = new Set<string>();
  // A conversation's latest close only, and none whose conversation is waiting again.
  const mayBeOpen = closed.map((row) => {
    const latest = !seen.has(row.conversationId);
    seen.add(row.conversationId);
    return latest && Boolean(row.folio) && !reopened.has(row.conversationId) && !caseFinished(statusOf(row));
  });
  return Promise.all(
    closed.map(async (row, i): Promise<ClosedRow> => {
      if (!row.folio || !(every || mayBeOpen[i])) return row;
      const status = (await options.store.casesOf(row.conversationId)).find(
        (c) => c.folio === row.folio,
      )?.status;
      const now = status ? { ...row, status } : row;
      return mayBeOpen[i] && !caseFinished(statusOf(now)) ? { ...now, caseOpen: true } : now;
    }),
  );
}
