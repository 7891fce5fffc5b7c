/**
 * A deportation of the writer's own that just happened ("i got deported yesterday to tijuana… my family is from
 * durango. what do i do", "me deportaron anoche a Nogales", "yo depòte m yè"): the help on arrival, at the border's
 * repatriation modules, not the documents from Durango the model heard in "my family is from durango" (sight85-a).
 * Long ago, papers or a job are what is asked, and the model's topic stays. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';

/** The writer sent back: by the US, to Mexico or a border town, folded. */
const DEPORTED =
  /\b((i|we) (got|was|were|just got|just been|have been|ve been) (deported|sent back|removed)|(me|nos) (deportaron|regresaron|echaron|aventaron|repatriaron)|(they|ice|immigration) (deported|sent back|removed) (me|us)|(yo|imigrasyon|ice) (depote|depòte|voye) (m|mwen|nou)|(m|mwen|nou) (fek |fèk )?(depote|depòte))\b/u;
/** Just now: today, yesterday, last night, a few days ago, folded. */
const RECENTLY =
  /\b(yesterday|today|last night|this morning|just|a few days ago|two days ago|ayer|hoy|anoche|antier|esta manana|hace (unos|dos|tres|un par de) dias|ye|yè|jodi a|yeswa|fek|fèk|sot)\b/u;
/** What such news was read as by mistake. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'state_documents',
  'dual_nationality',
  'office_info',
  'none',
]);

export function justDeportedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || dialogue?.emergency || busyWithQuestion(dialogue) || !MISREAD.has(m.topic)) return m;
  if (!DEPORTED.test(folded) || !RECENTLY.test(folded)) return m;
  return askedAs(m, 'deportee_support', m.facets);
}
