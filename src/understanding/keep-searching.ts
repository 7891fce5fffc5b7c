/**
 * How to keep looking for someone who was not found, asked after a danger or in talk ("no lo encontraron, como lo puedo
 * seguir buscando", emerg-go: an hour after a brother was swept away by the river it got the DIF's shelters for
 * children, an emergency passage sharing two words): the search for a missing relative, with none of the passages the
 * danger's words found. Only in a danger, after one, or in a search's talk; not in a form. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { movedTo } from './in-context-shapes.ts';
import { chosen } from './named-asked.ts';

/** How to keep looking for someone, folded. */
const KEEP_SEARCHING =
  /\b(seguir|sigo|seguimos|continuar|continuo) (buscandol[oa]s?|buscando|con la busqueda)\b|\bdonde mas (lo|la|los|las) (busco|buscamos|puedo buscar|podemos buscar)\b|\bkeep (looking|searching) for (him|her|them)\b|\bwhere else (can|do|should) (i|we) look\b|\bkontinye (chache|cheche) (l|li|yo)\b/u;

export function keepSearchingReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // Only where someone was lost or sought: "sigo buscando trabajo", "donde mas la busco" of a birth certificate, "m ap
  // kontinye chache li" of a passport are other searches (a review).
  const sought = dialogue?.emergency || dialogue?.urgentOpen || dialogue?.topic === 'locate_person';
  if (m.emergency || !sought || dialogue.asked === 'field' || !KEEP_SEARCHING.test(folded)) return m;
  return movedTo(m, 'locate_person', {
    act: 'topic',
    confidence: 1,
    facets: [],
    question: true,
    answers: [chosen('locate_person', 'reply.1')],
  });
}
