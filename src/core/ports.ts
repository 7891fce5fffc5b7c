/**
 * The interfaces the engine depends on. Implementations live outside core: the memory
 * store in src/store/, Redis and Durable Objects in later adapters.
 */
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
  /** True the first time a message id is seen for a conversation, false for a redelivery. */
  claimMessage(conversationId: string, messageId: string, ttlMs: number): Promise<boolean>;
  /** Adds or updates the conversation's ticket in the staff queue; urgency only ever goes up. */
  enqueueHandoff(ticket: HandoffTicket): Promise<void>;
  /**
   * Removes a waiting ticket the person no longer needs (they went back to the menu).
   * Urgent tickets and tickets that carry a family's case stay for staff.
   */
  withdrawHandoff(conversationId: string): Promise<void>;
  /** Waiting tickets, urgent first, then oldest first. */
  listHandoffs(): Promise<HandoffTicket[]>;
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
  /** The transcript, oldest first (at most the last `limit` lines). */
  getTranscript(conversationId: string, limit?: number): Promise<TranscriptLine[]>;
  /**
   * Optional: holds a conversation for one turn across instances (several servers on one
   * Redis). Resolves when held; the returned function lets go. The hold expires after
   * `leaseMs` if the holder dies. A store used by one process only may leave it out.
   */
  lock?(conversationId: string, leaseMs: number): Promise<() => Promise<void>>;
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

export interface CannedReply {
  id: string;
  lang: Lang;
  text: string;
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
