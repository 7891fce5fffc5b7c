/**
 * Shared pacing of what the office sends: when the next message of a sender (a WhatsApp
 * number, a Telegram bot) and of one of its people may go, so that the sender's rate and each
 * person's spacing hold across every instance (Redis) and Worker isolate (the office Durable
 * Object), not in one process only. A person's reservation never moves another person's: the
 * sender's slot is taken only once the person's own time has come, so one person's spacing
 * never delays anyone else. Waits come back in milliseconds, not as times, so each store
 * counts on its own clock. While the store is away every call throws: the channel then paces
 * in its own memory (src/channels/send-slots.ts) rather than hold replies back.
 */

/** The limits one sender keeps. */
export interface PaceRule {
  /** Least time between two messages of the whole sender, ms (1000 / its messages per second). */
  senderMs: number;
  /** Least time between two messages to one person once their burst is spent, ms. */
  personMs: number;
  /** Messages to one person that may go back to back. */
  burst: number;
}

export interface SendSlots {
  /**
   * Reserves the person's next message and says how long to wait for it. When it may go at
   * once, the sender's next slot is taken too (`senderTaken`, the wait is that slot's); else,
   * once the wait is over, the caller takes the sender's slot with `senderSlot`.
   */
  reserve(sender: string, person: string, rule: PaceRule): Promise<{ waitMs: number; senderTaken: boolean }>;
  /** Takes the sender's next slot: how long to wait for it. */
  senderSlot(sender: string, rule: PaceRule): Promise<number>;
  /** The whole sender is throttled (Meta's 130429, 131048, 80007): no slot for `ms` from now. */
  holdSender(sender: string, ms: number): Promise<void>;
  /** The person's burst is spent (Meta's 131056): their next message waits a whole spacing from now. */
  holdPerson(sender: string, person: string, rule: PaceRule): Promise<void>;
}
