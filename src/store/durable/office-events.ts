/**
 * The staff inbox's live updates on Workers: a Worker instance only sees its own requests,
 * so every event goes to the office's Durable Object, which passes it to every staff page
 * connected through any instance (the pages' /staff/events streams read from it). This is
 * the transport only; what becomes an event (the StaffDesk on top) is built in src/staff.
 */
/// <reference types="@cloudflare/workers-types" />
import type { InboxEvent } from '../../core/ports/staff-desk.ts';
import type { DurableStoreEnv } from './durable-store.ts';

export interface OfficeEvents {
  /** Tells every staff page of the office, on any instance; never waits, never throws. */
  emit(event: InboxEvent): void;
  /** Hears every event of the office, from any instance, until the returned function is called. */
  subscribe(listener: (event: InboxEvent) => void): () => boolean;
}

export function createOfficeEvents(env: DurableStoreEnv, prefix = ''): OfficeEvents {
  // A stub belongs to the request that made it: a new one per call.
  const office = () => env.OFFICE.get(env.OFFICE.idFromName(`${prefix}office`));
  return {
    emit(event) {
      // Staff routes do not wait for it: a page that misses one refresh gets the next.
      void office()
        .broadcast(event)
        .catch(() => undefined);
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
