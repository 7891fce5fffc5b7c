/**
 * A baby born or to be born in Mexico to parents from abroad ("cuando nazca el bebé aquí en México
 * ¿lo puedo registrar aunque no tenga papeles?", "èske m ka fè papye pou bebe a lè l fèt isit?"):
 * registering that birth in Mexico, which the foreigner's status entry tells (the civil registries
 * of Chiapas), not dual nationality, which registers a birth in the US (emerg-ca: a Salvadoran
 * woman in Matamoros got the US-birth answer). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { movedTo } from './in-context-shapes.ts';
import { chosen } from './named-asked.ts';
import { bornInUs } from './us-born.ts';

/** Born, or to be born, here or in Mexico; folded. */
const BORN_HERE =
  /\b(nazca|nacio|nacido|nacida|naciera|nace|nacer|born|fet|pral fet|akouche|dar a luz|aliviarse|give birth|giving birth)\b.{0,20}\b(aqui|aca|here|isit|en mexico|in mexico|nan meksik|an meksik|(en|in|nan) durango)\b|\b(nacio|nacido|nacida|born|fet)( (en|in|nan|a))? (tapachula|tijuana|ciudad juarez|juarez|monterrey|reynosa|matamoros|saltillo|torreon|mexicali|cdmx|ciudad de mexico|puebla|villahermosa|tuxtla|chiapas|tabasco|nuevo laredo|piedras negras|acuna|hermosillo|guadalajara|queretaro|chihuahua)\b/u;
/** A baby's birth to register, asked by one from abroad ("can I register my baby in registro civil without my passport?"). */
export const BABY_REGISTERED =
  /\b(register|registrar\w*|registro civil|birth certificate|acta de nacimiento|anrejistre|deklare|declarar\w*)\b.{0,40}\b(baby|bebe|bebes|newborn|recien nacid[oa]|ti bebe)\b|\b(baby|bebe|pitit la|pitit lan|ti pitit la)\b.{0,30}\b(register|registrar\w*|birth certificate|acta de nacimiento|anrejistre|deklare|declarar\w*)\b/u;
/** Someone missing or searched for, folded: a birthplace told in a search is no birth to register (the review). */
const SEARCHING =
  /\b(disparet|disparèt|desaparecid\w*|missing|perdid[oa]|pedi|cheche|chèche|chache|busco|buscando|buscamos|looking for)\b/u;
/** Registering asked, folded. */
const REGISTER = /\b(deklare|anrejistre|registrar\w*|register|declarar\w*|acta)\b/u;
/** Topics such a birth is read as by mistake: the US birth, or asylum (status's own answers tell family unity). */
const MISREAD = new Set(['dual_nationality', 'asylum']);
/** The status entry's answer on registering a birth in Mexico. */
const BIRTH_ANSWER = 'answer.baby_born_mexico';
/** The child's Mexican papers or nationality asked, folded. */
const MEXICAN_PAPERS =
  /^(?=.*\b(bebe|baby|pitit|hijo|hija|nino|nina|child|son|daughter)\b).*\b((li|l) (ap|ka|pral|va) (gen|jwenn) papye|(sera|seria|va a ser) mexican[oa]|will (he|she|it|the baby) be mexican|(can|will) (he|she|it|the baby) get mexican (papers|citizenship))\b/u;
/** Refuge named beside the birth. */
const REFUGE_TOO = /\b(comar|asilo|refugio|refugiad[oa]s?|asylum|refugee|azil|refij|refijye)\b/u;
/** Mexico said outright: "here" is Mexico then, whoever writes. */
const IN_MEXICO = /\b(en|in|nan|an) (mexico|meksik|durango)\b|\b(papye meksiken|nasyonalite meksiken)\b/u;

export function mexicoBirthReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // "Fèt Etazini… nan Meksik" is a US birth registered in Mexico: dual nationality indeed.
  // Registering it asked after a birth in hospital ("mwen fènk akouche nan lopital Durango, kijan pou m deklare ti bebe
  // a?", judge110) is read as care on the road too.
  // So too a birth in a Mexican town with its registration asked ("pitit mwen fèt tijuana… kijan pou m deklare l?").
  // The baby's own Mexican papers asked in the status talk ("le ti bebe a fet isit la, li ap gen papye meksiken?":
  // sight106-a's mother got the status documents).
  const misreadBirth =
    (m.topic === 'mx_status' && BORN_HERE.test(folded) && MEXICAN_PAPERS.test(folded)) ||
    (m.topic === 'transit_safety' && BABY_REGISTERED.test(folded)) ||
    ((m.topic === 'transit_safety' || m.topic === 'none' || m.topic === 'locate_person') &&
      BORN_HERE.test(folded) &&
      REGISTER.test(folded) &&
      !SEARCHING.test(folded));
  if ((!MISREAD.has(m.topic) && !misreadBirth) || m.emergency || bornInUs(folded)) return m;
  // A birth said to be here, or a baby to register (judge96's Venezuelan mother got refuge's eligibility, then the US birth).
  if (!BORN_HERE.test(folded) && !BABY_REGISTERED.test(folded)) return m;
  // "Here" is Mexico for a foreigner in Mexico, or when Mexico is named; else it may be the US.
  // Kreyòl is a foreigner's language in Mexico: a Haitian's "here" is Mexico (sight77-a).
  const refugeToo = REFUGE_TOO.test(folded);
  const haitian = m.lang === 'ht' && !refugeToo;
  if (!dialogue?.foreigner && !haitian && !IN_MEXICO.test(folded)) return m;
  // Asked of the registration, not an aspect of the status: the passage that tells it answers, chosen whatever
  // the words matched (a first message got the card's answer, sight77-a; kept through the move: late-readings.ts).
  const moved = movedTo(m, 'mx_status', { confidence: 1, act: 'otherQuestion', facets: [] });
  // Refuge asked too ("madanm mwen ap tann repons COMAR, epi pitit nou fèt isit"): the words' own answers say both.
  if (refugeToo) return moved;
  const others = (m.answers ?? []).filter((a) => a.passage !== BIRTH_ANSWER);
  return {
    ...moved,
    answers: [chosen('mx_status', BIRTH_ANSWER), ...others],
  };
}
