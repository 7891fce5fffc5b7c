/**
 * The outbound spacing for Telegram, by hand in a few lines of Web-standard code (Bottleneck,
 * inside the Node server's @grammyjs/transformer-throttler, stays out of the Workers bundle):
 * messages to one chat at least `perChatMs` apart (Telegram's Bot FAQ: about one a second in a
 * chat) and at most `perSecond` for the whole bot; a chat waits only for its own messages.
 * The send times are kept in `slots` (core/ports/send-slots.ts): the store every instance or
 * isolate shares (Redis, the office Durable Object), so the bot's rate and a chat's spacing
 * hold across them; this process's memory when none is given.
 */
import type { Transformer } from 'grammy';
import { memorySlots } from '../../core/memory-slots.ts';
import type { SendSlots } from '../../core/ports/send-slots.ts';

const SENDS = new Set(['sendMessage', 'sendPhoto', 'sendDocument', 'sendVoice', 'sendAudio', 'sendVideo']);

export interface TelegramSpacingOptions {
  perChatMs?: number;
  perSecond?: number;
  /** Where the send times are kept; this process's memory if not given. */
  slots?: SendSlots;
  /** The bot's name in `slots` (its id, the token's first part). */
  bot?: string;
}

export function telegramSpacing(options: TelegramSpacingOptions = {}): Transformer {
  const rule = {
    senderMs: 1_000 / (options.perSecond ?? 30),
    personMs: options.perChatMs ?? 1_000,
    burst: 1,
  };
  const slots = options.slots ?? memorySlots();
  const bot = options.bot ?? 'telegram';
  const pause = (ms: number) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : undefined);

  return async (prev, method, payload, signal) => {
    const chat = (payload as { chat_id?: unknown } | undefined)?.chat_id;
    if (!SENDS.has(method) || chat === undefined) return prev(method, payload, signal);
    // The chat's own turn first; the bot's slot only then, so a message waiting for its chat's
    // next slot never holds up another chat's.
    const mine = await slots.reserve(bot, String(chat), rule);
    await pause(mine.waitMs);
    if (!mine.senderTaken) await pause(await slots.senderSlot(bot, rule));
    return prev(method, payload, signal);
  };
}
