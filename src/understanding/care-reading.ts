/**
 * Health care on the road asked in a status question's words: "m ansent 7 mwa, m nan juarez, ki kote m ka akouche si m
 * pa gen papye", "is there a clinic for my pregnant wife", "consulta gratis sin papeles" read as status in Mexico (the
 * papers named pull it there), and, in a conversation about care on the road, "m pa gen papye Meksik" read as status
 * though it tells who asks for care (session 57: 20 such turns of the developed-against sets); "where can i give
 * birth" read as a birth to register (dual nationality). Care asked for with no status asked for is health on the
 * road; papers lacked, told in that conversation, is who may be seen. Pure.
 */

import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import type { EmergencySignals } from '../knowledge/schema.ts';
import { ERRAND } from './care-where-asked.ts';
import { anyOf } from './detect-emergency.ts';
import { fold } from './fold.ts';
import { movedTo } from './in-context-shapes.ts';
import { BABY_REGISTERED } from './mexico-birth.ts';
import { asksSomething } from './question.ts';

/** Care asked for: a doctor, a clinic, a birth, a vaccine, a consultation. */
const CARE =
  /\b(doctor\w*|doctora|doktè|dokte|medico|medica|clinica|clinic|klinik|hospital|lopital|consulta|consultation|akouche|dar a luz|parir|give birth|deliver the baby|vaksen|vacuna\w*|vaccin\w*|piki|inyeccion|shot|tetanos|tetanus|e[mn]bara[sz]ad[ao]s?|pregnant|ansent|fiebre|fever|lafyev|lafyèv)\b/u;
/** Medicine one needs ("y la insulina? ¿aquí en Juárez dónde me la dan gratis?", "where can i get my meds"). */
const MEDICINE =
  /\b(insulina|insulin|ensilin|metformina|metformin|medicinas?|medicamentos?|medicine|medicines|meds|medication|medikaman|retrovirales?|antiretroviral\w*|pastillas (para|pa) (la )?(presion|diabetes|azucar))\b/u;
/** Medicine lacked, told ("lo deportaron a tijuana… es diabetico no trae su medicina", "he has no insulin", "li san medikaman"). */
const MEDICINE_LACKED =
  /\b(no (trae|tiene|tengo|traigo|trajo|traje|tenemos|lleva) (su |sus |mi |mis )?|sin (su |sus |mi |mis )?|without (his |her |my |their )?|(doesn t|doesnt|dont|don t|didn t|didnt) have (his |her |my |their |any )?|has no |(ran|run|runs) out of (his |her |my |their |our )?|se (me|le|nos) (acabo|termino|acabaron|terminaron) (la |las |su |sus |mi |mis )?|san |pa gen )(medicinas?|medicamentos?|insulina|medicine|medicines|meds|medication|insulin|medikaman|ensilin)\b/u;
/** Topics a question about one's medicine is read as by mistake: it asks for care on the road. */
const MEDICINE_MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'deportee_support',
  'reintegration',
  'none',
  'legal_advice',
  'paisano',
  'office_info',
  'state_documents',
]);

/** An illness told with what to do asked ("kisa m dwe fè pou lafyèv la", "qué hago, tiene fiebre"). */
const ILL_ASKED =
  /^(?=.*\b(fiebre|calentura|fever|lafyev|malad|enferm[oa]|sick|ill|diarrea|diarrhea|dyare|vomit\w*|vomi)\b).*\b(que hago|q hago|k hago|ke hago|que puedo hacer|que le doy|q le doy|what (do|should|can) i do|what can i give|kisa (pou )?(m|mwen) (ka |dwe )?fe|kisa m ka ba l)\b/u;

