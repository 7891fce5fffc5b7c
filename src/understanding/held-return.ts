/**
 * Going back to Mexico asked while someone is kept working or held abroad ("can he go back to mexico?", emerg-gw's aunt
 * of a nephew kept on a farm in Georgia got COMAR's refugee answer): the consulate's help to Mexicans trafficked
 * abroad, which gives the means to return. Only with Mexico named, so the one held is outside it. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { emergencyAnswerAsked } from './named-asked.ts';
import { RETURN_NOT_WANTED } from './us-return-asked.ts';

/** Going back to Mexico asked, folded. */
const BACK_TO_MEXICO =
  /\b(go back|come back|get back|return|come home|go home|regres\w*|volver|volverse|venirse|retounen|tounen|ale lakay)\b.{0,20}\b(to mexico|a mexico|pa mexico|para mexico|meksik|nan meksik)\b/u;

export function heldReturnReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue?.heldOpen || dialogue.foreigner || m.emergency || !BACK_TO_MEXICO.test(folded)) return m;
  // Not wanting to go back told ("él no quiere volver a méxico": a review) is no question of the way home.
  if (RETURN_NOT_WANTED.test(folded)) return m;
  return emergencyAnswerAsked(m, 'answer.trafficked_mexican_abroad');
}
