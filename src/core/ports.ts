/**
 * The interfaces the engine depends on. Implementations live outside core, in src/store/:
 * memory (memory-store.ts), Redis (redis-store.node.ts) and Durable Objects (durable/).
 */
import type { MediaKind } from './messages.ts';
import type { HandoffReason, IntakeKind, Lang, TopicOrNone } from './types.ts';

/** A conversation as stored: which flow, which version of it, its state, and a revision. */
export interface StoredConversation {
  flow: string;
  version: number;
  state: { value: unknown; context: unknown };
  /** Increases by one on every write; used for optimistic concurrency. */
  rev: number;
}

export interface HandoffTicket {
  conversationId: string;
  lang: Lang;
  reason: HandoffReason;
  urgent: boolean;
  topic: TopicOrNone;
  /** Epoch ms when the person started waiting. */
  since: number;
  case?: { form: IntakeKind; answers: Record<string, string> };
  /** The staff member who took it, once someone has. */
  assignee?: string;
  /** The person's display name on their channel, when it gave one (for staff only). */
  name?: string;
  /** Its topic in a Telegram staff group, when the office uses one. */
  staffThread?: number;
}

export interface Store {
  getConversation(id: string): Promise<StoredConversation | null>;
  /**
   * Writes a conversation if its stored revision is still `expectedRev` (null: not stored yet).
   * Returns the new revision; throws StoreConflictError when someone else wrote first.
   */
  putConversation(
    id: string,
    record: Omit<StoredConversation, 'rev'>,
    expectedRev: number | null,
  ): Promise<number>;
  /** Adds or updates the conversation's ticket in the staff queue; urgency only ever goes up. */
  enqueueHandoff(ticket: HandoffTicket): Promise<void>;
  /**
   * Removes a waiting ticket the person no longer needs (they went back to the menu).
   * Urgent tickets and tickets that carry a family's case stay for staff.
   */
  withdrawHandoff(conversationId: string): Promise<void>;
  /** Waiting tickets, urgent first, then oldest first. */
  listHandoffs(): Promise<HandoffTicket[]>;
  /** How many waiting tickets are ahead of this conversation's (-1: not in the queue). */
  queuePosition(conversationId: string): Promise<number>;
  /** A staff member takes a waiting conversation (the last one to claim it has it). */
  claimHandoff(conversationId: string, staffName: string): Promise<void>;
  /** Staff closed the conversation: its ticket moves to the closed list. */
  closeHandoff(conversationId: string, at: number): Promise<void>;
  /** Recently closed tickets, newest first. */
  listClosedHandoffs(limit?: number): Promise<Array<HandoffTicket & { closedAt: number }>>;
  /** The office's own canned replies for staff (admins edit them in the inbox). */
  getCannedReplies(): Promise<CannedReply[]>;
  saveCannedReplies(replies: CannedReply[]): Promise<void>;
  /**
   * Adds lines, in order, to the conversation's transcript (what the person, the bot and
   * staff said). One call per message, so a networked store makes one trip, not one per line.
   */
  appendTranscript(conversationId: string, ...lines: TranscriptLine[]): Promise<void>;
  /**
   * Keeps a file the person sent (a voice note for staff to hear), under the conversation,
   * for as long as its transcript; returns its id. Erased with the conversation.
   */
  saveMedia(conversationId: string, media: StoredMedia): Promise<string>;
  /** A kept file, or null when it is gone (erased, expired, unknown id). */
  getMedia(conversationId: string, mediaId: string): Promise<StoredMedia | null>;
  /** The transcript, oldest first (at most the last `limit` lines). */
  getTranscript(conversationId: string, limit?: number): Promise<TranscriptLine[]>;
  /**
   * Opens one turn of a conversation: holds it (across instances too, with a lease that
   * frees a dead holder's hold), tells whether this message id was already handled, and
   * reads the stored record. A networked store does all of it in one trip.
   */
  openTurn(conversationId: string, options: OpenTurnOptions): Promise<OpenTurn>;
  /** Remembers that something must happen for a conversation at `at` (epoch ms), once. */
  scheduleDeadline(conversationId: string, at: number): Promise<void>;
  /**
   * Takes the deadlines that are due, each by one caller only (several instances may scan at
   * once); taken deadlines are gone from the store.
   */
  takeDueDeadlines(now: number, limit?: number): Promise<string[]>;
  /** Erases everything stored about a conversation (the person wrote BORRAR / DELETE / EFASE). */
  erase(conversationId: string): Promise<void>;
}

export interface OpenTurnOptions {
  /** The message being handled; absent for turns staff start (no redelivery to drop). */
  messageId?: string;
  /** How long the hold lasts if its holder dies mid-turn. */
  leaseMs: number;
  /** How long the message id is remembered once handled. */
  dedupeTtlMs: number;
}

/** A conversation held for one turn. */
export interface OpenTurn {
  /** False when this message id was handled before (a redelivery): nothing is held then. */
  fresh: boolean;
  record: StoredConversation | null;
  /**
   * Saves the record if its revision is still the one read (else StoreConflictError), adds
   * the transcript lines, remembers the message id and lets go, all at once: a message is
   * only ever marked handled together with what it changed, so a turn cut short by an
   * outage is handled again when the channel redelivers it. With `deadline` (epoch ms), the
   * conversation's deadline moves there in the same step (see scheduleDeadline).
   */
  commit(
    record: Omit<StoredConversation, 'rev'>,
    transcript: readonly TranscriptLine[],
    deadline?: number,
  ): Promise<number>;
  /** Lets go without saving (an erased conversation, a failed turn); nothing after commit. */
  release(): Promise<void>;
}

export interface CannedReply {
  id: string;
  lang: Lang;
  text: string;
}

/** A file a person sent, as kept for staff. */
export interface StoredMedia {
  mimetype: string;
  data: Uint8Array;
  filename?: string;
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
  /** Buttons offered with a bot line, as shown. */
  buttons?: Array<{ value: string; label: string }>;
  /** A file the person sent (staff open it from the inbox); no id: too large, not kept. */
  attachment?: { id?: string; kind: MediaKind; mimetype: string; bytes: number; filename?: string };
}

/**
 * Where staff see conversations that need them: the web inbox, or a Telegram staff group.
 * The engine calls it after queueing; a failure here is logged and never loses the turn.
 */
export interface StaffDesk {
  /** A conversation joined the queue, or became urgent. */
  queued(ticket: HandoffTicket): Promise<void>;
  /** What the person wrote (or sent) while waiting for or talking with staff. */
  relay(conversationId: string, text: string): Promise<void>;
  /** The person sent a file while with staff; it is kept in the transcript. */
  media?(conversationId: string, attachment: NonNullable<TranscriptLine['attachment']>): Promise<void>;
  /** Nobody has taken this conversation for too long. */
  overdue?(ticket: HandoffTicket, waitedMs: number): Promise<void>;
}

export interface Clock {
  now(): number;
}

export interface Logger {
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}