/** A doctor needed, told outright or asked for ("necesito un doctor, me duele", "ai un doctor q me vea aqui", "i need to see a doctor", "m bezwen wè yon doktè"). */
export const DOCTOR_NEEDED =
  /\b(hay|ai|habra|habia) (un |una |algun |alguna )?(doctor|doctora|medico|medica|clinica|hospital) (q|que|k|ke|quien) (me|nos|lo|la|le|les) (vea|vean|revise|revisen|atienda|atiendan|cheque|chequen|cure)\b|\b(necesito|ocupo|ocupamos|necesitamos|busco) (ver a |ir (al|a un|con un) )?(un |una |el |la )?(doctor|doctora|medico|medica|hospital|clinica)\b|\b(i|we) (need|needs) (to see |to go to )?(a |the )?(doctor|hospital|clinic)\b|\b(m|mwen|nou) bezwen (we |wè |al |ale )?(yon |nan )?(dokte|doktè|lopital|klinik)\b/u;

/** A doctor needed by one travelling with the writer ("she also needs a doctor, she is pregnant", "mi hija ocupa un médico"). */
const DOCTOR_NEEDED_BY =
  /\b(he|she|they|my (wife|husband|son|daughter|mom|mother|baby|kid|child)) (also )?(needs|need) (to see |to go to )?(a |the )?(doctor|hospital|clinic)\b|\b(necesita|ocupa) (tambien )?(ver a |ir (al|a un|con un) )?(un |una |el |la )?(doctor|doctora|medico|medica|hospital|clinica)\b|\b(li|l) (bezwen|ta bezwen) (we |wè |al |ale )?(yon |nan )?(dokte|doktè|lopital|klinik)\b/u;

/** Where to see a doctor asked ("donde lo puede ver un doctor gratis", "ki kote li ka wè dokte"): care, not the Grupos Beta (sight75-a). */
const DOCTOR_WHERE =
  /\b(donde|dnd|where|kote)\b.{0,40}\b(doctor|doctora|doctors|medico|medica|dokte|dokt\u00e8)\b/u;

/** A place of care named ("centro de salud", "the hospital", "lopital la"). */
const CARE_PLACE =
  /\b(centro de salud|hospital|clinica|clinic|doctor\w*|medico|lopital|klinik|sant sante|dokte|health (center|centre))\b/u;
/** Told on to the migration authority, asked ("me reportan a migracion?", "will they call immigration on me"). */
const TOLD_ON =
  /\b(report\w*|denunci\w*|llama\w* a|avisa\w* a|call\w*|tell|rapote|rele|di)\b.{0,25}\b(migracion|migra|inm|immigration|ice|imigrasyon|migrasyon)\b/u;
const REPORTED_MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'mx_status',
  'none',
  'legal_advice',
  'transit_safety',
]);

/** Someone sick told. */
const SICK = /\b(malad|enferm[oa]s?|sick|ill|fiebre|fever|lafyev|h?inchad[oa]s|swollen|anfle)\b/u;
/** One travelling with the writer told sick ("nou gen yon timoun ki malad", "traigo a mi niña enferma", "we have a sick kid"). */
const SICK_WITH_US =
  /\b(nou gen|m gen|mwen gen|gen|tenemos|traemos|traigo|tengo|viene|we have|i have|we got|i got|there s|hay) (un |una |yon |a |mi |my |our )?(\w+ )?(timoun|pitit|moun|nino|nina|nene|bebe|hijo|hija|kid|child|baby|son|daughter|person|alguien|someone)( \w+)? (ki |k |que |q |who is |that is |thats |who s )?(malad|enferm[oa]|sick|ill|con fiebre|con calentura|with (a )?fever|gen lafyev)\b|\b(mi|my|our) (hijo|hija|nino|nina|bebe|kid|child|baby|son|daughter|boy|girl) (esta|anda|is|s) (enferm[oa]|mal[oa]|sick|ill)\b|\b(pitit|timoun|bebe) (mwen|m|nou) (an |la |a )?(malad|gen lafyev)\b|\b(we have|i have|we got|i got) (a |an )?(sick|ill) (kid|child|baby|son|daughter|boy|girl|person|one)\b/u;
