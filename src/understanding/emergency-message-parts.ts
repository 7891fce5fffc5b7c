/**
 * The parts of a message written during an emergency that say something on their own: where the
 * person is, when the message tells it (not when it only asks), the call told made, and the surer
 * reading of the whole or of its last question; with the settings that reading uses (how long a
 * message may be to only say one thing, the model's acts that mean the same). Split from
 * follow-up-emergency.ts, which reads the rest. Pure.
 */

import type { Meaning, TopicId } from '../core/types.ts';
import type { EmergencyMessage } from './emergency-message.ts';
import {
  BACK_TO,
  CALL_TOLD_FIRST,
  CARE_PLACE,
  DEMANDS_MONEY,
  GOING_TO_PAY,
  HOW_ASKED,
  OFFERED_MONEY,
  PAY_WORDS,
  SENDS_MONEY,
  WHERE_ASKED,
} from './emergency-words.ts';
import { foldedWords } from './fold.ts';
import { HELPERS } from './help-words.ts';
import { type InContext, NONE } from './in-context-shapes.ts';
import { withoutMoneyPlaces } from './money-places.ts';
import { elsewhereTold, placeClauses, withoutElsewhere } from './place-clauses.ts';
import { asksSomething, opensAsQuestion } from './question.ts';
import { firstSentence, sentencesOf } from './question-part.ts';

/** Words that open a question ("will the hospital…?", "¿hay albergue…?"), not a place told with a question mark ("map says near el papalote?"). */

/** A message that opens by naming someone ("se llama Ramiro…", "his name is Omar…", "li rele Wilfrid…"). */
const NAME_OPENS =
  /^(y |and |e )?((el|ella|mi \w+) )?(se llama|se llamaba|su nombre es|el nombre es|(his|her|my \w+ s|my \w+) name( is| s)|name is|li rele|li rele l|yo rele l|non (li|l) se)\b/;
/** Where someone is now, told after the name ("se llama Juan y está en la bodega"). */
const NOW_AT =
  /\b(esta|estan|estamos|estoy|is|are|am|li|nou|m|mwen) (en|at|in|near|inside|nan|bo|kote|toupre)\b/;

/** Who someone is ("se llama Ramiro, es de Tlahualilo"), with no word of where they are now. */
export function namesSomeone(text: string): boolean {
  const folded = foldedWords(text).join(' ');
  return NAME_OPENS.test(folded) && !NOW_AT.test(folded);
}

/** How sure the topic model must be that "what do I do?" asks a procedure's question, not the danger's. */
export const PROCEDURE_SURE = 0.6;
/** Below this, a procedure read in a place told without a question ("he's near the wall…") is no question asked. */
export const PLACE_OVER_PROCEDURE = 0.9;

/** The reading of the whole, or of its last question when that one is sure, and surer ("ya lo cosieron. ¿hay albergue?"). */
export function surerOf<R extends { confidence: number }>(
  whole: R,
  question: string | null,
  read: (q: string) => R,
): R {
  const part = question ? read(question) : null;
  return part && part.confidence > Math.max(whole.confidence, PROCEDURE_SURE) ? part : whole;
}

/**
 * The writer safe at home ("oye q no soy yo!! yo estoy bien en mi casa", "i'm fine at home", "m byen lakay"),
 * writing for someone in danger elsewhere: no place of the danger (judge76: it replaced the desert's place).
 */
const SAFE_AT_HOME =
  /\b(yo )?(estoy|toy|estamos) (bien )?(aqui )?en (mi|nuestra) casa\b|\b(i m|im|i am|we re|we are) (fine|ok|okay|safe) at home\b|\b(m|mwen|nou) (byen|anfom) lakay\b/;

/**
 * What of a message says where the person is: what it tells, when that says it ("ya lo cosieron
 * en el hospital. ¿hay albergue por aquí?"); else all of it ("map says near el papalote?"),
 * unless it only asks or its question asks where something is ("mèsi. kote Grupo Beta ye?").
 */
