/**
 * In a danger under way, the police named in a message: the call made again or the police threatened with money asked
 * ("y si me vuelven a marcar?", "si llamo a la policia lo matan, ¿pago?") is the money's line, which names 089; the
 * police not trusted, forbidden by the callers or threatened alone is the anonymous report first, with the money's line
 * after it when paying is asked too ("m dwe voye lajan an? yo di pa rele lapolis"). Pure.
 */
import type { Meaning } from '../core/types.ts';
import { MONEY_SAID } from './emergency-words.ts';
import { POLICE_THREAT } from './follow-up-words.ts';
import { CALLED_AGAIN, POLICE_DISTRUSTED } from './help-words.ts';

export function policeInDanger(
  joined: string,
  asksToPay: boolean,
): (Partial<Meaning> & Pick<Meaning, 'act'>) | null {
  if (CALLED_AGAIN.test(joined) || (POLICE_THREAT.test(joined) && (MONEY_SAID.test(joined) || asksToPay)))
    return { act: 'pay' };
  if (!POLICE_DISTRUSTED.test(joined) && !POLICE_THREAT.test(joined)) return null;
  return { act: 'whatToDo', distrustsPolice: true, ...(asksToPay && { alsoPay: true }) };
}