/** Where to go or be seen, asked ("a donde voy", "donde me revisan", "where do i go"), misspelt too ("a donde boy"). */
const GO_WHERE =
  /\b(a donde|adonde|donde|dnd|where|kote)\b.{0,12}\b(voy|boy|vamos|ir|go|ale|revis\w*|rebis\w*|atiend\w*)\b/u;

/** Falling ill asked about ahead, oneself or the one travelling ("y si me enfermo en el camino", "y si se enferma", "what if we get sick on the way", "si m tonbe malad"). */
const ILL_IF =
  /\b(y )?si (me|nos|se|le|les) (enfermo|enfermamos|enferma|enferman|pongo malo|pongo mala|pone malo|pone mala)\b|\bwhat if (i|we|he|she|they) (get|gets|got) (sick|ill)\b|\bif (i|we|he|she|they) (get|gets|got) (sick|ill)\b|\bsi (m|mwen|nou|li|l|yo) (tonbe )?malad\b/u;

/** Getting worse supposed, with where to take them asked ("y si la niña empeora a donde la llevo aqui en torreon?": judge105, refuge's eligibility). */
const WORSENS = '(empeora|se pone (peor|mas mala?|grave)|se agrava|gets? worse|vin pi mal|vin pi grav)';
const TAKE_TO =
  '((a )?donde (lo |la |los |las |me )?(llevo|llevamos|puedo llevar)|(a )?donde (voy|vamos|acudo)|where (do|can|should) (i|we) (take|bring|go)|kote (m|mwen|nou) (ka )?(mennen|ale))';
const WORSE_WHERE = new RegExp(
  `\\b${WORSENS}\\b.{0,40}\\b${TAKE_TO}\\b|\\b${TAKE_TO}\\b.{0,40}\\b${WORSENS}\\b`,
  'u',
);

/** Where to take the sick one or have them seen, asked ("where can i take her", "donde lo pueden atender"); not where a place is. */
const TAKE_WHERE =
  /\b(where (can|do|should) (i|we) (take|bring) (him|her|them|my|the)|where can (he|she|they|i|we) (get|be) (it )?(seen|checked|treated|looked at)|(a )?donde (lo|la|los|las) (llevo|llevamos|puedo llevar|pueden atender|atienden|revisan)|kote (m|mwen|nou) (ka )?mennen (l|li|yo))\b/u;
/** Free care asked, which the road's cost answers ("where can i take her thats free"). */
const FREE = /\b(free|gratis|gratuit\w*|cost\w*|cobran|cuesta|peye|pay)\b/u;

/** What an illness told with what to do asked may be read as. */
const ILL_MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'none',
  'mx_status',
  'transit_safety',
  'asylum',
]);
/** Acts that ask or tell: the wait asked beside it ("still nobody answered… what do I do") too. */
const ILL_ACTS = new Set<Meaning['act']>([
  'when',
  'followUp',
  'topic',
  'otherQuestion',
  'context',
  'unclear',
]);

/** A pregnancy told. */
const PREGNANT = /\b(e[mn]bara[sz]ad[ao]|e[mn]bara[sz]o|pregnant|pregnancy|ansent)\b/u;
/** Where a check-up is had, asked ("ki kote li ka fè konsiltasyon nan Monterrey?": judge111), folded. */
const CHECKUP_WHERE =
  /\b(donde|dnd|where|kote)\b.{0,30}\b(konsiltasyon|konsilte|tcheke|swivi|consulta|chequeo|control|controles|chec\w*|cheq\w*|checkup|check up|prenatal|revis\w*|atiend\w*|atender)\b/u;
/**
 * Whether she will be seen, asked in a first message ("voy pa juarez con 7 meses de embarazo, me pueden atender alla sin
 * papeles?": emerg-gq); later, the road's talk answers it (sight3-a's "ya cuando lleguemos a juarez la pueden revisar?").
 */
