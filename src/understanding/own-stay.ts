/**
 * Staying in Mexico legally, asked for oneself in dual nationality's talk ("epi mwen menm, kijan m ka rete legal isit
 * la paske mari m meksiken", "and me, how can I stay legally here?"): one's own status in Mexico, which the INM gives,
 * not the child's Mexican papers (sight75-a's Haitian married to a man from Durango got the Civil Registry's steps).
 * Folded text. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { movedTo } from './in-context-shapes.ts';

const OWN_STAY =
  /\b((m|mwen|nou) (ka |kapab |pral )?rete (legal|legalman|an regl|anregl|an reg)|(me|nos) (puedo|podemos|pueda|podamos)? ?quedar(me|nos)? (legal|legalmente|con papeles)|quedarme (legal|legalmente|con papeles)|(i|we) (can )?stay (here )?legal(ly)?|stay legal(ly)? (here|in mexico))\b/u;

export function ownStayReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.topic !== 'dual_nationality' || m.emergency || dialogue?.emergency || !OWN_STAY.test(folded))
    return m;
  return movedTo(m, 'mx_status', { act: 'topic', confidence: 1, facets: [] });
}
