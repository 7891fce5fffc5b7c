/**
 * The place in line each waiting person is told ("Tu lugar en la fila: 4 (3 antes que tú)"),
 * so the inbox can show it on the person's row: the second newcomer read a place of 4 in the
 * web chat against 3 cases in "Sin asignar" and could not tell which was right. Both are: the
 * place counts, as the stores do (QueueStore.queuePosition), every real ticket ahead in the
 * queue's order (urgent first, then the oldest, ties by conversation id), those staff already
 * took too, and no bare request or flood suspect (core/queue-standing.ts); "Sin asignar"
 * counts the tickets nobody took. Pure: tickets in, places out, for the tickets nobody took.
 */
import { inLine } from '../core/queue-standing.ts';
import { byQueueOrder, type HandoffTicket } from '../core/ticket.ts';

/** Each unassigned ticket's place in line (1 = nobody real ahead), by conversation id. */
export function placesInLine(tickets: readonly HandoffTicket[]): Map<string, number> {
  const places = new Map<string, number>();
  let ahead = 0;
  for (const ticket of [...tickets].sort(byQueueOrder)) {
    if (!ticket.assignee) places.set(ticket.conversationId, ahead + 1);
    if (inLine(ticket)) ahead++;
  }
  return places;
}
