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
const NEGATIONS = new Set(['no', 'not', 'dont', 'don', 'pa', 'never', 'nunca', 'cant', 'can']);

export function createLanguageRequest(signals: DialogueSignals) {
  const names = new Map<string, Lang>();
  for (const lang of LANGS) for (const name of signals.languageNames[lang]) names.set(fold(name), lang);
  const asks = new Set(signals.languageAsks.map(fold));
  const notAsks = new Set(signals.languageNotAsks.map(fold));
  const notUnderstood = new Set(signals.languageNotUnderstood.map(fold));

  /** The language asked for, if the message asks for one; `written`: the message's own language. */
  return function languageAsked(words: readonly string[], written: Lang): Lang | null {
    if (words.length === 0 || words.length > MAX_WORDS) return null;
    const named = words.map((w) => names.get(w)).filter((l): l is Lang => l !== undefined);
    const [first] = named;
    if (!first || words.some((w) => notAsks.has(w))) return null;
    // "no entiendo español", "I don't understand spanish": the language they write in, please.
    const negated = words.some((w) => NEGATIONS.has(w)) && words.some((w) => notUnderstood.has(w));
    if (negated) return first === written ? null : written;
    const rest = words.filter((w) => !names.has(w) && !asks.has(w));
    // The name alone, or with words that ask for it and a few others ("can we do this in
    // spanish"); in a longer message, a word that asks right before the name ("pale panyol
    // souple, mari m meksiken…").
    const asking = words.some((w) => asks.has(w)) || rest.length === 0;
    const at = words.findIndex((w) => names.has(w));
    const right = asks.has(words[at - 1] ?? '') || asks.has(words[at + 1] ?? '');
    return asking && (rest.length <= OTHER_WORDS || right) ? first : null;
  };
}

export type LanguageAsked = ReturnType<typeof createLanguageRequest>;
