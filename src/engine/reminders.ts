/**
 * When staff are reminded of a conversation nobody has taken, and how: the one rule the
 * sweep (Node's timer, the Durable Object's alarm on Workers) and a turn's deadline share.
 * Pure: given the ticket and the time, the notice, the ticket change and the next deadline.
 *
 * - An urgent ticket is alerted again `urgentRealertMs` after staff were last alerted to it
 *   (it became urgent, or the last re-alert), and again every period, on every desk: a
 *   'realert' notice, counted on the ticket (`realerts`) so the inbox can say "×N".
 * - Any other ticket gets the 'overdue' reminder `handoffAlertMs` after it was queued, and
 *   again every period.
 * - Neither once someone has taken it; a closed conversation has no ticket, so nothing.
 */
import type { StaffNotice } from '../core/ports/staff-desk.ts';
import { changeTicket, type HandoffTicket, type TicketChange } from '../core/ticket.ts';

export interface ReminderPeriods {
  /** The reminder period of a ticket that is not urgent (HANDOFF_ALERT_MINUTES). */
  handoffAlertMs: number;
  /** The re-alert period of an urgent ticket (URGENT_REALERT_MINUTES). */
  urgentRealertMs: number;
}

export interface Reminder {
  notices: StaffNotice[];
  changes: TicketChange[];
  /** When to look again. */
  deadline: number;
}

/** How long an untaken ticket waits between reminders. */
export const reminderPeriod = (ticket: Pick<HandoffTicket, 'urgent'>, periods: ReminderPeriods) =>
  ticket.urgent ? periods.urgentRealertMs : periods.handoffAlertMs;

/** When the next reminder of an untaken ticket falls due (measured from its last alert). */
export function nextReminderAt(ticket: HandoffTicket, periods: ReminderPeriods): number {
  const from = ticket.urgent ? (ticket.alertedAt ?? ticket.since) : ticket.since;
  return from + reminderPeriod(ticket, periods);
}

/** The reminder due at `now` for this ticket, or null (taken, or not due yet). */
export function reminderDue(ticket: HandoffTicket, now: number, periods: ReminderPeriods): Reminder | null {
  if (ticket.assignee || now < nextReminderAt(ticket, periods)) return null;
  const period = reminderPeriod(ticket, periods);
  const waitedMs = now - ticket.since;
  if (!ticket.urgent)
    return { notices: [{ type: 'overdue', ticket, waitedMs }], changes: [], deadline: now + period };
  const change: TicketChange = { type: 'realerted', at: now };
  const alerted = changeTicket(ticket, change).ticket ?? ticket;
  return {
    notices: [{ type: 'realert', ticket: alerted, waitedMs }],
    changes: [change],
    deadline: now + period,
  };
}
