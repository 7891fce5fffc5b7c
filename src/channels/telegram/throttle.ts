/**
 * The outbound throttle for Telegram on the Node server: about 30 messages a second for the
 * whole bot (Telegram's published limit) and a short gap between messages to one chat
 * (Telegram asks for about one a second but takes short bursts; a reply is often two
 * messages, a welcome and its answer). Kept out of the Workers bundle (Bottleneck inside).
 */
import { apiThrottler } from '@grammyjs/transformer-throttler';
import type { Transformer } from 'grammy';

export function telegramThrottle(
  options: { perSecond?: number; perChatIntervalMs?: number } = {},
): Transformer {
  const perSecond = options.perSecond ?? 30;
  return apiThrottler({
    global: { reservoir: perSecond, reservoirRefreshAmount: perSecond, reservoirRefreshInterval: 1000 },
    out: { maxConcurrent: 1, minTime: options.perChatIntervalMs ?? 350 },
  });
}
