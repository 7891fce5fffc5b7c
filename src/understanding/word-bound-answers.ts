/**
 * Named answers whose subject is one word the message must hold: "deported with years worked" matched "mi apa trabajó
 * 15 años en california… y ya se regresó a canatlán" on its other words (sight102-a: a father come back of his own got
 * the deported's paragraph). Kept in code, as the places' bound answers are kept in their file, for the few whose
 * sharing words mislead. Pure.
 */
import type { FoundPassage } from '../core/types.ts';

const BOUND: ReadonlyMap<string, RegExp> = new Map([
  [
    'us_pension:answer.deported_worker',
    /\b(deport\w*|depote|sacaron|echaron|la migra|migra|ice|removed|kicked out|sent back|expuls\w*)\b/u,
  ],
]);

/** Whether a passage found may answer a message: unbound, or its subject's word said (folded). */
export function saysSubject(found: Pick<FoundPassage, 'topic' | 'passage'>, folded: string): boolean {
  const word = BOUND.get(`${found.topic}:${found.passage}`);
  return !word || word.test(folded);
}
