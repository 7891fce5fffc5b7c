/**
 * What staff pages and the deadline sweep read: the queue of waiting conversations, the
 * closed list, and which conversations have something due. Read-only apart from taking due
 * deadlines: tickets change only inside a conversation's turn (ConversationStore.commit).
 */
import type { ClosedTicket, HandoffTicket } from '../ticket.ts';

/** How many closed tickets every store keeps, the newest: older ones are found by their folio. */
export const KEEP_CLOSED = 500;

export interface QueueStore {
  /** Waiting and taken tickets, urgent first, then oldest first. */
  listTickets(): Promise<HandoffTicket[]>;
  /** One conversation's ticket, or null. */
  getTicket(conversationId: string): Promise<HandoffTicket | null>;
  /** How many real tickets (not `bare`, see HandoffTicket) are ahead of this conversation's (-1: it has none). */
  queuePosition(conversationId: string): Promise<number>;
  /** How many real tickets wait in all, and how many of them are urgent. */
  queueSize(): Promise<{ all: number; urgent: number }>;
  /** Recently closed tickets, newest first: `limit` of them after the first `offset` (a page of the list). */
  listClosed(limit?: number, offset?: number): Promise<ClosedTicket[]>;
  /** How many closed tickets the list keeps (at most KEEP_CLOSED). */
  closedCount(): Promise<number>;
  /**
   * Conversations with something due by `now`: their deadline passed, or they hold outbox
   * items past their retryAt. Each is handed to one caller only (several instances may ask at
   * once); a taken deadline is gone, while leftovers stay until acknowledged.
   */
  takeDue(now: number, limit?: number): Promise<string[]>;
}
