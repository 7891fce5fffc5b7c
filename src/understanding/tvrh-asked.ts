/**
 * The humanitarian visitor card asked for by its name in another topic's talk or in line ("pandan m ap tann, eske m ka
 * mande TVRH la menm si m ansent?": judge132's pregnant woman got COMAR's refuge): the card is a foreigner's status in
 * Mexico, which the INM gives, never asylum's. Only where the topic model read asylum, the road or nothing. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { askedAs } from './in-context-shapes.ts';

/** The card named and asked for (apply, ask, get, can I), folded. */
const CARD_ASKED =
  /^(?!.*\b(comar|refugi\w*|refij|asilo|asylum|azil)\b).*\b((mande|pedir|pido|sacar|saco|tramitar|solicitar|apply for|ask for|get|jwenn|fe) (la |el |the |a |yon )?(tvrh|tarjeta humanitaria|humanitarian (card|visitor card)|kat (imanite|imanitè))|(tvrh|tarjeta humanitaria|humanitarian card|kat imanite|kat imanitè) (la |a )?(menm si|aunque|even if|si))\b/u;
/**
 * What the topic model reads such a question as; never a person asked for (a review: "ocupo hablar con alguien… para
 * sacar la tarjeta").
 */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>(['asylum', 'transit_safety', 'none']);

export function tvrhAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || dialogue?.emergency || dialogue?.asked === 'field' || !MISREAD.has(m.topic)) return m;
  return CARD_ASKED.test(folded) ? askedAs(m, 'mx_status') : m;
}
