/**
 * A call to the person asked in a few words ("puedes marcarme?", "can u call me", "ou ka rele m?"), in a danger above
 * all: the office's answer to being called (staff write here; leave the number and a time), not what a topic model hears
 * in "marcar" (emerg-fs's man thinking of suicide got the Héroes Paisanos programme). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { NONE } from './in-context-shapes.ts';

/** A call to oneself asked, folded. */
const CALL_ME =
  /\b((tu |usted |ustedes )?(puedes|pueden|puede|podrias|podrian|podria) (marcarme|llamarme|hablarme)|me (puedes|pueden|podrias|podrian) (marcar|llamar|hablar)|(can|could|will) (you|u|you guys|someone|somebody|anyone) (call|phone|ring) me|(eske )?(ou|w|nou|yon moun) (ka|kapab) rele (m|mwen))\b(?! (en|in|an|de|del|sobre|acerca|about) )/u;
/** Words at most in a message that asks only that. */
const FEW_WORDS = 8;

export function callMeAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // Out of a danger too ("y ustedes me pueden marcar?"): the person asked for (the phrase lists, which the dialogue model
  // was trained on, hold "pueden marcarme" but not the "tú" form). Not a form's answer.
  if (!dialogue || dialogue.asked === 'field' || m.emergency || m.topic === 'human') return m;
  if (folded.split(' ').length > FEW_WORDS || !CALL_ME.test(folded)) return m;
  return { ...m, ...NONE, topic: 'human', confidence: 1, act: 'topic', answers: [] };
}
