/**
 * What channels and staff pages may ask of the engine: handle a person's message, keep a
 * file they sent, and the staff actions. Each is one locked turn on the conversation, like
 * a message, so a person and staff never change a conversation at the same time.
 */
import type { Address } from '../address.ts';
import type { CaseStatus } from '../case-status.ts';
import type { MediaKind, Outbound } from '../messages.ts';
import type { Facet, Lang, Meaning, TopicOrNone } from '../types.ts';
import type { StoredMedia } from './media-store.ts';

/** What one turn was, for `converse`, `ask`, tests and metrics. */
export interface TurnReport {
  /** The topic the reply is about (answered, or whose intake or handoff is under way); none otherwise. */
  topic: TopicOrNone;
  /** The aspect of the topic the reply answered, if any. */
  facet: Facet | null;
  /** After the turn the conversation has an open staff ticket (waiting or taken). */
  queued: boolean;
  /** The turn was handled as an emergency. */
  emergency: boolean;
  /** "possible": the safety net answered (safety line first, staff asked to look). */
  danger: 'emergency' | 'possible' | 'none';
  /** The turn erased the person's data. */
  erased: boolean;
  /** The turn queued staff, its reply offers a person first, or the hand-off is under way (a ticket or a form for staff). */
  handoff: boolean;
}

/** The report of a turn that did nothing (a redelivery, a message refused by a limit). */
export const NO_TURN: Readonly<TurnReport> = {
  topic: 'none',
  facet: null,
  queued: false,
  emergency: false,
  danger: 'none',
  erased: false,
  handoff: false,
};

export interface TurnResult {
  /** The conversation's language after the turn. */
  lang: Lang;
  /** What the person was sent in this turn (already sent on channels that push). */
  outbound: Outbound[];
  /** What understanding made of the person's text (null for buttons, media and staff turns). */
  meaning: Meaning | null;
  report: TurnReport;
}

export interface StaffActions {
  /** A staff member takes the conversation: the person is told someone joined. */
  take(conversationId: string, by: string): Promise<TurnResult>;
  /** A staff member's words for the person (taking it first if nobody had). */
  reply(conversationId: string, by: string, text: string): Promise<TurnResult>;
  /** A note between staff, in the transcript only. */
  note(conversationId: string, by: string, text: string): Promise<TurnResult>;
  /** Hands the conversation to another staff member. */
  transfer(conversationId: string, by: string, to: string): Promise<TurnResult>;
  /** Staff are done: the person hears it, is asked "did we help?", and is back with the assistant. */
  close(conversationId: string, by: string): Promise<TurnResult>;
  /**
   * Staff set the status of the conversation's case (its latest), with a short note for the
   * family: the person is told on their channel, in their language. Throws
   * NoCaseError when the conversation has no case (it never reached the staff queue).
   */
  status(conversationId: string, by: string, status: CaseStatus, note: string): Promise<TurnResult>;
}

export interface Conversations {
  /** Handles one message from a channel (validated here again; throws InvalidInboundError). */
  handle(inbound: unknown): Promise<TurnResult>;
  /** Whether a button value is one the assistant gave (a web client sending others gets 400). */
  isChoice(value: string): boolean;
  /** A file the person sent while with staff: kept, shown in the transcript, staff told. */
  attachMedia(address: Address, file: StoredMedia & { kind: MediaKind }): Promise<void>;
  staff: StaffActions;
}
