/**
 * A place to sleep asked in a danger from a partner or by a woman ("m bezwen yon kote pou m dòmi aswè a, m pè mari m",
 * "¿hay un lugar donde una mujer golpeada pueda dormir?"): the women's justice centres and shelter the sources name,
 * not the asylum the conversation began with (judge102's Haitian woman got COMAR twice). A place to sleep asked after
 * a robbery on the road keeps the road's shelters (session 101 tried every danger and lost them). Folded text. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { askedInOrAfterDanger, emergencyAnswerAsked } from './named-asked.ts';
import { SLEEP_PLACE } from './shelter-asked.ts';

/** A place to sleep named with who it is for between ("yon kote pou fanm ki viktim vyolans ka dòmi"). */
const PLACE_TO_SLEEP =
  /\b(kote|lugar|place|somewhere|refugio|abri)\b.{0,40}\b(domi|dormir|sleep|pase nwit|pasar la noche|quedarme|quedarse|stay the night)\b/u;

/** A woman or a partner named, or violence at home. */
const PARTNER_OR_WOMAN =
  /\b(fanm|mujer|mujeres|women|woman|mari (m|mwen)|mennaj (m|mwen)|mi (esposo|marido|pareja|novio)|my (husband|partner|boyfriend)|vyolans|violencia|violence|golpead[ao]s?|battered|abused)\b/u;

export function refugeAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!askedInOrAfterDanger(m, dialogue)) return m;
  if (!(SLEEP_PLACE.test(folded) || PLACE_TO_SLEEP.test(folded)) || !PARTNER_OR_WOMAN.test(folded)) return m;
  return emergencyAnswerAsked(m, 'answer.partner_violence');
}
