/**
 * The web inbox as a staff desk named "inbox": the engine's notices (a conversation queued,
 * a person wrote, staff acted) become live events that tell open staff pages to refresh,
 * over Server-Sent Events. On Node the events live in this process, and the Redis bridge
 * (src/store/redis/redis-inbox-bridge.node.ts) carries them across instances with
 * `forward` and `deliverLocally`; on Workers `inboxDesk` hands them to the office's
 * Durable Object instead. Web-standard APIs only.
 */
import type { InboxEvent, StaffDesk, StaffNotice } from '../core/ports/staff-desk.ts';

export type { InboxEvent };

/** What an open inbox page is told about a notice. */
export function toInboxEvent(notice: StaffNotice): InboxEvent {
  switch (notice.type) {
    // An urgent ticket whose burst staff were already alerted to refreshes pages without ringing.
    case 'queued':
      return {
        kind: 'queued',
        conversationId: notice.ticket.conversationId,
        urgent: notice.ticket.urgent && !notice.grouped,
      };
    case 'overdue':
      return {
        kind: 'overdue',
        conversationId: notice.ticket.conversationId,
        urgent: notice.ticket.urgent && !notice.grouped,
      };
    // Rings (and flashes the row) again, unless its burst was already rung.
    case 'realert':
      return {
        kind: 'realert',
        conversationId: notice.ticket.conversationId,
        urgent: !notice.grouped,
      };
    case 'place':
      return { kind: 'message', conversationId: notice.ticket.conversationId };
    case 'flagged':
      return { kind: 'flagged', conversationId: notice.conversationId, urgent: false };
    case 'message':
    case 'reaction':
    case 'media':
      return { kind: 'message', conversationId: notice.conversationId };
    case 'changed':
      return { kind: notice.change === 'closed' ? 'closed' : 'reply', conversationId: notice.conversationId };
  }
}

/** The "inbox" desk on any transport that can emit an event (the office object on Workers). */
export function inboxDesk(emit: (event: InboxEvent) => void): StaffDesk {
  return {
    name: 'inbox',
    async notify(notice) {
      emit(toInboxEvent(notice));
    },
  };
}

/** The inbox's events in this process: the desk, and the listeners of open pages. */
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
  return {
    ...inboxDesk(emit),
    /** Tells every open page, here and (through forwarders) on other instances. */
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
