/**
 * The help Mexicans get when they come home (reintegration: jobs, health, school; deportee
 * support: the repatriation modules) is not for a foreigner in Mexico, who asking in the same
 * words asks about health on the road or their status here. Session 56's hand judge found a
 * Venezuelan who needed insulin in Durango given the returnees' job service, and Haitians lost in
 * the desert who feared deportation given the modules that receive Mexicans sent back from the US;
 * session 57's sets, a Venezuelan's work permit and a Haitian's visitor card given Héroes Paisanos;
 * session 58's, a Haitian family's children asking for school during asylum given the returnees'
 * answer (asylum's own answers hold their schooling).
 * A foreigner: the conversation says so (DialogueContext.foreigner: a nationality told before, or
 * a foreigner's status or asylum asked), or the message names a nationality other than Mexican
 * (then `foreigner` on the meaning, for the conversation to remember). Pure.
 */
import type { DialogueContext, Meaning, TopicId } from '../core/types.ts';
import type { EmergencySignals } from '../knowledge/schema.ts';
import { createIllnessTest } from './detect-emergency.ts';
import { fold } from './fold.ts';
import { movedTo } from './in-context-shapes.ts';
import { SLEEP_PLACE } from './shelter-asked.ts';
import { US_PLACE } from './us-born.ts';

/** Topics for Mexicans who come back, or come home to visit (Héroes Paisanos). */
const RETURNEE_TOPICS: ReadonlySet<TopicId> = new Set<TopicId>([
  'reintegration',
  'deportee_support',
  'paisano',
]);

/** A nationality other than Mexican, or "I am not Mexican", on folded text. */
const NOT_MEXICAN = new RegExp(
  [
    '\\b(soy|somos|es|son|i m|im|i am|we re|we are|he s|she s|m se|mwen se|nou se|li se)\\s+(de\\s+|\\d+\\s+)?',
    '(venezolan[oa]s?|hondurenos?|hondurenas?|salvadorenos?|salvadorenas?|guatemaltec[oa]s?|nicaraguenses?|',
    'cuban[oa]s?|haitian[oa]s?|colombian[oa]s?|ecuatorian[oa]s?|peruan[oa]s?|african[oa]s?|',
    'venezuelan|honduran|salvadoran|guatemalan|nicaraguan|cuban|haitian|colombian|ecuadorian|african|',
    'ayisyen|ayisyèn|venezyelyen|ondiryen|kiben|nigerian[oa]?s?|cameroonian|cameroonians|camerunes[ae]?s?|ghanaian|congolese|congoles[ae]?s?|',
    'senegalese|senegales[ae]?s?|angolan[oa]?s?|eritrean|ethiopian|somali|indian|bangladeshi|nepali|pakistani|afghan)\\b',
    '|\\b(soy|somos|i m|im|i am|we re|we are|m|mwen|nou|vengo|venimos|i come|we come|i came|we came|dni|pasaporte|passport)\\s+(de|from|soti)\\s+(venezuela|honduras|el salvador|',
    'guatemala|nicaragua|cuba|haiti|ayiti|colombia|ecuador|peru|ghana|senegal|camerun|cameroon|nigeria|congo|angola|',
    'mauritania|guinea|eritrea|ethiopia|etiopia|somalia|india|bangladesh|nepal|pakistan|afganistan|afghanistan|brasil|brazil|',
    'chile|argentina|bolivia|republica dominicana|dominican republic|belice|belize|costa rica|panama)\\b',
    '|\\b(no soy|no somos|not|im not|i m not|nou pa|m pa|mwen pa|li pa) (mexican[oa]s?|mexican|meksiken)\\b',
  ].join(''),
  'u',
);

const CURP = /\bcurp\b/u;

/**
 * Residence in Mexico sought ("how do i become a resident? im on a tourist permit", "estoy casada con un
 * mexicano, como saco la residencia"): only a foreigner asks it, whatever nationality goes untold
 * (session 80's fresh set: an American wife got Héroes Paisanos).
 */
const RESIDENCE_SOUGHT =
  /\b((become|get|apply for|sacar|tramitar|obtener|pedir|hacerme|ser) (a |la |mi )?(resident|residente|residencia|residency|permanent resident)|married to a mexican|casad[oa] con (un|una) mexican[oa]|(tourist|turista) (permit|visa|card)|(permiso|tarjeta|forma) de turista|fmm)\b/u;

/** A card or papers that expired ("kat li a ekspire depi 2 mwa", "se me vencio la tarjeta"), on folded text. */
const EXPIRED =
  /\b(kat|tarjeta|card|papye|papeles|papers|permiso|permit|pemi|tvrh|residencia|residency|rezidans)\b(\s+\S+){0,3}?\s+(ekspire|vencid[oa]s?|vencio|vence|vencieron|expired|expires|expire|caduc\w*)\b|\b(vencio|vencieron|se me vencio|expired|ekspire)\b(\s+\S+){0,3}?\s+(la |el |mi |my |the )?(kat|tarjeta|card|papye|papeles|papers|permiso|permit|tvrh|residencia)\b/u;

