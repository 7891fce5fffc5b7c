/**
 * Which aspect of a topic a fact told in passing bears on: having no money bears on the cost,
 * the town someone is in on where it is done, an age, a number of years or a relative on who
 * may be helped. Pure.
 */
import type { Facet, Slots } from '../../src/core/types.ts';

/** Words at most in a place told that is a town, not a description of where someone is. */
const TOWN_WORDS = 4;

/** The facet a stated fact bears on: no money → cost, a place → where, an age or a relative → who may. */
export function facetOfFacts(slots: Slots): Facet | null {
  if (slots.money) return 'cost';
  // The town they are in ("estoy en Saltillo") bears on where it is done; a longer description
  // of where they are (a street, a church) is for staff, never answered with an address.
  if (slots.place && slots.place.split(/\s+/).length <= TOWN_WORDS) return 'where';
  if (slots.age !== undefined || slots.years !== undefined || slots.relation) return 'eligibility';
  return null;
}
