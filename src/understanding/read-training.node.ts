/**
 * Node-only, build time: reads every writer's file of knowledge/training/ (one file per
 * writer; the file name is the writer) into checked examples.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TRAINING_DIR } from '../knowledge/knowledge-base.ts';
import { parseTrainingFile, type TrainingExample } from './training-examples.ts';

export async function readTrainingExamples(knowledgeDir: string): Promise<TrainingExample[]> {
  const folder = join(knowledgeDir, TRAINING_DIR);
  const files = (await readdir(folder).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const lists = await Promise.all(
    files.map(async (f) =>
      parseTrainingFile(join(folder, f), await readFile(join(folder, f), 'utf8'), f.replace(/\.jsonl$/, '')),
    ),
  );
  return lists.flat();
}
