/**
 * A Mexican living in the US who asks for health care there ("hey im from durango living in chicago, no
 * health insurance. i need a checkup", "vivo en houston y no tengo seguro, necesito que me chequen la
 * presión"): the consulates' Health Desks, kept with what people abroad get from home (state_documents'
 * answer health_desks_us, where returnees' questions about a free doctor in Durango do not meet it), not
 * the road's care or a body brought home, which the topic model read (judge80's man in Chicago got the
 * returnees' jobs and Durango's address three times). Only where the person says they live there. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { fold } from './fold.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';
import { LIVES_IN_US, US_PLACE } from './us-born.ts';

/** Living in the US in the words us-born.ts does not hold ("living in chicago", "estoy viviendo en dallas"). */
const LIVING_THERE = new RegExp(
  `\\b(estoy viviendo|im living|i m living|living)\\s+(en|in|nan|an)\\s+(\\S+\\s+)?(${US_PLACE})\\b`,
  'u',
);
/** Health care sought: a checkup, a doctor, insurance, blood pressure or sugar. */
const HEALTH =
  /\b(checkup|check up|chequeo|chequen|revision medica|doctor|doctora|medico|clinic|clinica|health insurance|insurance|seguro medico|no tengo seguro|presion|blood pressure|sugar|azucar|diabet\w*|tansyon|dokte|klinik)\b/u;
/** Readings the topic model gives such a question that are not about care there. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'transit_safety',
  'state_documents',
  'remains_repatriation',
  'reintegration',
  'none',
]);

export function usHealthReading(
  m: Meaning,
  _text: string,
  dialogue?: DialogueContext,
  folded = fold(_text),
): Meaning {
  if (m.emergency || !MISREAD.has(m.topic) || busyWithQuestion(dialogue) || dialogue?.topic) return m;
  if (!(LIVES_IN_US.test(folded) || LIVING_THERE.test(folded)) || !HEALTH.test(folded)) return m;
  return askedAs(m, 'state_documents');
}
