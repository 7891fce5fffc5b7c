/**
 * Somewhere nearer than the office asked just after its address was given ("estamos en Gomez, esta muy lejos. no hay
 * algo aca?", sight88-a got "our sources do not say" under the safety line): the Institute's offices in the
 * municipalities, which the sources name for people far from the capital. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { movedTo } from './in-context-shapes.ts';
import { chosen } from './named-asked.ts';

/** Somewhere nearer asked, or far said with "is there anything here?", folded. */
const NEARER_ASKED =
  /\b(mas cerca|algo cerca|cerca de aqui|anything closer|somewhere closer|nearer|pi pre)\b|\b(lejos|far|lwen)\b.{0,40}\b(no hay|hay algo|hay (una |alguna )?oficina|algo (aca|aqui|por aca)|anything|is there|gen (yon )?(biwo|kote|lot|yonn))\b/u;

/** Another office named ("la oficina de la COMAR mas cerca"), whose own answers say where, folded. */
const OTHER_BODY =
  /\b(comar|komar|inm|cndh|ifdp|consulado|consulate|konsila|grupos? beta|dif|fiscalia|caim|sre)\b/u;

export function officeNearerReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  const office = dialogue?.topic === 'office_info' || dialogue?.aside === 'office_info';
  if (m.emergency || !dialogue || dialogue.emergency || dialogue.form || !office) return m;
  if (!NEARER_ASKED.test(folded) || OTHER_BODY.test(folded)) return m;
  const moved = movedTo(m, 'office_info', {
    act: 'otherQuestion',
    confidence: 1,
    facets: [],
    question: true,
  });
  return { ...moved, answers: [chosen('office_info', 'answer.offices_in_municipalities')] };
}