export function placeTold(text: string, saysWhere: (part: string) => boolean): string | undefined {
  // "li rele Wilfrid Pierre, 27 an, nou se moun Gonaives": who someone is and where they are from.
  if (namesSomeone(text)) return undefined;
  const all = sentencesOf(text);
  const sentences = all.filter((sentence) => !elsewhereTold(foldedWords(sentence).join(' '), SAFE_AT_HOME));
  if (sentences.length < all.length)
    return sentences.length ? placeTold(sentences.join('. '), saysWhere) : undefined;
  const asking = sentences.filter((sentence) => asksSomething(sentence));
  if (asking.length === sentences.length) return undefined;
  // "…li rele Jonas Pierre" after other words names someone, as it does first (judge115's sister).
  const telling = sentences.filter((sentence) => !asking.includes(sentence) && !namesSomeone(sentence));
  const told = telling.join(' ').trim();
  // Only the sentences that say where, when some do alone (judge114: a truck following, a father scared and the
  // highway past Sombrerete were noted whole as the place).
  const placing = telling.length > 1 ? telling.filter((sentence) => saysWhere(sentence)) : [];
  if (placing.length) return placing.join(' ').trim();
  if (saysWhere(told)) return placeClauses(told, saysWhere);
  const asksWhere = asking.some((sentence) => WHERE_ASKED.test(foldedWords(sentence).join(' ')));
  // "will the hospital treat him without papers? he's guatemalan" asks about a place; it does not say one.
  if (asksWhere || opensQuestion(text) || !saysWhere(text)) return undefined;
  // Said in a question ("estamos cerca de un rancho?"): that question, not what else is told (judge83's
  // "idk if 911 works. should i stay in the store?" was noted whole); staying or leaving asks, it tells none.
  const placed = asking.filter((s) => saysWhere(s) && !STAY_OR_LEAVE.test(foldedWords(s).join(' ')));
  return placed.length ? placed.join(' ').trim() : undefined;
}

/** The same, where money would be paid saying where no one is ("she already went to the store, should she pay?"). */
export const placeToldUnpaid = (text: string, saysWhere: (part: string) => boolean): string | undefined =>
  placeTold(text, (part) => saysWhere(withoutMoneyPlaces(part)));

/** The place a message tells, as slots for the urgent ticket (none when it only asks). */
export function placeSlots(
  text: string,
  placeSaid: (words: readonly string[], text: string) => boolean,
): { slots?: { place: string } } {
  // "q si no les deposito 20 mil en un oxxo lo matan" says where to pay, not where anyone is.
  const saysWhere = (part: string) => {
    const unpaid = withoutMoneyPlaces(part);
    return placeSaid(foldedWords(unpaid), unpaid);
  };
  // A danger and its place in one line with a question mark ("estoy encerrada en una bodega en
  // reynosa ayuda?") still says where; a question that opens as one does not.
  const place =
    placeTold(text, saysWhere) ??
    (!opensQuestion(text) && saysWhere(withoutElsewhere(text, SAFE_AT_HOME)) ? text.trim() : undefined);
  return place ? { slots: { place } } : {};
}

/**
 * A sentence of the message asks, opening with a question's word, or about care somewhere ("lo van
 * a atender en el hospital sin papeles?"): a place in it is asked about, not told.
 */
function opensQuestion(text: string): boolean {
  return sentencesOf(text).some((sentence) => {
    if (!asksSomething(sentence)) return false;
    const words = foldedWords(sentence);
    return opensAsQuestion(words) || CARE_PLACE.test(words.join(' '));
  });
}

/** The message opens by telling the call made ("ok i called.", "m rele."), at any length. */
export const callToldFirst = (text: string): boolean =>
  CALL_TOLD_FIRST.test(foldedWords(firstSentence(text)).join(' '));

/** How sure the topic model must be of a question asked with "I can't call" for it to be answered then. */
export const ASKED_SURE = 0.9;

/** Topics that are no procedure an aspect could be asked of. */
export const NOT_PROCEDURES = new Set<TopicId>(['emergency', 'human', 'none', 'office_info']);

/** Acts that may come before the question a message asks ("gracias. ¿y hay albergue?"). */
export const PREFACES = new Set<Meaning['act']>(['thanks', 'greeting']);

/** The dialogue model's acts that say the same thing in an emergency. */
export const BY_ACT: Partial<Record<string, Meaning['act']>> = {
  who_comes: 'whoComes',
  pay: 'pay',
  cannot_call: 'cannotCall',
  what_to_do: 'whatToDo',
  thanks: 'thanks',
  greeting: 'greeting',
  wait: 'when',
  // "yes please", "ok yes connect me" with nothing asked of them: staff are wanted, so where the
  // case stands (they got "you're welcome").
  yes: 'when',
  no: 'thanks',
};

