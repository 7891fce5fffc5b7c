/**
 * In a danger or after one, no money for the bus home ("no tengo dinero pal camion a durango", "i got no money for the
 * bus back home": emerg-fa's man robbed after his deportation had it noted as a detail for staff, then "which papers
 * for that?" got "first, your safety"): the help after a deportation, whose named answers give the transport home,
 * the danger's lines after it. Only on the way home, where the help after a deportation is the one that fits. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { askedAs } from './in-context-shapes.ts';
import { askedInOrAfterDanger } from './named-asked.ts';

/** No money (or nothing) for the bus, a ticket or the fare, folded. */
const NO_FARE =
  /\b(no (tengo|traigo|tenemos|traemos|hay) (dinero|lana|feria|varo|ni un peso|con que pagar)?\s?(pa|pal|para|para el|pa el) (camion|autobus|bus|pasaje|boleto|regresar\w*|irme|llegar)|(no|got no|don t have|dont have|do not have|have no) (money|cash) (for|to pay for|to buy) (the |a )?(bus|ticket|fare)|(can t|cant|cannot) (pay|afford) (the |a )?(bus|ticket|fare)|no (tiene|tienen|trae|traen) (dinero|lana|feria|varo|ni un peso|para el camion|pa el camion|pal camion|para el pasaje|pal pasaje))\b/u;
/** Home, or back to where one is from, folded. */
const HOME =
  /\b(a durango|pa durango|a mi (casa|pueblo|tierra|rancho|estado)|pa mi (casa|pueblo|tierra|rancho)|regresar\w*|volver\w*|home|back to)\b/u;

export function fareInDangerReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!askedInOrAfterDanger(m, dialogue) || m.topic === 'human') return m;
  if (!NO_FARE.test(folded) || !HOME.test(folded)) return m;
  return askedAs(m, 'deportee_support');
}
