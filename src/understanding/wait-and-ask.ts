/**
 * The wait asked together with a question ("¿cuánto se tardan? ¿y cuesta algo traerlo?", "ok i'll
 * wait, do i need his death certificate?"): the wait is what the message does, and the question
 * is read on its own as `alsoAsks`, so the person in line hears where they stand and the answer
 * (judge67's largest kind of useless reply: a question written in line got the queue's line
 * alone). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { asksSomething } from './question.ts';
import { sentencesOf } from './question-part.ts';

/** What a question read on its own may do to be answered in line (not a fact, thanks or chatter). */
const ASKS = new Set<Meaning['act']>(['followUp', 'otherQuestion', 'topic']);

/** Topics that are no procedure's question: the wait, a person, the menu, a danger. */
const NOT_ASKED = new Set(['none', 'human', 'emergency']);

/** A message's parts: its sentences, and in a sentence the clauses a comma or "y / and / epi" opens. */
const partsOf = (text: string): string[] =>
  sentencesOf(text).flatMap((sentence) =>
    sentence.split(/,|\s(?=(?:y|and|e|epi|pero|but|men)\s)/iu).filter((part) => part.trim()),
  );

export function withQuestionAfterWait(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  understand: (part: string) => Meaning,
): Meaning {
  // In line only: a staff member who holds the conversation reads the question (in-line.ts).
  if (!dialogue?.withStaff || dialogue.taken || dialogue.emergency || m.emergency) return m;
  if (m.act !== 'when' && !ASKS.has(m.act)) return m;
  const parts = partsOf(text);
  if (parts.length < 2) return m;
  // Each part read on its own: the model reads "¿cuánto se tardan?" as the wait, and the whole
  // "how much longer? and do i need the death certificate?" as the cost. The wait may be told
  // ("nadie me ha contestado."); the other part must ask.
  const read = parts.map((part) => ({ part, meaning: understand(part) }));
  const wait = m.act === 'when' ? m : read.find((one) => one.meaning.act === 'when')?.meaning;
  const asked = read.find(
    ({ part, meaning }) =>
      asksSomething(part) && ASKS.has(meaning.act) && !NOT_ASKED.has(meaning.topic) && !meaning.emergency,
  )?.meaning;
  if (!wait || !asked) return m;
  // The whole message's language; what it does, the wait's.
  const { answers: _, ...whole } = m;
  return {
    ...whole,
    act: 'when',
    topic: wait.topic,
    confidence: wait.confidence,
    facets: [],
    alsoAsks: asked,
  };
}
