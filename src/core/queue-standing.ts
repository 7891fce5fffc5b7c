/**
 * Which open tickets stand in the line people are told about. Staff see every ticket, but
 * "conversations before yours" counts only the ones staff would really take: not a `bare`
 * request (only asked for a person, nothing said since), and not a flood suspect, an urgent
 * web chat nothing yet shows to be a person in danger. So a flood of fake emergencies
 * cannot tell a real person "1,001 conversations before yours" (issue 31). Every store
 * applies this one rule when it writes a ticket (its position is re-read at every change),
 * and the inbox folds flood suspects opened in a burst (src/staff/urgent-list.ts).
 */
import type { HandoffTicket } from './ticket.ts';

type Standing = Pick<
  HandoffTicket,
  'conversationId' | 'urgent' | 'since' | 'written' | 'place' | 'assignee' | 'case' | 'bare'
>;

/**
 * An urgent ticket nothing yet shows to be a person in danger: it came from the web chat (the
 * anonymous channel; Telegram and WhatsApp need an account and a phone number), the person
 * wrote at most the one message that opened it, gave no place after it (one in the opening
 * message proves nothing a script cannot type), sent no case, and nobody has taken it.
 */
export function floodSuspect(ticket: Omit<Standing, 'bare'>): boolean {
  return (
    ticket.urgent &&
    ticket.conversationId.startsWith('web:') &&
    (ticket.written ?? 0) <= 1 &&
    !(ticket.place && ticket.place.at > ticket.since) &&
    !ticket.assignee &&
    !ticket.case
  );
}

/** Whether the ticket counts in the positions and sizes told to people. */
export const inLine = (ticket: Standing): boolean => !ticket.bare && !floodSuspect(ticket);
