/**
 * How long a vehicle may stay in Mexico, or its permit, asked in another topic's talk ("oiga y la troca cuanto tiempo
 * puede estar en mexico", "how long can my truck stay in mexico", "konbyen tan machin nan ka rete meksik"): the
 * Paisano programme's answer on the vehicle's temporary import permit, not the time of the topic talked about
 * (sight92-a's father, back after an hour from dual nationality, got how long the registration takes). Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { answeredBy, laterQuestion } from './named-asked.ts';

/** A vehicle, then its stay or its permit asked, folded. */
const VEHICLE_STAY =
  /\b(troca|trocas|carro|carros|camioneta|coche|auto|vehiculo|truck|car|vehicle|machin|kamyon)\b.{0,40}\b(cuanto tiempo (puede|pueden|se puede) (estar|quedar\w*|durar)|puede (estar|quedarse) en mexico|how long (can|may) (it|they|the \w+|my \w+) stay|can (it|they) stay|stay in mexico|permiso de importacion|import permit|konbyen tan .{0,20}\brete)\b/u;
/** What such a question was read as: another procedure's talk, never a death's, a search's or a danger's. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'none',
  'reintegration',
  'transit_safety',
  'dual_nationality',
  'us_visa_passport',
  'state_documents',
  'apostille',
  'mx_status',
]);

export function vehicleStayReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!laterQuestion(m, dialogue) || !MISREAD.has(m.topic) || !VEHICLE_STAY.test(folded)) return m;
  return answeredBy(m, 'paisano', 'answer.vehicle_permit');
}
