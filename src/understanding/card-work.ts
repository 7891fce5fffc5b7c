/**
 * Work asked with a foreigner's card named ("m gen TVRH, eske m gen dwa travay?", "¿con la tarjeta humanitaria puedo
 * trabajar?", "can I work with my humanitarian card?"): which papers let a foreigner work in Mexico, whatever was under
 * discussion (a Haitian worker owed wages got the consulate's help for Mexicans' labour rights, sight81-a). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { busyWithQuestion } from './in-context-shapes.ts';
import { answeredBy } from './named-asked.ts';

/** A foreigner's card or residence named, folded. */
const CARD =
  /\b(tvrh|tarjeta (humanitaria|de visitante|de residente)|visitante por razones humanitarias|humanitarian (card|visa|visitor card)|kat (imanite|imanitè|rezidan|vizite)|residente temporal|residencia temporal|temporary resident)\b/u;
/** Work asked: may one work, the right to work. */
const WORK =
  /\b(trabajar|trabajo|chambear|work|working|travay|dwa travay|derecho a trabajar|right to work|job|empleo|djob)\b/u;
/** The named answer on which papers let a foreigner work. */
const WORK_PERMISSION = 'answer.work_permission';

export function cardWorkReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue || dialogue.first || m.emergency || dialogue.emergency || busyWithQuestion(dialogue))
    return m;
  if (m.topic === 'mx_status' || m.topic === 'human' || !CARD.test(folded) || !WORK.test(folded)) return m;
  return answeredBy(m, 'mx_status', WORK_PERMISSION);
}
