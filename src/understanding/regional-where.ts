/**
 * "Where" said the norteño way at the head of a question ("y ande se hace el trámite", "onde queda"): the place asked,
 * which the aspects' lists (whose words the dialogue model's cues read, so they stay as trained) took for the steps
 * (sight72-a's pension). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';

/** "ande"/"onde" opening the question, folded. */
const REGIONAL_WHERE =
  /^(y |e |pero |oiga |oye )?(ande|onde) (se|queda|esta|estan|lo|la|los|las|hay|tengo|puedo|voy|vamos|le|me)\b/;

export function regionalWhereReading(
  m: Meaning,
  _text: string,
  _dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || m.act !== 'followUp' || !REGIONAL_WHERE.test(folded) || m.facets.includes('where'))
    return m;
  return { ...m, facets: ['where'] };
}
