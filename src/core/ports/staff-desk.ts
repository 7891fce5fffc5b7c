/**
 * Where staff hear about conversations: the web inbox (live events to open pages) and a
 * Telegram staff group. The engine tells them from its outbox, after the turn is written;
 * a desk that fails is tried again later, so a notice may rarely arrive twice after a crash,
 * never not at all.
 */

import type { MediaAttachment } from '../messages.ts';
import type { HandoffTicket } from '../ticket.ts';

export type StaffNotice =
  /**
   * A conversation joined the queue, or its ticket became urgent. `grouped`: an urgent one
   * from a burst of new conversations from one address whose first alert staff already got
   * (src/http/limits/urgent-alerts.ts): desks show it without ringing again.
   */
  | { type: 'queued'; ticket: HandoffTicket; grouped?: boolean }
  /** What the person wrote while waiting for or talking with staff. */
  | { type: 'message'; conversationId: string; text: string }
  /**
   * A reaction the person put on a message while waiting for or talking with staff (kept on the
   * transcript, never answered): its emoji ('' when taken back) and a quote of what it was on.
   */
  | { type: 'reaction'; conversationId: string; emoji: string; on?: string }
  /** A file the person sent while with staff (kept in the transcript). */
  | { type: 'media'; conversationId: string; attachment: MediaAttachment }
  /** The safety net: a message that may be a danger, for staff to look at (no ticket). */
  | { type: 'flagged'; conversationId: string; lang: string; text: string }
  /** Nobody has taken this conversation for too long (`grouped` as for 'queued'). */
  | { type: 'overdue'; ticket: HandoffTicket; waitedMs: number; grouped?: boolean }
  /**
   * Nobody has taken this urgent conversation within the re-alert period: staff are alerted
   * again, and again every period (`ticket.realerts` counts them; `grouped` as for 'queued').
   */
  | { type: 'realert'; ticket: HandoffTicket; waitedMs: number; grouped?: boolean }
  /** The person in an emergency said where they are: the ticket with its `place`. */
  | { type: 'place'; ticket: HandoffTicket }
  /** Staff acted on a conversation (took, answered, noted, transferred, closed): pages refresh. */
  | {
      type: 'changed';
      conversationId: string;
      change: 'taken' | 'reply' | 'note' | 'transferred' | 'closed' | 'status';
    };

export interface StaffDesk {
  /** Which desk ("inbox", "telegram-group"): each has its own outbox items, so one failing does not repeat another. */
  name: string;
  /** Tells staff; throws when it failed and may work later (it is tried again). */
  notify(notice: StaffNotice): Promise<void>;
}

/** What open inbox pages are told (one line of Server-Sent Events). */
export interface InboxEvent {
  kind: 'queued' | 'message' | 'closed' | 'reply' | 'overdue' | 'realert' | 'channel' | 'flagged';
  conversationId: string;
  urgent?: boolean;
}
