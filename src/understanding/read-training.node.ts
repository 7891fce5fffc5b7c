/**
 * Node-only, build time: reads every writer's file of a training folder (one file per writer;
 * the file name is the writer) into checked examples: the first messages of
 * knowledge/training/, and (readWriterFiles) any other folder of writers' files.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TRAINING_DIR } from '../knowledge/knowledge-base.ts';
import { parseTrainingFile, type TrainingExample } from './training-examples.ts';

/** Every `.jsonl` file of a folder, parsed as one writer's (none when the folder is missing). */
export async function readWriterFiles<T>(
  folder: string,
  parse: (file: string, text: string, writer: string) => T[],
): Promise<T[]> {
  const files = (await readdir(folder).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const lists = await Promise.all(
    files.map(async (f) =>
      parse(join(folder, f), await readFile(join(folder, f), 'utf8'), f.replace(/\.jsonl$/, '')),
    ),
  );
  return lists.flat();
}

export function readTrainingExamples(knowledgeDir: string): Promise<TrainingExample[]> {
  return readWriterFiles(join(knowledgeDir, TRAINING_DIR), parseTrainingFile);
}
