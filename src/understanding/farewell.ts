/**
 * A goodbye said to an offer on screen ("ok bye", "ok adios", "ok bay"): the talk closed, not a yes to the
 * person offered (sight75-a: "ok bye" after "do you want me to pass you to staff?" put the person in the queue,
 * as its "ok" opens a yes). Thanks and a goodbye together were read so already ("ok thanks bye"). The dialogue
 * model's own words (knowledge/signals/dialogue.yaml `thanks`) are left as they are: changing them means
 * retraining it. Folded text. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { NONE } from './in-context-shapes.ts';
import { asksSomething } from './question.ts';

const GOODBYE =
  /^((ok|okay|oki|okey|oke|bueno|va|sale|listo|dako|gracias|thanks|thank you|mesi)\s+)*(bye|bye bye|goodbye|good bye|adios|bai|babay|bay|orevwa|hasta luego|hasta pronto|nos vemos|see you|see ya|chao|chau)(\s+(gracias|thanks|mesi))?$/u;

/**
 * On the way to the office, with thanks ("ok ahi le caigo mañana gracias", "ok i'll stop by tomorrow thanks": sight78-a's
 * mother got the office's address again, the model hearing a topic): a goodbye.
 */
const GOING_THANKED =
  /\b((ahi|alla|aya|ahorita|manana) (le|les) (caigo|llego)|(ahi|alla) (nos vemos|voy|paso|llego)|manana (voy|paso|vamos|llego)|(i ll|ill|i will|we ll|well) (stop by|come by|go|be there|pass by) (tomorrow|then|there)|m ap (pase|vini|ale) (demen|pita))\b.*\b(gracias|grasias|thanks|thank you|thx|mesi)$/u;

/** A bare "ok" with thanks to an offer ("ok grax", "ok thanks", "oke mesi": sight100-a's mother put in the queue): a close. */
const OK_THANKS =
  /^(ok|okay|oki|okey|oke|bueno|va|sale|dale|alright|dako)\s+(grax|gracias|grasias|grcs|thanks|thank you|thx|ty|mesi|mersi|merci)(\s+(mucho|muchas|a lot|anpil))?$/u;

export function farewellReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue || dialogue.emergency) return m;
  const said = folded.trim();
  if (GOING_THANKED.test(said) && !asksSomething(text)) return { ...m, ...NONE, act: 'thanks' };
  if (m.act !== 'yes' || !(GOODBYE.test(said) || OK_THANKS.test(said))) return m;
  return { ...m, act: 'thanks' };
}
