/**
 * The part of the store a turn uses: hold one conversation, read what it was, and write what
 * it became in one step, together with everything the turn changed (its staff ticket, its
 * transcript, its deadline) and the list of things to do once it is written (the outbox).
 * Implementations: src/store/memory, src/store/redis (Node), src/store/durable (Workers);
 * one contract suite (test/contracts/store.contract.ts) holds them to the same behaviour.
 */
import type { Address } from '../address.ts';
import type { CaseFile } from '../case-file.ts';
import type { MediaAttachment, Outbound } from '../messages.ts';
import type { ClosedTicket, HandoffTicket } from '../ticket.ts';
import type { Lang } from '../types.ts';
import type { ConversationSummary, ReviewItem } from './activity-store.ts';
import type { StaffNotice } from './staff-desk.ts';

/** A conversation as stored: which flow, which version of it, its state, and a revision. */
export interface StoredConversation {
  flow: string;
  version: number;
  state: { value: unknown; context: unknown };
  /** What the dashboard knows of the conversation (no text), carried from turn to turn. */
  summary?: ConversationSummary;
  /** The conversation's cases (folio, status, follow-up, history), newest last; kept by the engine. */
  cases?: CaseFile[];
  /** When the person last wrote (epoch ms): the start of a channel's reply window. */
  heardAt?: number;
  /** Messages made while the channel's reply window was shut, sent when the person writes again. */
  held?: Outbound[];
  /** Increases by one on every write; used for optimistic concurrency. */
  rev: number;
}

export interface TranscriptLine {
  /** Epoch ms. */
  at: number;
  /** 1, 2, 3… per conversation, given by the store: a cursor for "lines after this one". */
  seq?: number;
  /** `note`: an internal note between staff; never shown to the person. */
  from: 'person' | 'bot' | 'staff' | 'note';
  /** For staff lines and notes: who wrote it. */
  by?: string;
  text: string;
  /**
   * The line's language (what the web chat marks each message with, for screen readers):
   * the conversation's for the assistant's and staff's lines, the person's words' when
   * understanding was sure of it. Absent on lines written before it was kept.
   */
  lang?: Lang;
  /** An assistant's line of a turn handled as an emergency: the web chat sets it apart. */
  emergency?: true;
  /** Buttons offered with a bot line, as shown. */
  buttons?: Array<{ value: string; label: string }>;
  /** The turn's id on a channel that reports delivery: the inbox shows what became of the line. */
  ref?: string;
  /** A file the person sent (staff open it from the inbox); no id: too large, not kept. */
  attachment?: MediaAttachment;
  /**
   * A person's line that answers an earlier message (they quoted it) or reacts to it: the
   * start of that message (`quote`, at most QUOTE_CHARS) when it was one the office sent,
   * so staff see what was answered; no quote when it is not known (the person's own, or too old).
   */
  replyTo?: { quote?: string };
  /** The line is a reaction to `replyTo`, not words: its emoji, or '' when the person took it back. */
  reaction?: string;
  /** A person's line that only asked for a person (engine/gist.ts): never what sums up their case. */
  asksOnly?: true;
}

/** The longest quote of an earlier message a line keeps (`TranscriptLine.replyTo`). */
export const QUOTE_CHARS = 120;

/**
 * Something a committed turn still has to do outside the store: send messages to the person
 * on a channel that pushes them (Telegram, WhatsApp), or tell staff. Written with the turn,
 * done after it, removed when done; if the process dies in between, the next turn of the
 * conversation or the deadline sweep (any instance) does it.
 */
export type OutboxItem =
  | {
      id: string;
      kind: 'deliver';
      address: Address;
      messages: Outbound[];
      /** Where they go, fixed before the turn's erase forgot it (Channel.sendsTo); else the channel asks. */
      to?: string;
    }
  | { id: string; kind: 'staff'; desk: string; notice: StaffNotice }
  /** The channel's approved re-engagement template, in place of messages its reply window would refuse. */
  | { id: string; kind: 'reengage'; address: Address; lang: Lang };

/**
 * What a turn adds to the dashboard (activity-store.ts), written with its commit so a turn
 * costs no trip of its own for it: the day's counters, the conversation's summary and a text
 * for review. An erasing commit carries counters only (they name no one).
 */
export interface TurnActivityWrite {
  day: string;
  counts: Readonly<Record<string, number>>;
  summary?: ConversationSummary;
  review?: ReviewItem;
}

/** Everything one turn changes, written at once (or not at all). */
export interface TurnCommit {
  /** The conversation's new record. */
  record: Omit<StoredConversation, 'rev'>;
  /** Lines added to the transcript, in order. */
  transcript: readonly TranscriptLine[];
  /** The conversation's staff ticket after the turn: undefined leaves it as read, null removes it. */
  ticket?: HandoffTicket | null;
  /** The ticket the turn closed, for the closed list (the ticket itself is then null). */
  closed?: ClosedTicket;
  /** The conversation's next deadline (epoch ms); undefined leaves it. */
  deadline?: number;
  /** Things to do once this is written. */
  outbox: readonly OutboxItem[];
  /** When this turn's outbox items become leftovers for someone else to finish, if still there. */
  retryAt?: number;
  /** Outbox items of earlier turns this turn has now done. */
  done: readonly string[];
  /**
   * Everything stored about the person goes first (transcript, files, ticket, closed tickets,
   * message ids, outbox, deadline), then this commit's record and lines are written.
   */
  erase?: boolean;
  /** The dashboard's share of the turn, as countActivity, saveSummary and addReviewItem would write it. */
  activity?: TurnActivityWrite;
}

export interface OpenTurnOptions {
  /** The message being handled; absent for turns staff or timers start (no redelivery to drop). */
  messageId?: string;
  /** How long the hold lasts if its holder dies mid-turn. */
  leaseMs: number;
  /** How long the message id is remembered once handled. */
  dedupeTtlMs: number;
  /** Now, on the engine's clock: outbox items whose retryAt has passed are handed over as leftovers. */
  now: number;
}

/** A conversation held for one turn. */
export interface OpenTurn {
  /** False when this message id was handled before (a redelivery): nothing is held then. */
  fresh: boolean;
  record: StoredConversation | null;
  /** The conversation's waiting or taken ticket, if any. */
  ticket: HandoffTicket | null;
  /** Outbox items of earlier turns that are past their retryAt: the turn does them first. */
  leftovers: OutboxItem[];
  /**
   * Writes the commit if the record's revision is still the one read (else
   * StoreConflictError), remembers the message id and lets go, all at once: a message is only
   * marked handled together with what it changed. Returns the new revision.
   */
  commit(commit: TurnCommit): Promise<number>;
  /** Lets go without saving (a failed turn); does nothing after commit. */
  release(): Promise<void>;
}

export interface ConversationStore {
  /**
   * Opens one turn of a conversation: holds it (across instances too, with a lease that frees
   * a dead holder's hold), tells whether this message id was already handled, and reads the
   * record, the ticket and any leftover outbox items. A networked store does it in one trip.
   */
  openTurn(conversationId: string, options: OpenTurnOptions): Promise<OpenTurn>;
  /** Removes outbox items that went out; needs no hold (an item is removed once, by id). */
  ackOutbox(conversationId: string, itemIds: readonly string[]): Promise<void>;
  /** The transcript, oldest first (at most the last `limit` lines). */
  getTranscript(conversationId: string, limit?: number): Promise<TranscriptLine[]>;
}
