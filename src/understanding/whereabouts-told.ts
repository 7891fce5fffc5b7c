/**
 * In a danger told of someone else, where they may be, told with not knowing it exactly ("no se donde esta
 * exactamente, iba pa la frontera con un coyote, por el rumbo de reynosa creo": emerg-eu's mother got the search's
 * answer with the office's street): the place, kept for staff, not a search asked. A question stays a question. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { NONE } from './in-context-shapes.ts';
import { asksSomething } from './question.ts';

/** Not knowing where someone is, folded ("no sé dónde está", "i don't know where he is", "m pa konn kote l ye"). */
const WHERE_UNKNOWN =
  /\b(no (se|sabemos|sabe) (donde|en donde|adonde) (esta|estan|anda|andan|lo tienen|la tienen)|(dont|don t|do not) know (exactly )?where (he|she|they) (is|are|s|re)|(m|mwen|nou) pa (konn|konnen) (ki )?kote (l|li|yo) ye)\b/u;
/** A hint of where, beyond it: a way, a side or what is near ("por el rumbo de reynosa", "heading to the border"). */
const HINT =
  /\b(rumbo|por el lado|del lado|cerca de|por la zona|por ahi de|iba (pa|para|a|rumbo|hacia)|heading|near|around|on the way to|toward|towards|bo kote|pre|nan zon|t ap (ale|mache))\b/u;
/** Held by an authority: then where he is held is the search's, not a place for the danger. */
const HELD =
  /\b(prizon|prison|jail|carcel|detenid[oa]|detained|detention|ice|migra|imigrasyon|migrasyon|corralon)\b/u;

export function whereaboutsToldReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  const misread = m.topic === 'locate_person' || m.topic === 'none';
  if (!dialogue?.emergency || dialogue.asked === 'field' || m.emergency || !misread) return m;
  const match = WHERE_UNKNOWN.exec(folded);
  if (!match || asksSomething(text)) return m;
  if (!HINT.test(folded.replace(match[0], ' ')) || HELD.test(folded)) return m;
  return { ...m, ...NONE, act: 'context', slots: { place: text.trim() }, answers: [] };
}
