/**
 * The labelled follow-ups the dialogue model learns from (knowledge/training/dialogue/*.jsonl):
 * what a message does right after a given assistant turn. One JSON object a line, checked
 * with zod line by line so a bad line names its file and line; the file is its writer, so a
 * comparison can hold one writer out at a time. Briefs: docs/writing-examples.md.
 */
import { z } from 'zod';
import { LANGS, TOPIC_ID } from '../core/types.ts';
import { DIALOGUE_ACTS, DIALOGUE_SITUATIONS } from './dialogue-model.ts';
import { parseJsonlFile } from './training-examples.ts';

export const SLOT_NAMES = [
  'place',
  'age',
  'relation',
  'money',
  'date',
  'name',
  'phone',
  'situation',
] as const;

export const dialogueExampleSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  /** What the assistant just did. */
  ctx: z.enum(DIALOGUE_SITUATIONS),
  /** The topic under discussion (absent after a menu; the danger's kind in an emergency). */
  topic: z.string().regex(TOPIC_ID).optional(),
  danger: z.string().optional(),
  lang: z.enum(LANGS),
  text: z.string().trim().min(1, 'an empty message'),
  act: z.enum(DIALOGUE_ACTS),
  new_topic: z.string().regex(TOPIC_ID).optional(),
  slots: z.partialRecord(z.enum(SLOT_NAMES), z.string()).optional(),
  to_lang: z.enum(LANGS).optional(),
});

export type DialogueExample = z.infer<typeof dialogueExampleSchema> & { writer: string };

/** Parses one writer's file of follow-ups. */
export function parseDialogueFile(file: string, text: string, writer: string): DialogueExample[] {
  return parseJsonlFile(file, text, dialogueExampleSchema).map((e) => ({ ...e, writer }));
}
