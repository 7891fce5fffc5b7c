/**
 * Deterministic emergency detection, run before anything else on every message.
 * Patterns come from knowledge/signals/emergency.yaml and are matched on folded text
 * in all three languages at once (people mix languages when they panic).
 * Recall over precision: a false alarm costs a minute, a miss can cost a life.
 */
import type { EmergencySignals } from '../knowledge/schema.ts';
import { fold } from './fold.ts';

export interface EmergencyMatch {
  kind: string;
  pattern: string;
}

export function createEmergencyDetector(signals: EmergencySignals) {
  const rules = signals.kinds.flatMap(({ kind, es, en, ht }) =>
    [...es, ...en, ...ht].map((source) => ({ kind, source, re: new RegExp(source, 'u') })),
  );
  const cancels = signals.not.map((source) => new RegExp(source, 'u'));

  return function detectEmergency(text: string): EmergencyMatch | null {
    const folded = fold(text);
    if (folded === '' || cancels.some((re) => re.test(folded))) return null;
    for (const rule of rules) {
      if (rule.re.test(folded)) return { kind: rule.kind, pattern: rule.source };
    }
    return null;
  };
}

export type DetectEmergency = ReturnType<typeof createEmergencyDetector>;
