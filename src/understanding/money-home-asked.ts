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
  /\b((send|sends|sending|sent|wire)( us| me| them| her| him)? (money|cash|a remittance)|remittances?|(mandar|manda|mandan|mando|enviar|envia|envian|envio)( nos| me| les| le)?( el| la| mi| su| un| una)? (dinero|lana|feria|remesas?)|remesas?|voye (kob|lajan)|(pran|chaje) pou voye|cobran (por|pa|para) (mandar|enviar)|charge (to|for) send\w*|finabien)\b/u;
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

export function moneyHomeAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!laterQuestion(m, dialogue)) return m;
  if (!SENDS_MONEY.test(folded) || !ASKED.test(folded) || RECEIVED.test(folded)) return m;
  if (ABROAD.test(folded)) return answeredBy(m, 'productive_projects', 'answer.send_money_from_mexico');
  if (COST_OR_CHEAP.test(folded)) return answeredBy(m, 'productive_projects', 'answer.finabien_fees');
  return m;
}
