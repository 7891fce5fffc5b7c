/**
 * Whether the assistant speaks the language a short message is written in ("bonjou eske w pale kreyòl", "do you speak
 * english?", "¿hablas español?"): asked of it, not of staff or of someone else, and nothing else said. As a first
 * message it is answered yes, in that language (emerg-fw's Haitian woman was queued to staff instead). Pure.
 */
import type { Lang } from '../core/types.ts';

/** Words at most in a message that only asks this. */
const OWN_WORDS = 6;
/** "¿hablas español?": the verb says who is asked. */
const SPEAK_YOU = new Set(['hablas', 'entiendes', 'escribes']);
/** Words that say speaking. */
const SPEAKS = new Set(['speak', 'speaks', 'talk', 'habla', 'hablan', 'pale']);
/** Someone else named: staff, a relative, a professional ("¿alguien habla kreyòl?", "my dad speaks english"). */
const SOMEONE_ELSE = new Set(
  'someone somebody anyone anybody alguien nadie moun pesonn staff he she el ella mom dad mama papa manman'.split(
    ' ',
  ),
);

/** Not spoken, or a choice between two ("i dont speak english, you?", "¿hablas español o inglés?"): not this question. */
const NOT_OR_CHOICE = new Set(['no', 'not', 'dont', 'don', 'pa', 'never', 'nunca', 'or', 'o', 'oswa']);

/** `names`: a language's folded names; `you`: words for the assistant; `speakWords`: words of speaking or reading. */
export function createOwnLanguageAsked(
  names: ReadonlyMap<string, Lang>,
  you: ReadonlySet<string>,
  speakWords: ReadonlySet<string>,
) {
  return (words: readonly string[], written: Lang): boolean =>
    words.length <= OWN_WORDS &&
    words.some((w) => names.get(w) === written) &&
    words.some((w) => you.has(w) || SPEAK_YOU.has(w)) &&
    words.some((w) => SPEAKS.has(w) || SPEAK_YOU.has(w) || speakWords.has(w)) &&
    !words.some((w) => SOMEONE_ELSE.has(w) || NOT_OR_CHOICE.has(w));
}