/**
 * Going back to one's own country ("m vle tounen Ayiti", "quiero regresar a honduras"): the road's answer on
 * assisted-return flights (Haiti is not on its list), not the help for Mexicans sent back (judge80's Haitian
 * in Tijuana got the modules and a ride to Durango four times). `named`: a country other than Mexico named.
 */
const RETURN_ABROAD =
  /\b(tounen|retounen|regresar|regresarme|volver|go back|going back|return|get back)\b.{0,30}\b(ayiti|haiti|lakay (m|mwen)|peyi (m|mwen)|mi pais|my country|(?<named>honduras|guatemala|venezuela|cuba|el salvador|nicaragua|colombia|ecuador|peru))\b/u;
const returnsAbroad = (folded: string, foreign: boolean | undefined) => {
  const found = RETURN_ABROAD.exec(folded);
  return (
    found !== null && (foreign === true || found.groups?.named !== undefined || /ayiti|haiti/.test(found[0]))
  );
};

/** Help with papers asked outright ("i need help with papers", "ayuda con mis papeles", "m bezwen ed pou papye"). */
const PAPERS_SOUGHT =
  /\b(help with (my |the |our )?(papers|documents|paperwork)|need (my )?papers|ayuda con (mis |los |unos )?(papeles|documentos)|necesito (mis )?papeles|arreglar (mis |los )?papeles|(ed|ede m) (pou|ak) (papye|dokiman))\b/u;

/** Papers or a card to stay or to work in Mexico ("que papeles ocupo para quedarme a trabajar", "kat pou m travay"). */
const STAY_PAPERS =
  /\b(papeles|permiso|tarjeta|papers|permit|card|papye|pemi|kat)\b.{0,40}\b(trabajar|quedarme|quedarnos|work|stay|travay|rete)\b|\b(trabajar|quedarme|quedarnos|work|stay|travay|rete)\b.{0,40}\b(papeles|permiso|tarjeta|papers|permit|card|papye|pemi)\b/u;

/** A victim of a crime: the TVRH's own ground ("por ser víctima", "as a victim", "kòm viktim"). */
const VICTIM = /\b(victima\w*|victim\w*|viktim)\b/u;
/** The United States named: its places (us-born.ts), and the words for going there ("el otro lado"). */
const US_NAMED = new RegExp(`\\b(${US_PLACE}|united states|eua|el otro lado|gabacho)\\b`, 'u');

/**
 * A return told in Kreyòl: deported or sent back, back from the US or the US named (a diploma earned there), a drive
 * home for Christmas or a holiday, the Paisano programme.
 */
const RETURN_TOLD =
  /\b(depote|deporte|deport\w*|voye (m|l|li|nou) tounen|tounen soti|retounen soti|repatri\w*|nwel|vakans|kondi|ozetazini|etazini|ameriken|paisano)\b/u;

/** Getting home to Durango ("kijan pou m ale Durango?", "rive lakay li Durango", "m pral Durango an desanm"). */
const HOME_TOLD =
  /\b(ale|al|rive|tounen|retounen|pral|prale|desann) (lakay (m|li|l|nou) )?(nan |a )?durango\b/u;

/** A shelter named ("albergue", "abri"), or a place to sleep asked. */
const SHELTER = /\b(albergue\w*|shelters?|abri|refugio|kay akey)\b/u;
const shelterAsked = (folded: string) => SHELTER.test(folded) || SLEEP_PLACE.test(folded);

/** School or studies: the returnees' answer names INEA's, open to foreigners and refugees too. */
const SCHOOL =
  /\b(escuela|school|lekol|lekòl|estudiar|estudie|study|studies|etidye|inea|prepa|secundaria|primaria|universidad|college|kole)\b/u;

/** Crossing Mexico on the way north ("m ap pase nan meksik pou m al nan nò"): help on the road, not a visit home. */
const ROAD =
  /\b(sou wout|wout la|en el camino|on the way|on the road|travese|cruzar|cruzando|crossing|al norte|to the north|nan no|pou m al nan no|de paso|pase nan)\b/u;

/** An official's abuse or a bribe on the road: for a foreigner, legal advice, not the Mexicans' visit programme. */
const COMPLAINT =
  /\b(queja\w*|quejar\w*|complain\w*|plent|plenn|denunci\w*|extors\w*|mordida|bribe|abus\w*)\b/u;

/**
 * The topic a foreigner asks about in a returnee's words: health on the road, school, or status in
 * Mexico. `folded`: the message folded; `ill`: whether it names an illness (asked only when it counts).
 */
function foreignersTopic(
  topic: TopicId,
  folded: string,
  ill: () => boolean,
  current?: TopicId | null,
): TopicId {
  if (topic === 'paisano')
    return COMPLAINT.test(folded) ? 'legal_advice' : ROAD.test(folded) ? 'transit_safety' : 'mx_status';
  if (topic === 'reintegration' && ill()) return 'transit_safety';
  // A shelter asked in the words of the modules' ("pa gen okenn abri nan Reynosa?"): the road's shelters (judge101).
  if (topic === 'deportee_support' && shelterAsked(folded)) return 'transit_safety';
  // Asked while asylum is under discussion ("can the kids go to school while they wait?"): asylum's own answers.
  if (current === 'asylum') return current;
  // School elsewhere: the returnees' answer names INEA's, open to foreigners and refugees too.
  return topic === 'reintegration' && SCHOOL.test(folded) ? topic : 'mx_status';
}

