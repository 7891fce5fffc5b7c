/**
 * The way or the cost of sending money home asked after the first message ("my brother still in oregon sends money home
 * every month, whats the cheapest way": sight83-a's returnee got "our sources do not say exactly that"; "konbyen FINABIEN
 * pran pou voye kòb Ayiti?", judge110): FINABIEN's named answers, from Mexico to another country for one writing from
 * Mexico to Haiti or Central America, else its fees for the cost or the cheap way, else the card from the US. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { answeredBy, laterQuestion } from './named-asked.ts';

/** Money sent home or a remittance, folded. */
const SENDS_MONEY =
  /\b((send|sends|sending|sent|wire)( us| me| them| her| him)? (money|cash|a remittance)|remittances?|(mandar|manda|mandan|mando|enviar|envia|envian|envio)(le|les|me|nos| nos| me| les| le)?( el| la| mi| su| un| una)? (dinero|lana|feria|remesas?)|remesas?|voye (kob|lajan|\d+)|(mandar|enviar|send|mando|envio) \d+|(pran|chaje) pou voye|cobran (por|pa|para) (mandar|enviar)|charge (to|for) send\w*|finabien)\b/u;
/** The cost or the cheap way asked, folded. */
const COST_OR_CHEAP =
  /\b(cheap\w*|cost\w*|fees?|charge\w*|how much|barat\w*|cuesta|comision\w*|cuanto|konbyen|pri|che|bon mache)\b/u;
/** The money collected or received here ("como lo cobro sin ine", "sale mas barato recibir"): the help on return's answers. */
const RECEIVED = /\b(cobr\w*|recib\w*|receive\w*|pick (it )?up|collect|resevwa|touche|retire)\b/u;
/** A way or a cost asked, folded. */
const ASKED =
  /\b(how|what|whats|which|best way|como|cual|donde|kijan|ki jan|kote|konbyen|cheap\w*|barat\w*|cuanto|cost\w*|fees?)\b/u;
/** To a country other than Mexico, from Mexico, folded. */
const ABROAD =
  /\b(haiti|ayiti|honduras|guatemala|el salvador|nicaragua|belize|costa rica|dominican\w*|dominicana|dominiken|lakay (m|mwen) ayiti)\b/u;

/** Which papers or ID are needed, asked ("ki papye m bezwen", "what documents"), folded; not an ID lacked ("if he doesnt have ID"). */
const DOCS_ASKED =
  /^(?!.*\b(doesn t have|doesnt have|don t have|dont have|no tiene|no tengo|sin|without|pa gen|li pa gen)\b).*\b(what|which|que|q|cuales|ki|kisa|ki sa)( \w+){0,2} (papeles|papers|documents?|documentos|papye|dokiman|requisitos|requirements|ids?|identificacion|identification)\b/u;
const FROM_MEXICO = 'answer.send_money_from_mexico';

export function moneyHomeAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // A first message too ("cual es la forma mas barata de mandarle dinero a mi ama a durango?": sight91-a got the
  // business projects' first answer).
  const first = dialogue?.first === true && !m.emergency && m.topic !== 'human';
  if (!laterQuestion(m, dialogue) && !first) return m;
  if (!SENDS_MONEY.test(folded) || RECEIVED.test(folded)) return m;
  // The papers asked ("what documents do i need to send money with finabien?"): to a country named from Mexico, the
  // guide of valid IDs per country; else the card's papers in the US.
  // Asked in Kreyòl with no country named, it is the transfer from Mexico already answered: the aspect answers it.
  const abroad = ABROAD.test(folded);
  if (DOCS_ASKED.test(folded) && (abroad || m.lang !== 'ht')) {
    const answer = abroad ? FROM_MEXICO : 'answer.finabien_card_usa';
    return { ...answeredBy(m, 'productive_projects', answer), facets: ['documents'] };
  }
  if (!ASKED.test(folded)) return m;
  // What it costs, even to a country named ("konbyen FINABIEN pran pou voye 5000 peso Ayiti?": judge116 got the
  // guide of IDs again): the fees, which the sources do not give.
  if (COST_OR_CHEAP.test(folded)) return answeredBy(m, 'productive_projects', 'answer.finabien_fees');
  if (abroad) return answeredBy(m, 'productive_projects', FROM_MEXICO);
  return m;
}
