/**
 * anyPattern (src/understanding/any-pattern.ts) answers as the joined expression it replaces: on
 * shapes it takes apart, on shapes it must keep whole, and on every signal list of the project's
 * emergency file over the bench's messages, folded.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { anyPattern } from '../../src/understanding/any-pattern.ts';
import { anyOf } from '../../src/understanding/detect-emergency.ts';
import { FIGURE_LIGHTLY, FIGURE_NOT_NOW } from '../../src/understanding/figure-words.ts';
import { fold } from '../../src/understanding/fold.ts';
import { sharedKnowledge } from '../support/assistant.ts';

const joined = (list: string[], text: string) => anyOf(list)?.test(text) ?? false;
const apart = (list: string[], text: string) => anyPattern(list)?.test(text) ?? false;

const SHAPES = [
  '^(?!.*\\bno\\b).*\\bhelp\\b',
  '^(?!.*\\bno\\b)(?=.*\\bnow\\b).*\\bhelp\\b',
  '^(?=.*\\bnow\\b)(?!.*\\bno\\b).*\\bhelp\\b.{0,10}\\bme\\b',
  // Kept whole: a guard whose second alternative is at the start only, a top-level alternative, a body at the start.
  '^(?!.*\\bno\\b|later).*\\bhelp\\b',
  '^(?!.*\\bno\\b).*\\bhelp\\b|\\blater\\b',
  '^(?!.*\\bno\\b)help',
  '^(?!.*?\\bno\\b).*\\bhelp\\b',
  '^(?!.*\\bno\\b).*?\\bhelp\\b',
  '^(?!.*[)|(]x).*\\bhelp\\b',
  '\\bhelp\\b',
];
const TEXTS = [
  'help',
  'help me now',
  'no help',
  'later help',
  'later no help',
  'please help me',
  'now i need help me',
  'help later',
  'x help',
  ')x help',
  '',
];

describe('anyPattern', () => {
  it('answers as the joined expression on each shape, alone and together', () => {
    for (const text of TEXTS) {
      for (const shape of SHAPES)
        expect(apart([shape], text), `${shape} on "${text}"`).toBe(joined([shape], text));
      expect(apart(SHAPES, text)).toBe(joined(SHAPES, text));
    }
    expect(anyPattern([])).toBeNull();
  });

  it('answers as the joined expression on every signal list, over the bench messages folded', async () => {
    const { knowledge } = await sharedKnowledge();
    const signals = knowledge.emergencySignals;
    const lists = [
      [...signals.notNow, ...FIGURE_NOT_NOW],
      [...signals.jokes, ...FIGURE_LIGHTLY],
      signals.longAgo,
      signals.later,
      signals.byAuthorities,
      signals.now,
      signals.onlyAsking,
      signals.requestOnly,
      ...signals.kinds.map((k) => [...k.es, ...k.en, ...k.ht]),
    ];
    const lines = (await readFile('test/fixtures/understanding/tuning.jsonl', 'utf8')).split('\n');
    const texts = lines.filter((l) => l.trim()).map((l) => fold((JSON.parse(l) as { text: string }).text));
    let matched = 0;
    const differ: string[] = [];
    for (const list of lists)
      for (const text of texts) {
        const expected = joined(list, text);
        if (expected) matched++;
        if (apart(list, text) !== expected) differ.push(text);
      }
    expect(differ).toEqual([]);
    expect(matched).toBeGreaterThan(50);
  });
});
