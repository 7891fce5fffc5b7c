/**
 * Which of the dialogue model's readings a follow-up does not say in words: a yes with none of
 * the words people say yes with, a person never asked for, "should I pay?" without paying. The
 * model leans on the situation for those ("¿cuáles son las formas?" after an offer is no yes),
 * so follow-up.ts takes its next reading instead; and the cues those tests need. Pure.
 */
import { foldedWords } from './fold.ts';
import {
  ABOUT_YOU,
  asksOnlyAddress,
  CALLING,
  COMING,
  NEGATIVE,
  PAYING,
  PERSON,
  TALKING,
} from './follow-up-words.ts';
import { asksSomething } from './question.ts';
import { firstClause } from './question-part.ts';
import type { ReadingTools } from './reading-tools.ts';
import { slotsIn } from './slots.ts';

/** "Ki moun" is "who" in Kreyòl: a question, no person asked for. */
const WHO = new Set(['ki moun', 'kiyes moun']);

/** Places other than the office: someone asked about there is no one for the person to talk to here. */
const ELSEWHERE = new Set(
  'clinica clinicas clinic clinics klinik hospital hospitales lopital consulado consulate konsila comar albergue shelter abri'.split(
    ' ',
  ),
);

/** Words from which a statement in the queue that names a topic tells what the case is about. */
const TELLS_ABOUT = 6;

/** A test of each act label: true when the message has none of the words that act needs. */
export function unsaidActs(
  text: string,
  words: readonly string[],
  reader: ReadingTools['reader'],
  languageAsked: unknown,
  /** Whether the topic model reads a topic in the message (asked only when needed). */
  readsATopic: () => boolean,
  /** In the queue, where a statement may tell what the case is about. */
  inLine = false,
) {
  return (label: string) =>
    // A language asked for names it.
    (label === 'language' && languageAsked === null) ||
    // A person asked for says so; "are you a person?" asks about the assistant.
    (label === 'person' &&
      !reader.wantsPerson(words) &&
      (!words.some((w, i) => PERSON.has(w) && !WHO.has(`${words[i - 1]} ${w}`)) ||
        ABOUT_YOU.test(text) ||
        // "¿Hay alguien en la clínica que hable kreyòl?" asks about someone at another place.
        words.some((w) => ELSEWHERE.has(w)))) ||
    (label === 'yes' && !reader.saysYes(words, text)) ||
    // "the address please" right after an answer that named a place asks that place's: no new topic.
    (label === 'new_topic' && asksOnlyAddress(words)) ||
    (label === 'no' && !reader.saysNo(words, text)) ||
    (label === 'complaint' && !reader.notHelped(words) && !words.some((w) => NEGATIVE.has(w))) ||
    // "If we get out, will they deport us?" asks no question about paying, or about who comes.
    (label === 'pay' && !words.some((w) => PAYING.test(w))) ||
    // "Who looks after her if they don't find her mother?" says nothing of calling.
    (label === 'cannot_call' && !reader.cannotCall(words) && !words.some((w) => CALLING.test(w))) ||
    // "Is there someone I can talk to, a psychologist?" asks for someone to talk to, not who is coming.
    (label === 'who_comes' && (!words.some((w) => COMING.test(w)) || words.some((w) => TALKING.test(w)))) ||
    // "Hola, ¿qué pasó?" greets and asks: the question is what it says.
    (label === 'greeting' && (text.includes('?') || words.length > 3)) ||
    // "apostilla" after staff closed the case names a topic: no thanks without a word of thanks.
    (label === 'thanks' && !reader.thanksIn(words) && readsATopic()) ||
    // "When are the workshops?" in the queue asks about a topic, not when staff will answer; "it's
    // about my pension from when I worked in Oregon" tells what the case is about.
    (label === 'wait' &&
      (text.includes('?')
        ? words.length >= 3
        : inLine && words.length >= TELLS_ABOUT && !asksSomething(text)) &&
      !reader.asksWhen(words) &&
      !reader.asksCase(words) &&
      readsATopic());
}

/** The share of a message a passage of the topic under discussion must hold for the message to be about it. */
const OWN_WORDS = 0.45;

/**
 * Whether a follow-up tells an age or a number of years ("she's 58, so she can't?"), and whether
 * it is about a topic at all: a figure, a topic the model reads, or words of the topic under
 * discussion ("when are the workshops?"). Each asked only when needed.
 */
export function topicCues(
  text: string,
  words: readonly string[],
  current: string | null,
  read: { classify: (text: string) => string; search: (words: readonly string[], topic: string) => number },
) {
  const statesFigure = () => {
    const facts = slotsIn(words.join(' '), text);
    return facts.age !== undefined || facts.years !== undefined;
  };
  const readsATopic = () =>
    statesFigure() ||
    read.classify(text) !== 'none' ||
    (current !== null && read.search(words, current) >= OWN_WORDS);
  /**
   * An age or years told as the message's point, read as a fact whatever the model leaned to; not
   * when the model read a new topic and the message asks about another one ("One more. My mom is 66…
   * Is there a way she can get a visa to come visit me?" during an apostille: session 57's judge).
   */
  const figureTold = (act: string) => {
    if (!statesFigure()) return false;
    if (act !== 'new_topic' || !/[?¿]/.test(text)) return true;
    const topic = read.classify(text);
    return topic === 'none' || topic === current;
  };
  return { statesFigure, readsATopic, figureTold };
}

/**
 * A yes to the question on screen: only yes words, or a clause of them first and then a statement
 * that asks nothing and names no aspect ("wi, m ap bay enfòmasyon yo", which the model read as some
 * other question on the word "enfòmasyon"). Any other reading keeps it ("si, tiene 67" tells his
 * age; "sí, kote m ale pou sa" asks where).
 */
/**
 * A yes that says it will give what was offered for ("wi m ap bay enfòmasyon yo", "si, le doy los datos", "yes i'll
 * answer them": judge108's Haitian brother got "our sources do not say which papers" and had to type 1).
 */
const YES_WILLING =
  /^(wi|si|yes|yeah|ok|okay|dako|claro)( \w+){0,2} (m ap bay|mwen ap bay|m ap reponn|mwen ap reponn|m pral bay|le doy|te doy|les doy|doy|ahi van|i ll give|ill give|i will give|i ll answer|ill answer|i will answer|here they are)\b/u;

export function yesSaid(
  text: string,
  words: readonly string[],
  reader: ReadingTools['reader'],
  read?: string,
) {
  if (reader.onlyYes(words) || YES_WILLING.test(words.join(' '))) return true;
  const opening = firstClause(text);
  return (
    read === 'ask_other' &&
    opening !== text.trim() &&
    reader.facetsIn(words, text).facets.length === 0 &&
    reader.onlyYes(foldedWords(opening)) &&
    !asksSomething(text)
  );
}
