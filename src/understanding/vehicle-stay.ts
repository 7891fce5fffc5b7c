/**
 * How long a vehicle may stay in Mexico, or its permit, asked in another topic's talk ("oiga y la troca cuanto tiempo
 * puede estar en mexico", "how long can my truck stay in mexico", "konbyen tan machin nan ka rete meksik"): the
 * Paisano programme's answer on the vehicle's temporary import permit, not the time of the topic talked about
 * (sight92-a's father, back after an hour from dual nationality, got how long the registration takes). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { answeredBy, laterQuestion } from './named-asked.ts';

/** A vehicle, then its stay or its permit asked, folded. */
const VEHICLE_STAY =
  /\b(troca|trocas|carro|carros|camioneta|coche|auto|vehiculo|truck|car|van|vehicle|machin|kamyon)\b.{0,40}\b(cuanto tiempo (puede|pueden|se puede|dura|aguanta)|puede (estar|quedarse)|how long (can|may|is)|can (it|they) stay|stay in mexico|permiso|permit|pemi|konbyen tan)\b/u;

export function vehicleStayReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!laterQuestion(m, dialogue) || m.topic === 'paisano' || !VEHICLE_STAY.test(folded)) return m;
  return answeredBy(m, 'paisano', 'answer.vehicle_permit');
}
