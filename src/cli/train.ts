/**
 * `npm run train`: trains the two learned models with fastText (Debian's `fasttext` package)
 * and writes them to knowledge/model/: understanding.json (topics and danger, from
 * knowledge/training/*.jsonl and the knowledge base's own phrases) and dialogue.json (what a
 * follow-up does, from knowledge/training/dialogue/*.jsonl and the dialogue phrase lists).
 * `npm run train -- dialogue` trains only the second. Run it after adding examples or topics;
 * the knowledge check says when a model is older than its examples.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  buildKnowledge,
  DIALOGUE_MODEL_PATH,
  type Knowledge,
  MODEL_PATH,
} from '../knowledge/knowledge-base.ts';
import { readKnowledgeFiles } from '../knowledge/load-knowledge.node.ts';
import {
  dialogueTrainingHash,
  labelDialogueExamples,
  signalExamples,
} from '../understanding/dialogue-training.ts';
import type { LearnedModel } from '../understanding/learned-model.ts';
import { readDialogueExamples } from '../understanding/read-dialogue-training.node.ts';
import { readTrainingExamples } from '../understanding/read-training.node.ts';
import { createReadingTools } from '../understanding/reading-tools.ts';
import {
  DIALOGUE_FASTTEXT,
  DIALOGUE_MIN_ROW_WEIGHT,
  FASTTEXT,
  FastTextMissing,
  trainFastText,
} from '../understanding/train-fasttext.node.ts';
import { TrainingDataError } from '../understanding/training-examples.ts';
import {
  createModelText,
  knowledgeExamples,
  labelExamples,
  MODEL_TEXT_VERSION,
  trainingHash,
} from '../understanding/training-set.ts';

const dir = process.env.KNOWLEDGE_DIR ?? 'knowledge';

async function write(path: string, model: LearnedModel, agreement: number, started: number) {
  if (agreement < 0.99)
    throw new Error(
      `${path}: the exported model agrees with fastText on only ${(100 * agreement).toFixed(1)}% of the examples; check src/understanding/features.ts against the installed fastText version.`,
    );
  const json = JSON.stringify(model);
  await mkdir(join(dir, 'model'), { recursive: true });
  await writeFile(join(dir, path), `${json}\n`);
  console.log(
    `${join(dir, path)}: ${model.labels.length} labels, ${model.features.length} rows, ${(json.length / 1024).toFixed(0)} KiB (${(gzipSync(json).length / 1024).toFixed(0)} KiB gzipped); same best label as fastText on ${(100 * agreement).toFixed(1)}% of the examples; ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function trainTopics(knowledge: Knowledge) {
  const started = performance.now();
  const examples = [...knowledgeExamples(knowledge), ...(await readTrainingExamples(dir))];
  const hash = trainingHash(examples, knowledge, FASTTEXT, MODEL_TEXT_VERSION);
  console.log(
    `topics: training on ${examples.length} examples (${new Set(examples.map((e) => e.writer)).size} writers)…`,
  );
  const labelled = labelExamples(examples, createModelText(knowledge));
  const { model, agreement } = trainFastText(labelled, { examples: examples.length, hash });
  await write(MODEL_PATH, model, agreement, started);
}

async function trainDialogue(knowledge: Knowledge) {
  const started = performance.now();
  const examples = [...signalExamples(knowledge.dialogueSignals), ...(await readDialogueExamples(dir))];
  const labelled = labelDialogueExamples(examples, createReadingTools(knowledge));
  const hash = dialogueTrainingHash(labelled, DIALOGUE_FASTTEXT);
  console.log(
    `dialogue: training on ${examples.length} follow-ups (${new Set(examples.map((e) => e.writer)).size} writers)…`,
  );
  const { model, agreement } = trainFastText(
    labelled,
    { examples: examples.length, hash },
    DIALOGUE_FASTTEXT,
    DIALOGUE_MIN_ROW_WEIGHT,
  );
  await write(DIALOGUE_MODEL_PATH, model, agreement, started);
}

/** A model that scores nothing, standing in for one not trained yet (a new office, a deleted file). */
const PLACEHOLDER: LearnedModel = {
  version: 1,
  trainedOn: { examples: 1, hash: 'untrained' },
  labels: ['none', 'untrained'],
  input: { words: [], bucket: 1, minn: 0, maxn: 0, wordNgrams: 1 },
  features: ['w:untrained'],
  scales: [1, 1],
  biases: [0, 0],
  weights: 'AAA=',
};

try {
  const files = await readKnowledgeFiles(dir, { missingModels: JSON.stringify(PLACEHOLDER) });
  const knowledge = buildKnowledge(files);
  if (process.argv[2] !== 'dialogue') await trainTopics(knowledge);
  // The dialogue model's cues read the topic model: the one just trained.
  const fresh = await readKnowledgeFiles(dir, { missingModels: JSON.stringify(PLACEHOLDER) });
  await trainDialogue(buildKnowledge(fresh));
} catch (error) {
  if (error instanceof FastTextMissing || error instanceof TrainingDataError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
