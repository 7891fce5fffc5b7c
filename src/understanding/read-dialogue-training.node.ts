/**
 * Node-only, build time: reads every writer's file of knowledge/training/dialogue/ (one file
 * per writer; the file name is the writer) into checked follow-up examples.
 */
import { join } from 'node:path';
import { DIALOGUE_TRAINING_DIR } from '../knowledge/knowledge-base.ts';
import { type DialogueExample, parseDialogueFile } from './dialogue-examples.ts';
import { readWriterFiles } from './read-training.node.ts';

export function readDialogueExamples(knowledgeDir: string): Promise<DialogueExample[]> {
  return readWriterFiles(join(knowledgeDir, DIALOGUE_TRAINING_DIR), parseDialogueFile);
}