const SEEN_ASKED =
  /\b(me|nos|la|lo) (pueden|podran|van a|quieren|puede|va a) (atender|revisar|checar|chequear|recibir)\b|\b(will|can|would) (they|the doctors?|a doctor|the hospital|the clinic) (see|check|treat|take) (me|her|us)\b|\b(yo|lopital la|dokte a) (ka|ap|pral) (wè|we|trete|resevwa|tcheke) (m|mwen|li|l)\b/u;
/** What a pregnancy to be seen may be read as. */
const PREGNANCY_MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'deportee_support',
  'reintegration',
  'none',
  'transit_safety',
  // "soy de El Salvador estoy en Torreon, tengo 7 meses de embarazo… donde me pueden revisar?" (judge112)
  'mx_status',
  'asylum',
  'psych_support',
]);

/** Giving birth, asked where or how. */
const BIRTH = /\b(akouche|dar a luz|parir|give birth|deliver the baby|aliviarme|aliviarse)\b/u;
/**
 * Status asked for: a card, a permit, residence, regularizing, a CURP, asylum, papers to get (not lacked), or a baby
 * born here and its nationality ("mwen akouche yon ti fi isit… sa ka ede m jwenn papye?", "el bebé que nazca aquí será
 * mexicano?").
 */
const STATUS =
  /\b(tarjeta|card|kat|permiso|permit|pemi|residencia|residence|rezidans|residente|regulariz\w*|regilarize|curp|visa|viza|asilo|asylum|azil|refugio|refij|comar|renov\w*|renouvle|vencid\w*|expired|ekspire|jwenn papye|papye pou (m|mwen)|sacar (mis |los |unos )?papeles|arreglar (mis |los )?papeles|get (my |our |some )?papers|papers for me|meksiken|mexican[oa]s?|mexican|fet|nacio|nacido|nacida|nazca|born|mwen akouche|m akouche|m te akouche|di a luz|gave birth)\b/u;
/** Papers lacked, told: "m pa gen papye Meksik", "no tengo papeles", "only my passport". */
/** No money for care, told ("nou pa gen lajan pou n peye doktè", "no tenemos para pagar el doctor", "we can't pay a doctor"). */
const NO_MONEY_FOR_CARE =
  /\b(pa gen (lajan|kob|kòb)|no (tengo|tenemos|traigo|traemos) (dinero|lana|feria|para)|(dont|don t|do not) have (any )?money|(cant|can t|cannot) (afford|pay))\b.{0,40}\b(dokte|doktè|doctor\w*|medico|medicina\w*|medicine|medikaman|clinica|clinic|klinik|hospital|lopital|consulta)\b/u;
const NO_PAPERS =
  /\b(pa gen papye|no tengo papeles|no tenemos papeles|sin papeles|no papers|without papers|dont have papers|don t have papers|selman (yon )?(paspo|papye)|solo (tengo )?(mi )?pasaporte|only (have )?(my |a )?passport)\b/u;

/** A birth registered or a nationality: what a birth asked about may be, in dual nationality's words. */
const REGISTERED =
  /\b(registr\w*|acta|nacionalidad|nationality|citizenship|ciudadan\w*|nasyonalite|papeles del bebe|papers for the baby)\b/u;

/** A lasting condition told ("he is diabetic", "es hipertensa", "li gen dyabèt"), folded: who is to be seen. */
const CONDITION_TOLD =
  /\b(diabetic[oa]?|diabetes|dyabet\w*|hipertens[oa]|presion alta|high blood pressure|tansyon|asma|asthma|epilep\w*|del corazon|heart (problem|condition|disease))\b/u;
/** Words at most in a condition told, not a story. */
const CONDITION_WORDS = 10;

/** Acts that keep their own answer even when the words say how the ill one holds up. */
const OWN_ACTS = new Set<Meaning['act']>([
  'yes',
  'no',
  'language',
  'languages',
  'when',
  'correction',
  'emergency',
]);

