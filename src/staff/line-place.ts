/**
 * The number each waiting case has in the inbox's line ("n.º 1 en la fila"), so "take the next
 * case" is the row numbered 1. The second newcomer's rows showed the place the person is told
 * instead (counting cases already taken, and skipping bare requests for a person), and the
 * third newcomer read places that started at 2 and repeated. Now the numbers follow the list:
 * the unassigned cases that wait, in the open folders' order (urgent first, then the longest
 * waiting: wait-order.ts, with a possible flood folded away, urgent-list.ts), 1, 2, 3… with no
 * gap and no repeat; a case has the same number in every folder and filter. A case staff
 * answered and nobody took waits no longer and has none. Pure: rows in, numbers out.
 */
import type { HandoffTicket } from '../core/ticket.ts';
import type { QueueRow } from './urgent-list.ts';
import { waitOf } from './wait-order.ts';

/** Each waiting unassigned case's number in the line (1 = next), by conversation id; folded bursts have none. */
export function placesInList(rows: readonly QueueRow<HandoffTicket>[]): Map<string, number> {
  const places = new Map<string, number>();
  for (const row of rows)
    if (row.kind === 'case' && !row.ticket.assignee && waitOf(row.ticket).waiting)
      places.set(row.ticket.conversationId, places.size + 1);
  return places;
}
