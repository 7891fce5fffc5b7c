/**
 * The conversation the engine pass of `npm run bench` runs (bench.ts, and engine-pass.ts
 * alone): a question, "more details", "menu" typed as text, a menu number, a second
 * question, "this helped". One place, so the profiled pass is the bench's own.
 */
import type { Inbound } from '../core/messages.ts';

/** Conversation `i`'s messages, as `chatId`. */
export function engineExchange(texts: readonly string[], i: number, chatId: string): Inbound[] {
  const contents: Inbound['content'][] = [
    { type: 'text', text: texts[i % texts.length] ?? 'hola' },
    { type: 'choice', value: 'more' },
    { type: 'text', text: 'menu' },
    { type: 'text', text: '3' },
    { type: 'text', text: texts[(i * 7) % texts.length] ?? 'hola' },
    { type: 'text', text: 'gracias' },
  ];
  return contents.map((content, n) => ({ channel: 'bench', chatId, id: `${i}-${n}`, content }));
}