/**
 * Care on the road, read with the care signals: besides `careReading`, how the ill one holds up, told
 * in that conversation ("ahorita todavía toma pecho y moja pañal", "li toujou ap jwe", "she can walk
 * fine"), is answered as care again (where to be seen, 911 if it gets worse), not "noted" or a list of
 * topics (emerg-cq: three such turns); so is a lasting condition told ("he is diabetic": emerg-ea got who the Grupos Beta help).
 */
export function createCareReading(signals: EmergencySignals) {
  const calm = anyOf(signals.care.calm);
  return (m: Meaning, text: string, dialogue?: DialogueContext, folded = fold(text)): Meaning => {
    const holdsUp =
      dialogue?.topic === 'transit_safety' &&
      !dialogue.emergency &&
      dialogue.asked !== 'field' &&
      !m.emergency &&
      // "no sangro nada, nomas duele a ratos" to the offer of a person: the "no" is the sign denied, not the answer.
      (!OWN_ACTS.has(m.act) || (m.act === 'no' && calm?.exec(folded)?.index === 0)) &&
      m.topic !== 'human' &&
      !asksSomething(text) &&
      (calm?.test(folded) || (CONDITION_TOLD.test(folded) && folded.split(' ').length <= CONDITION_WORDS));
    return holdsUp
      ? movedTo(m, 'transit_safety', { act: 'context', care: true })
      : careReading(m, text, dialogue, folded);
  };
}

