/**
 * Where asked, with where one is told beside it ("donde se hace, yo estoy en gomez palacio", "where do i go? im in
 * lerdo"): where the procedure under discussion is done, not the place noted alone (sight78-a's mother got the
 * municipal links' count). The place stays for staff. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';

/** Where the procedure is done, asked ("donde se hace", "where do i go"); not where to complain or anything else. */
const WHERE_ASKED =
  /\b(donde|dnd|en donde|a donde|adonde|where|ki kote|kibo) (se hace|se tramita|se saca|se pide|lo hago|la hago|lo saco|lo tramito|do i go|do we go|is it done|do i do it|do i apply|is the office|m ale|pou m ale|pou m fe l|biwo a ye)\b/u;

export function whereWithPlaceReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue?.topic || dialogue.emergency || dialogue.asked === 'field') return m;
  if (m.act !== 'context' || !m.slots?.place || m.topic !== dialogue.topic) return m;
  if (!WHERE_ASKED.test(folded)) return m;
  return { ...m, act: 'followUp', facets: ['where'] };
}