/** Someone who brings help: an ambulance, the police. */
export const HELPER = new RegExp(`\\b${HELPERS}\\b`);
/** Words at most in a message that only says help came (a longer one tells more: a place, a question). */
export const HELP_WORDS = 8;
/** Words at most in a message that only says 911 or the police were called (a longer one tells more). */
export const CALLED_WORDS = 14;
/** Words at most in a question about paying (a longer message tells more than that). */
export const PAY_QUESTION_WORDS = 12;

/** At most this many words, a greeting or "are you there?" only calls out. */
export const STILL_THERE_WORDS = 4;
/** Words at most in a message that asks the office's hours alone ("a q hora abren"). */
const HOURS_WORDS = 8;

/** The office's hours asked alone ("a q hora abren"), not in a longer message ("mientras me atienden, ¿…?"). */
export const hoursAlone = (
  words: readonly string[],
  asksOfficeHours: (words: readonly string[]) => boolean,
) => words.length <= HOURS_WORDS && asksOfficeHours(words);

/**
 * Money sent to family back home ("kijan pou m voye lajan bay manman m Ayiti?", "how do i send money to my mom
 * in honduras"): a remittance asked about, safe in a shelter (judge87), not a demand to pay; a relative abroad
 * who asks whether to pay ("mi mamá en Guatemala pregunta si paga") sends nothing home. Folded words joined.
 */
export const sentHome = (joined: string) => SENT_HOME.test(joined);
const SENT_HOME =
  /\b(mand\w*|envi\w*|send|sending|voye)\b.{0,30}\b(a|to|bay|nan|an|en)\b.{0,25}\b(ayiti|haiti|honduras|guatemala|el salvador|nicaragua|venezuela|cuba|mi pais|my country|peyi (m|mwen))\b|\bvoye (lajan|kob) (ann |an |nan )?ayiti\b/;

/**
 * "¿le deposito? dice q es legal": paying asked about gets the one sourced line for it, whatever act
 * the model read ("what do I do?", a question about bail). Asked in a sentence of its own too
 * ("tapachula, nan yon ti chanm. m pa ka rele 911. eske m peye l?").
 */
/** A complaint filed ("kijan m ka depoze plent?": emerg-gm got the ransom's line), no deposit, folded. */
const COMPLAINT_FILED = /\bdepoze (yon |la |a )?(plent|deklarasyon|dosye)\b/;
const payAsked = (words: readonly string[], text: string) =>
  words.length <= PAY_QUESTION_WORDS &&
  asksSomething(text) &&
  !COMPLAINT_FILED.test(words.join(' ')) &&
  (words.some((w) => PAY_WORDS.test(w)) || SENDS_MONEY.test(words.join(' ')));

/** Paying asked (in the message, a sentence or a clause: judge118), or money demanded or offered; never money sent home. */
export const moneyAsked = (words: readonly string[], text: string) => {
  const joined = words.join(' ');
  if (sentHome(joined)) return false;
  return (
    payAsked(words, text) ||
    sentencesOf(text)
      .flatMap((s) => [s, ...s.split(',')])
      .some((s) => payAsked(foldedWords(s), s)) ||
    DEMANDS_MONEY.test(joined) ||
    OFFERED_MONEY.test(joined)
  );
};

/** The sum demanded said to be out of reach, folded ("we dont have that kind of money", "no tengo tanto"). */
const LACKS_THE_SUM =
  /\b(no (tenemos|tengo|tiene|tienen)|(we|i|they|he|she) (dont|don t|do not|doesnt|doesn t|does not) have|(nou|m|mwen|li|yo) pa gen)( (ni|todo|all|tout))? ((ese|esa|tanto|tanta|that|that kind of|so much|the) (dinero|lana|feria|money|cash)|(that|so) much|tanto|(lajan|kob) (sa a|sa|sa yo))\b/;

/**
 * Paying told as what they will do ("we're gonna pay i think"), or the sum demanded said to be out of reach
 * ("no tenemos ese dinero, ¿qué hago?", "nou pa gen lajan sa a, kisa pou m fè"): paying is what the message
 * is about, whatever act was read (emerg-de: the kind's lines again). Folded words joined.
 */
export const payingTold = (joined: string) => GOING_TO_PAY.test(joined) || LACKS_THE_SUM.test(joined);

