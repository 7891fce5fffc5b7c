/**
 * Node-only, build time: trains a fastText supervised model with Debian's `fasttext` (one
 * thread and a fixed seed, so the same examples give the same model) and exports it to the
 * shipped format. Used by `npm run train` and by the comparison of classifiers.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportModel, MIN_ROW_WEIGHT, parseDumpArgs, parseDumpDict } from './fasttext-export.ts';
import { createTextScorer, type LearnedModel } from './learned-model.ts';
import type { Labelled } from './training-set.ts';

/** Chosen by the comparison in docs/understanding.md (held-out writers). */
export const FASTTEXT = {
  dim: 32,
  epoch: 40,
  lr: 0.5,
  minn: 3,
  maxn: 4,
  wordNgrams: 2,
  minCount: 2,
  bucket: 5000,
};

/**
 * The dialogue model's settings (scripts/compare-dialogue.ts, six writers each held out in
 * turn): whole words seen twice or more, no letter groups and no word pairs — the phrase
 * lists' cues carry what those would — which read follow-ups best (0.839, against 0.825 with
 * letter groups and pairs) in 40 KiB gzipped for the Worker (123 KiB with them).
 */
export const DIALOGUE_FASTTEXT = {
  ...FASTTEXT,
  minCount: 2,
  bucket: 1000,
  minn: 0,
  maxn: 0,
  wordNgrams: 1,
  epoch: 50,
};
export const DIALOGUE_MIN_ROW_WEIGHT = 10;

export class FastTextMissing extends Error {}

function fasttext(args: string[], options: { maxBuffer?: number } = {}): string {
  try {
    return execFileSync('fasttext', args, { maxBuffer: options.maxBuffer ?? 1 << 30 }).toString();
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT')
      throw new FastTextMissing(
        'fastText is not installed: `sudo apt-get install fasttext` (Debian/Ubuntu) or `brew install fasttext`, then run `npm run train` again.',
      );
    throw error;
  }
}

/**
 * `agreement`: the share of the training messages on which the exported model's best label
 * is fastText's own prediction (below 0.99 the export is wrong, or rounding went too far).
 */
export function trainFastText(
  examples: readonly Labelled[],
  trainedOn: LearnedModel['trainedOn'],
  settings = FASTTEXT,
  /** Rows kept at export (fasttext-export.ts); higher keeps fewer, for a smaller model. */
  minRowWeight = MIN_ROW_WEIGHT,
): { model: LearnedModel; agreement: number } {
  const work = mkdtempSync(join(tmpdir(), 'enlace-fasttext-'));
  try {
    const lines = examples.flatMap((e) => Array(e.weight).fill(`__label__${e.label} ${e.text}`));
    writeFileSync(join(work, 'train.txt'), `${lines.join('\n')}\n`);
    const model = join(work, 'model');
    const options = Object.entries(settings).flatMap(([k, v]) => [`-${k}`, String(v)]);
    fasttext([
      'supervised',
      '-input',
      join(work, 'train.txt'),
      '-output',
      model,
      '-thread',
      '1',
      '-seed',
      '1',
      '-verbose',
      '0',
      ...options,
    ]);
    const args = parseDumpArgs(fasttext(['dump', `${model}.bin`, 'args']));
    const { words, labels } = parseDumpDict(fasttext(['dump', `${model}.bin`, 'dict']));
    const rows = fasttext(['dump', `${model}.bin`, 'input']).split('\n');
    const output = fasttext(['dump', `${model}.bin`, 'output'])
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => Float32Array.from(line.trim().split(' ').map(Number)));
    const inputRow = (index: number) =>
      Float32Array.from((rows[index + 1] ?? '').trim().split(' ').map(Number));
    const texts = examples.map((e) => e.text);
    const exported = exportModel({ args, words, labels, inputRow, output }, texts, trainedOn, minRowWeight);
    writeFileSync(join(work, 'check.txt'), `${texts.join('\n')}\n`);
    const theirs = fasttext(['predict', `${model}.bin`, join(work, 'check.txt')])
      .trim()
      .split('\n');
    const score = createTextScorer(exported);
    const same = texts.filter((t, i) => `__label__${score(t)[0]?.label}` === theirs[i]).length;
    return { model: exported, agreement: same / Math.max(1, texts.length) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
