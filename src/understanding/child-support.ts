/**
 * Child support asked for ("se le puede exigir la pensión alimenticia?", "he doesnt pay child support",
 * "papa yo pa voye lajan pou timoun yo"): a family-law matter, which the Institute's legal advice to
 * migrants' families answers, not the US pension ("pensión") nor a child's papers, which the topic model
 * read (judge85's mother got the Social Security pension twice, after she said which pension she meant).
 * Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';

/** Child support named, folded. */
const CHILD_SUPPORT =
  /\b(pension alimenticia|pension de alimentos|manutencion (de|para) (los|mis|sus) (ninos|hijos|hijas|chamacos|plebes)|child support|pansyon alimante|pa (voye|bay) lajan pou (timoun|pitit) (yo|li|l|m|mwen))\b/u;

export function childSupportReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || m.topic === 'legal_advice' || m.topic === 'human' || busyWithQuestion(dialogue))
    return m;
  if (!CHILD_SUPPORT.test(folded)) return m;
  return askedAs(m, 'legal_advice');
}
