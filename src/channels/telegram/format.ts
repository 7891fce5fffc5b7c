/**
 * Engine messages to Telegram messages: long texts split at Telegram's 4,096-character
 * limit on paragraph boundaries, buttons as an inline keyboard (one per row, so the labels
 * stay readable on a small phone) on the last part.
 */
import type { Outbound } from '../../core/messages.ts';
import { splitText } from '../split-text.ts';

/** Telegram's limit for one message's text. */
export const TELEGRAM_TEXT_LIMIT = 4096;
/** Telegram's limit for a button's callback_data, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;

export interface TelegramMessage {
  text: string;
  reply_markup?: { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> };
}

const encoder = new TextEncoder();

export function toTelegramMessages(message: Outbound): TelegramMessage[] {
  const parts = splitText(message.text, TELEGRAM_TEXT_LIMIT);
  const buttons = message.buttons.filter((b) => encoder.encode(b.value).length <= CALLBACK_DATA_LIMIT);
  const last = parts.length - 1;
  return parts.map((text, i) =>
    i === last && buttons.length > 0
      ? {
          text,
          reply_markup: { inline_keyboard: buttons.map((b) => [{ text: b.label, callback_data: b.value }]) },
        }
      : { text },
  );
}
