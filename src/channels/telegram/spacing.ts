/**
 * The outbound throttle for Telegram on Workers, where Bottleneck (inside the Node server's
 * @grammyjs/transformer-throttler) is kept out of the bundle: the same rules, by hand in a few
 * lines of Web-standard code. Messages to one chat at least `perChatMs` apart (Telegram's Bot
 * FAQ: about one a second in a chat) and at most `perSecond` for the whole bot; a chat waits
 * only for its own messages. Per isolate: one isolate does not see the others' sends, so a
 * 429 may still come and is waited out by auto-retry.
 */
import type { Transformer } from 'grammy';

const SENDS = new Set(['sendMessage', 'sendPhoto', 'sendDocument', 'sendVoice', 'sendAudio', 'sendVideo']);

export function telegramSpacing(options: { perChatMs?: number; perSecond?: number } = {}): Transformer {
  const perChatMs = options.perChatMs ?? 1_000;
  const interval = 1_000 / (options.perSecond ?? 30);
  const nextFor = new Map<string, number>();
  let nextAny = 0;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  return async (prev, method, payload, signal) => {
    const chat = (payload as { chat_id?: unknown } | undefined)?.chat_id;
    if (!SENDS.has(method) || chat === undefined) return prev(method, payload, signal);
    const key = String(chat);
    const now = Date.now();
    // The bot's rate counts messages as they are asked for; a chat's spacing delays only that
    // chat, so a message waiting for its chat's next slot never holds up another chat's.
    const slot = Math.max(now, nextAny);
    nextAny = slot + interval;
    const at = Math.max(slot, nextFor.get(key) ?? 0);
    nextFor.set(key, at + perChatMs);
    // Chats whose next slot has passed need no entry: forget them now and then.
    if (nextFor.size > 10_000) for (const [k, next] of nextFor) if (next < now) nextFor.delete(k);
    if (at > now) await sleep(at - now);
    return prev(method, payload, signal);
  };
}
