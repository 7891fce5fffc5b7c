/**
 * Reads an inbound message into a flow event: a global command ("MENÚ", "/borrar",
 * "EFASE"), a choice (a button, or a typed "2", "dos", "de" or the option's words), an
 * unsupported medium, or free text with its meaning. Only whole messages count as
 * commands, so "quiero borrar mi cita" is a question, not an erase request.
 */
import type { ConversationContext, ConversationEvent } from '../../flows/index.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { fold } from '../understanding/fold.ts';
import type { Inbound } from './messages.ts';
import { LANGS, type Lang, type Meaning } from './types.ts';

const COMMANDS = ['menu', 'language', 'human', 'erase', 'restart'] as const;
type Command = (typeof COMMANDS)[number];
const NUMBERED = /^(?:#|n|no|num|numero|opcion|option|opsyon|nimewo)?\s*(\d{1,2})$/;

export function createInboundReader(i18n: I18n, understand: (text: string, hint?: Lang) => Meaning) {
  const commands = new Map<string, { command: Command; lang: Lang }>();
  const numberWords = new Map<string, number>();
  // "English", "kreyòl", "en español" alone: the language to write in (the welcome asks for it,
  // and on WhatsApp there is no button to tap).
  const languageNames = new Map<string, Lang>();
  for (const lang of LANGS) {
    for (const command of COMMANDS) {
      for (const word of i18n.list(lang, `commands.${command}`)) {
        const key = fold(word);
        if (!commands.has(key)) commands.set(key, { command, lang });
      }
    }
    for (const named of LANGS) {
      for (const word of i18n.list(lang, `languageNames.${named}`)) languageNames.set(fold(word), named);
    }
    i18n.list(lang, 'choice.numbers').forEach((word, index) => {
      if (!numberWords.has(fold(word))) numberWords.set(fold(word), index);
    });
  }

  // A button's label in every language, folded; texts do not change while the process runs.
  const labels = new Map<string, Set<string>>();
  function labelsOf(key: string): Set<string> {
    let set = labels.get(key);
    if (!set) {
      set = new Set(LANGS.map((lang) => fold(i18n.t(lang)(key))));
      labels.set(key, set);
    }
    return set;
  }

  /** Which of the buttons on screen a typed text means, if any. */
  function choiceFromText(folded: string, context: ConversationContext): string | null {
    if (context.choices.length === 0) return null;
    const digits = NUMBERED.exec(folded);
    const index = digits ? Number(digits[1]) - 1 : numberWords.get(folded);
    if (index !== undefined && context.choices[index]) return context.choices[index].value;
    for (const choice of context.choices) if (labelsOf(choice.label).has(folded)) return choice.value;
    return null;
  }

  /** The event for the flow, and what the text meant (null for buttons and media). */
  return function readInbound(
    inbound: Inbound,
    context: ConversationContext,
    at: number,
  ): { event: ConversationEvent; meaning: Meaning | null } {
    const hint = context.lang ?? inbound.langHint;
    const content = inbound.content;
    if (content.type === 'choice')
      return { event: { type: 'user.choice', value: content.value, at }, meaning: null };
    if (content.type === 'media') {
      return {
        event: { type: 'user.media', media: content.media, at, ...(hint ? { lang: hint } : {}) },
        meaning: null,
      };
    }
    // fold() turns the slash of "/menu" into nothing, and remembers the result for understanding.
    const folded = fold(content.text);
    const command = commands.get(folded);
    if (command) {
      // A typed word ("BORRAR", "MENI") shows the person's language; a channel's slash command
      // ("/start", "/menu") is the same for everyone, so the hint or stored language decides.
      const slash = content.text.trimStart().startsWith('/');
      const lang = slash ? (hint ?? command.lang) : command.lang;
      // A command word means itself: no need to run understanding on it.
      const meaning: Meaning = {
        lang,
        langConfident: !slash,
        emergency: null,
        topic: command.command === 'human' ? 'human' : 'none',
        confidence: 1,
        candidates: [],
        greeting: false,
      };
      // A first "/start" takes the channel's hint; later ones leave the chosen language alone.
      const eventLang = slash ? (context.lang === null ? hint : undefined) : lang;
      return {
        event: { type: `cmd.${command.command}`, at, ...(eventLang ? { lang: eventLang } : {}) },
        meaning,
      };
    }
    const named = context.intake === null ? languageNames.get(folded) : undefined;
    if (named) return { event: { type: 'user.choice', value: `lang:${named}`, at }, meaning: null };
    const choice = choiceFromText(folded, context);
    if (choice) return { event: { type: 'user.choice', value: choice, at }, meaning: null };
    const meaning = understand(content.text, hint);
    return { event: { type: 'user.text', text: content.text, meaning, at }, meaning };
  };
}
