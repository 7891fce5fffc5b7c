/**
 * Hand-made `Meaning` values for flow tests: the flow is tested on what understanding
 * returns, not on understanding itself (which has its own tests).
 */
import type { Meaning, TopicId, TopicOrNone } from '../../src/core/types.ts';

export function meaning(topic: TopicOrNone, extra: Partial<Meaning> = {}): Meaning {
  return {
    lang: 'es',
    langConfident: true,
    emergency: topic === 'emergency' ? { kind: 'violence', pattern: 'test' } : null,
    topic,
    confidence: topic === 'none' ? 0 : 0.9,
    candidates: topic === 'none' ? (['apostille', 'dual_nationality'] as TopicId[]) : [],
    greeting: false,
    ...extra,
  };
}
