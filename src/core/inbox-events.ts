/**
 * A StaffDesk that only tells listeners "the inbox changed" (a new ticket, a message from a
 * waiting person), so open staff pages refresh over Server-Sent Events. In one process; the
 * Redis issue carries it across instances with pub/sub.
 */
import type { HandoffTicket, StaffDesk } from './ports.ts';

export interface InboxEvent {
  kind: 'queued' | 'message' | 'closed' | 'reply' | 'overdue' | 'channel';
  conversationId: string;
  urgent?: boolean;
}

export function createInboxEvents() {
  const listeners = new Set<(event: InboxEvent) => void>();
  const forwarders = new Set<(event: InboxEvent) => void>();
  /** Tells this process's listeners only (events that came from another instance). */
  const deliverLocally = (event: InboxEvent) => {
    for (const listener of listeners) listener(event);
  };
  const emit = (event: InboxEvent) => {
    deliverLocally(event);
    for (const forward of forwarders) forward(event);
  };
  const desk: StaffDesk = {
    async queued(ticket: HandoffTicket) {
      emit({ kind: 'queued', conversationId: ticket.conversationId, urgent: ticket.urgent });
    },
    async relay(conversationId: string) {
      emit({ kind: 'message', conversationId });
    },
    async media(conversationId: string) {
      emit({ kind: 'message', conversationId });
    },
    async overdue(ticket: HandoffTicket) {
      emit({ kind: 'overdue', conversationId: ticket.conversationId, urgent: ticket.urgent });
    },
  };
  return {
    desk,
    emit,
    subscribe(listener: (event: InboxEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    deliverLocally,
    /** Also sends every event emitted here elsewhere (Redis pub/sub to other instances). */
    forward(send: (event: InboxEvent) => void) {
      forwarders.add(send);
    },
  };
}

export type InboxEvents = ReturnType<typeof createInboxEvents>;
