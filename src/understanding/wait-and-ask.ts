/**
 * The wait asked together with a question ("¿cuánto se tardan? ¿y cuesta algo traerlo?", "ok i'll
 * wait, do i need his death certificate?"): the wait is what the message does, and the question
 * is read on its own as `alsoAsks`, so the person in line hears where they stand and the answer
 * (judge67's largest kind of useless reply: a question written in line got the queue's line
 * alone). Out of line, two questions in one message are second-question.ts's. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { fold, foldedWords } from './fold.ts';
import { SURE_TOPIC, UNNAMED_WORDS } from './follow-up-settings.ts';
import { refersBack } from './follow-up-words.ts';
import { officeAddressReading } from './office-address-asked.ts';
import { asksSomething } from './question.ts';
import { partsOf, sentencesOf } from './question-part.ts';
import { withSecondQuestion } from './second-question.ts';

/** What a question read on its own may do to be answered in line (not a fact, thanks or chatter). */
const ASKS = new Set<Meaning['act']>(['followUp', 'otherQuestion', 'topic']);

/** Topics that are no procedure's question: the wait, a person, the menu, a danger. */
const NOT_ASKED = new Set(['none', 'human', 'emergency']);

/** A part read alone asks a procedure's question (not the wait, a person, the menu or a danger). */
const isQuestion = (one: Meaning) => ASKS.has(one.act) && !NOT_ASKED.has(one.topic) && !one.emergency;

/** "¿Qué hago?", "what do I do now", "kisa pou m fè": what now, of what the sentence before tells. */
const WHAT_NOW =
  /^(y |and |e )?((que|q|ke) (hago|hacemos|sigue|debo hacer|tengo que hacer)|what (do|should|can) (i|we) do( now)?|what now|kisa (pou )?(m|mwen|nou) (dwe |ka )?fe( kounye a)?)$/;

/** What sets a question's clause apart in a sentence: a comma, a colon ("una duda más mientras me contestan: ¿…?"), or "y / and / e / epi / pero / but / men". */
const CLAUSE = /,|:\s|\s(?=(?:y|and|e|epi|pero|but|men)\s)/iu;

/**
 * "still waiting. i want to get a birth certificate apostilled, how does that work?": the question names
 * nothing, the clause before it names the topic; read together, what the person asks (judge82's in line
 * got the topic before's time). Only a short question on the topic before, and another topic read.
 */
function namedBefore(
  parts: readonly string[],
  askedPart: string,
  read: (part: string) => Meaning,
  understand: (part: string, within?: DialogueContext) => Meaning,
  dialogue: DialogueContext,
): Meaning | null {
  const before = dialogue.topic;
  const alone = read(askedPart);
  // Only a question that points back at what was said ("how does that work?"), not one of its own.
  const words = foldedWords(askedPart);
  const whatNow = WHAT_NOW.test(words.join(' '));
  if (alone.topic !== before || words.length >= UNNAMED_WORDS || !(refersBack(words) || whatNow)) return null;
  const said = parts.filter((part) => read(part).act !== 'when').join(', ');
  // Read as the topic it names, not as one more question about the topic before; else "what now?" with its
  // sentence ("…nadie me ha llamado. El cuerpo sigue en Odessa, ¿qué hago?": the case told read as the wait).
  const named = (part: string) => {
    const together = part === askedPart ? null : understand(part, { ...dialogue, topic: null });
    return together && isQuestion(together) && together.topic !== before && together.topic !== 'office_info'
      ? together
      : null;
  };
  const sentence = sentencesOf(parts.join(' ')).at(-1) ?? askedPart;
  return named(said) ?? (whatNow ? named(sentence) : null);
}

export function withQuestionAfterWait(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  understand: (part: string, within?: DialogueContext) => Meaning,
): Meaning {
  // Not in line: two questions, each answered (second-question.ts).
  if (!dialogue?.withStaff) return withSecondQuestion(m, text, dialogue, understand);
  // In line only: a staff member who holds the conversation reads the question (in-line.ts).
  if (dialogue.taken || dialogue.emergency || m.emergency) return m;
  if (m.act !== 'when' && !ASKS.has(m.act)) return m;
  const parts = partsOf(text, CLAUSE);
  if (parts.length < 2) return m;
  // Each part read on its own, once and only when needed (this runs for every message in line):
  // the model reads "¿cuánto se tardan?" as the wait, and the whole "how much longer? and do i need
  // the death certificate?" as the cost. The wait may be told ("nadie me ha contestado."); the
  // other part must ask.
  const readings = new Map<string, Meaning>();
  const read = (part: string): Meaning => {
    const known = readings.get(part);
    if (known) return known;
    // The office's phone asked beside the wait is the office's, whatever the topic under discussion ("…eske gen yon lòt
    // nimewo m ka rele?": judge131 got the trafficking victims' papers).
    const meaning = officeAddressReading(understand(part), part, dialogue, fold(part));
    readings.set(part, meaning);
    return meaning;
  };
  const askedPart = parts.find((part) => asksSomething(part) && isQuestion(read(part)));
  if (askedPart === undefined) return m;
  // The whole message asking another topic says it better than its last clause: "…papeles para quedarnos
  // en México y trabajar, ¿cómo se hace eso?" read alone was the road's steps (judge82).
  // Only a long message the topic model is sure of ("por teléfono se puede? vivimos lejos" is the office to it).
  const sure = () => m.confidence >= SURE_TOPIC && text.trim().split(/\s+/).length >= UNNAMED_WORDS;
  // Not the office: "can I go to the INM office without an appointment?" is no question about ours.
  const whole =
    m.act === 'topic' && m.topic !== dialogue.topic && m.topic !== 'office_info' && isQuestion(m) && sure();
  const asked = whole ? m : (namedBefore(parts, askedPart, read, understand, dialogue) ?? read(askedPart));
  const wait = m.act === 'when' ? m : parts.map(read).find((one) => one.act === 'when');
  if (!wait) return m;
  // The whole message's language; what it does, the wait's.
  const { answers: _, ...said } = m;
  return {
    ...said,
    act: 'when',
    topic: wait.topic,
    confidence: wait.confidence,
    facets: [],
    alsoAsks: asked,
  };
}
