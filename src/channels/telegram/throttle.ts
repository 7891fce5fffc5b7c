/**
 * The outbound throttle for Telegram on the Node server: about 30 messages a second for the
 * whole bot and one message a second to one chat, as Telegram's Bot FAQ asks ("in a single
 * chat, avoid sending more than one message per second"; short bursts are let through for a
 * while, then answered 429). A turn's two messages (a welcome and its answer) are a second
 * apart. Each chat waits only for its own messages: another chat's never wait behind it.
 * Kept out of the Workers bundle (Bottleneck inside).
 */
import { apiThrottler } from '@grammyjs/transformer-throttler';
import type { Transformer } from 'grammy';

/** Telegram's Bot FAQ: about one message a second in one chat. */
export const TELEGRAM_PER_CHAT_MS = 1_000;

export function telegramThrottle(
  options: { perSecond?: number; perChatIntervalMs?: number } = {},
): Transformer {
  const perSecond = options.perSecond ?? 30;
  return apiThrottler({
    global: { reservoir: perSecond, reservoirRefreshAmount: perSecond, reservoirRefreshInterval: 1000 },
    out: { maxConcurrent: 1, minTime: options.perChatIntervalMs ?? TELEGRAM_PER_CHAT_MS },
  });
}
