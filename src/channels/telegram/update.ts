/**
 * Telegram updates in, engine messages out: validates the part of an update the assistant
 * uses with zod, and maps it to the engine's Inbound shape: text, a pressed button (in a
 * private chat), or media with its caption, place, contact or file name (media-content.ts).
 * An edited message (Bot API `edited_message`) reaches the engine and staff as a new message
 * with the edit's mark, under its own update's id, so it is never taken for a redelivery of
 * the original. A reply names the message it answers (`reply_to_message`: `replyTo`), so staff
 * see what was answered; a reaction (`message_reaction`) is read by reaction.ts. Anything it
 * does not recognise becomes null (and is acknowledged and ignored), never an exception.
 * `my_chat_member` (blocked / unblocked) is read by blocked.ts.
 */
import { z } from 'zod';
import { cleanDisplayName } from '../../core/display-name.ts';
import type { Inbound } from '../../core/messages.ts';
import type { Lang } from '../../core/types.ts';
import { chatMemberUpdatedSchema } from './blocked.ts';
import { mediaContent } from './media-content.ts';
import { messageReactionSchema, reactionInbound } from './reaction.ts';

const chatSchema = z.object({ id: z.number().int(), type: z.string() });
const fromSchema = z
  .object({
    id: z.number().int(),
    language_code: z.string().optional(),
    first_name: z.string().optional(),
    last_name: z.string().optional(),
  })
  .passthrough();
// Seconds since the epoch; beyond the year 5000 is not a date (and its milliseconds are
// past what the engine takes: the fuzz tests found the update then failed in the engine).
const dateSchema = z.number().int().nonnegative().max(1e11);

const messageSchema = z
  .object({
    message_id: z.number().int(),
    message_thread_id: z.number().int().optional(),
    date: dateSchema,
    /** Set on an edited message: when it was edited. */
    edit_date: dateSchema.optional(),
    chat: chatSchema,
    from: fromSchema.optional(),
    text: z.string().optional(),
    // Each read in media-content.ts, where a malformed part is dropped alone.
    caption: z.unknown().optional(),
    voice: z.unknown().optional(),
    audio: z.unknown().optional(),
    photo: z.unknown().optional(),
    video: z.unknown().optional(),
    video_note: z.unknown().optional(),
    document: z.unknown().optional(),
    sticker: z.unknown().optional(),
    venue: z.unknown().optional(),
    location: z.unknown().optional(),
    contact: z.unknown().optional(),
    /** The earlier message this one replies to (Bot API Message.reply_to_message); only its id is read. */
    reply_to_message: z.object({ message_id: z.number().int() }).passthrough().optional().catch(undefined),
  })
  .passthrough();
type TelegramMessage = z.infer<typeof messageSchema>;

export const updateSchema = z
  .object({
    update_id: z.number().int().nonnegative(),
    message: messageSchema.optional(),
    // Telegram sends one kind per update; one newly read that is malformed is dropped alone,
    // so it never takes a message of the same update with it.
    edited_message: messageSchema.optional().catch(undefined),
    callback_query: z
      .object({
        id: z.string(),
        from: fromSchema,
        data: z.string().max(64).optional(),
        message: z.object({ chat: chatSchema }).passthrough().optional(),
      })
      .passthrough()
      .optional(),
    my_chat_member: chatMemberUpdatedSchema.optional().catch(undefined),
    message_reaction: messageReactionSchema.optional().catch(undefined),
  })
  .passthrough();
export type TelegramUpdate = z.infer<typeof updateSchema>;

/** Telegram's language_code ("es-MX", "ht", "en-US") as a hint; other languages give none. */
export function languageHint(code: string | undefined): Lang | undefined {
  const base = code?.toLowerCase().split('-')[0];
  return base === 'es' || base === 'en' || base === 'ht' ? base : undefined;
}

/** How an edited message's words are marked for staff (the office's "✏️ (edited) …"). */
export type MarkEdit = (text: string) => string;

/** The engine's message for an update, or null when the update is nothing the assistant reads. */
export function toInbound(update: TelegramUpdate, markEdit: MarkEdit = (text) => text): Inbound | null {
  const id = `tg-${update.update_id}`;
  const query = update.callback_query;
  if (query?.data && query.message) {
    // Buttons are the assistant's, in private chats only (the staff group's are not its to read).
    if (query.message.chat.type !== 'private') return null;
    return {
      id,
      channel: 'telegram',
      chatId: String(query.message.chat.id),
      ...hint(query.from.language_code),
      content: { type: 'choice', value: query.data },
    };
  }
  if (update.message_reaction) return reactionInbound(update.update_id, update.message_reaction);
  const edited = update.message === undefined;
  const message = update.message ?? update.edited_message;
  // Groups are for staff, not for people asking: only private chats reach the engine.
  if (message?.chat.type !== 'private') return null;
  // An edit without words (a live location moving, a file replaced) is nothing new to read.
  if (edited && message.text === undefined && typeof message.caption !== 'string') return null;
  const mark = edited ? markEdit : (text: string) => text;
  const name = displayName(message.from);
  const base = {
    id,
    channel: 'telegram',
    chatId: String(message.chat.id),
    at: (edited ? (message.edit_date ?? message.date) : message.date) * 1000,
    ...(name ? { name } : {}),
    ...hint(message.from?.language_code),
    // The message it answers, by Telegram's id for it, as send.ts logs the office's messages.
    ...(message.reply_to_message ? { replyTo: { id: String(message.reply_to_message.message_id) } } : {}),
  };
  return { ...base, content: contentOf(message, mark) };
}

function contentOf(message: TelegramMessage, mark: MarkEdit): Inbound['content'] {
  if (typeof message.text !== 'string') return mediaContent(message, mark);
  // "/start@enlace_bot" is "/start". Telegram's own limit on a text is 4,096 characters.
  const text = message.text.replace(/^(\/\w+)@\w+/, '$1').slice(0, 4096);
  return { type: 'text', text: mark(text) };
}

/** First and last name as Telegram shows them, for staff (core/display-name.ts); nothing else of the profile. */
function displayName(from: { first_name?: string; last_name?: string } | undefined): string | undefined {
  return cleanDisplayName([from?.first_name, from?.last_name].filter((p) => p !== undefined).join(' '));
}

function hint(code: string | undefined) {
  const lang = languageHint(code);
  return lang ? { langHint: lang } : {};
}
