/**
 * Durable intake: what a channel received and must not lose, kept before the channel
 * acknowledges it (Meta and Telegram never resend after a 200) and handled from there. On
 * Node with Redis the entries live in a Redis stream read by a consumer group, so a restart
 * or another instance picks up what was not handled; without Redis (tests, a single dev
 * process) they are handled in this process at once. Entries of one key (a conversation)
 * are handled one after another in the order kept; different keys run side by side, so one
 * person's burst never waits behind another's.
 */

/** One thing received: a person's message, a delivery status… as the channel will read it back. */
export interface IntakeEntry {
  /** The platform's id for it: a redelivery with the same id is kept once. */
  id: string;
  /** Which channel's handler reads it (the channel's name). */
  channel: string;
  /** Entries with the same key are handled in order, one at a time (a conversation's id). */
  key: string;
  /** The channel's own reading of it, as JSON. */
  body: unknown;
}

/** Reads one kept entry; throwing StoreUnavailableError leaves it to be tried again. */
export type IntakeHandler = (entry: IntakeEntry) => Promise<void>;

export interface Intake {
  /**
   * Keeps the entries; resolves once they are safely kept. Throws StoreUnavailableError when
   * they cannot be: the channel then answers so that the platform sends them again.
   */
  keep(entries: readonly IntakeEntry[]): Promise<void>;
  /** The handler for a channel's entries (set by the channel when its routes are built). */
  handle(channel: string, handler: IntakeHandler): void;
  /** Starts handing kept entries to the handlers (those left by a process that stopped first). */
  start(): void;
  /**
   * Stops taking entries and waits up to `ms` for those in hand; what is not finished stays
   * kept for the next process (Redis) — nothing is acknowledged that was not handled.
   */
  drain(ms: number): Promise<void>;
  /** Entries kept and not yet handled (for /metrics and tests); -1 when the store cannot say. */
  backlog(): Promise<number>;
}
