/**
 * Which people blocked the assistant on their channel (Telegram's my_chat_member "kicked", or
 * a 403 on a send), kept in the store rather than in a process: on Workers every isolate has
 * its own memory, and on Node several instances may send, so a person who blocked the bot is
 * skipped by every sender, and every sender resumes once they unblock it (or write again).
 * Keyed by conversation id (core/address.ts); a flag expires with the person's other data.
 */

export interface BlockedChats {
  /** Whether the person of this conversation blocked the bot, as last heard. */
  isBlocked(conversationId: string): Promise<boolean>;
  /**
   * Keeps that they blocked it (true), or that they unblocked it or wrote again (false).
   * Throws StoreUnavailableError when it cannot be kept (the channel has the update sent again).
   */
  setBlocked(conversationId: string, blocked: boolean): Promise<void>;
}
