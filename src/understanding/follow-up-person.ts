/**
 * A person asked for in a message that also tells facts, which the dialogue model reads as the
 * facts: "mejor llámeme, le dejo mi número 618…" (a number told with the request, not a form's
 * answer), "pues q me hable alguien entonces, trabaje 22 años en el campo…" (the request first,
 * the story after it). Pure.
 */
import type { DialogueReader } from './dialogue.ts';
import { foldedWords } from './fold.ts';
import { ANYONE } from './follow-up-words.ts';
import { firstClause, sentencesOf } from './question-part.ts';

export function personAskedWithFacts(
  act: string,
  text: string,
  words: readonly string[],
  reader: DialogueReader,
): boolean {
  // A number with it ("…call me please. 602 555 0143. thanks", judge88: the closing thanks won): a person asked for.
  if (act === 'context' && phoneIn(text) && reader.wantsOnlyPerson(words, text)) return true;
  if (act === 'thanks' && phoneIn(text) && (reader.wantsPerson(words) || CALL_ME.test(words.join(' '))))
    return true;
  // Someone named in the opening itself: "denye fwa li te rele m se 3 mas, …" names a call, not a person asked for.
  const opening = firstClause(text);
  const first = foldedWords(opening);
  if (opening !== text && first.some((w) => ANYONE.has(w)) && reader.wantsOnlyPerson(first, opening))
    return true;
  return lastSentenceAsksPerson(reader, text);
}

/** A phone number's digits (seven or more), not a form's name ("la ds160"): sight65-a's visa form queued a person. */
const phoneIn = (text: string): boolean => (text.match(/\d/g)?.length ?? 0) >= 7;

/** Asked to be called ("have a person call me", "llámenme", "rele m"), folded words joined. */
const CALL_ME = /\b(call me|call us|llamame|llameme|llamenme|hableme|hablenme|marquenme|rele m|rele mwen)\b/;

/**
 * A person asked for outright in the last sentence, after a question ("…She's my wife, she never worked in the US. If
 * I die, does she get my pension? Let me talk to a person.": judge106's man got "do you want a person?" after he had
 * asked for one). A last sentence that asks ("can someone tell me…?") is read with the rest.
 */
function lastSentenceAsksPerson(reader: DialogueReader, text: string): boolean {
  const sentences = sentencesOf(text);
  const last = sentences.at(-1) ?? text;
  if (sentences.length < 2 || last.includes('?')) return false;
  const lastWords = foldedWords(last);
  return reader.wantsPerson(lastWords) && reader.wantsOnlyPerson(lastWords, last);
}
