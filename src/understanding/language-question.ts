/**
 * A language asked for with a question beside it ("ok kounye a an kreyòl ankò souple. ki kote biwo INM
 * nan ye?", "in english please. where do I get the form?"): the conversation goes on in that language and
 * the question is answered in it, not the last answer said again (sight72-a's Haitian asked Kreyòl back
 * and where the INM office is, and got the topic's first answer). Pure.
 */
import type { DialogueContext, Lang, Meaning } from '../core/types.ts';
import { foldedWords } from './fold.ts';
import type { LanguageAsked } from './language-request.ts';
import { asksSomething } from './question.ts';
import { partsOf } from './question-part.ts';

/** What a question read on its own may do to be answered with the switch (not a fact, thanks or chatter). */
const ASKS = new Set<Meaning['act']>(['followUp', 'otherQuestion', 'topic']);
/** Topics no procedure's question is about: the menu, a person, a danger (the switch alone answers those). */
const NOT_ASKED = new Set(['none', 'human', 'emergency']);
/** Words at least in the question: "¿y?" is no question of its own. */
const MIN_WORDS = 3;

/** The sentences and clauses of a message, a comma or a colon setting clauses apart. */
const CLAUSE = /,|:\s/u;

/** Languages by the names people type (folded). */
const NAMES: Record<string, Lang> = {
  espanol: 'es',
  espanyol: 'es',
  spanish: 'es',
  panyol: 'es',
  castellano: 'es',
  english: 'en',
  ingles: 'en',
  angle: 'en',
  anglais: 'en',
  kreyol: 'ht',
  kreol: 'ht',
  creole: 'ht',
  criollo: 'ht',
  creyol: 'ht',
};
/**
 * A clause that asks for a language with a polite word one word past its name ("an kreyòl ankò souple", "español
 * por favor, es para mi tía"), which the request's reader (language-request.ts, whose words the dialogue model's
 * cues read too) leaves: sight72-a's Haitian asked for Kreyòl back and stayed in Spanish.
 */
const NAMED = Object.keys(NAMES).join('|');
const BRIDGED = new RegExp(
  `^(ok |oke |bueno |now |ahora |kounye a )*((an|en|in) )?(?<led>${NAMED}) (anko|again|por|otra vez|nuevamente) (souple|svp|tanpri|please|pls|porfa|favor)\\b|^(?<opening>${NAMED}) (por favor|porfa|please|pls|souple|svp|tanpri)\\b`,
  'u',
);

/** The language a clause of the message asks for in those words, if any. */
function bridgedLanguage(parts: readonly string[]): Lang | null {
  for (const part of parts) {
    const said = BRIDGED.exec(foldedWords(part).join(' '))?.groups;
    const name = said?.led ?? said?.opening;
    if (name) return NAMES[name] ?? null;
  }
  return null;
}

export function withQuestionBesideLanguage(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  understand: (part: string, lang: Lang, within: DialogueContext) => Meaning,
  languageAsked: LanguageAsked,
): Meaning {
  if (!dialogue) return m;
  const parts = partsOf(text, CLAUSE);
  const bridged = m.switchLang ? null : bridgedLanguage(parts);
  const lang = m.switchLang ?? bridged;
  if (!lang) return m;
  // In a danger the request alone: the last answer again in that language (emergency-replay.ts).
  // A person asked for with it ("Can I talk to someone? English please"): the person, in that language.
  const alone = bridged
    ? { ...m, switchLang: lang, ...(m.topic === 'human' ? {} : { act: 'language' as const }) }
    : m;
  // In a danger, a request said outright with nothing else asked ("puedes mandarme la info en español pa mandarsela a
  // ella?": emerg-fs's son got a business loan's text in English): the last answer again in that language.
  const inDanger = dialogue.emergency || m.emergency;
  if (inDanger && (bridged || m.emergency || m.topic === 'human')) return alone;
  // The parts that do not ask for the language; the question among them, read alone in the language asked for.
  const asksLanguage = (words: readonly string[]) =>
    languageAsked(words, m.lang) !== null ||
    languageAsked.outright(words) ||
    bridgedLanguage([words.join(' ')]) !== null;
  // "mi sobrino sabe más inglés, can you answer in english please": a clause naming a language says why, it asks nothing.
  const namesLanguage = (words: readonly string[]) => words.some((word) => word in NAMES);
  const rest = parts.filter((part) => !asksLanguage(foldedWords(part)) && !namesLanguage(foldedWords(part)));
  const asked = rest.find((part) => asksSomething(part) && foldedWords(part).length >= MIN_WORDS);
  if (rest.length === parts.length) return alone;
  // Asked in so many words only: "what do i say in spanish when they answer?" asks for 911's words (words-for-911).
  if (inDanger)
    return asked === undefined && languageAsked.explicitly(foldedWords(text))
      ? { ...alone, act: 'language' }
      : alone;
  // Nothing asked beside the language ("mi sobrino sabe más inglés, can you answer in english please"): the switch.
  const switchOnly = parts.length > 1 && ASKS.has(alone.act) && alone.topic !== 'human';
  if (asked === undefined) return switchOnly ? { ...alone, act: 'language' } : alone;
  const read = understand(asked, lang, dialogue);
  if (!ASKS.has(read.act) || NOT_ASKED.has(read.topic) || read.emergency || read.switchLang) return alone;
  return { ...read, lang, switchLang: lang };
}
