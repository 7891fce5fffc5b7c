/**
 * On the road's health care, a message that says the illness gets worse or asks what to do if it
 * does ("ya tiene 39 de calentura", "coughing a lil blood now", "and if I get a fever?"): the line
 * for when it gets worse (911) comes with the answer. Pure.
 */
import type { TopicId } from '../core/types.ts';
import type { EmergencySignals } from '../knowledge/schema.ts';
import { createAcuteTest, createIllnessTest } from './detect-emergency.ts';
import { GETS_WORSE, IF_OPENING, WORSE_WORDS } from './follow-up-words.ts';

/** The topic whose entry says where migrants on the road are seen by a doctor. */
export const CARE_TOPIC: TopicId = 'transit_safety';

export function createWorseTest(signals: EmergencySignals) {
  const namesIllness = createIllnessTest(signals);
  const acuteSign = createAcuteTest(signals);
  /** `folded`: the message's folded words joined; `topic`: the topic under discussion. */
  return (text: string, folded: string, topic: TopicId | null | undefined): boolean => {
    if (topic !== CARE_TOPIC) return false;
    const toldWorse = GETS_WORSE.test(folded) || acuteSign(text);
    return toldWorse || (IF_OPENING.test(folded) && (namesIllness(text) || WORSE_WORDS.test(folded)));
  };
}
