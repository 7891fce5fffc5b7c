/**
 * Node-only, build time: reads every writer's file of knowledge/training/dialogue/ (one file
 * per writer; the file name is the writer) into checked follow-up examples.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIALOGUE_TRAINING_DIR } from '../knowledge/knowledge-base.ts';
import { type DialogueExample, parseDialogueFile } from './dialogue-examples.ts';

export async function readDialogueExamples(knowledgeDir: string): Promise<DialogueExample[]> {
  const folder = join(knowledgeDir, DIALOGUE_TRAINING_DIR);
  const files = (await readdir(folder).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const lists = await Promise.all(
    files.map(async (f) =>
      parseDialogueFile(join(folder, f), await readFile(join(folder, f), 'utf8'), f.replace(/\.jsonl$/, '')),
    ),
  );
  return lists.flat();
}
