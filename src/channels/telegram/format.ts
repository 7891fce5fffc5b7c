/**
 * Engine messages to Telegram messages: long texts split at Telegram's 4,096-character
 * limit on paragraph boundaries, buttons as an inline keyboard (one per row, so the labels
 * stay readable on a small phone) on the last part. A button's value travels as its
 * callback_data, at most 64 bytes: the engine's choices are made to fit (flows/choices.ts,
 * 47 bytes at most), so a longer one is a mistake in the code and is refused loudly here
 * (tests see it at once); sending (send.ts) logs it as an error and sends the words without
 * that one button. Never left out of the keyboard without a word.
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

/** A button value longer than Telegram's callback_data takes: a mistake in the code, not the person's. */
export class CallbackDataTooLongError extends RangeError {
  override readonly name = 'CallbackDataTooLongError';
}

/** Whether a button value fits Telegram's callback_data. */
export const fitsCallbackData = (value: string): boolean =>
  encoder.encode(value).length <= CALLBACK_DATA_LIMIT;

export function toTelegramMessages(message: Outbound): TelegramMessage[] {
  const parts = splitText(message.text, TELEGRAM_TEXT_LIMIT);
  const buttons = message.buttons;
  for (const b of buttons)
    if (!fitsCallbackData(b.value))
      throw new CallbackDataTooLongError(
        `telegram: the button "${b.label}" has a value of ${encoder.encode(b.value).length} bytes, more than the ${CALLBACK_DATA_LIMIT} bytes callback_data takes; make the choice's code shorter (flows/choices.ts)`,
      );
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
