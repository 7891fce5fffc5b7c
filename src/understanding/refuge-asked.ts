/**
 * A place to sleep asked in a danger from a partner or by a woman ("m bezwen yon kote pou m dòmi aswè a, m pè mari m",
 * "¿hay un lugar donde una mujer golpeada pueda dormir?"): the women's justice centres and shelter the sources name,
 * not the asylum the conversation began with (judge102's Haitian woman got COMAR twice). A place to sleep asked after
 * a robbery on the road keeps the road's shelters (session 101 tried every danger and lost them). Folded text. Pure.
 */
import { type DialogueContext, LEARNED_ALONE, type Meaning } from '../core/types.ts';
import { WOMEN_SHELTER } from './emergency-words.ts';
import { withoutPlace } from './in-context-shapes.ts';
import { askedInOrAfterDanger, emergencyAnswerAsked } from './named-asked.ts';
import { SLEEP_PLACE } from './shelter-asked.ts';

/** A place to sleep named with who it is for between ("yon kote pou fanm ki viktim vyolans ka dòmi"). */
const PLACE_TO_SLEEP =
  /\b(kote|lugar|place|somewhere|refugio|abri)\b.{0,40}\b(domi|dormir|sleep|pase nwit|pasar la noche|quedarme|quedarse|stay the night)\b/u;

/** A woman or a partner named, or violence at home. */
const PARTNER_OR_WOMAN =
  /\b(fanm|mujer|mujeres|women|woman|mari (m|mwen)|mennaj (m|mwen)|mi (esposo|marido|pareja|novio)|my (husband|partner|boyfriend)|vyolans|violencia|violence|golpead[ao]s?|battered|abused)\b/u;

/** Help asked so as not to go back to someone, folded. */
const NOT_BACK =
  /\b(pa (retounen|tounen) (ave|avek|ak|kote) (l|li|msye|mari m)|no (regresar|volver) con (el|ella)$|no (regresar|volver) con (mi esposo|mi pareja|mi marido)|not (go|going) back to (him|her)$|not (go|going) back to (my husband|my partner|my boyfriend))\b/u;

export function refugeAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  const sleep = (SLEEP_PLACE.test(folded) || PLACE_TO_SLEEP.test(folded)) && PARTNER_OR_WOMAN.test(folded);
  // Help asked so as not to go back to him ("kote m ka jwenn èd pou m pa retounen avè l": emerg-fu's woman got the
  // humanitarian card): the women's centres too.
  if (askedInOrAfterDanger(m, dialogue) && NOT_BACK.test(folded))
    return emergencyAnswerAsked(m, 'answer.partner_violence');
  if (askedInOrAfterDanger(m, dialogue) && sleep) return emergencyAnswerAsked(m, 'answer.partner_violence');
  // A shelter for women asked outright otherwise, in any danger, the model alone hearing one in it ("mwen pa ka rete la
  // aswè a. gen abri pou fanm nan Torreon?": judge118's mother threatened by her landlord got "first, your safety"): the
  // road's shelters for women, as the writers of fresh sets expect.
  const modelAlone = m.emergency?.pattern === LEARNED_ALONE;
  if (!dialogue?.emergency || (m.emergency && !modelAlone) || !WOMEN_SHELTER.test(folded)) return m;
  // The question is no place to note ("M note kote a: «gen abri pou fanm…?»").
  const asked = withoutPlace(emergencyAnswerAsked(m, 'answer.women_shelters', 'transit_safety'));
  return { ...asked, emergency: null, danger: 'none' };
}
