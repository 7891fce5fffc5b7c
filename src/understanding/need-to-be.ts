/**
 * Who one must be, asked ("do i need to be from durango?", "¿tengo que ser de Durango?", "èske fòk mwen se moun
 * Durango?"): who qualifies, not which papers, though "need" leads the facets to the papers (sight85-a got "our
 * sources do not say which papers are needed") and "from Durango" to where. Pure.
 */
import type { DialogueContext, Facet, Meaning } from '../core/types.ts';

/** Being someone or somewhere asked as a need, folded. */
const NEED_TO_BE =
  /\b((do|does|would|will) (i|we|he|she|they|you|my \w+) (need|have|got) to be|(must|should) (i|we|he|she|they) be|(tengo|tenemos|tiene|tienen|necesito|necesita|necesitamos|ocupo|ocupa|hay) (que )?ser|(fok|fòk|eske fok|eske fòk|eske m bezwen|eske li bezwen|bezwen) (m|mwen|li|nou|yo)? ?se)\b.{0,20}\b(from|de|del|moun|a|an|un|una|yon|resident|residente|rezidan|citizen|ciudadan[oa]|sitwayen|mexican[oa]?|meksiken|over|mayor|older|born|nacid[oa])\b/u;

/** The aspects such a question is read as: the papers ("need"), or where ("from Durango"). */
const MISREAD: ReadonlySet<Facet> = new Set<Facet>(['documents', 'where']);

export function needToBeReading(
  m: Meaning,
  _text: string,
  _dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  const misread = m.facets.filter((f) => MISREAD.has(f));
  if (m.emergency || misread.length === 0 || !NEED_TO_BE.test(folded)) return m;
  return { ...m, facets: ['eligibility', ...m.facets.filter((f) => !MISREAD.has(f) && f !== 'eligibility')] };
}
