/**
 * Turns a trained fastText supervised model (its `fasttext dump` outputs) into the shipped
 * format (learned-model.ts): for every row that the training messages switch on, the row's
 * vector times each label's output vector, quantised to 8 bits. Rows whose numbers are all
 * small, and rows no training message uses, are left out (they count as zero). Pure.
 */

import { featuresOf, type InputShape } from './features.ts';
import { encodeWeights, type LearnedModel, MODEL_VERSION } from './learned-model.ts';

export interface FastTextDump {
  args: { bucket: number; minn: number; maxn: number; wordNgrams: number };
  /** Vocabulary words in row order, then labels ("__label__x") in output order. */
  words: string[];
  labels: string[];
  /** Reads input row `index` (words first, then buckets). */
  inputRow(index: number): Float32Array;
  /** Output matrix: one vector per label. */
  output: Float32Array[];
}

/** Parses `fasttext dump MODEL args|dict` text. */
export function parseDumpArgs(text: string): FastTextDump['args'] {
  const get = (key: string) => {
    const m = new RegExp(`^${key} (\\S+)$`, 'm').exec(text);
    if (!m) throw new Error(`fasttext dump args: no ${key}`);
    return Number(m[1]);
  };
  return { bucket: get('bucket'), minn: get('minn'), maxn: get('maxn'), wordNgrams: get('wordNgrams') };
}

export function parseDumpDict(text: string): { words: string[]; labels: string[] } {
  const words: string[] = [];
  const labels: string[] = [];
  for (const line of text.split('\n').slice(1)) {
    const m = /^(\S+) \d+ (word|label)$/.exec(line);
    if (!m) continue;
    if (m[2] === 'word') words.push(m[1] as string);
    else labels.push((m[1] as string).replace(/^__label__/, ''));
  }
  return { words, labels };
}

/** Rows whose largest number (of 127) is below this are left out: they hardly move a score. */
export const MIN_ROW_WEIGHT = 10;
/**
 * Numbers this small (of 127) are stored as 0: they hardly move a score, and runs of zeros
 * compress, which keeps the Worker within its size budget (the check at training still asks
 * for fastText's own label on 99% of the examples).
 */
export const ZERO_BELOW = 4;

export function exportModel(
  dump: FastTextDump,
  trainingTexts: readonly string[],
  trainedOn: LearnedModel['trainedOn'],
  /** Rows whose largest number is below this are left out (a smaller model loses more). */
  minRowWeight = MIN_ROW_WEIGHT,
): LearnedModel {
  const vocabulary = new Set(dump.words);
  const shape: InputShape = { ...dump.args, hasWord: (w) => vocabulary.has(w) };
  const wordRow = new Map(dump.words.map((w, i) => [w, i]));
  const used = new Set<string>();
  for (const text of trainingTexts) for (const f of featuresOf(text, shape)) used.add(f);
  const keys = [...used].sort();
  const n = dump.labels.length;
  const products = keys.map((key) => {
    const index = key.startsWith('w:')
      ? (wordRow.get(key.slice(2)) as number)
      : dump.words.length + Number(key.slice(2));
    const row = dump.inputRow(index);
    return dump.output.map((out) => out.reduce((sum, x, d) => sum + x * (row[d] as number), 0));
  });
  const scales = Array.from({ length: n }, (_, l) => {
    const max = products.reduce((m, p) => Math.max(m, Math.abs(p[l] as number)), 0);
    return max > 0 ? max / 127 : 1;
  });
  const features: string[] = [];
  const rows: number[] = [];
  products.forEach((p, i) => {
    const q = p.map((x, l) => {
      const v = Math.round(x / (scales[l] as number));
      return Math.abs(v) < ZERO_BELOW ? 0 : v;
    });
    if (q.some((x) => Math.abs(x) >= minRowWeight)) {
      features.push(keys[i] as string);
      rows.push(...q);
    }
  });
  return {
    version: MODEL_VERSION,
    trainedOn,
    labels: dump.labels,
    input: { words: dump.words, ...dump.args },
    features,
    scales,
    biases: dump.labels.map(() => 0),
    weights: encodeWeights(Int8Array.from(rows)),
  };
}
