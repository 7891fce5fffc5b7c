/**
 * Cremation asked in the talk of bringing a relative's remains home ("is it different if we cremate him?", "y si lo
 * cremamos?": sight82-a's widow got "our sources do not say that", which missed the answer that says what they do not
 * say about ashes): that answer. Pure.
 */
import { namedAskedReading } from './named-asked.ts';

/** Cremation or ashes named, folded. */
const CREMATION =
  /\b(cremat\w*|cremar\w*|cremamos|creman|cremacion|cremad[oa]s?|ashes|cenizas|urn|urna|kremasyon|kreme|sann (li|l|yo))\b/u;

export const ashesAskedReading = namedAskedReading('remains_repatriation', CREMATION, 'answer.ashes', {
  inFirst: true,
  // An answer to the form's question ("lo cremaron en Houston") is the answer, not a question; an aspect asked with
  // it (what it costs, who may) is answered as that aspect.
  // "se puede traer las cenizas?" reads as who may (sight100-a): whether ashes may come is this answer's own.
  unless: (m, dialogue) =>
    dialogue?.asked === 'field' || (m.facets.length > 0 && m.facets.join() !== 'eligibility'),
});
