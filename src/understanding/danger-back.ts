/**
 * In a danger, the one who threatened back, said in a few words ("ya regresó él, no puedo escribir mucho", "ya volvió",
 * "he's back", "li tounen"), with no question of its own: the danger again, whatever else the words may look like
 * (judge108's woman, beaten the night before, got the literacy programme's answer, "escribir" read as schooling, and
 * the help for returnees, "regresó" read as a return). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { readInDanger, withoutPlace } from './in-context-shapes.ts';
import { asksSomething } from './question.ts';

/** Back again, opening the message; not back home or safe (good news in a search or a kidnapping), folded. */
const BACK =
  /^(ya |ahi |otra vez |ahorita )?(regreso|volvio)( (el|ella|mi esposo|mi pareja|mi marido|mi novio|ese|otra vez|de nuevo))?(?! (a casa|a la casa|con bien|sano|sana|bien|mi|mis|su|sus|el nino|la nina))\b|^(he s|hes|he is|she s|she is|they re|theyre|they are) (back|outside)( again)?(?! (home|safe))\b|^(he|she|they) (came|come) back(?! (home|safe))\b|^(li|yo|msye a|mari m) (tounen|retounen)(?! (lakay|sen|an sekirite))\b/u;
/** A short message: a longer one tells more than the return ("li tounen!! l ap frape pot la kounye a l ap rele" is 12: judge118). */
const BACK_WORDS = 14;

export function dangerBackReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // Read as a place told, or as the danger with its words as the place, whoever heard the danger in it ("li tounen!! l ap
  // frape pot la…": judge118).
  const toldAsPlace = m.act === 'context' || (m.act === 'emergency' && m.slots?.place !== undefined);
  // Someone missing back and well ("li retounen!! li te lakay yon zanmi") is good news (found-told.ts).
  if (!dialogue?.emergency || m.found || (m.emergency && !toldAsPlace) || asksSomething(text)) return m;
  if (folded.split(' ').length > BACK_WORDS || !BACK.test(folded)) return m;
  // The return is no place: its words are not noted as where it happens.
  return readInDanger(withoutPlace(m), 'emergency');
}
