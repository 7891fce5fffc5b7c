/**
 * Engine messages to WhatsApp texts. WhatsApp Web's interactive buttons and lists are not
 * reliable, so choices become numbered lines the person answers by typing ("2", "dos", "2."
 * or the option's words). The engine words its prompts for a channel whose choices are
 * numbered ("Reply with the number"), so nothing is added here but the numbers. Choices are
 * opaque strings: this file never looks inside them. Texts use WhatsApp's own markup
 * (*bold*, _italic_, ~strike~).
 */
import type { Outbound } from '../../core/messages.ts';
import type { Lang } from '../../core/types.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import { splitText } from '../split-text.ts';

/**
 * Our limit per message, far below WhatsApp's 65,536: on a phone about 1,500 characters is
 * two or three screens, enough for every knowledge answer with its source line and its
 * numbered options in one message (the longest is about 1,300), while a longer text (an
 * intake summary with long answers, a long staff reply) arrives in parts a person can
 * read one at a time instead of one endless bubble behind "Read more".
 */
export const WHATSAPP_TEXT_LIMIT = 1500;

/** Below this much room for text beside the options, the options go in a message of their own. */
const MIN_TEXT_BESIDE_OPTIONS = 300;

/**
 * The texts to send, in order, for ONE turn's outbound (everything one `engine.handle` or
 * staff action returned): which buttons get numbers depends on which message ends the turn,
 * so formatting the messages one by one would number buttons the engine does not remember.
 */
export function toWhatsAppTexts(messages: readonly Outbound[], t: (lang: Lang) => Translate): string[] {
  const last = messages.length - 1;
  return messages.flatMap((message, index) => {
    const text = toWhatsAppMarkup(message.text).trim();
    // Only a turn's last message can hold the choices the engine remembers: when the turn
    // ends with a message without buttons (a handoff, an emergency), it remembers none.
    if (index === last && message.buttons.length > 0) {
      return withOptions(text, optionsBlock(message, t(message.lang)));
    }
    // Buttons of an earlier message can be neither numbered nor typed (the engine matches
    // only the remembered choices): they are dropped.
    return splitText(text, WHATSAPP_TEXT_LIMIT).filter(Boolean);
  });
}

/** "1. Label" lines, in the engine's order. */
function optionsBlock(message: Outbound, t: Translate): string {
  return message.buttons.map((b, i) => t('render.buttonLine', { number: i + 1, label: b.label })).join('\n');
}

/** The text split under the limit, with the options kept whole at the end of its last part. */
function withOptions(text: string, options: string): string[] {
  if (text === '') return [options];
  const whole = `${text}\n\n${options}`;
  if (whole.length <= WHATSAPP_TEXT_LIMIT) return [whole];
  const room = WHATSAPP_TEXT_LIMIT - options.length - 2;
  const parts = splitText(text, WHATSAPP_TEXT_LIMIT);
  const tail = parts.pop() ?? '';
  if (room < MIN_TEXT_BESIDE_OPTIONS) return [...parts, tail, options];
  const pieces = tail.length <= room ? [tail] : splitText(tail, room);
  const end = pieces.pop() ?? '';
  return [...parts, ...pieces, `${end}\n\n${options}`];
}

/**
 * Markdown a writer may use in knowledge/ or a staff reply, in WhatsApp's markup:
 * **bold** and __bold__ → *bold*, ~~struck~~ → ~struck~, [label](url) → label (url), and a
 * "# Heading" line → *Heading*. WhatsApp has no escape, but its markers need a word boundary
 * outside and no space inside, so a lone "*", "5 * 3" or "file_name" already reads as typed.
 */
export function toWhatsAppMarkup(text: string): string {
  return text
    .replace(/\*\*(?=\S)([^*\n]*?\S)\*\*/g, '*$1*')
    .replace(/__(?=\S)([^_\n]*?\S)__/g, '*$1*')
    .replace(/~~(?=\S)([^~\n]*?\S)~~/g, '~$1~')
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, '$1 ($2)')
    .replace(/^#{1,6}[ \t]+(.+?)[ \t]*#*$/gm, '*$1*');
}
