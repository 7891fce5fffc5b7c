/**
 * An aspect asked right after one of FINABIEN's named answers ("where do I get the card", "what ID do they ask for? I
 * only have my matricula", "where are their offices"): that subject's answer for it, not the productive projects' aspect
 * (sight90-a's man got the Institute's address and its projects' papers). Not after the transfer from Mexico, whose
 * aspects the topic's own "the sources do not say" answers as writers expect (a first version lost 25 such turns). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { answeredBy, laterQuestion } from './named-asked.ts';

const TOPIC = 'productive_projects';
const CARD_USA = 'answer.finabien_card_usa';
const CARD_MEXICO = 'answer.finabien_card_mexico';
const FEES = 'answer.finabien_fees';
/** FINABIEN's named answers: an aspect asked after one is about sending money. */
const FINABIEN = new Set([CARD_USA, CARD_MEXICO, FEES, 'answer.banco_bienestar']);
/** Readings an aspect of FINABIEN may have been given by mistake. */
const MISREAD = new Set([TOPIC, 'office_info', 'none']);

/** An ID or a card told or asked ("I only have my matricula", "m gen sèlman papye COMAR"), folded. */
const ID_WORDS =
  /\b(card|tarjeta|kat|matricula|passport|pasaporte|paspo|ine|licencia|license|licence|id|ids|identificacion|rezidan|residencia|comar)\b/u;
/** The family in Mexico receiving ("my mom", "pick it up"), folded. */
const RECEIVER =
  /\b(my (mom|mother|wife|family|dad)|mi (mama|madre|esposa|familia|papa|jefa)|manman (m|mwen)|fanmi (m|mwen)|madanm (m|mwen)|pick (it )?up|recib\w*|cobr\w*|resevwa)\b/u;
/** The card, the money or the transfer named, folded. */
const MONEY_OR_CARD =
  /\b(card|tarjeta|kat|finabien|money|dinero|lana|feria|lajan|kob|remesas?|remittance|send|mandar|enviar|voye|branch\w*|sucursal\w*|sikisal|their|sus|biwo yo)\b/u;
const FROM_MEXICO = 'answer.send_money_from_mexico';
/** FINABIEN or offices named, folded ("kote biwo yo ye", "ki kote FINABIEN la ye"). */
const OFFICES = /\b(finabien|biwo yo|biwo finabien|sikisal\w*|sucursal\w*|branch\w*|oficinas?)\b/u;
/** FINABIEN's offices named as theirs, folded. */
const THEIR_OFFICES = /\b(their|sus|biwo yo|branch\w*|sucursal\w*|sikisal)\b/u;
/** Another subject named: a business, the bank by name, a person. */
const OTHER_SUBJECT =
  /\b(business|negocio|negocito|tienda|store|biznis|komès|komes|proyecto|project|pwoje|banco|bank|bank del|cuenta|account|kont)\b/u;

export function namedAspectReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // A foreigner in Mexico (Kreyòl) sends from Mexico: the topic's own answers say what the sources do not.
  if (!laterQuestion(m, dialogue) || dialogue.topic !== TOPIC) return m;
  if (dialogue.foreigner || m.lang === 'ht') return foreignerOffices(m, dialogue.lastAnswer ?? '', folded);
  const last = dialogue.lastAnswer ?? '';
  if (!FINABIEN.has(last) || !MISREAD.has(m.topic) || OTHER_SUBJECT.test(folded)) return m;
  const idTold = m.act === 'context' && ID_WORDS.test(folded);
  // Offices asked are FINABIEN's only when theirs ("where are their offices"), not the Institute's ("where is your office").
  const theirs = m.topic !== 'office_info' || (THEIR_OFFICES.test(folded) && m.facets[0] === 'where');
  // About the money or the card ("where do I get the card"), not the projects' ("o hay algo en mi municipio").
  const aboutIt = MONEY_OR_CARD.test(folded) || m.facets[0] === 'cost' || m.facets[0] === 'documents';
  const aspect =
    m.facets.length === 1 && (m.act === 'followUp' || m.topic === 'office_info') && theirs && aboutIt;
  if (!aspect && !idTold) return m;
  const facets = idTold ? ['documents' as const] : m.facets;
  const answer = pick(last, facets[0], folded);
  return answer ? { ...answeredBy(m, TOPIC, answer), facets } : m;
}

/**
 * In Mexico, FINABIEN's offices asked after its answers ("m nan Gomez Palacio. kote m ka jwenn FINABIEN la?": judge121's
 * Haitian got the Institute's address twice): the transfer from Mexico's answer, which names its branches; after it,
 * the card's in Mexico, which names them too (not the same paragraph again).
 */
function foreignerOffices(m: Meaning, last: string, folded: string): Meaning {
  const after = FINABIEN.has(last) || last === FROM_MEXICO;
  const offices = m.facets.length === 1 && m.facets[0] === 'where' && OFFICES.test(folded);
  return after && offices && !OTHER_SUBJECT.test(folded)
    ? { ...answeredBy(m, TOPIC, last === FROM_MEXICO ? CARD_MEXICO : FROM_MEXICO), facets: ['where'] }
    : m;
}

/** Which of FINABIEN's answers says the aspect: the family's card for the one receiving, else the card in the US. */
function pick(last: string, facet: string | undefined, folded: string): string | null {
  if (facet === 'cost') return last === FEES ? null : CARD_USA;
  return last === CARD_MEXICO || RECEIVER.test(folded) ? CARD_MEXICO : CARD_USA;
}
