/**
 * Engine messages to Telegram messages: long texts split at Telegram's 4,096-character
 * limit on paragraph boundaries, buttons as an inline keyboard (one per row, so the labels
 * stay readable on a small phone) on the last part.
 */
import type { Outbound } from '../../core/messages.ts';

/** Telegram's limit for one message's text. */
export const TELEGRAM_TEXT_LIMIT = 4096;
/** Telegram's limit for a button's callback_data, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;

export interface TelegramMessage {
  text: string;
  reply_markup?: { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> };
}

/** Splits on blank lines, then lines, then words, so no part exceeds the limit. */
export function splitText(text: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  if (text.length <= limit) return [text];
  const parts: string[] = [];
  let current = '';
  const pieces = text.split(/(\n\n)/);
  for (const piece of pieces) {
    if ((current + piece).length <= limit) {
      current += piece;
      continue;
    }
    if (current.trim()) parts.push(current.trim());
    current = '';
    if (piece.length <= limit) current = piece;
    else for (const chunk of hardSplit(piece, limit)) parts.push(chunk);
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

function hardSplit(text: string, limit: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = Math.max(rest.lastIndexOf('\n', limit), rest.lastIndexOf(' ', limit));
    const at = cut > limit / 2 ? cut : limit;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at);
  }
  if (rest.trim()) out.push(rest.trim());
  return out;
}

const encoder = new TextEncoder();

export function toTelegramMessages(message: Outbound): TelegramMessage[] {
  const parts = splitText(message.text);
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
