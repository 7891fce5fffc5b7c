/**
 * A place to sleep asked for ("is there somewhere to sleep tonight", "¿dónde puedo dormir hoy?", "kote m ka dòmi aswè
 * a?"), which the topic model, hearing "sleep", read as psychological support (sight65-a's deported man got the
 * psychologists): a shelter, of the help after a deportation when that is under discussion, else of the road. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';

/** Somewhere to sleep or stay asked for, folded; never "I can't sleep". */
export const SLEEP_PLACE =
  /\b((somewhere|some place|a place|anywhere|where) (to|can i|can we|could i|do i|do we) (sleep|stay|spend the night)|(donde|a donde|algun lugar|un lugar) (para |pa |pa' )?(puedo |podemos |puedo ir a |ir a )?(dormir|quedarme|quedarnos|pasar la noche)|(donde|a donde) (me|nos) (puedo|podemos) (quedar|dormir)|(kote|ki kote|yon kote) (pou )?(m|mwen|nou)? ?(ka )?(domi|rete aswe a|pase nwit la))\b/u;

/** What such a message was read as by mistake. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'psych_support',
  'mx_status',
  'legal_advice',
  'none',
]);

export function shelterAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // Read as psychological support, or after a danger's calm as a status's "where" (emerg-by: "donde me puedo quedar
  // esta noche" got the INM's offices).
  if (m.emergency || !MISREAD.has(m.topic) || busyWithQuestion(dialogue)) return m;
  if (!SLEEP_PLACE.test(folded)) return m;
  return askedAs(m, dialogue?.topic === 'deportee_support' ? 'deportee_support' : 'transit_safety');
}
