/**
 * Other names of one person on a channel, kept in the store: on the WhatsApp Cloud API a
 * person is their phone number, their business-scoped user id (a username hides the number),
 * or, after they changed number, the new one; each of these must reach the one conversation
 * they started, and the office's answers must go to the identifier that reaches them now.
 * A conversation keeps the chat id it began with (its transcript, ticket and cases are kept
 * under it); this says which conversation an identifier belongs to and where to send.
 * Shared by every instance (Redis) and isolate (the office Durable Object); entries expire
 * with the person's other data. While the store is away every call throws
 * StoreUnavailableError: the message is handled again later, the turn's sending retried.
 */

export interface ChatAliases {
  /** The chat id of the conversation this identifier belongs to; null when it is linked to none. */
  resolve(channel: string, id: string): Promise<string | null>;
  /** From now on `alias` belongs to the conversation whose chat id is `chatId` (kept again: the same). */
  link(channel: string, alias: string, chatId: string): Promise<void>;
  /** Where the conversation's messages go now: what `route` kept, else its own chat id. */
  sendTo(channel: string, chatId: string): Promise<string>;
  /** The conversation's messages go to `to` from now on (its own chat id: back to the default). */
  route(channel: string, chatId: string, to: string): Promise<void>;
}
