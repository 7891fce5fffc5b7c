/**
 * Telegram updates in, engine messages out: validates the part of an update the assistant
 * uses with zod, and maps it to the engine's Inbound shape. Anything it does not recognise
 * becomes null (and is acknowledged and ignored), never an exception.
 */
import { z } from 'zod';
import type { Inbound } from '../../core/messages.ts';
import type { Lang } from '../../core/types.ts';

const chatSchema = z.object({ id: z.number().int(), type: z.string() });
const fromSchema = z
  .object({
    id: z.number().int(),
    language_code: z.string().optional(),
    first_name: z.string().optional(),
    last_name: z.string().optional(),
  })
  .passthrough();

const messageSchema = z
  .object({
    message_id: z.number().int(),
    message_thread_id: z.number().int().optional(),
    // Seconds since the epoch; beyond the year 5000 is not a date (and its milliseconds are
    // past what the engine takes: the fuzz tests found the update then failed in the engine).
    date: z.number().int().nonnegative().max(1e11),
    chat: chatSchema,
    from: fromSchema.optional(),
    text: z.string().optional(),
    voice: z.unknown().optional(),
    audio: z.unknown().optional(),
    photo: z.unknown().optional(),
    video: z.unknown().optional(),
    video_note: z.unknown().optional(),
    document: z.unknown().optional(),
    sticker: z.unknown().optional(),
    location: z.unknown().optional(),
    contact: z.unknown().optional(),
  })
  .passthrough();

export const updateSchema = z
  .object({
    update_id: z.number().int().nonnegative(),
    message: messageSchema.optional(),
    callback_query: z
      .object({
        id: z.string(),
        from: fromSchema,
        data: z.string().max(64).optional(),
        message: z.object({ chat: chatSchema }).passthrough().optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough();
export type TelegramUpdate = z.infer<typeof updateSchema>;

/** Telegram's language_code ("es-MX", "ht", "en-US") as a hint; other languages give none. */
export function languageHint(code: string | undefined): Lang | undefined {
  const base = code?.toLowerCase().split('-')[0];
  return base === 'es' || base === 'en' || base === 'ht' ? base : undefined;
}

const MEDIA = [
  ['voice', 'voice'],
  ['audio', 'audio'],
  ['photo', 'photo'],
  ['video', 'video'],
  ['video_note', 'video'],
  ['document', 'document'],
  ['sticker', 'sticker'],
  ['location', 'location'],
  ['contact', 'contact'],
] as const;

/** The engine's message for an update, or null when the update is nothing the assistant reads. */
export function toInbound(update: TelegramUpdate): Inbound | null {
  const id = `tg-${update.update_id}`;
  const query = update.callback_query;
  if (query?.data && query.message) {
    return {
      id,
      channel: 'telegram',
      chatId: String(query.message.chat.id),
      ...hint(query.from.language_code),
      content: { type: 'choice', value: query.data },
    };
  }
  const message = update.message;
  // Groups are for staff, not for people asking: only private chats reach the engine.
  if (message?.chat.type !== 'private') return null;
  const name = displayName(message.from);
  const base = {
    id,
    channel: 'telegram',
    chatId: String(message.chat.id),
    at: message.date * 1000,
    ...(name ? { name } : {}),
  };
  if (typeof message.text === 'string') {
    // "/start@enlace_bot" is "/start".
    const text = message.text.replace(/^(\/\w+)@\w+/, '$1').slice(0, 4096);
    return { ...base, ...hint(message.from?.language_code), content: { type: 'text', text } };
  }
  const media = MEDIA.find(([field]) => message[field] !== undefined);
  return {
    ...base,
    ...hint(message.from?.language_code),
    content: { type: 'media', media: media?.[1] ?? 'other' },
  };
}

/** First and last name as Telegram shows them, on one line, for staff; nothing else of the profile. */
function displayName(from: { first_name?: string; last_name?: string } | undefined): string | undefined {
  const parts = [from?.first_name, from?.last_name].filter((p): p is string => p !== undefined);
  const name = parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, 64);
  return name || undefined;
}

function hint(code: string | undefined) {
  const lang = languageHint(code);
  return lang ? { langHint: lang } : {};
}
