/**
 * Which aspect of the procedure talked about before a message in an emergency asks: the aspect its words
 * cue, else the one the dialogue model's act names. "What do I do?" said with fear ("im scared they gonna
 * take me. what do i do": judge90's deported man got the steps home) asks about the danger, not the
 * procedure's steps; nor does it where one is told first. Pure.
 */
import type { Facet } from '../core/types.ts';
import { facetOf } from './follow-up-words.ts';
import { WHAT_NOW_ASKED } from './wait-asked.ts';

/**
 * Fear or the threat itself told, on folded text ("im scared", "tengo miedo", "m pè"; "they threatened me. they said
 * they know my family. what do i do", judge104's deported man, who got the steps home twice), or what to do so that he
 * does not take the children (judge120's mother got a document's steps).
 */
const FEAR_TOLD =
  /\b(scared|afraid|terrified|miedo|asustad[oa]|espantad[oa]|pe|pè|pè anpil|threat\w*|amenaz\w*|menase|know (my|our) (family|fam|house)|saben (donde|dnd) vivo|conocen a mi familia|konnen fanmi (m|mwen)|para que no (se )?(lleve|lleven|quite|quiten|lastime|lastimen|encuentre|encuentren)|so (he|she|they) (doesn t|don t|dont|doesnt|won t|wont|can t|cant) (take|hurt|find)|pou (li|yo) pa (pran|fe mal|jwenn))\b/;

/** Where one is told first ("m nan New York, kisa pou m fe?": emerg-gm got a card's steps), folded. */
const PLACE_FIRST =
  /^(m|mwen|nou|estoy|estamos|ando|andamos|i m|im|i am|we re|were|we are) (nan|en|in|at|por) /;

export function aspectFacets(cued: readonly Facet[], act: string, folded: string): Facet[] {
  const facets = cued.length ? [...cued] : [facetOf(act)].filter((f): f is Facet => f !== null);
  const whatThere = PLACE_FIRST.test(folded) && WHAT_NOW_ASKED.test(folded);
  return facets[0] === 'steps' && (FEAR_TOLD.test(folded) || whatThere) ? [] : facets;
}