export function careReading(
  m: Meaning,
  text: string,
  dialogue?: DialogueContext,
  folded = fold(text),
): Meaning {
  if (m.emergency || dialogue?.emergency || dialogue?.asked === 'field') return m;
  // "y la insulina? ¿dónde me la dan gratis?" after a deportee's questions: care on the road (a judge's diabetic got the
  // repatriation modules); medicine lacked, told, too (emerg-ea's father deported to Tijuana without his).
  if (
    MEDICINE_MISREAD.has(m.topic) &&
    ((MEDICINE.test(folded) && asksSomething(text)) || MEDICINE_LACKED.test(folded)) &&
    !STATUS.test(folded)
  )
    return movedTo(m, 'transit_safety', { act: 'topic', facets: [], care: true });
  // "si voy al centro de salud me reportan a migracion?" in care's talk, read as status: whether care tells on one
  // (judge104's pregnant woman in Torreón got the humanitarian card twice).
  const onCareTalk = dialogue?.topic === 'transit_safety' || dialogue?.lastCare === true;
  if (
    onCareTalk &&
    !m.care &&
    REPORTED_MISREAD.has(m.topic) &&
    CARE_PLACE.test(folded) &&
    TOLD_ON.test(folded)
  )
    return movedTo(m, 'transit_safety', { act: 'otherQuestion', facets: [] });
  // "pitit mwen malad!! kisa m dwe fe pou lafyev la", asked in line or read as the road's help or a status question:
  // care, where to be seen and 911 if worse (judge88's mother in line got the Grupos Beta, then her place in line).
  if (
    !m.care &&
    ILL_MISREAD.has(m.topic) &&
    ILL_ACTS.has(m.act) &&
    (ILL_ASKED.test(folded) ||
      ILL_IF.test(folded) ||
      WORSE_WHERE.test(folded) ||
      DOCTOR_NEEDED.test(folded) ||
      DOCTOR_NEEDED_BY.test(folded) ||
      sickTaken(folded)) &&
    !STATUS.test(folded)
  )
    return movedTo(m, 'transit_safety', { act: 'topic', facets: [], care: true });
  // "youn nan nou malad anpil, ki kote li ka wè dokte gratis" in the road's talk, before any care: where to be seen.
  if (
    !m.care &&
    !dialogue?.lastCare &&
    m.topic === 'transit_safety' &&
    SICK.test(folded) &&
    (DOCTOR_WHERE.test(folded) || GO_WHERE.test(folded))
  )
    return movedTo(m, 'transit_safety', { act: 'followUp', facets: ['where'], care: true });
  // "nou gen yon timoun ki malad", told on the road before any care: care, not who the Grupos Beta help (sight79-a).
  const onRoad = dialogue?.topic === 'transit_safety' && !dialogue.first;
  if (onRoad && !m.care && !dialogue?.lastCare && SICK_WITH_US.test(folded) && !STATUS.test(folded))
    return movedTo(m, 'transit_safety', { act: 'topic', facets: [], care: true });
  // "where can i take her, we dont have money" just after the road's care: where to be seen, as care (emerg-ea's
  // mother in Tijuana got the Grupos Beta and every town's care points).
  if (
    dialogue?.lastCare &&
    m.topic === 'transit_safety' &&
    !m.care &&
    (TAKE_WHERE.test(folded) || (SICK.test(folded) && GO_WHERE.test(folded))) &&
    !FREE.test(folded)
  )
    return { ...m, care: true };
  // No money for the doctor, told while care is under discussion: what care costs (sight63-a got a crime report's offices).
  if (dialogue?.topic === 'transit_safety' && NO_MONEY_FOR_CARE.test(folded))
    return { ...m, topic: 'transit_safety', candidates: [], act: 'followUp', facets: ['cost'] };
  // "is there a hospital where she can give birth free without papers?" in asylum's talk, then "a hospital to give
  // birth. Where?" read as an apostille (judge116's Cameroonian husband): where to give birth is care on the road.
  const birthPlace = BIRTH.test(folded) && CARE_PLACE.test(folded) && !REGISTERED.test(folded);
  if (!m.care && birthPlace && m.topic !== 'transit_safety' && !BABY_REGISTERED.test(folded))
    return movedTo(m, 'transit_safety', { act: 'topic', care: true });
  // "estoy embarazada de 5 meses y no me e checado, estoy en tapachula, donde me pueden revisar" read as the help after a
  // deportation (emerg-fe): a pregnancy to be seen on the road is care, where to be seen.
  if (
    !m.care &&
    PREGNANCY_MISREAD.has(m.topic) &&
    PREGNANT.test(folded) &&
    (GO_WHERE.test(folded) ||
      DOCTOR_WHERE.test(folded) ||
      CHECKUP_WHERE.test(folded) ||
      (SEEN_ASKED.test(folded) && (!dialogue || dialogue.first))) &&
    // A doctor asked for outright is care, a hearing of asylum only told beside it (emerg-fi, in Matamoros).
    (!STATUS.test(folded) || DOCTOR_WHERE.test(folded))
  )
    return movedTo(m, 'transit_safety', { act: 'topic', care: true });
  // "where can i give birth" read as a birth to register: care, unless registering is asked.
  const birth = m.topic === 'dual_nationality' && BIRTH.test(folded) && !REGISTERED.test(folded);
  // The newborn's registration asked after the birth ("m fènk akouche… kijan pou m deklare ti bebe a?", judge110).
  if ((m.topic !== 'mx_status' && !birth) || STATUS.test(folded) || BABY_REGISTERED.test(folded)) return m;
  const onCare = dialogue?.topic === 'transit_safety';
  if (CARE.test(folded)) return movedTo(m, 'transit_safety', { act: onCare ? m.act : 'topic' });
  if (onCare && NO_PAPERS.test(folded))
    return { ...m, topic: 'transit_safety', candidates: [], act: 'followUp', facets: ['eligibility'] };
  return m;
}

/** "pitit la toujou gen yon ti lafyèv. kote m ka mennen l isit la?" in asylum's talk (judge131 got COMAR twice). */
const sickTaken = (folded: string) =>
  SICK.test(folded) && (TAKE_WHERE.test(folded) || DOCTOR_WHERE.test(folded)) && !ERRAND.test(folded);
