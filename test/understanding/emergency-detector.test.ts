/**
 * The emergency detector takes shortcuts for speed (guards checked after the body, rules
 * skipped when their literal anchors are absent). This test holds it to the plain meaning of
 * knowledge/signals/emergency.yaml: every pattern tried in file order, as written.
 */
import { readdir, readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/knowledge/knowledge-base.ts';
import { createEmergencyDetector } from '../../src/understanding/detect-emergency.ts';
import { fold } from '../../src/understanding/fold.ts';
import { patternAnchors } from '../../src/understanding/pattern-anchors.ts';
import { sharedKnowledge } from '../support/assistant.ts';

let knowledge: Knowledge;
let texts: string[];

beforeAll(async () => {
  ({ knowledge } = await sharedKnowledge());
  const dir = 'test/fixtures/understanding';
  const files = (await readdir(dir)).filter((f) => f.endsWith('.jsonl'));
  const lines = (await Promise.all(files.map((f) => readFile(`${dir}/${f}`, 'utf8')))).join('\n').split('\n');
  const fixtures = lines.filter((l) => l.trim() !== '').map((l) => (JSON.parse(l) as { text: string }).text);
  const phrases = knowledge.entries.flatMap((e) => e.phrases);
  // Cut-down variants too, so that partial matches and message ends are exercised.
  texts = [...fixtures, ...phrases].flatMap((t) => [
    t,
    t.slice(0, Math.ceil(t.length / 2)),
    t.slice(Math.floor(t.length / 3)),
  ]);
});

/** The plain meaning of the signals file. */
function reference(knowledge: Knowledge) {
  const rules = knowledge.emergencySignals.kinds.flatMap(({ kind, es, en, ht }) =>
    [...es, ...en, ...ht].map((p) => ({ kind, re: new RegExp(p, 'u') })),
  );
  const cancels = knowledge.emergencySignals.not.map((p) => new RegExp(p, 'u'));
  return (text: string) => {
    const folded = fold(text);
    if (folded === '' || cancels.some((re) => re.test(folded))) return null;
    return rules.find((r) => r.re.test(folded))?.kind ?? null;
  };
}

describe('emergency detector', () => {
  it('gives exactly the kind the patterns give when tried one by one', () => {
    const fast = createEmergencyDetector(knowledge.emergencySignals);
    const slow = reference(knowledge);
    let emergencies = 0;
    for (const text of texts) {
      const expected = slow(text);
      if (expected) emergencies++;
      expect(fast(text)?.kind ?? null, text).toBe(expected);
    }
    expect(emergencies).toBeGreaterThan(300);
  });

  it('finds anchors only where a match must contain them', () => {
    expect(patternAnchors('\\b(secuestr|kidnap)\\w*')).toEqual(['secuestr', 'kidnap']);
    expect(patternAnchors('\\bno (respira|reacciona)\\b')).toEqual(['respira', 'reacciona']);
    expect(patternAnchors('\\b(me|nos)? ?ayuda')).toEqual(['ayuda']);
    expect(patternAnchors('\\bhe{2,}l+p+\\b')).toBeNull();
    expect(patternAnchors('abc|\\w+')).toBeNull();
  });
});
