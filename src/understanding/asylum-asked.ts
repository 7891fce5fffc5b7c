/**
 * Refuge asked for in so many words ("mwen vle mande refij isit nan Meksik. ki kote m ale e konbyen sa koute?",
 * "quiero pedir asilo", "how do i apply for asylum"), which the topic model read as the office, nothing or status
 * in Mexico: asylum, with the aspects asked (judge89's Haitian in Durango got the office's address and its fees,
 * and had to say "COMAR" to be understood). Not during an emergency or a form's question. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { busyWithQuestion, MOVED_SURE, movedTo } from './in-context-shapes.ts';

/** Refuge asked for, folded. */
const ASYLUM_ASKED =
  /\b(mande|fe|fè|jwenn) (yon )?(demann )?(refij|azil)\b|\b(pedir|solicitar|tramitar|sacar) (el )?(asilo|refugio)\b|\b(ask for|apply for|request|claim|seek) (asylum|refuge|refugee status)\b/u;

/** What such a request was read as by mistake. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'office_info',
  'none',
  'mx_status',
  'transit_safety',
  'legal_advice',
]);

export function asylumAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || !MISREAD.has(m.topic) || busyWithQuestion(dialogue) || !ASYLUM_ASKED.test(folded))
    return m;
  return movedTo(m, 'asylum', { act: 'topic', confidence: Math.max(m.confidence, MOVED_SURE) });
}
