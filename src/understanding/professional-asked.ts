/**
 * An aspect asked with the psychologist asked for, in psychological support's talk ("si quiero hablar con un psicologo,
 * cobran?", "i'd like to talk to a therapist, how much is it?", "m ta renmen pale ak yon sikolog, konbyen li koute?"):
 * that aspect of the service, not the staff's queue (sight92-a's deportee's wife asked what the psychologist costs and
 * got a place in line, her question left unanswered). person-outright.ts leaves such a message to its aspect's answer,
 * which offers staff as every answer does. Pure.
 */
import type { Facet } from '../core/types.ts';

/** Each aspect asked in few words beside the psychologist, folded. */
const ASPECTS: ReadonlyArray<readonly [Facet, RegExp]> = [
  [
    'cost',
    /\b(cobran?|cuanto (cuesta|cobra\w*)|es gratis|how much|what does it cost|cost anything|is it free|charge|konbyen (li |yo )?(koute|pran)|eske li gratis|peye)\b/u,
  ],
  ['where', /\b(donde|where|kote)\b/u],
  ['time', /\b(cuanto (tiempo|tardan?)|how long|konbyen tan)\b/u],
];

/** The one aspect the message asks, or null (none, or more than one). */
export function professionalAspect(folded: string): Facet | null {
  const asked = ASPECTS.filter(([, words]) => words.test(folded)).map(([facet]) => facet);
  return asked.length === 1 ? (asked[0] ?? null) : null;
}
