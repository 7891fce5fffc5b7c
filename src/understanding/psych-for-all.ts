/**
 * Whether the Institute's psychologists see those who come for another procedure, asked in that procedure's talk ("dicen
 * q tmb dan terapia a los q piden la visa humanitaria, es cierto?": sight84-a got that nobody can promise the permit):
 * who may be seen, the psychology area's answer for anyone using the Institute's programmes. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { answeredBy, laterQuestion } from './named-asked.ts';

/** Therapy or a psychologist named, folded. */
const THERAPY =
  /\b(terapia|terapias|psicolog\w*|sicolog\w*|atencion psicologica|apoyo (emocional|psicologico)|therapy|therapist|counsel(l)?ing|psycholog\w*|sikolog\w*|terapi)\b/u;
/** Those doing another procedure, folded: "a los q piden", "a quienes hacen", "for people applying", "pou moun ki mande". */
const FOR_THOSE_DOING =
  /\b(a (los|las) (q|que|k) (piden|pidan|hacen|tramitan|estan|vienen|solicitan|sacan)|a quienes|a la gente (q|que) (pide|hace|viene)|(for|to) (people|those|anyone|everyone) (who|that) (apply|ask|are|come|do)|(for|to) (people|those|anyone) (applying|asking|doing|in)|pou (moun|tout moun) ki (mande|fe|fè|vin|ap))\b/u;

export function psychForAllReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!laterQuestion(m, dialogue) || dialogue.topic === 'psych_support') return m;
  if (m.topic !== 'psych_support' && m.topic !== dialogue.topic) return m;
  return THERAPY.test(folded) && FOR_THOSE_DOING.test(folded)
    ? answeredBy(m, 'psych_support', 'answer.who_can_use')
    : m;
}
