/**
 * A foreigner's card needed or asked for, whatever else the message tells ("mari m te arete pa imigrasyon nan Tapachula
 * semenn pase, kounye a yo lage l, li bezwen kat imanite": emerg-fo's wife got the search for a relative detained
 * abroad, the arrest being told first): the papers to stay in Mexico, which the status topic answers. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { CARD } from './card-work.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';

/** Needing, wanting or getting something, said just before the card, folded. */
const NEEDS_CARD = new RegExp(
  `\\b(bezwen|vle|jwenn|mande|necesita|necesito|ocupa|ocupo|quiere|quiero|sacar|tramitar|get|need|needs|apply for|want|wants)\\b( \\w+){0,3} ${CARD.source}`,
  'u',
);
/** How sure a reading of the status needs no help. */
const SURE = 0.8;
/** What such a message was read as, the arrest or the road told with it. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  // Read as the status but unsure, the search beside it may still win the reply (a release told with the arrest).
  'mx_status',
  'locate_person',
  'legal_advice',
  'none',
  'deportee_support',
  'transit_safety',
]);

export function cardNeededReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || dialogue?.emergency || busyWithQuestion(dialogue) || !MISREAD.has(m.topic)) return m;
  // Read as the status surely already (an answer chosen for it: middlemen-asked.ts), it stands.
  if ((m.topic === 'mx_status' && m.confidence >= SURE) || !NEEDS_CARD.test(folded)) return m;
  // Sure, and with the status's answers only: the arrest told beside it scores the search's passages high.
  const moved = movedTo(m, 'mx_status', { act: 'topic', confidence: 1, facets: m.facets });
  return {
    ...moved,
    candidates: ['mx_status'],
    answers: (m.answers ?? []).filter((a) => a.topic === 'mx_status'),
  };
}
