/**
 * The Telegram channel's side of "the person blocked the bot": what a my_chat_member update
 * says (Bot API ChatMemberUpdated: in a private chat it arrives only when the person blocks
 * the bot, new status "kicked", or unblocks it, new status "member"), and the flag's home when
 * no store is given (this process's memory: enough for one process and for tests; servers
 * give the store's BlockedChats so that every instance and isolate sees the same flag).
 */
import { z } from 'zod';
import { conversationId } from '../../core/address.ts';
import type { BlockedChats } from '../../core/ports/blocked-chats.ts';
import type { Logger } from '../../core/ports/runtime.ts';

const chatSchema = z.object({ id: z.number().int(), type: z.string() });

/** Bot API ChatMemberUpdated, as much of it as is read: whose chat, and the bot's new status. */
export const chatMemberUpdatedSchema = z
  .object({
    chat: chatSchema,
    date: z.number().int().nonnegative(),
    new_chat_member: z.object({ status: z.string() }).passthrough(),
  })
  .passthrough();
export type ChatMemberUpdated = z.infer<typeof chatMemberUpdatedSchema>;

/** The person's chat and whether they now block the bot; null for groups and other changes. */
export function blockChange(
  update: ChatMemberUpdated | undefined,
): { chatId: string; blocked: boolean } | null {
  if (update?.chat.type !== 'private') return null;
  const status = update.new_chat_member.status;
  if (status !== 'kicked' && status !== 'member') return null;
  return { chatId: String(update.chat.id), blocked: status === 'kicked' };
}

/** Flags in this process's memory: one process only (the store's BlockedChats is for servers). */
export function processBlockedChats(): BlockedChats {
  const blocked = new Set<string>();
  return {
    async isBlocked(conversationId) {
      return blocked.has(conversationId);
    },
    async setBlocked(conversationId, yes) {
      if (yes) blocked.add(conversationId);
      else blocked.delete(conversationId);
    },
  };
}

/**
 * The channel's flags by Telegram chat id, over `store` (this process's memory when none is
 * given). A flag that cannot be read counts as not blocked: a send to a person who blocked the
 * bot only gets a 403, while a reply held back by a store hiccup would be lost to them.
 */
export function telegramBlocked(logger: Logger, store: BlockedChats = processBlockedChats()) {
  const key = (chatId: string) => conversationId({ channel: 'telegram', chatId });
  /** What this process last heard (for tests and logs); the store's flag is what decides. */
  const heard = new Set<string>();
  return {
    inactive: heard as ReadonlySet<string>,
    isBlocked(chatId: string): Promise<boolean> {
      return store.isBlocked(key(chatId)).catch((error: Error) => {
        logger.warn('telegram: could not read whether the person blocked the bot; sending', {
          chatId,
          error: error.message,
        });
        return false;
      });
    },
    /** Keeps the flag; a store outage throws (the update is handled again later). */
    async set(chatId: string, blocked: boolean) {
      await store.setBlocked(key(chatId), blocked);
      if (blocked) heard.add(chatId);
      else heard.delete(chatId);
    },
  };
}
