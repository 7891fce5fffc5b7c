/**
 * No phone or no credit told, only the internet, while psychological support is talked about ("m pa gen telefon pou m
 * rele, se wifi sèlman m genyen", "no tengo saldo, nomás wifi", "I only have wifi"): a context statement that bears on
 * how the care is given, which the "where" aspect answers (in person, by phone, or at a distance through apps and
 * social networks). Read alone it was not understood (sight85-a). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';
import { laterQuestion } from './named-asked.ts';

/** Only the internet at hand, folded. */
const ONLY_ONLINE =
  /\b(wifi|wi fi|internet|entenet|whatsapp|facebook|datos|data)\b.{0,30}\b(selman|solamente|nomas|nada mas|solo|only|just)\b|\b(selman|solamente|nomas|nada mas|solo|only|just)\b.{0,30}\b(wifi|wi fi|internet|entenet|whatsapp|facebook|datos|data)\b/u;
/** No phone, no credit or no minutes, folded. */
const NO_PHONE =
  /\b(pa gen (telefon|kredi|minit)|no tengo (telefono|cel|celular|saldo|credito|minutos)|(don t|dont|do not) have (a phone|a cell|credit|minutes|phone service)|no (phone|minutes|credit))\b/u;

export function careOnlineReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!laterQuestion(m, dialogue) || busyWithQuestion(dialogue) || dialogue.topic !== 'psych_support')
    return m;
  if (!ONLY_ONLINE.test(folded) && !NO_PHONE.test(folded)) return m;
  // No danger in it: the safety line the model leaned to on "no phone to call" goes.
  return movedTo(m, 'psych_support', { act: 'followUp', confidence: 1, facets: ['where'], danger: 'none' });
}
