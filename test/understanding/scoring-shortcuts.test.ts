/**
 * Understanding's hot loops take shortcuts for speed (issue 32): the learned models' scorer
 * walks a message's tokens without listing them and sums each token's rows once, and the
 * passage search keeps only the few best passages its callers read instead of sorting all.
 * Folding takes a shorter path for ASCII text and remembers the last few texts folded, and the
 * dialogue reader the facets of the last message asked. This file holds each shortcut to the plain
 * computation it replaces.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/knowledge/knowledge-base.ts';
import { createDialogueReader } from '../../src/understanding/dialogue.ts';
import { featuresOf, forEachToken, tokensOf } from '../../src/understanding/features.ts';
import { fold, foldAny, foldedWords } from '../../src/understanding/fold.ts';
import { createTextScorer, decodeWeights, type LearnedModel } from '../../src/understanding/learned-model.ts';
import { createRanking, type Ranked } from '../../src/understanding/passage-tally.ts';
import { createModelText } from '../../src/understanding/training-set.ts';
import { sharedKnowledge } from '../support/assistant.ts';

let knowledge: Knowledge;
beforeAll(async () => {
  ({ knowledge } = await sharedKnowledge());
});

/** The scorer as its comment defines it: every row of featuresOf summed, averaged, sorted. */
function plainScorer(model: LearnedModel) {
  const weights = decodeWeights(model.weights);
  const n = model.labels.length;
  const row = new Map(model.features.map((f, i) => [f, i * n]));
  const vocabulary = new Set(model.input.words);
  const shape = { ...model.input, hasWord: (w: string) => vocabulary.has(w) };
  return (text: string) => {
    const features = featuresOf(text, shape);
    const sums = new Array<number>(n).fill(0);
    for (const feature of features) {
      const at = row.get(feature);
      if (at !== undefined) for (let l = 0; l < n; l++) sums[l] = (sums[l] ?? 0) + (weights[at + l] ?? 0);
    }
    const norm = 1 / Math.max(1, features.length);
    return model.labels
      .map((label, l) => ({
        label,
        score: (sums[l] ?? 0) * norm * (model.scales[l] ?? 0) + (model.biases[l] ?? 0),
      }))
      .sort((a, b) => b.score - a.score);
  };
}

describe('folding', () => {
  it('gives what its definition gives, for ASCII and any text, remembered or not', () => {
    const ascii = fc.string({
      unit: fc.constantFrom('a', 'Z', '0', '9', ' ', '_', '-', "'", '\n', '?', '~'),
    });
    const any = fc.string({ unit: fc.constantFrom('á', 'Ñ', 'ò', 'ç', '😀', 'A', ' ', '¿', 'ß', 'İ') });
    fc.assert(
      fc.property(fc.array(fc.oneof(ascii, any), { minLength: 1, maxLength: 8 }), (texts) => {
        // Folded twice each, in turn: the second time from memory.
        for (const text of [...texts, ...texts]) expect(fold(text)).toBe(foldAny(text));
      }),
      { numRuns: 3000, seed: 32 },
    );
  });
});

describe("the learned models' scorer", () => {
  it("lists a line's tokens as fastText's separators split it", () => {
    const listed = (text: string) => [...text.split(/[ \n\r\t\v\f\0]+/).filter(Boolean), '</s>'];
    const walked = (text: string) => {
      const out: string[] = [];
      forEachToken(text, (token) => out.push(token));
      return out;
    };
    const line = fc.array(
      fc.constantFrom('a', 'ñ', 'ò', '_x', ' ', '  ', '\n', '\t', '\v', '\f', '\r', '\0', '.'),
    );
    fc.assert(
      fc.property(line, (parts) => {
        const text = parts.join('');
        expect(walked(text)).toEqual(listed(text));
        expect(tokensOf(text)).toEqual(listed(text));
      }),
      { numRuns: 2000, seed: 32 },
    );
  });

  it('gives exactly the plain scores, in the same order, for both models', () => {
    const modelText = createModelText(knowledge);
    const texts = knowledge.entries.flatMap((e) => e.phrases).slice(0, 1500);
    expect(texts.length).toBeGreaterThan(500);
    for (const model of [knowledge.model, knowledge.dialogueModel]) {
      const fast = createTextScorer(model);
      const plain = plainScorer(model);
      for (const text of texts) {
        const read = modelText(text);
        // Twice: the second reading comes from the tokens' remembered sums.
        expect(fast(read)).toEqual(plain(read));
        expect(fast(`__answered ${read} c_yes`)).toEqual(plain(`__answered ${read} c_yes`));
        expect(fast(read)).toEqual(plain(read));
      }
    }
  });
});

describe("the passage search's ranking", () => {
  it('keeps what sorting every passage and taking the first few keeps', () => {
    // Few distinct ranks, so that ties (broken by place) are common.
    const offers = fc.uniqueArray(
      fc.record({ rank: fc.constantFrom(0, 0.5, 1, 1.25, 3), at: fc.nat(500), askSaid: fc.double() }),
      { selector: (o) => o.at, maxLength: 60 },
    );
    fc.assert(
      fc.property(offers, fc.constantFrom(0, 1, 2, 6, 16, 17, 40, Number.POSITIVE_INFINITY), (list, keep) => {
        const ranking = createRanking(keep);
        list.forEach((o, p) => {
          ranking.offer(o.rank, o.at, p, o.askSaid);
        });
        const all: Ranked[] = list.map((o, p) => ({ ...o, p }));
        const sorted = all.sort((a, b) => b.rank - a.rank || a.at - b.at).slice(0, keep);
        expect(ranking.best()).toEqual(sorted);
      }),
      { numRuns: 3000, seed: 32 },
    );
  });
});

describe('the facets a message asks, remembered for the next reader', () => {
  it('are what a fresh reading gives, and a reader that changes its copy changes nothing else', () => {
    const remembering = createDialogueReader(knowledge.dialogueSignals);
    const text = '¿cuánto cuesta y qué papeles ocupo?';
    const words = foldedWords(text);
    const first = remembering.facetsIn(words, text);
    expect(first.facets).toEqual(['cost', 'documents']);
    first.facets.push('where');
    first.cueWords.clear();
    const again = remembering.facetsIn(words, text);
    expect(again).toEqual(createDialogueReader(knowledge.dialogueSignals).facetsIn(words, text));
    expect(again.facets).toEqual(['cost', 'documents']);
    // Other words of the same text are another reading.
    expect(remembering.facetsIn(['hola'], text).facets).toEqual([]);
  });
});
