/**
 * An appointment wanted, said outright ("si quiero la cita porfa", "i want to make the appointment", "m vle pran
 * randevou a"): staff keep the agenda, so it is a person asked for (sight87-a's sad wife, told that staff book the
 * psychologist, got "is it one of these topics?"). Never an appointment someone sells, nor the visa's or the
 * migration office's own, which the person books there. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { NONE } from './in-context-shapes.ts';

/** An appointment wanted or asked to be made, folded. */
const WANTS_APPOINTMENT =
  /\b(quiero|quisiera|queria|me (da|dan|puede dar|pueden dar|hace|hacen|agenda|agendan)|agendame|apartame|hagame|hazme)\b.{0,12}\b(la |una |mi |el )?(cita|turno)\b|\b(i want|i d like|id like|book me|make me|set me up with|schedule me)\b.{0,12}\b(an |the |my )?(appointment|appt|session)\b|\b(m|mwen|nou) (vle|ta renmen) (pran |fe |jwenn )?(yon )?randevou\b/u;
/** An appointment of another office, or one sold: not this office's agenda. */
const ELSEWHERE =
  /\b(visa|viza|consulado|consulate|konsila|inm|migracion|comar|cas|embajada|embassy|venden|sell|vann)\b/u;
/** When, what days or how asked ("what days and hours can i get an appointment"): a question, not a request. */
const WHEN_OR_HOW = /\b(what|when|how|which|que|cuando|como|cual|qué|kile|kijan|ki jou|ki le|ki lè)\b/u;
/** Talks whose appointment is the consulate's, booked there. */
const BOOKED_THERE = new Set(['us_visa_passport', 'us_humanitarian_visa']);

export function appointmentWantedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue || dialogue.first || dialogue.emergency || m.emergency || dialogue.withStaff) return m;
  if (dialogue.asked === 'field' || m.topic === 'human') return m;
  if (!WANTS_APPOINTMENT.test(folded) || ELSEWHERE.test(folded) || WHEN_OR_HOW.test(folded)) return m;
  if (dialogue.topic && BOOKED_THERE.has(dialogue.topic)) return m;
  return { ...m, ...NONE, topic: 'human', confidence: 1, act: 'topic', answers: [] };
}