/**
 * A procedure asked for by name once the danger eases ("m vle mande refij", "kounya m vle mande TVRH
 * pou nou 2", "quiero pedir asilo", "how do we apply for asylum", "¿a quién me quejo de ellos?"): its answer, not
 * who comes or paying.
 */
export const PROCEDURE_REQUESTED =
  /\b((m|mwen|nou) (vle|bezwen|ta renmen) (mande|fe|fè|jwenn)|quiero|queremos|quisiera|como (pido|pedimos|solicito|saco|sacamos|tramito)|(i|we) (want|need|would like) to (ask for|apply for|request|get)|how (do|can) (i|we) (ask for|apply for|request|get)|can (i|we) (ask for|ask|apply for|request|get|claim)|(puedo|podemos) (pedir|solicitar)|(m|mwen|nou) ka mande)\s+(\w+\s+){0,2}(refij|refiji|refugio|refugiad[oa]s?|asilo|asylum|azil|tvrh|tarjeta|kat rezidan|kat imanite|curp|permiso|visa humanitaria|humanitarian visa|residencia|rezidans)\b|\b(azil|asil|asilo|asylum|refugio|refij|comar)\b.{0,30}\b(pwoteje|proteje|proteger|protegerme|protege|protect|protects)\b|\b(a quien|con quien|donde|ante quien|como) (me |nos )?(quejo|quejamos|pongo (una )?queja)\b|\b(where|how|who) (do|can|should) (i|we) (complain|file a complaint)\b|\b(ki kote|kijan|ak ki moun|bay ki moun) (pou )?(m|mwen|nou) (ka )?(pote|fe|fè) plent\b/;

/**
 * Staying or leaving where one is, asked in an emergency ("Should I stay here or leave?", "¿me quedo
 * aquí o me salgo?", "m rete la oswa m ale?"), or one way asked ("should i go back inside for my kids?",
 * "eske m ta kite kay la?", "¿mejor me salgo?", not "mejor me voy pa estados unidos": emerg-fi): what to do now,
 * not a shelter to look for (judge82); or whether to tell someone near (`tell`: "should i tell her?", "¿le digo al
 * guardia?": yes, someone there who can help, judge92).
 */
export const STAY_OR_LEAVE =
  /\b(stay|me quedo|nos quedamos|quedarme|quedarnos|rete)\b.{0,25}\b(or|o|oswa|ou) (i |we |me |nos |m |nou )?(leave|go|run|salgo|salimos|me salgo|nos salimos|me voy|nos vamos|vamos|ale|soti|kouri)\b|\b(should|shall) (i|we) (go back|leave|stay|run|get out|go home|go out|hide)\b|\bdo (i|we) (stay|leave|run|hide|go back)\b|\b(debo|debemos|mejor) (me )?(salir|salgo|irme|me voy|quedarme|me quedo|regresar|regreso)\b(?! (pa|para|a|al|pal) (el otro lado|otro lado|estados unidos|eeuu|usa|texas|arizona|california|chicago))|\b(m|mwen|nou) (ta|dwe) (kite|soti|rete|kouri)\b|^(y |and |e )?(si|if|what if) (me |nos |i |we |m |mwen |nou )?(salgo|salimos|me salgo|nos salimos|me voy|nos vamos|corro|corremos|leave|go out|run|soti|kouri)( de aqui| from here| la)?\??$|\b(?<tell>(should|can|could) (i|we) (tell|ask|talk to) (her|him|them|the (\w+ )?(lady|guy|man|woman|guard|guards|driver|staff|worker|clerk|security|police|cop))(?! (to|what|that|if|about|how|where|not))|(le|les) (digo|aviso|pido ayuda|cuento)( a| al| a la| a los)? (senora|senor|guardia|chofer|empleada|empleado|muchacha|muchacho|policia|vigilante|taquillera)|eske (m|mwen|nou) (ta dwe|dwe|ka) (di|mande) (li|l|yo|madanm nan|mesye a|gad la))\b/;

/**
 * The relative's matter named ("gracias. y lo de mi hijo, ¿quién paga el traslado?": judge113's grieving mother got a
 * deportee's help): the procedure asked before the danger, folded.
 */
