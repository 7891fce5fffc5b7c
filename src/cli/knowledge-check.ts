/**
 * `npm run knowledge:check`: validates the knowledge folder (KNOWLEDGE_DIR, default
 * ./knowledge) against the seeds in SEEDS_DIR (default ../shared/seeds, when present).
 * Prints every problem with what to fix, and exits 1 if there is any.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resources } from '../i18n/resources.ts';
import { checkKnowledge } from '../knowledge/check-knowledge.ts';
import { DIALOGUE_MODEL_PATH, type Knowledge, MODEL_PATH } from '../knowledge/knowledge-base.ts';
import { readKnowledgeFiles } from '../knowledge/load-knowledge.node.ts';
import { checkReviews } from '../knowledge/review-check.node.ts';
import { reviewDirs } from '../knowledge/review-files.node.ts';
import {
  dialogueTrainingHash,
  labelDialogueExamples,
  signalExamples,
} from '../understanding/dialogue-training.ts';
import { readDialogueExamples } from '../understanding/read-dialogue-training.node.ts';
import { readTrainingExamples } from '../understanding/read-training.node.ts';
import { createReadingTools } from '../understanding/reading-tools.ts';
import { DIALOGUE_FASTTEXT, FASTTEXT } from '../understanding/train-fasttext.node.ts';
import { knowledgeExamples, MODEL_TEXT_VERSION, trainingHash } from '../understanding/training-set.ts';

const dir = process.env.KNOWLEDGE_DIR ?? 'knowledge';
const seedsDir = process.env.SEEDS_DIR ?? join('..', 'shared', 'seeds');

async function readSeeds(): Promise<Map<string, string> | null> {
  const names = await readdir(seedsDir).catch(() => null);
  if (!names) return null;
  const txt = names.filter((n) => n.endsWith('.txt'));
  return new Map(
    await Promise.all(txt.map(async (n) => [n, await readFile(join(seedsDir, n), 'utf8')] as const)),
  );
}

/** The model must have been trained on exactly today's examples, phrases and settings. */
async function staleModel(knowledge: Knowledge): Promise<string | null> {
  const examples = [...knowledgeExamples(knowledge), ...(await readTrainingExamples(dir))];
  const hash = trainingHash(examples, knowledge, FASTTEXT, MODEL_TEXT_VERSION);
  if (hash === knowledge.model.trainedOn.hash) return null;
  return `${MODEL_PATH} was trained on other examples than knowledge/training and the topics' phrases hold now: run \`npm run train\` (it needs Debian's fasttext: apt-get install fasttext) and commit the new model.`;
}

/**
 * The dialogue model, likewise: its rows as the model reads them (the writers' follow-ups and the
 * phrase lists, with the cues the danger patterns, the glossary and the topic model give them).
 */
async function staleDialogueModel(knowledge: Knowledge): Promise<string | null> {
  const examples = [...signalExamples(knowledge.dialogueSignals), ...(await readDialogueExamples(dir))];
  const labelled = labelDialogueExamples(examples, createReadingTools(knowledge));
  const hash = dialogueTrainingHash(labelled, DIALOGUE_FASTTEXT);
  if (hash === knowledge.dialogueModel.trainedOn.hash) return null;
  return `${DIALOGUE_MODEL_PATH} was trained on other rows than knowledge/ gives now (follow-ups, phrase lists, or danger patterns, glossary or topic model that change their cues): run \`npm run train\` (Debian's fasttext) and commit the new models.`;
}

try {
  const [files, seeds] = await Promise.all([readKnowledgeFiles(dir), readSeeds()]);
  const { problems, warnings, knowledge } = checkKnowledge(files, seeds, resources);
  const stale = knowledge ? await staleModel(knowledge) : null;
  if (stale) problems.push(stale);
  const staleDialogue = knowledge ? await staleDialogueModel(knowledge) : null;
  if (staleDialogue) problems.push(staleDialogue);
  // knowledge/reviews.yaml: malformed is a problem; what awaits review is news, not a failure.
  const reviews = await checkReviews(reviewDirs());
  problems.push(...reviews.problems);
  warnings.push(...reviews.warnings);
  for (const line of reviews.info) console.log(`review: ${line}`);
  for (const w of warnings) console.log(`warning: ${w}`);
  for (const p of problems) console.log(`problem: ${p}`);
  const entries = knowledge?.entries.length ?? 0;
  console.log(
    `${problems.length === 0 ? 'knowledge OK' : 'knowledge has problems'}: ${entries} entries, ${problems.length} problems, ${warnings.length} warnings (seeds ${seeds ? `checked in ${seedsDir}` : 'not found'})`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
