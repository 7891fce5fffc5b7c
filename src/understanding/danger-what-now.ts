/**
 * In a danger, the danger told again with "what do I do?" ("yo la deyo, yo ap veye m, m pe yo bat mwen ankò. kisa pou m
 * fe": judge109's man, watched by the men who robbed him, got the road's list of what to do, clinics included): the
 * danger's own line again, not a procedure's steps. Only where no procedure is named. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { readInDanger } from './in-context-shapes.ts';

/** What to do asked, folded. */
const WHAT_NOW =
  /\b(kisa pou (m|mwen|nou) fe|kisa (m|mwen|nou) dwe fe|sa pou (m|mwen|nou) fe|ki sa pou (m|mwen|nou) fe|que (hago|hacemos|debo hacer|puedo hacer)|q hago|what (do|should|can) (i|we) do)\b/u;
/** Topics whose general answers such a message is read as, where no procedure is named. */
const GENERAL: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'transit_safety',
  'legal_advice',
  'psych_support',
  'office_info',
]);

export function dangerWhatNowReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // A danger the learned model alone reads, or no topic at all, keeps what the dialogue made of it (an extortion's
  // "q hago, deposito o no?" gets the line on paying).
  if (!dialogue?.emergency || !m.emergency || m.emergency.kind === 'unknown' || !GENERAL.has(m.topic))
    return m;
  return WHAT_NOW.test(folded) ? readInDanger(m, 'emergency') : m;
}
