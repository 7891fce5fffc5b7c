/**
 * A goodbye said to an offer on screen ("ok bye", "ok adios", "ok bay"): the talk closed, not a yes to the
 * person offered (sight75-a: "ok bye" after "do you want me to pass you to staff?" put the person in the queue,
 * as its "ok" opens a yes). Thanks and a goodbye together were read so already ("ok thanks bye"). The dialogue
 * model's own words (knowledge/signals/dialogue.yaml `thanks`) are left as they are: changing them means
 * retraining it. Folded text. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';

const GOODBYE =
  /^((ok|okay|oki|okey|oke|bueno|va|sale|listo|dako|gracias|thanks|thank you|mesi)\s+)*(bye|bye bye|goodbye|good bye|adios|bai|babay|bay|orevwa|hasta luego|hasta pronto|nos vemos|see you|see ya|chao|chau)(\s+(gracias|thanks|mesi))?$/u;

export function farewellReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue || m.act !== 'yes' || dialogue.emergency || !GOODBYE.test(folded.trim())) return m;
  return { ...m, act: 'thanks' };
}
