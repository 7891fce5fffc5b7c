/**
 * The service days (Jornadas Migrantes) asked about in another procedure's talk ("oiga y otra cosa, los de la jornada
 * migrante van a venir a papasquiaro?" after the visit programme, "is there any of those jornadas where the consulate
 * comes to durango" after an apostille: sight76-a got the programme's and the apostille's answers): the topic whose
 * answer says them. A consulate's days are the US passport's (Monterrey's consulate), or the pension's (Juárez's) when
 * a pension is talked about; any other, the help on return's; a topic with days of its own keeps them. Pure.
 */
import type { DialogueContext, Meaning, TopicId, TopicOrNone } from '../core/types.ts';
import { busyWithQuestion, MOVED_SURE, movedTo } from './in-context-shapes.ts';
import { chosen } from './named-asked.ts';

/** The service days named, folded. */
const JORNADA = /\b(jornadas?|jounen sevis|service days?|dias de servicio)\b/u;
/** A consulate named with them, folded. */
const CONSULATE = /\b(consulado|consulate|konsila)\b/u;
/** A pension named, folded. */
const PENSION = /\b(pension\w*|pansyon|social security|seguro social)\b/u;
/** Topics whose answers say their own service days, and that answer. */
const DAYS_ANSWER: Readonly<Partial<Record<TopicId, string>>> = {
  dual_nationality: 'answer.next_jornada',
  us_pension: 'answer.next_jornada_pension',
  us_visa_passport: 'answer.next_jornada_passport',
  reintegration: 'answer.jornadas',
};

function daysTopic(folded: string, current: TopicOrNone): TopicId {
  if (!CONSULATE.test(folded)) return current !== 'none' && DAYS_ANSWER[current] ? current : 'reintegration';
  return current === 'us_pension' || PENSION.test(folded) ? 'us_pension' : 'us_visa_passport';
}

export function jornadaAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || busyWithQuestion(dialogue) || !JORNADA.test(folded)) return m;
  const topic = daysTopic(folded, dialogue?.topic ?? 'none');
  const days = DAYS_ANSWER[topic];
  if (!days) return m;
  // The days' own answer, whatever the words matched (kept through the move: late-readings.ts).
  const others = (m.answers ?? []).filter((a) => a.passage !== days || a.topic !== topic);
  // When or where they come stays asked ("when is the next jornada in gomez").
  const facets = m.facets.filter((f) => f === 'time' || f === 'where');
  const act = topic !== dialogue?.topic ? 'topic' : facets.length ? 'followUp' : 'otherQuestion';
  return {
    ...movedTo(m, topic, { act, facets, confidence: Math.max(m.confidence, MOVED_SURE) }),
    answers: [chosen(topic, days), ...others],
  };
}
