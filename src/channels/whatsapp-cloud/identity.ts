/**
 * One conversation per WhatsApp person, whichever of their identifiers a message carries: a
 * phone number, a business-scoped user id (BSUID: a person with a username, whose number
 * Meta may withhold), or, after they changed number, the new one. Every identifier is linked
 * to a conversation the first time it arrives (core/ports/chat-aliases.ts), so a message with
 * only the BSUID reaches the conversation its phone number began, and a number change moves
 * the conversation (and its open ticket, kept under its chat id) to the new number.
 *
 * Where to send follows Meta's BSUID guide: `to` (a phone number) wins over `recipient` (a
 * BSUID) and Meta recommends the phone number when it is known, so a conversation's messages
 * go to the newest phone number heard from the person, and to a BSUID only while none is
 * known (a new BSUID replaces an old one then). A message from the old number after a change
 * still joins the conversation but is answered at the new number: WhatsApp may give the old
 * number to someone else, and nothing of the person's case must reach them.
 */
import type { ChatAliases } from '../../core/ports/chat-aliases.ts';
import type { CloudIdentityChange } from './identity-change.ts';

const CHANNEL = 'whatsapp-cloud';
/** A phone number (WhatsApp id) is all digits; anything else is a BSUID. */
const isPhone = (id: string) => /^\d+$/.test(id);

export interface CloudIdentity {
  /** The chat id of the conversation a message from these identifiers belongs to; what is new is remembered. */
  conversationOf(ids: { chatId: string; userId?: string }): Promise<string>;
  /** The chat id of the conversation a status's recipient belongs to (nothing is remembered). */
  recipientOf(id: string): Promise<string>;
  /**
   * Follows a change of number or BSUID; the chat id of the conversation it moved. `onNews`
   * runs first when the change was not followed before (Meta may send the notice again), so
   * what it writes is written once, and again only if the move itself then failed.
   */
  follow(change: CloudIdentityChange, onNews?: (chatId: string) => Promise<void>): Promise<string>;
  /** The identifier a conversation's messages go to now. */
  sendTo(chatId: string): Promise<string>;
}

export function cloudIdentity(aliases: ChatAliases): CloudIdentity {
  /** Messages go to `id` from now on, if it is a phone number or no phone number is known. */
  async function reachAt(chatId: string, id: string) {
    // A phone number always: back to the chat id itself too, should a number change be undone.
    if (isPhone(id)) return aliases.route(CHANNEL, chatId, id);
    const now = await aliases.sendTo(CHANNEL, chatId);
    if (!isPhone(now) && now !== id) await aliases.route(CHANNEL, chatId, id);
  }

  return {
    async conversationOf({ chatId: given, userId }) {
      // The phone number first: the conversation a person had before usernames stays theirs.
      const ids = userId && userId !== given ? [given, userId] : [given];
      const known = await Promise.all(ids.map((id) => aliases.resolve(CHANNEL, id)));
      const chatId = known.find((k) => k !== null) ?? given;
      await Promise.all(
        ids.map((id, i) => (known[i] === chatId ? undefined : aliases.link(CHANNEL, id, chatId))),
      );
      if (given !== chatId) await reachAt(chatId, given);
      return chatId;
    },
    async recipientOf(id) {
      return (await aliases.resolve(CHANNEL, id)) ?? id;
    },
    async follow(change, onNews) {
      const chatId = (await aliases.resolve(CHANNEL, change.from)) ?? change.from;
      const fresh = [change.to.phone, change.to.userId].filter((id): id is string => id !== undefined);
      const known = await Promise.all(fresh.map((id) => aliases.resolve(CHANNEL, id)));
      if (known.some((k) => k !== chatId)) await onNews?.(chatId);
      await Promise.all(
        fresh.map((id, i) => (known[i] === chatId ? undefined : aliases.link(CHANNEL, id, chatId))),
      );
      if (change.to.phone) await reachAt(chatId, change.to.phone);
      else if (change.to.userId) await reachAt(chatId, change.to.userId);
      return chatId;
    },
    sendTo: (chatId) => aliases.sendTo(CHANNEL, chatId),
  };
}
