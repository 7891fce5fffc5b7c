/**
 * Care asked after a sexual assault ("is there a doctor who can see me? i'm afraid of infections", "hay medicina pa
 * no agarrar una enfermedad?": emerg-eu got a returnee's work programme and children's centres): what the sources
 * say for exactly this, medicine to prevent HIV (PEP) from CENSIDA, then its tests, whatever procedure the topic
 * model guessed. Pure.
 */
import type { Meaning } from '../../src/core/types.ts';
import type { TopicCatalog } from '../flow.ts';
import { passageReply } from './emergency-lines.ts';

/** A doctor, medicine, an infection, a test or a pregnancy asked about, in the three languages (lower case). */
const CARE_WORDS =
  /\b(doctor\w*|dokt[eè]|m[eé]dic\w*|medicin\w*|medikaman|pastilla\w*|pills?|grenn|infecc\w*|infection\w*|enfeksyon|enfermedad\w*|disease|maladi|vih|hiv|sida|aids|pep|test\w*|prueba\w*|t[eè]s|embaraz\w*|pregnan\w*|ansent|cl[ií]nica|clinic|klinik|hospital|lopital)\b/i;
/** The passages to give, in order: each once. */
const PASSAGES = ['answer.after_sexual_violence', 'answer.tests_after_assault'];

export function assaultCare(
  m: Meaning | null,
  text: string,
  kind: string,
  said: readonly string[],
  catalog: TopicCatalog,
) {
  if (kind !== 'sexual' || !m?.question || m.act === 'pay' || m.act === 'whoComes' || !CARE_WORDS.test(text))
    return null;
  const passage = PASSAGES.find((p) => !said.includes(p) && catalog.emergencyAnswers?.has(p));
  if (!passage) return null;
  return { replies: [passageReply(catalog, 'emergency', passage)], key: passage, closesWithLines: true };
}
