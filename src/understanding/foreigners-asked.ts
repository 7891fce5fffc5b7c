/**
 * Whether the office helps foreigners or Haitians, asked outright ("eske biwo durango a ede etranje ayisyen?",
 * "¿ustedes atienden a extranjeros?", "do you guys help haitians?": judge128's Haitian couple in Tijuana got the
 * humanitarian card twice): the office's answer on foreigners (its sources describe it for people from Durango; the
 * Grupos Beta and the INM's card for others). A first message too. Never in a danger. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { answeredBy } from './named-asked.ts';

/** The office, or "you", asked whether it helps foreigners, folded. */
const FOREIGNERS_HELPED =
  /\b(biwo (durango )?(a|la)|enstiti a|nou|ustedes|uds|you|you guys|your office|the office|la oficina|el instituto)\b.{0,20}\b(ede|help|helps|ayudan|ayuda|atienden|atiende|apoyan|sevi|resevwa)( a| to| les| los| moun| people| gente)? (etranje|ayisyen|foreigners?|haitians?|extranjer[oa]s?|haitian[oa]s?|lot peyi|from other countries|de otros paises)\b(?! (paspo|pasaporte|passport|papye|papers|papeles))/u;

export function foreignersAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // Asked of a topic under discussion ('eske nou ede ayisyen tou?' of psychological support), it asks that topic's who may.
  if (
    m.emergency ||
    dialogue?.emergency ||
    dialogue?.topic ||
    m.topic === 'human' ||
    m.topic === 'office_info'
  )
    return m;
  return FOREIGNERS_HELPED.test(folded) ? answeredBy(m, 'office_info', 'answer.foreigners') : m;
}
