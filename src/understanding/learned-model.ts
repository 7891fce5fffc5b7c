/**
 * The learned classifier as shipped: knowledge/model/understanding.json, written by
 * `npm run train` from a fastText model, checked with zod when the knowledge loads, and read
 * here into a scorer. fastText scores a label as the average, over the rows a message
 * switches on (features.ts), of that row's vector times the label's output vector; the
 * products are computed once at training, so each row here holds one number per label (every
 * topic, "emergency" and "none"). They are stored as 8-bit integers with a scale per label,
 * in base64, so the model fits the Workers bundle and loads with Web APIs only.
 */
import type { LearnedModel } from '../knowledge/model-schema.ts';
import { fastTextHash, forEachToken, ngramBucketsInto, tokenFeatures } from './features.ts';

export { type LearnedModel, MODEL_VERSION } from '../knowledge/model-schema.ts';

export interface LabelScore {
  label: string;
  score: number;
}

export function decodeWeights(base64: string): Int8Array {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Int8Array(bytes.buffer);
}

export function encodeWeights(weights: Int8Array): string {
  let text = '';
  const bytes = new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength);
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** Tokens whose sums are remembered before the memory starts again. */
const KNOWN_TOKENS = 20_000;

/** What one token adds to a message's score: its rows' weights summed, how many rows, its hash. */
interface TokenSums {
  sums: Float64Array;
  rows: number;
  hash: number;
}

/**
 * Scores every label for a message already in the model's form (training-set.ts, modelText):
 * bias + the sum of the weights of the rows switched on, averaged. Written by hand because it is
 * one loop; training is fastText's job (src/cli/train.ts). A token always switches on the same
 * rows (its word and letter groups), so their weights are summed once per token and remembered:
 * the weights are integers, so the sums, and the scores, are exactly those of a row at a time.
 */
export function createTextScorer(model: LearnedModel): (modelText: string) => LabelScore[] {
  const weights = decodeWeights(model.weights);
  const n = model.labels.length;
  if (weights.length !== model.features.length * n)
    throw new Error(
      `knowledge/model/understanding.json: ${weights.length} weights for ${model.features.length} features × ${n} labels; run \`npm run train\` again`,
    );
  const row = new Map(model.features.map((f, i) => [f, i * n]));
  // A word pair's row by its bucket's number: no name to build and look up for each pair.
  const bucketRow = Array.from({ length: model.input.bucket }, (_, b) => row.get(`h:${b}`));
  const vocabulary = new Set(model.input.words);
  const shape = { ...model.input, hasWord: (w: string) => vocabulary.has(w) };
  const known = new Map<string, TokenSums>();

  function sumsOf(token: string): TokenSums {
    const remembered = known.get(token);
    if (remembered) return remembered;
    const features: string[] = [];
    tokenFeatures(token, shape, features);
    const sums = new Float64Array(n);
    for (const feature of features) addRow(sums, row.get(feature));
    const read = { sums, rows: features.length, hash: fastTextHash(token) };
    if (known.size >= KNOWN_TOKENS) known.clear();
    known.set(token, read);
    return read;
  }

  function addRow(sums: Float64Array, at: number | undefined): void {
    if (at === undefined) return;
    for (let l = 0; l < n; l++) sums[l] = (sums[l] as number) + (weights[at + l] as number);
  }

  // One message at a time (scoring is synchronous): the running sums and the tokens' hashes
  // live in arrays kept from one message to the next.
  const sums = new Float64Array(n);
  const hashes: number[] = [];
  const buckets: number[] = [];
  let count = 0;
  let rows = 0;
  const addToken = (token: string) => {
    const read = sumsOf(token);
    for (let l = 0; l < n; l++) sums[l] = (sums[l] as number) + (read.sums[l] as number);
    rows += read.rows;
    hashes[count++] = read.hash;
  };

  return (text) => {
    sums.fill(0);
    count = 0;
    rows = 0;
    forEachToken(text, addToken);
    const pairs = ngramBucketsInto(hashes, count, shape, buckets);
    for (let b = 0; b < pairs; b++) addRow(sums, bucketRow[buckets[b] as number]);
    rows += pairs;
    // fastText averages over every row switched on, kept or not.
    const norm = 1 / Math.max(1, rows);
    const scores = model.labels.map((label, l) => ({
      label,
      score: (sums[l] as number) * norm * (model.scales[l] as number) + (model.biases[l] as number),
    }));
    return byScore(scores);
  };
}

/**
 * Highest score first, equal scores in label order: what a stable sort gives, by insertion (the
 * labels are a few dozen, and sort's comparator calls were a tenth of a message's scoring).
 */
function byScore(scores: LabelScore[]): LabelScore[] {
  for (let i = 1; i < scores.length; i++) {
    const item = scores[i] as LabelScore;
    let j = i - 1;
    while (j >= 0 && (scores[j] as LabelScore).score < item.score) {
      scores[j + 1] = scores[j] as LabelScore;
      j--;
    }
    scores[j + 1] = item;
  }
  return scores;
}

/** fastText's probabilities: a softmax over the label scores, in the same order. */
export function probabilities(scores: readonly LabelScore[]): Array<{ label: string; p: number }> {
  const top = scores[0]?.score ?? 0;
  const exp = scores.map((s) => Math.exp(s.score - top));
  const total = exp.reduce((a, b) => a + b, 0);
  return scores.map((s, i) => ({ label: s.label, p: (exp[i] as number) / total }));
}
