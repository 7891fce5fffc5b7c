/**
 * No money for the doctor told in the psychologists' talk ("m pa gen lajan pou peye dokte": sight106-a's Haitian who
 * cannot sleep got the Grupos Beta), or for the therapy: what that support costs, not the road's care. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { askedAs } from './in-context-shapes.ts';

/** No money to pay told, folded. */
const CANNOT_PAY =
  /\b(no tengo|no tenemos|sin|m pa gen|mwen pa gen|nou pa gen|i don t have|i dont have|i have no|we have no|no) (\w+ )?(dinero|lana|feria|lajan|kob|money|cash)\b|\b(no (puedo|podemos) pagar|can t pay|cant pay|cannot pay|afford|pa ka peye)\b/u;
/** What the model read such a message as, away from the psychologists. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>(['transit_safety', 'none', 'office_info']);

/** The doctor or the therapy named: what the money is for (a review: food and a bed are the road's). */
const CARE_NAMED =
  /\b(dokte|doctor|doctora|medico|psicolog\w*|sikolog\w*|therap\w*|terapia|terapi|consulta|konsiltasyon|sesion|session|counsel\w*)\b/u;

export function therapyUnpaidReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (dialogue?.topic !== 'psych_support' || dialogue.emergency || m.emergency) return m;
  if (!MISREAD.has(m.topic) || !CANNOT_PAY.test(folded) || !CARE_NAMED.test(folded)) return m;
  return askedAs(m, 'psych_support', ['cost']);
}