/**
 * Héroes Paisanos is for Mexicans who visit home: never a foreigner's runner-up, whose named answers then
 * answer the question (a Haitian asking for help on the road north got its observers: sight59-a).
 */
const withoutPaisano = (m: Meaning): Meaning =>
  m.topic === 'paisano' ? m : { ...m, candidates: m.candidates.filter((topic) => topic !== 'paisano') };

/** The reading; an illness, a wound or medicine named (the care signals' `ill`) says health. */
export function createForeignerReading(signals: EmergencySignals) {
  const ill = createIllnessTest(signals);
  /** The topic a foreigner's message asks about, `told` carrying the nationality if the message states it. */
  function readFor(
    m: Meaning,
    told: Meaning,
    text: string,
    folded: string,
    how: { foreign: boolean; stated: boolean; dialogue?: DialogueContext },
  ): Meaning {
    const { foreign, stated, dialogue } = how;
    // A CURP asked by a foreigner, or in Kreyòl (session 57's judge: "curp" alone got Durango's
    // documents for people abroad): the INM's CURP for foreigners, in status in Mexico.
    if (m.topic === 'state_documents' && foreign && CURP.test(folded)) return movedTo(told, 'mx_status');
    // A foreigner's card that expired is their status, whatever the road's topic ("e kat li a ekspire", session 58).
    if (
      foreign &&
      m.topic !== 'mx_status' &&
      m.topic !== 'asylum' &&
      m.topic !== 'emergency' &&
      EXPIRED.test(folded)
    )
      return movedTo(told, 'mx_status', { act: 'topic', confidence: 1 });
    // "i am from cameroon in tapachula. i need help with papers": papers to stay in Mexico, not a menu (emerg-dk);
    // "y para quedarme a trabajar aqui en mexico que papeles ocupo?" after a shelter on the road (judge88): the same.
    if (
      foreign &&
      (m.topic === 'none' || m.topic === 'transit_safety') &&
      ((!dialogue?.topic && PAPERS_SOUGHT.test(folded)) || STAY_PAPERS.test(folded))
    )
      return movedTo(told, 'mx_status', { act: 'topic', confidence: 1 });
    // "can i get a humanitarian visa as a victim?" from a Guatemalan in Torreón: the TVRH, her status here (emerg-do);
    // a visa to see a sick mother in Miami is still the US's.
    if (foreign && m.topic === 'us_humanitarian_visa' && VICTIM.test(folded) && !US_NAMED.test(folded))
      return movedTo(told, 'mx_status', { act: 'topic', confidence: 1 });
    // A Haitian crossing Mexico on the way north is no Mexican coming home to visit (session 58); one
    // driving home from Dallas may be, and a Haitian's Mexican husband deported to Juárez is a deportee.
    if (RETURNEE_TOPICS.has(m.topic) && returnsAbroad(folded, foreign))
      return movedTo(told, 'transit_safety', { act: 'topic', confidence: 1 });
    const visitor = m.topic === 'paisano' && m.lang === 'ht' && ROAD.test(folded);
    // Written in Kreyòl is a foreigner's, with no return told (judge101's Haitian hiding in Reynosa got the modules for
    // Mexicans sent back); a Haitian wife's Mexican husband deported from the US, a Christmas drive home to Durango or
    // getting home to Durango is the returnee's, and so is what follows in a returnee's conversation. In a danger,
    // "ap depote nou?" is feared of Mexico's migration: only home named says a return.
    const returnTold = HOME_TOLD.test(folded) || (!dialogue?.emergency && RETURN_TOLD.test(folded));
    const returnee = dialogue?.topic ? RETURNEE_TOPICS.has(dialogue.topic) : false;
    const kreyol = m.lang === 'ht' && !returnTold && !returnee;
    if (!RETURNEE_TOPICS.has(m.topic) || (!dialogue?.foreigner && !stated && !visitor && !kreyol))
      return told;
    return movedTo(
      told,
      foreignersTopic(m.topic, folded, () => ill(text), dialogue?.topic),
    );
  }
  return (m: Meaning, text: string, dialogue?: DialogueContext, folded = fold(text)): Meaning => {
    const stated = NOT_MEXICAN.test(folded) || (m.topic === 'paisano' && RESIDENCE_SOUGHT.test(folded));
    const foreign = Boolean(dialogue?.foreigner || stated || m.lang === 'ht');
    const told: Meaning = stated ? { ...m, foreigner: true } : m;
    const read = readFor(m, told, text, folded, {
      foreign,
      stated,
      dialogue,
    });
    return foreign ? withoutPaisano(read) : read;
  };
}
