/**
 * A request to go on in another language, in any of the three and in any words: "mejor en
 * kreyol", "in english please", "pale panyòl souple", "can we do this in spanish", "no entiendo
 * español" (then the language the message is written in). Only short messages count, and
 * never one that asks about a language ("¿necesito saber inglés?"): that is a question about
 * a procedure. Vocabulary from knowledge/signals/dialogue.yaml. Pure.
 */
import { LANGS, type Lang } from '../core/types.ts';
import type { DialogueSignals } from '../knowledge/schema.ts';
import { fold } from './fold.ts';

/** Words at most in a message that asks for a language. */
const MAX_WORDS = 16;
/** Words at most around a language's name that a request may carry ("can we do this in spanish"). */
const OTHER_WORDS = 4;
/** Words that say a language is wanted ("mejor en español", "in english please"). */
const PREFERS = new Set([
  'mejor',
  'prefiero',
  'prefer',
  'please',
  'pls',
  'plz',
  'porfa',
  'favor',
  'svp',
  'souple',
  'tanpri',
  'pito',
]);
const NEGATIONS = new Set(['no', 'not', 'dont', 'don', 'pa', 'never', 'nunca', 'cant', 'can']);

export function createLanguageRequest(signals: DialogueSignals) {
  const names = new Map<string, Lang>();
  for (const lang of LANGS) for (const name of signals.languageNames[lang]) names.set(fold(name), lang);
  const asks = new Set(signals.languageAsks.map(fold));
  const before = new Set(signals.languageBefore.map(fold));
  const polite = new Set(signals.languagePolite.map(fold));
  const notAsks = new Set(signals.languageNotAsks.map(fold));
  const notUnderstood = new Set(signals.languageNotUnderstood.map(fold));

  /** The language asked for, if the message asks for one; `written`: the message's own language. */
  return function languageAsked(words: readonly string[], written: Lang): Lang | null {
    if (words.length === 0 || words.length > MAX_WORDS) return null;
    const at = words.findIndex((w) => names.has(w));
    const first = names.get(words[at] ?? '');
    if (!first || words.some((w) => notAsks.has(w))) return null;
    // Two languages named ("my son speaks english and spanish") ask for neither, unless one
    // follows "en"/"in" ("in spanish please, he reads english badly").
    const named = new Set(words.map((w) => names.get(w)).filter(Boolean));
    if (named.size > 1 && !before.has(words[at - 1] ?? '')) return null;
    // "no entiendo español", "I don't understand spanish": the language they write in, please.
    const negated = words.some((w) => NEGATIONS.has(w)) && words.some((w) => notUnderstood.has(w));
    if (negated) return first === written ? null : written;
    // A word that asks to speak or write in it ("pale panyòl", "speak english"), or one that
    // leads to the name right before it ("mejor en kreyol", "in english please").
    const asking = words.some((w) => asks.has(w)) || before.has(words[at - 1] ?? '');
    const rest = words.filter((w) => !names.has(w) && !asks.has(w) && !before.has(w) && !polite.has(w));
    // The name alone (with polite words at most), or asked for with a few other words around it.
    if (rest.length === 0) return first;
    // A word that asks right next to the name carries a longer message ("pale panyol souple,
    // mari m meksiken e li vle li tou").
    const next =
      asks.has(words[at - 1] ?? '') ||
      asks.has(words[at + 1] ?? '') ||
      // "mejor en español, se me hace más fácil": the name after "en", with a word that prefers it.
      (before.has(words[at - 1] ?? '') && words.some((w) => PREFERS.has(w)));
    return asking && (rest.length <= OTHER_WORDS || next) ? first : null;
  };
}

export type LanguageAsked = ReturnType<typeof createLanguageRequest>;
