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
  // One alternation per kind: a few regex runs per message instead of hundreds.
  const kinds = signals.kinds.map(({ kind, es, en, ht }) => {
    const sources = [...es, ...en, ...ht];
    return { kind, sources, re: new RegExp(sources.map((p) => `(?:${p})`).join('|'), 'u') };
  });
  const cancels =
    signals.not.length > 0 ? new RegExp(signals.not.map((p) => `(?:${p})`).join('|'), 'u') : null;

  return function detectEmergency(text: string): EmergencyMatch | null {
    const folded = fold(text);
    if (folded === '' || cancels?.test(folded)) return null;
    for (const { kind, sources, re } of kinds) {
      if (sources.length === 0 || !re.test(folded)) continue;
      // Name the pattern that fired, for the staff view and the logs (rare, so no hurry).
      const pattern = sources.find((p) => new RegExp(p, 'u').test(folded)) ?? '';
      return { kind, pattern };
    }
    return null;
  };
}

export type DetectEmergency = ReturnType<typeof createEmergencyDetector>;
