/**
 * Someone of the programme or the office asked to call a relative ("can a person from the program call my mom? she
 * doesn't use whatsapp": sight97-a got the office's address and who the assistant is): a person of the office, as
 * any "can someone call…" is. Never "a person from the office told me…", which asks about what was said. A late
 * reading, so the dialogue model's rows keep their cues. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { MOVED_SURE, movedTo } from './in-context-shapes.ts';

/** A person of the programme or the office asked to call or contact someone, folded. */
const PROGRAM_CALLS =
  /\b(can|could) (a person|someone|somebody|anyone) (from|of|at) (the|your) (program|programme|office)\b.{0,20}\b(call|phone|contact|talk to)\b/u;

export function programCallsReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || dialogue?.emergency || m.topic === 'human' || !PROGRAM_CALLS.test(folded)) return m;
  return movedTo(m, 'human', { act: 'topic', facets: [], confidence: Math.max(m.confidence, MOVED_SURE) });
}
