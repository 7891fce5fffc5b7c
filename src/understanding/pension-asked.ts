/**
 * A US pension asked after years of work there ("mi esposo trabajó en estados unidos como 15 años y quiere saber si le
 * toca pencion", "he worked in texas 20 years, can he get social security?"): the pension, which the topic model,
 * hearing the work and "le toca", read as legal advice on a first message (judge112). Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';

/** A pension or social security named, folded (misspellings as people type them). */
const PENSION =
  /\b(pension|pencion|pensionar\w*|jubilacion|jubilar\w*|seguro social|social security|retirement|pansyon|retret)\b/u;
/** Years of work in the US told, folded. */
const WORKED_THERE =
  /\b(trabajo|trabaje|trabajamos|trabajaron|worked|work|travay|te travay)\b.{0,40}\b(estados unidos|eeuu|eua|usa|us|the us|the states|alla|el otro lado|texas|california|chicago|illinois|etazini|ozetazini)\b|\b(estados unidos|eeuu|usa|the us|the states|texas|california|etazini)\b.{0,30}\b(trabajo|trabajando|worked|working|travay)\b/u;
/** Whether one may claim it, asked ("le toca", "mi ama puede cobrar algo?", "can he get it?"), folded. */
const CLAIM_ASKED =
  /\b(le toca|les toca|me toca|puede cobrar|pueden cobrar|tiene derecho|tienen derecho|can (he|she|i|we|they) (get|claim|collect)|qualif\w*|eligible|gen dwa|ka touche)\b/u;
/** What such a message was read as by mistake. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'legal_advice',
  'reintegration',
  'deportee_support',
  'none',
]);

export function pensionAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // In the pension's own talk, who may claim it is pension-family.ts's.
  if (m.emergency || dialogue?.emergency || busyWithQuestion(dialogue) || !MISREAD.has(m.topic)) return m;
  if (dialogue?.topic === 'us_pension') return m;
  if (!PENSION.test(folded) || !WORKED_THERE.test(folded)) return m;
  return askedAs(m, 'us_pension', CLAIM_ASKED.test(folded) ? ['eligibility'] : m.facets);
}