const RELATIVE_BACK =
  /\b(y |and )?lo (de|del) (mi|mis|su|sus|nuestro|nuestra) (hijo|hija|esposo|esposa|papa|mama|hermano|hermana|primo|prima|tio|tia|sobrino|sobrina|nieto|nieta|abuelo|abuela|familiar)\b|\bwhat about (my|his|her|our) (son|daughter|husband|wife|dad|father|mom|mother|brother|sister)\b|\b(the|my|our) (baby|son|daughter|kid|child) s papers\b|\blos papeles (del|de la|de mi) (bebe|nino|nina|hijo|hija)\b|\bpapye (ti bebe|bebe|pitit) (a|la|mwen|m)\b/;

/** A part of the talk named, folded ("y lo de la constancia…", "oiga y lo del acta…"), never the danger's own. */
const PART_NAMED_BACK =
  /^(oiga |oye |ok |bueno )?(y )?lo (de|del) (?!(el |la |los |las )?(dinero|deposito|pago|rescate|lana|feria|numero|llamada|amenaza|policia|911)\b)/;

/**
 * Back to a procedure, asked with a mark or with "how": the one asked before the danger ("regresando a lo de mi
 * bebe"), or a part named ("y lo de la constancia como le hago": whichever procedure the words name, else that one).
 */
export function backToAsked(joined: string, text: string): 'back' | 'part' | null {
  if (!(asksSomething(text) || HOW_ASKED.test(joined))) return null;
  if (BACK_TO.test(joined) || RELATIVE_BACK.test(joined)) return 'back';
  return PART_NAMED_BACK.test(joined) ? 'part' : null;
}

/**
 * Medicine or a test against an infection or a pregnancy asked after an assault ("is there medicine so she doesn't get
 * HIV", "eske gen medikaman pou m pa pran maladi?"): what to do, whose answer is the emergency's own (PEP), not the
 * road's (the fresh set emerg-di got the Grupos Beta). Folded words joined.
 */
export const preventionAsked = (joined: string) => PREVENTION.test(joined) && MEDICINE.test(joined);
const PREVENTION =
  /\b(hiv|vih|sida|its|ets|std|stds|sti|stis|infeccion|infecciones|infection|infections|enfermedad|enfermedades|maladi|enfeksyon|embarazo|embarazarme|embarace|pregnant|pregnancy|ansent|enfermarme|enfermarse|enfermar|contagiarme|contagio|get sick|getting sick|catch something)\b/;
const MEDICINE =
  /\b(medicina|medicinas|medicamento|medicamentos|medicine|medication|meds|pill|pills|pastilla|pastillas|pildora|remedio|tratamiento|treatment|medikaman|grenn|renmed|prueba|pruebas|test|tests|tes)\b/;

/**
 * Not knowing told, asking nothing ("m pa konnen si li janbe oswa li rete Meksik", "no sé si cruzó"): what the
 * family knows, for the urgent case, not a question about status in Mexico (emerg-dk got the card's travel rules).
 */
export const unknownTold = (joined: string, text: string) =>
  !asksSomething(text) && UNKNOWN_TOLD.test(joined);
const UNKNOWN_TOLD =
  /^(no se|no sabemos|no sabe|i don t know|i dont know|we don t know|we dont know|idk|(m|mwen|nou) pa (konn|konnen)) (si|whether|if)\b/;

/** What the message tells, for the urgent case: the place unless it names someone, and the other slots. */
export function contextTold(m: EmergencyMessage, wontCall: boolean): InContext {
  const { place, ...notPlace } = m.slots();
  const kept = place && !namesSomeone(m.text) ? place : undefined;
  const slots = kept ? { ...notPlace, place: kept } : notPlace;
  return m.withLang({ ...NONE, act: 'context', slots, ...(kept && wontCall && { alsoCannotCall: true }) });
}

/** The office's own address asked outright ("m mande ADRÈS biwo a, m ap vini a pye"): given, the person comes to it (judge88b). */
export const OFFICE_ADDRESS_ASKED =
  /\b(adres|direccion|address|domicilio)\b.{0,20}\b(biwo|oficina|office|instituto|enstiti)\b|\b(biwo|oficina|office|instituto) (a |an |nou an |de ustedes |your )?(adres|direccion|address)\b|\b(your|su|nou) (office|oficina|biwo) address\b|\b(vin|vini|ale|ir|llegar|go|come)\b.{0,15}\b(biwo|oficina|office)\b.{0,60}\b(adres|direccion|address|ki kote (li|l) ye|donde (esta|queda)|where is it)\b|\bustedes (donde|en donde) (estan|quedan)\b|\b(donde|en donde) (estan|quedan) ustedes\b|\bwhere are you (guys )?(located|based)\b/;
