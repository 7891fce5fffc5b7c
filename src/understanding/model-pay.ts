/**
 * The dialogue model's "pay" read again with the message's words: no money for the call is no ransom, and "pay" with
 * no word of money is not calling or what to do. Split from emergency-message-parts.ts. Pure.
 */
import { MONEY_SAID, WONT_CALL } from './emergency-words.ts';

/** No money or credit to make a call, told (folded). */
const NO_MONEY_TO_CALL =
  /\b(pa gen|no tengo|no tenemos|no traigo|sin|don t have|dont have|have no|got no|no) (kob|lajan|dinero|lana|feria|saldo|credito|kredi|money|credit|minutes)( \w+)? (pou|para|pa|to) (m |mwen )?(rele|llamar|marcar|hablar|call)\b/;

/**
 * The dialogue model's "pay" with no word of money ("i dont want to call 911…"), or about care's
 * cost: a suicidal man got "the cost". Not calling, or what to do; null for any other act.
 */
export function modelPayOf(
  act: string,
  joined: string,
  aboutCare: boolean,
): 'cannotCall' | 'whatToDo' | null {
  // "m pa gen kòb pou rele", "no tengo saldo pa marcar": no money for the call, which is no ransom (judge97).
  if (act === 'pay' && NO_MONEY_TO_CALL.test(joined)) return 'cannotCall';
  if (act !== 'pay' || (MONEY_SAID.test(joined) && !aboutCare)) return null;
  return WONT_CALL.test(joined) ? 'cannotCall' : 'whatToDo';
}
