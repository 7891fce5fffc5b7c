/**
 * Where Ciudad Juárez's health centre is, asked after its name was given ("the health center in juarez where exactly is
 * it?", "donde queda el centro de salud todos somos mexicanos"): judge131's pregnant woman in line got the office's
 * street (the model heard "Juárez", the office's street) and then the COMAR. Its own answer, with its address. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { answeredBy } from './named-asked.ts';

/** The health centre named: by its name, or a health centre with Juárez beside it, folded. */
const JUAREZ_CENTRE =
  /\btodos somos mexicanos\b|^(?=.*\bjuarez\b).*\b(health (center|centre|clinic)|centro de salud|clinica|clinic|sant sante)\b/u;
/** Where it is asked, folded. */
const WHERE_ASKED =
  /\b(where|donde|adonde|dnd|kote|ki kote|address|direccion|adres|what street|que calle)\b/u;

export function healthCentreReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || !dialogue || dialogue.first || dialogue.asked === 'field') return m;
  if (!JUAREZ_CENTRE.test(folded) || !WHERE_ASKED.test(folded)) return m;
  // On the road's talk its "where" gives the street already; in line, or from another topic, it is not asked so.
  if (m.topic === 'transit_safety' && !dialogue.withStaff) return m;
  return answeredBy(m, 'transit_safety', 'answer.juarez_health_centre');
}
