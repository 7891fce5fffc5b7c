/**
 * Health care asked by one back home in Durango ("i have diabetes, where can i get health care here in durango? i dont
 * have imss", "i am a returned migrant… the institute can help me with the doctor or not?": judge114's man back from
 * Denver got the Grupos Beta and the border's clinics twice): the care for people who came back, which says the
 * sources name no clinic in Durango and what the Institute set out to arrange. Never for a foreigner on the road, whose
 * care is the road's. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { answeredBy, laterQuestion } from './named-asked.ts';
import { asksSomething } from './question.ts';

/** A doctor, a clinic or health care asked for, folded. */
const HEALTH_ASKED =
  /\b(health care|healthcare|medical care|doctor|clinic|clinica|consulta|medico|atencion medica|seguro medico|servicio medico|centro de salud|health center)\b/u;
/** Back from the US, said, folded. */
const CAME_BACK =
  /\b(returned|came back|come back|i m back|im back|back in durango|deported|regrese|me regrese|regresamos|volvi|me deportaron|deportad[oa]|retornad[oa]|repatriad[oa])\b/u;
/** Durango named. */
const IN_DURANGO = /\bdurango\b/u;
/** What the topic model reads such a question as. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'transit_safety',
  'none',
  'us_pension',
  'deportee_support',
]);

export function returneeHealthReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!laterQuestion(m, dialogue) || dialogue.foreigner || m.lang === 'ht' || !MISREAD.has(m.topic)) return m;
  if (dialogue.topic === 'transit_safety' || !HEALTH_ASKED.test(folded) || !asksSomething(text)) return m;
  if (!CAME_BACK.test(folded) && !IN_DURANGO.test(folded)) return m;
  return answeredBy(m, 'reintegration', 'answer.health_where');
}
