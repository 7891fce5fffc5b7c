/**
 * Who is waiting for staff, since when, and the order of the inbox's open folders that follows
 * (issue 34, the newcomer's test: the longest-waiting case must be the first one seen, not a
 * guess). A case waits from when it was queued until staff answer; once they have, it waits
 * no longer (the row says when staff last answered) until the person writes again, and then
 * from that message. Pure: tickets in, order out.
 */
import type { HandoffTicket } from '../core/ticket.ts';

type Ticket = Pick<HandoffTicket, 'since' | 'answeredAt' | 'repliedAt' | 'askedAt' | 'lastHeard' | 'urgent'>;

/** Waiting since `from`, or answered at `answeredAt` with nothing from the person since. */
export type Wait = { waiting: true; from: number } | { waiting: false; answeredAt: number };

export function waitOf(ticket: Ticket): Wait {
  const answered = ticket.repliedAt ?? ticket.answeredAt;
  if (answered === undefined) return { waiting: true, from: ticket.since };
  if (ticket.askedAt !== undefined && ticket.askedAt > answered)
    return { waiting: true, from: ticket.askedAt };
  // A ticket answered before staff's latest answer was kept: the person's latest message after the first one.
  if (ticket.repliedAt === undefined && ticket.lastHeard !== undefined && ticket.lastHeard > answered)
    return { waiting: true, from: ticket.lastHeard };
  return { waiting: false, answeredAt: answered };
}

/** The person wrote again after staff's latest answer (the list marks the row: the third newcomer missed it). */
export function wroteAgain(ticket: Ticket): boolean {
  return (ticket.repliedAt ?? ticket.answeredAt) !== undefined && waitOf(ticket).waiting;
}

/**
 * The open folders' order: urgent first; then those waiting, the longest first; then those
 * staff answered, the one answered longest ago first.
 */
export function byWait(a: Ticket, b: Ticket): number {
  const wa = waitOf(a);
  const wb = waitOf(b);
  const at = (w: Wait) => (w.waiting ? w.from : w.answeredAt);
  return Number(b.urgent) - Number(a.urgent) || Number(wb.waiting) - Number(wa.waiting) || at(wa) - at(wb);
}
