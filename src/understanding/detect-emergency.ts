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

interface Rule {
  kind: string;
  source: string;
  body: RegExp;
  /** From a leading `^(?!.*GUARD)`: the message must not match this anywhere. */
  guard: RegExp | null;
}

const GUARD_START = '^(?!.*';

/**
 * Splits `^(?!.*GUARD).*BODY` into GUARD and BODY. The guard is a look-ahead that scans the
 * whole message, so checking it only after the body has matched makes detection several
 * times faster with the same meaning.
 */
function compile(kind: string, source: string): Rule {
  if (source.startsWith(GUARD_START)) {
    let depth = 1;
    for (let i = GUARD_START.length; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === '(') depth++;
      if (c === ')' && --depth === 0) {
        const guard = source.slice(GUARD_START.length, i);
        const body = source.slice(i + 1).replace(/^\.\*/, '');
        return { kind, source, body: new RegExp(body, 'u'), guard: new RegExp(guard, 'u') };
      }
    }
  }
  return { kind, source, body: new RegExp(source, 'u'), guard: null };
}

/**
 * One regex that matches where any of the bodies matches. Most bodies start with `\b`;
 * written once in front of their alternation, the engine skips a position that is not a
 * word boundary with one test instead of one per pattern (about a fifth faster).
 */
function quickCheck(bodies: readonly string[]): RegExp {
  const atWord = bodies.filter((b) => b.startsWith('\\b')).map((b) => `(?:${b.slice(2)})`);
  const others = bodies.filter((b) => !b.startsWith('\\b')).map((b) => `(?:${b})`);
  const parts = [...(atWord.length > 0 ? [`\\b(?:${atWord.join('|')})`] : []), ...others];
  return new RegExp(parts.join('|') || '(?!)', 'u');
}

export function createEmergencyDetector(signals: EmergencySignals) {
  // One alternation per kind finds whether any of its bodies matches; most messages stop there.
  const kinds = signals.kinds.map(({ kind, es, en, ht }) => {
    const rules = [...es, ...en, ...ht].map((p) => compile(kind, p));
    return { any: quickCheck(rules.map((r) => r.body.source)), rules };
  });
  const cancels =
    signals.not.length > 0 ? new RegExp(signals.not.map((p) => `(?:${p})`).join('|'), 'u') : null;

  return function detectEmergency(text: string): EmergencyMatch | null {
    const folded = fold(text);
    if (folded === '') return null;
    for (const { any, rules } of kinds) {
      if (!any.test(folded)) continue;
      const hit = rules.find((rule) => rule.body.test(folded) && !rule.guard?.test(folded));
      if (hit && !cancels?.test(folded)) return { kind: hit.kind, pattern: hit.source };
    }
    return null;
  };
}

export type DetectEmergency = ReturnType<typeof createEmergencyDetector>;
