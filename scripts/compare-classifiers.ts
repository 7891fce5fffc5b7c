/**
 * `node scripts/compare-classifiers.ts [TRAINING_DIR]`: compares candidate classifiers on the
 * same split, holding out one writer at a time (a model is never scored on the writer it
 * learnt from), and prints a Markdown table for docs/understanding.md: topic accuracy per
 * language, danger recall at two thresholds, training time, model size and time per message.
 * Candidates: fastText supervised (Debian's `fasttext`; words, word pairs and letter groups)
 * run from the exported format we ship, at two sizes, and nlp.js's NeuralNetwork on words.
 * Every candidate reads the same text: folded, with the glossary's tokens after it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import nlpNeural from '@nlpjs/neural';
import { loadKnowledge } from '../src/knowledge/load-knowledge.node.ts';
import { createTextScorer } from '../src/understanding/learned-model.ts';
import { FASTTEXT, trainFastText } from '../src/understanding/train-fasttext.node.ts';
import { parseTrainingFile, type TrainingExample } from '../src/understanding/training-examples.ts';
import {
  createModelText,
  knowledgeExamples,
  type Labelled,
  labelExamples,
} from '../src/understanding/training-set.ts';

const dir = process.argv[2] ?? 'knowledge/training';
const knowledge = await loadKnowledge(process.env.KNOWLEDGE_DIR ?? 'knowledge');
const written: TrainingExample[] = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) =>
    parseTrainingFile(join(dir, f), readFileSync(join(dir, f), 'utf8'), f.replace(/\.jsonl$/, '')),
  );
const writers = [...new Set(written.map((e) => e.writer))];
const base = knowledgeExamples(knowledge);
const modelText = createModelText(knowledge);

interface Prediction {
  gold: string;
  lang: string;
  best: string;
  danger: number;
}
interface Candidate {
  name: string;
  run(
    train: Labelled[],
    test: Labelled[],
  ): { predictions: Prediction[]; bytes: number; perMessageMs: number };
}

function predictAll(test: Labelled[], score: (text: string) => Array<{ label: string; score: number }>) {
  const started = performance.now();
  const predictions = test.map((e) => {
    const ranked = score(e.text);
    const danger = ranked.find((r) => r.label === 'emergency')?.score ?? -1;
    return { gold: e.label, lang: e.lang, best: ranked[0]?.label ?? 'none', danger };
  });
  return { predictions, perMessageMs: (performance.now() - started) / test.length };
}

function fastText(name: string, settings: typeof FASTTEXT): Candidate {
  return {
    name,
    run(train, test) {
      const { model } = trainFastText(train, { examples: train.length, hash: 'compare' }, settings);
      const result = predictAll(test, createTextScorer(model));
      return { ...result, bytes: gzipSync(JSON.stringify(model)).length };
    },
  };
}

/** nlp.js's NeuralNetwork as nlp.js uses it: one input per word. */
const nlpjs: Candidate = {
  name: 'nlp.js NeuralNetwork (@nlpjs/neural 4.25), words',
  run(train, test) {
    const input = (t: string) =>
      Object.fromEntries(
        t
          .split(' ')
          .filter(Boolean)
          .map((w) => [w, 1]),
      );
    const net = new nlpNeural.NeuralNetwork({ iterations: 150, learningRate: 0.2, log: false });
    net.train(train.flatMap((e) => Array(e.weight).fill({ input: input(e.text), output: { [e.label]: 1 } })));
    const run = (t: string) =>
      Object.entries((net as unknown as { run(i: object): Record<string, number> }).run(input(t)) ?? {})
        .map(([label, score]) => ({ label, score }))
        .sort((a, b) => b.score - a.score);
    return { ...predictAll(test, run), bytes: gzipSync(JSON.stringify(net.toJSON())).length };
  },
};

const candidates = [
  fastText(`fastText ${FASTTEXT.bucket} buckets, exported`, FASTTEXT),
  fastText('fastText 5000 buckets, exported', { ...FASTTEXT, bucket: 5000 }),
  fastText('fastText 5000 buckets, dim 16', { ...FASTTEXT, bucket: 5000, dim: 16 }),
  nlpjs,
];

/** Recall of dangers at the threshold that lets through at most `falseRate` of non-dangers. */
function recallAt(predictions: Prediction[], falseRate: number): number {
  const safe = predictions
    .filter((p) => p.gold !== 'emergency')
    .map((p) => p.danger)
    .sort((a, b) => b - a);
  const threshold = safe[Math.floor(safe.length * falseRate)] ?? -Infinity;
  const dangers = predictions.filter((p) => p.gold === 'emergency');
  return dangers.filter((p) => p.danger > threshold).length / Math.max(1, dangers.length);
}

const only = process.env.CANDIDATES;
const rows: string[] = [];
for (const c of candidates.filter((c) => !only || only.split(',').some((o) => c.name.includes(o)))) {
  const all: Prediction[] = [];
  let seconds = 0;
  let bytes = 0;
  let ms = 0;
  for (const held of writers) {
    const train = labelExamples([...base, ...written.filter((e) => e.writer !== held)], modelText);
    const test = labelExamples(
      written.filter((e) => e.writer === held),
      modelText,
    );
    const started = performance.now();
    const result = c.run(train, test);
    seconds += (performance.now() - started) / 1000;
    bytes = Math.max(bytes, result.bytes);
    ms = Math.max(ms, result.perMessageMs);
    all.push(...result.predictions);
    console.error(`${c.name}: held out ${held} (${test.length})`);
  }
  const acc = (ps: Prediction[]) => ps.filter((p) => p.best === p.gold).length / Math.max(1, ps.length);
  const perLang = ['es', 'en', 'ht'].map((l) => acc(all.filter((p) => p.lang === l)).toFixed(3)).join(' / ');
  rows.push(
    `| ${c.name} | ${acc(all).toFixed(3)} | ${perLang} | ${recallAt(all, 0.02).toFixed(3)} | ${recallAt(all, 0.1).toFixed(3)} | ${seconds.toFixed(0)} s | ${(bytes / 1024).toFixed(0)} KiB | ${ms.toFixed(3)} ms |`,
  );
}
console.log(
  `Held out one writer at a time: ${writers.join(', ')} (${written.length} messages; the knowledge base's own phrases always in training).\n`,
);
console.log(
  '| classifier | topic | es / en / ht | danger recall at 2% false alarms | at 10% | training (all folds) | model (gzip) | per message |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
