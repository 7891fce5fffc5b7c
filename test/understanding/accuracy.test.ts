/**
 * Understanding measured on a held-out set (heldout.jsonl: written apart from the example
 * phrases, never tuned on; the thresholds were tuned on tuning.jsonl, which is therefore not
 * scored here), so that a knowledge edit that breaks understanding fails CI. Targets from the
 * understanding issue: topic ≥ 95% overall and ≥ 90% per language, language ≥ 97%, emergency
 * recall 100%, out-of-scope answered `none` ≥ 90%.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { evalCaseSchema, scoreUnderstanding } from '../../src/understanding/score.ts';
import { sharedKnowledge } from '../support/assistant.ts';

async function load(name: string) {
  const text = await readFile(`test/fixtures/understanding/${name}`, 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => evalCaseSchema.parse(JSON.parse(l)));
}

describe.each(['heldout.jsonl'])('understanding on %s', (name) => {
  let report: ReturnType<typeof scoreUnderstanding>;
  beforeAll(async () => {
    const { understand } = await sharedKnowledge();
    report = scoreUnderstanding(await load(name), understand);
  });

  it('finds the topic of at least 95% of messages', () =>
    expect(report.topic, report.text).toBeGreaterThanOrEqual(0.95));
  it('finds the topic of at least 90% in each language', () => {
    for (const [lang, rate] of Object.entries(report.perLang))
      expect(rate, `${lang}\n${report.text}`).toBeGreaterThanOrEqual(0.9);
  });
  it('tells the language of at least 97%', () =>
    expect(report.lang, report.text).toBeGreaterThanOrEqual(0.97));
  it('misses no emergency', () => expect(report.emergencyRecall, report.text).toBe(1));
  it('answers none to at least 90% of out-of-scope messages', () =>
    expect(report.none, report.text).toBeGreaterThanOrEqual(0.9));
});

/**
 * Indirect emergencies ("ya me despedí de mis hijos", "bato a ap pran dlo"): the patterns were
 * written from emergency-train.jsonl (a regression guard here: no pattern edit may lose one,
 * not a measure of accuracy) and reviewed against emergency-review.jsonl (held apart). A
 * pattern edit that loses one, or starts flagging the hard negatives next to them, fails here.
 */
describe.each([
  ['emergency-train.jsonl', 1, 3],
  ['emergency-review.jsonl', 0.97, 8],
])('emergencies in %s', (name, minRecall, maxFalse) => {
  it(`finds at least ${minRecall * 100}% of them, with at most ${maxFalse} false alarms`, async () => {
    const { understand } = await sharedKnowledge();
    const cases = await load(name);
    const report = scoreUnderstanding(cases, understand);
    expect(report.emergencyRecall, report.text).toBeGreaterThanOrEqual(minRecall);
    const falseAlarms = cases.filter(
      (c) => c.topic !== 'emergency' && understand(c.text).topic === 'emergency',
    );
    expect(falseAlarms.length, falseAlarms.map((c) => c.text).join('\n')).toBeLessThanOrEqual(maxFalse);
  });
});
