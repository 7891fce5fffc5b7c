/**
 * A US pension asked after years of work there ("mi esposo trabajó en estados unidos como 15 años y quiere saber si le
 * toca pencion", "he worked in texas 20 years, can he get social security?"): the pension, which the topic model,
 * hearing the work and "le toca", read as legal advice on a first message (judge112). Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { askedAs, busyWithQuestion, movedTo } from './in-context-shapes.ts';
import { namedAskedReading } from './named-asked.ts';

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

/** Ciudad Juárez named, folded. */
const JUAREZ = /\b(juarez|ciudad juarez|cd juarez)\b/u;
/** Going there or doing it in person, asked, folded. */
const GOING =
  /\b(go|goes|going|travel|ir|vaya|vayan|viajar|ale|al|himself|herself|in person|en persona|personalmente|li menm)\b/u;
/** What Juárez in the pension's talk was read as: the road's help (its clinics are named in Ciudad Juárez). */
const JUAREZ_MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'transit_safety',
  'deportee_support',
  'none',
]);

/**
 * In the US pension's talk, going to Ciudad Juárez asked ("does he have to go to juarez himself or can i do it from
 * here": sight85-a got the Grupos Beta): the consulate's procedure there, where it is done, not the road's help. Pure.
 */
export function pensionJuarezReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || dialogue?.emergency || dialogue?.topic !== 'us_pension' || !JUAREZ_MISREAD.has(m.topic))
    return m;
  if (busyWithQuestion(dialogue) || !JUAREZ.test(folded) || !GOING.test(folded)) return m;
  return movedTo(m, 'us_pension', { act: 'followUp', confidence: 1, facets: ['where'] });
}

/** A valid social security number, or the years worked there, told ("he had a real social security number"), folded. */
const CRITERION_TOLD =
  /\b(social security number|ssn|seguro social (valido|real|verdadero|propio)|numero de seguro social|(real|valid|own|legit) (social|ss|social security)|nimewo sekirite sosyal|(worked|trabajo|travay)\b.{0,30}\b\d+ (years|anos|an))\b/u;

/**
 * In the US pension's talk, a condition told as a fact ("he had a real social security number the whole time",
 * sight85-a got which papers): whether he qualifies, which the sources answer with the years and the number. Pure.
 */
export function pensionCriterionReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || dialogue?.emergency || dialogue?.topic !== 'us_pension' || m.topic !== 'us_pension')
    return m;
  if (busyWithQuestion(dialogue) || text.includes('?') || !CRITERION_TOLD.test(folded)) return m;
  return { ...m, act: 'followUp', facets: ['eligibility'] };
}

/** Somewhere nearer than Juárez or the capital asked, or the trip said too hard, folded. */
const NEARER_ASKED =
  /\b(mas cerca|algo cerca|cerca de aqui|closer than|anything closer|somewhere closer|nearer|pi pre|no (puede|pueden|podemos|puedo) (ir|viajar|llegar) hasta|(can t|cant|cannot) (go|travel|get) (all the way )?to)\b/u;

/**
 * In the US pension's talk, somewhere nearer asked ("el vive en santiago papasquiaro y no puede ir hasta durango ni a
 * juarez, hay algo mas cerca?", sight87-a; "is there anything closer than Juarez"): the Institute's municipal links,
 * which the sources name for people far from the capital, not the consulate's city again.
 */
export const pensionNearerReading = namedAskedReading('us_pension', NEARER_ASKED, 'answer.far_from_capital', {
  keepAspect: true,
});
