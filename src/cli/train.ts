/**
 * `npm run train`: trains the understanding model from knowledge/training/*.jsonl and the
 * knowledge base's own phrases, with fastText (Debian's `fasttext` package), and writes
 * knowledge/model/understanding.json. Run it after adding examples or topics; the knowledge
 * check says when the model is older than its examples.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MODEL_PATH } from '../knowledge/knowledge-base.ts';
import { loadKnowledge } from '../knowledge/load-knowledge.node.ts';
import { readTrainingExamples } from '../understanding/read-training.node.ts';
import { FASTTEXT, FastTextMissing, trainFastText } from '../understanding/train-fasttext.node.ts';
import { TrainingDataError } from '../understanding/training-examples.ts';
import {
  createModelText,
  knowledgeExamples,
  labelExamples,
  MODEL_TEXT_VERSION,
  trainingHash,
} from '../understanding/training-set.ts';

const dir = process.env.KNOWLEDGE_DIR ?? 'knowledge';
try {
  const started = performance.now();
  const knowledge = await loadKnowledge(dir);
  const examples = [...knowledgeExamples(knowledge), ...(await readTrainingExamples(dir))];
  const hash = trainingHash(examples, knowledge, FASTTEXT, MODEL_TEXT_VERSION);
  console.log(
    `training on ${examples.length} examples (${new Set(examples.map((e) => e.writer)).size} writers)…`,
  );
  const labelled = labelExamples(examples, createModelText(knowledge));
  const { model, agreement } = trainFastText(labelled, { examples: examples.length, hash });
  if (agreement < 0.99)
    throw new Error(
      `the exported model agrees with fastText on only ${(100 * agreement).toFixed(1)}% of the examples; check src/understanding/features.ts against the installed fastText version.`,
    );
  const json = JSON.stringify(model);
  await mkdir(join(dir, 'model'), { recursive: true });
  await writeFile(join(dir, MODEL_PATH), `${json}\n`);
  console.log(
    `${join(dir, MODEL_PATH)}: ${model.labels.length} labels, ${model.features.length} rows, ${(json.length / 1024).toFixed(0)} KiB (${(gzipSync(json).length / 1024).toFixed(0)} KiB gzipped); same best label as fastText on ${(100 * agreement).toFixed(1)}% of the examples; ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  if (error instanceof FastTextMissing || error instanceof TrainingDataError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
