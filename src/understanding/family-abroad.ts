/**
 * In the search for a relative missing in Mexico, the family told to live abroad ("mwen menm m ap viv Miami", "we live
 * in houston": sight82-a's cousin got "our sources do not say that"): where the search is asked from there, whose
 * answer names the National Search Commission's service for families abroad. A statement, not a question. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';
import { asksSomething } from './question.ts';
import { US_PLACE } from './us-born.ts';

/** Living in the US said, folded. */
const LIVES_ABROAD = new RegExp(
  `\\b((m|mwen|nou) (ap )?viv|vivo|vivimos|i live|we live|i m living|we re living|we are living) (nan |an |a |en |in )?(${US_PLACE}|canada|kanada)\\b`,
  'u',
);
/** A statement this short is told, not asked. */
const TOLD_WORDS = 10;

export function familyAbroadReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (dialogue?.topic !== 'locate_person' || m.emergency || dialogue.emergency || busyWithQuestion(dialogue))
    return m;
  if (asksSomething(text) || folded.split(' ').length > TOLD_WORDS || !LIVES_ABROAD.test(folded)) return m;
  return movedTo(m, 'locate_person', { act: 'followUp', confidence: 1, facets: ['where'] });
}
