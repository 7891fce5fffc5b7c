/**
 * Sends WhatsApp messages at a human pace. WhatsApp bans numbers that behave like spam, and
 * an unofficial client is watched more closely, so: the messages of one chat go one after
 * another, at least `perChatGapMs` apart, each after a "typing…" state that lasts about as
 * long as a person would take to type it (capped); and the whole number sends at most
 * `perMinute` messages a minute. Nothing here ever starts a conversation: it only answers.
 */
import { createKeyedQueue } from '../../core/keyed-queue.ts';

export interface PacerOptions {
  /** Least time between two messages to one chat. */
  perChatGapMs: number;
  /** Most messages a minute for the whole number. */
  perMinute: number;
  /** "Typing…" time per character, and its bounds. */
  typingMsPerChar?: number;
  minTypingMs?: number;
  maxTypingMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** What the pacer needs from the WhatsApp client. */
export interface PacedChannel {
  typing(chatId: string): Promise<void>;
  send(chatId: string, text: string): Promise<void>;
}

export function createPacer(options: PacerOptions) {
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const perChar = options.typingMsPerChar ?? 25;
  const minTyping = options.minTypingMs ?? 600;
  const maxTyping = options.maxTypingMs ?? 3_000;
  const slot = 60_000 / options.perMinute;
  const chats = createKeyedQueue();
  const lastSent = new Map<string, number>();
  let nextGlobal = 0;

  /** Reserves the next send slot of the whole number and waits for it. */
  async function globalTurn() {
    const at = Math.max(now(), nextGlobal);
    nextGlobal = at + slot;
    const wait = at - now();
    if (wait > 0) await sleep(wait);
  }

  return {
    /** Sends the parts to one chat, in order, at a human pace; resolves when the last is sent. */
    deliver(chatId: string, parts: readonly string[], channel: PacedChannel): Promise<void> {
      return chats.run(chatId, async () => {
        for (const text of parts) {
          // "Typing…" is a courtesy: a failure to show it never holds the message back.
          await channel.typing(chatId).catch(() => undefined);
          const typing = Math.min(maxTyping, Math.max(minTyping, text.length * perChar));
          const sinceLast = now() - (lastSent.get(chatId) ?? Number.NEGATIVE_INFINITY);
          await sleep(Math.max(typing, options.perChatGapMs - sinceLast));
          await globalTurn();
          await channel.send(chatId, text);
          lastSent.set(chatId, now());
        }
        // Forget chats that went quiet, so the map does not grow with every person ever served.
        if (lastSent.size > 10_000) {
          for (const [id, at] of lastSent) if (now() - at > options.perChatGapMs) lastSent.delete(id);
        }
      });
    },
  };
}
