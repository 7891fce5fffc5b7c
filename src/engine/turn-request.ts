/**
 * What a turn is asked to do (TurnRequest) and what its caller prepares for it once the
 * conversation is held (Prepared): the flow's events, what the person or staff said, ticket
 * changes staff made, and the few facts only the caller knows (a deadline, a follow-up due).
 */
import type { FlowEvent, FlowView } from '../../flows/index.ts';
import type { Address } from '../core/address.ts';
import type { CaseFile } from '../core/case-file.ts';
import type { CaseStatus } from '../core/case-status.ts';
import type { TranscriptLine } from '../core/ports/conversation-store.ts';
import type { StaffNotice } from '../core/ports/staff-desk.ts';
import type { HandoffTicket, TicketChange } from '../core/ticket.ts';
import type { Meaning } from '../core/types.ts';

/** What a turn is asked to do, given the conversation as it is now. */
export interface TurnRequest {
  address: Address;
  /** A person's message id (a redelivery is dropped); absent for staff and timers. */
  messageId?: string;
  /**
   * Only a conversation the store keeps (staff actions): for one it does not (an id nobody
   * wrote from, erased, past its retention) the turn throws UnknownConversationError having
   * written and sent nothing, rather than starting a conversation with that id.
   */
  existing?: true;
  /** Builds the turn from the conversation as it is (its view, its staff ticket and its cases as read). */
  prepare(
    view: FlowView,
    now: number,
    ticket: HandoffTicket | null,
    cases: readonly CaseFile[],
  ): Prepared | Promise<Prepared>;
}

export interface Prepared {
  events: FlowEvent[];
  meaning: Meaning | null;
  /** What the person said, for the transcript (a file they sent: its attachment). */
  said?: string;
  /**
   * What the typed words say of the person's problem (gist.ts): the words, or only their
   * clauses about something when they ask for a person; null when they only ask for one.
   */
  gist?: string | null;
  attachment?: TranscriptLine['attachment'];
  /** What the person's message answers or reacts to, for its transcript line (reply-context.ts). */
  replyTo?: TranscriptLine['replyTo'];
  /** The person's line is a reaction (reaction.ts): its emoji, '' when taken back. */
  reaction?: string;
  /** Staff words or an internal note, for the transcript. */
  staffLine?: { from: 'staff' | 'note'; by: string; text: string };
  /** Ticket changes staff made (take, transfer, close). */
  staffChanges?: TicketChange[];
  /** Staff set the status of one of the conversation's cases, with a note for the family. */
  caseStatus?: { folio: string; status: CaseStatus; note: string };
  /** Who acted, for the cases' history: a staff member (absent: the person, or the assistant). */
  actor?: string;
  /** A follow-up fell due (the sweep): asked now, or moved to `postponeTo` when the person is busy. */
  followUp?: { folio: string; postponeTo?: number };
  notices?: StaffNotice[];
  /** A person wrote: an idle conversation starts again first. */
  fromPerson?: boolean;
  /** When the person wrote (epoch ms), for their ticket's reply window. */
  heardAt?: number;
  /** The person's display name, for a ticket this turn opens. */
  name?: string;
  /** The conversation's next deadline, when the turn knows better than the usual rule (the sweep). */
  deadline?: number;
  /** Nothing to change (a deadline for a conversation that is gone): let go without writing. */
  skip?: boolean;
}
