/**
 * A person's reaction on Telegram, as the engine's reaction (kept on the transcript, never
 * answered). Follows the Bot API's `message_reaction` update (MessageReactionUpdated, Bot API
 * 7.0: `chat`, `message_id`, `user`, `date`, `old_reaction` and `new_reaction`, lists of
 * ReactionType: `{type: 'emoji', emoji}`, `{type: 'custom_emoji', custom_emoji_id}`,
 * `{type: 'paid'}`). Telegram sends it only to a bot that lists "message_reaction" in its
 * `allowed_updates` (TELEGRAM_UPDATES). The emoji kept is the one just added (a person may
 * keep several); an empty new list is the reaction taken back; a custom emoji or a paid star
 * alone has no emoji to show, and is passed over. Private chats only, like messages.
 */
import { z } from 'zod';
import type { Inbound } from '../../core/messages.ts';

/** The update kinds the channel reads (update.ts, blocked.ts, here): what the bot asks Telegram for. */
export const TELEGRAM_UPDATES = [
  'message',
  'edited_message',
  'callback_query',
  'my_chat_member',
  'message_reaction',
] as const;

const reactionTypeSchema = z.looseObject({ type: z.string(), emoji: z.string().optional() });

export const messageReactionSchema = z.looseObject({
  chat: z.looseObject({ id: z.number().int(), type: z.string() }),
  message_id: z.number().int(),
  date: z.number().int().nonnegative().max(1e11),
  old_reaction: z.array(reactionTypeSchema).max(100),
  new_reaction: z.array(reactionTypeSchema).max(100),
});
export type MessageReaction = z.infer<typeof messageReactionSchema>;

const emojisOf = (list: MessageReaction['new_reaction']) =>
  list.flatMap((r) => (r.type === 'emoji' && r.emoji?.trim() ? [r.emoji.trim().slice(0, 32)] : []));

/** The engine's reaction for the update (its id `tg-<update_id>`), or null when there is none to keep. */
export function reactionInbound(updateId: number, reaction: MessageReaction): Inbound | null {
  if (reaction.chat.type !== 'private') return null;
  const now = emojisOf(reaction.new_reaction);
  const before = new Set(emojisOf(reaction.old_reaction));
  if (reaction.new_reaction.length > 0 && now.length === 0) return null;
  const emoji = now.find((e) => !before.has(e)) ?? now[0];
  return {
    id: `tg-${updateId}`,
    channel: 'telegram',
    chatId: String(reaction.chat.id),
    at: reaction.date * 1000,
    replyTo: { id: String(reaction.message_id) },
    content: { type: 'reaction', ...(emoji ? { emoji } : {}) },
  };
}
