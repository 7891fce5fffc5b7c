/**
 * The staff inbox's live updates on Workers: a Worker instance only sees its own requests,
 * so every event goes to the office's Durable Object, which passes it to every staff page
 * connected through any instance (the pages' /staff/events streams read from it). Same
 * interface as the in-process InboxEvents of the Node server.
 */
/// <reference types="@cloudflare/workers-types" />
import { createInboxEvents, type InboxEvent, type InboxEvents } from '../../core/inbox-events.ts';
import type { HandoffTicket, StaffDesk } from '../../core/ports.ts';
import type { DurableStoreEnv } from './durable-store.ts';

export function createOfficeEvents(env: DurableStoreEnv, prefix = ''): InboxEvents {
  // A stub belongs to the request that made it: a new one per call.
  const office = () => env.OFFICE.get(env.OFFICE.idFromName(`${prefix}office`));
  const send = (event: InboxEvent) => office().broadcast(event);
  const local = createInboxEvents();
  const desk: StaffDesk = {
    queued: (ticket: HandoffTicket) =>
      send({ kind: 'queued', conversationId: ticket.conversationId, urgent: ticket.urgent }),
    relay: (conversationId: string) => send({ kind: 'message', conversationId }),
    media: (conversationId: string) => send({ kind: 'message', conversationId }),
    overdue: (ticket: HandoffTicket) =>
      send({ kind: 'overdue', conversationId: ticket.conversationId, urgent: ticket.urgent }),
  };
  return {
    ...local,
    desk,
    emit(event) {
      // Staff routes do not wait for it: a page that misses one refresh gets the next.
      void send(event).catch(() => undefined);
    },
    subscribe(listener) {
      const stop = new AbortController();
      void (async () => {
        const response = await office().fetch('https://office/events', { signal: stop.signal });
        const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
        let rest = '';
        for (;;) {
          const chunk = await reader?.read();
          if (!chunk || chunk.done) return;
          rest += chunk.value;
          const lines = rest.split('\n');
          rest = lines.pop() ?? '';
          for (const line of lines) if (line) listener(JSON.parse(line) as InboxEvent);
        }
      })().catch(() => undefined);
      return () => {
        stop.abort();
        return true;
      };
    },
  };
}
