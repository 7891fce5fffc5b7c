/**
 * A question said again because the answer was to something else ("te pregunté por psicólogo, no por
 * el camión", "i said MEXICAN passport not american", "non, m te mande w sou kat la"): what was asked,
 * read again on its own as a question, without the words that point at the wrong answer (judge77: five
 * such turns got their words noted for staff). Also the part after a calm sentence (after-calm's
 * `questionAfterCalm`): both are a part of the message read again. And what follows a return to an earlier topic,
 * the only part the late readings see (`lateTextOf`). Pure.
 */
import type { DialogueContext } from '../core/types.ts';
import { questionAfterCalm, sentencesOf } from './question-part.ts';

/**
 * "(no,) te pregunté por X(, no por Y)", "i asked about X (not Y)", "i said X not Y", "m te mande w sou X (pa sou
 * Y)" (not "I asked a simple question and got nothing", a complaint): an
 * opener that rejects the answer (`q?`, `what?`, `no`, `no sorry`), a verb in the past, or the wrong answer named (`no Y`)
 * says it is asked again; "le pregunto por mis nietos" alone asks it the first time (sight41-a).
 */
const RESTATED = [
  /^(?<opener>(?:q|que|qué|no)[\s,?!.]+)?(?:yo\s+)?(?:te|le|les)?\s*(?<verb>pregunt[eé]|pregunto|estoy preguntando|estaba preguntando|dije)\s+(?:por|de|sobre|acerca de|lo de|si)\s+(?<asked>.+?)(?<not>,?\s+no\s+(?:por|de|sobre|lo de|el|la|los|las)\s+.*)?$/iu,
  /^(?<opener>(?:(?:what|huh|no|sorry|oops|my bad)[\s,?!.]+)+)?i\s+(?<verb>asked|meant|was asking|am asking|m asking)\s+(?:about|for|if|whether)\s+(?<asked>.+?)(?<not>,?\s+not\s+.*)?$/iu,
  /^(?<opener>(?:(?:what|huh|no|sorry|oops|my bad)[\s,?!.]+)+)?i\s+(?<verb>said|meant)\s+(?<asked>.+?)(?<not>,?\s+not\s+.*)$/iu,
  /^(?<opener>non[\s,?!.]+)?(?:m|mwen)\s+(?<verb>te\s+mande|mande)\s+(?:w|ou|nou)\s+(?:pou|sou|si)?\s*(?<asked>.+?)(?<not>,?\s+pa\s+(?:pou|sou)\s+.*)?$/iu,
];
/** A message that opens rejecting the answer. */
const OPENER = /^\s*(q|que|qué|what|huh|no|non)\s*[,?!.]/iu;
/** Verbs that say it was asked before. */
const PAST = /^(pregunt[eé]|dije|estaba preguntando|asked|said|meant|was asking|te\s+mande)$/iu;

/** The question said again in a sentence of the message, as a question; null when none is. */
export function questionRestated(text: string): string | null {
  // "q? te pregunto de las cenizas…": the opener may be a sentence of its own.
  const opened = OPENER.test(text);
  for (const sentence of sentencesOf(text)) {
    for (const pattern of RESTATED) {
      const found = pattern.exec(sentence.trim())?.groups;
      const again = found && (opened || found.opener || found.not || PAST.test(found.verb ?? ''));
      if (again && found.asked) return `${found.asked.replace(/[?.!]+$/, '')}?`;
    }
  }
  return null;
}

/**
 * The part of a message to read again on its own, and the conversation to read it in: a question after a
 * calm sentence, in the conversation; one said again, apart from the topic whose answer missed it.
 */
export function partToReread(
  text: string,
  dialogue: DialogueContext,
  safe: (sentence: string) => boolean,
): { part: string; within: DialogueContext } | null {
  const calmed = !dialogue.emergency && safe(text) ? questionAfterCalm(text, safe) : null;
  if (calmed && calmed !== text.trim()) return { part: calmed, within: dialogue };
  // Said again only after an answer: "pregunto por mi hijo" opening a conversation asks it the first time.
  const again = dialogue.first ? null : questionRestated(text);
  return again && again !== text.trim() ? { part: again, within: { ...dialogue, topic: null } } : null;
}

/**
 * Back to an earlier topic, after news told first ("im doing better. talked to the psychologist. back to the diploma
 * thing, does the chicago office do the apostille?": judge98's woman got the psychologists again, which a late reading
 * found in the news).
 */
const RETURNS_TO =
  /\b((going )?back to(?= (the|my|our) [\p{L}' ]{1,30}(thing|question|topic|issue|stuff|part)\b)|(volviendo|regresando) a(?= lo de\b)|(retomando|otra vez con)(?= lo de\b)|(m|mwen|nou) (re)?tounen sou(?= (kesyon|koze|zafe|afe)\b))/iu;

/** What follows the return's own words ("regresando a" read alone is a return home: a returnee's help). */
function returnedTo(text: string): string | null {
  const found = RETURNS_TO.exec(text);
  return found?.index ? text.slice(found.index + found[0].length).trim() : null;
}

/** The text the late readings see: what follows a return, so the news before it moves nothing (late-readings.ts). */
export const lateTextOf = (text: string, dialogue?: DialogueContext): string =>
  (dialogue && !dialogue.first && returnedTo(text)) || text;
