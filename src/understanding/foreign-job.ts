/**
 * A job asked by a foreigner in Mexico ("m ap chèche travay nan Durango, èske nou ka ede m jwenn travay?": judge116's
 * Haitian got "this office does not do that"): the help to find work, whose answers name the employment service, as
 * two writers of fresh sets expect. Not a returnee's (job-after-return.ts), nor papers to work (card-work.ts). Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { CARD } from './card-work.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';
import { JOB_ASKED } from './job-after-return.ts';

/** What such a question was read as. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'none',
  'reintegration',
  'office_info',
  'legal_advice',
  'productive_projects',
]);
/** Returning home said: a returnee's job, which job-after-return.ts reads. */
const RETURNED = /\b(deport\w*|depote|me regresaron|regrese|came back|tounen)\b/u;

export function foreignJobReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  const foreigner = m.lang === 'ht' || Boolean(dialogue?.foreigner);
  if (!foreigner || m.emergency || dialogue?.emergency || busyWithQuestion(dialogue)) return m;
  if (!MISREAD.has(m.topic) || !JOB_ASKED.test(folded) || CARD.test(folded) || RETURNED.test(folded))
    return m;
  return { ...askedAs(m, 'reintegration'), outOfScope: false };
}
