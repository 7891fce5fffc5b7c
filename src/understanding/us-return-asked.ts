/**
 * Going (back) to the US asked ("y si me quiero regresar al otro lado hay algo pa eso?", "can i go back to the states?",
 * "eske m ka retounen ozetazini?"): the topic model reads the return as the help for returnees (emerg-gw's deportee
 * with a shop in Lerdo got the SNE), but the way back there is a US visa, which that topic answers. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { askedAs } from './in-context-shapes.ts';

/** Going or going back to the US, asked, folded. */
const US_RETURN_ASKED =
  /\b(regresar(me)?|regreso|volver(me)?|irme|ir(me)? de nuevo|go back|get back|return|come back|retounen|tounen)\b (a |al |pal |para |pa |para el |to |nan )?(el otro lado|otro lado|estados unidos|los estados|usa|eeuu|ee uu|eua|the us|the u s|the united states|united states|the states|america|ozetazini|etazini)\b/u;
/** A humanitarian or emergency visa asked: that topic's (emerg-cu). */
const HUMANITARIAN = /\b(humanitari\w*|imanite|emergency visa|visa de emergencia|parole|permiso)\b/u;
/**
 * Not wanting to go back told ("no quiero regresar a estados unidos", "él no quiere volver a méxico": reviews), folded:
 * no question of the way back, here or for one held abroad (held-return.ts).
 */
export const RETURN_NOT_WANTED =
  /\b(no (quiero|quiere|queremos|pienso)|don t want|dont want|doesn t want|never want|pa vle)\b/u;
/** An asking word with it: a question, not a return told ("me regresé de estados unidos"). */
const ASKING =
  /\b(quiero|quisiera|puedo|podria|se puede|como|hay|can i|could i|how|want to|is there|eske|m vle|mwen vle|m ka|mwen ka)\b|\?/u;
/** What the return is read as instead of a visa. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'reintegration',
  'productive_projects',
  'deportee_support',
  'none',
]);

export function usReturnAskedReading(
  m: Meaning,
  text: string,
  _dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || !MISREAD.has(m.topic) || !US_RETURN_ASKED.test(folded)) return m;
  if (
    (!ASKING.test(folded) && !text.includes('?')) ||
    RETURN_NOT_WANTED.test(folded) ||
    HUMANITARIAN.test(folded)
  )
    return m;
  return askedAs(m, 'us_visa_passport');
}
