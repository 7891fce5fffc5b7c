/**
 * /staff/events: the live updates an open staff page listens to, over Server-Sent Events.
 * A stream can stay open for hours, so the right to it is not taken from the moment it
 * opened: before anything is written (events or the keep-alive ping) the session is read
 * again from the store and the account's current role from the accounts. A session that was
 * ended (signing out, "sign out everywhere", a disabled account) or has expired closes the
 * stream there, without the waiting events. A viewer, who sees the dashboard's figures and
 * never a conversation, is told only that the figures may have changed: no conversation id
 * (a WhatsApp one is a phone number) and no urgency.
 */
import type { Hono } from 'hono';
import { type SSEStreamingApi, streamSSE } from 'hono/streaming';
import type { InboxEvent } from '../../core/ports/staff-desk.ts';
import type { StaffAccount } from '../../staff/accounts.ts';
import type { InboxEnv, SessionDeps, StaffSession } from './session.ts';

/** What a viewer's page hears instead of an event: the figures may have changed. */
const FIGURES_CHANGED = JSON.stringify({ kind: 'figures' });
/** A ping this often keeps proxies from closing a quiet connection, and re-checks the session. */
const PING_MS = 25_000;

export interface EventsOptions {
  /** Where the inbox desk's events are heard. */
  events: { subscribe(listener: (event: InboxEvent) => void): () => unknown };
  /** The current accounts: a role changed in the file applies to open streams too. */
  accounts: () => StaffAccount[];
  /** The session store and clock (the inbox's StaffSecurity.sessions). */
  sessions: SessionDeps;
}

/** The session's account as it is now, or null when the session no longer holds. */
async function stillSignedIn(session: StaffSession, options: EventsOptions): Promise<StaffAccount | null> {
  const { store, now } = options.sessions;
  const kept = await store.getSession(session.id, now());
  if (!kept || kept.account !== session.account.name) return null;
  return options.accounts().find((a) => a.name === kept.account) ?? null;
}

/** The lines this account may be sent for the waiting events: a viewer's collapse into one. */
function linesFor(account: StaffAccount, events: readonly InboxEvent[]): string[] {
  if (account.role === 'viewer') return events.length ? [FIGURES_CHANGED] : [];
  return events.map((event) => JSON.stringify(event));
}

/** Waits for news or the ping's time; true when news came. */
function newsOrPing(stream: SSEStreamingApi, listen: (wake: () => void) => void): Promise<boolean> {
  return Promise.race([
    new Promise<boolean>((resolve) => listen(() => resolve(true))),
    stream.sleep(PING_MS).then(() => false),
  ]);
}

export function eventsRoute(app: Hono<InboxEnv>, options: EventsOptions) {
  app.get('/events', (c) => {
    const session = c.get('session');
    return streamSSE(c, async (stream) => {
      const waiting: InboxEvent[] = [];
      let wake: (() => void) | undefined;
      const stop = options.events.subscribe((event) => {
        waiting.push(event);
        wake?.();
      });
      stream.onAbort(() => {
        stop();
        wake?.();
      });
      let quiet = false;
      while (!stream.aborted) {
        // Every write, events or ping, goes out only to a session that still holds.
        const account = await stillSignedIn(session, options);
        if (!account) break;
        const lines = linesFor(account, waiting.splice(0));
        for (const data of lines) await stream.writeSSE({ event: 'change', data });
        if (quiet && !lines.length) await stream.writeSSE({ event: 'ping', data: '' });
        quiet = false;
        if (stream.aborted || waiting.length) continue;
        quiet = !(await newsOrPing(stream, (resume) => (wake = resume)));
      }
      stop();
    });
  });
}
