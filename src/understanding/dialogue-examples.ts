/**
 * The labelled follow-ups the dialogue model learns from (knowledge/training/dialogue/*.jsonl):
 * what a message does right after a given assistant turn. One JSON object a line, checked
 * with zod line by line so a bad line names its file and line; the file is its writer, so a
 * comparison can hold one writer out at a time. Briefs: docs/writing-examples.md.
 */
import { z } from 'zod';
import { LANGS, TOPIC_ID } from '../core/types.ts';
import { DIALOGUE_ACTS, DIALOGUE_SITUATIONS } from './dialogue-model.ts';
import { TrainingDataError } from './training-examples.ts';

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

/** Parses one writer's file; every problem is listed with its line, then nothing is returned. */
export function parseDialogueFile(file: string, text: string, writer: string): DialogueExample[] {
  const examples: DialogueExample[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      problems.push(`line ${i + 1}: not JSON`);
      return;
    }
    const parsed = dialogueExampleSchema.safeParse(data);
    if (parsed.success) examples.push({ ...parsed.data, writer });
    else
      problems.push(
        `line ${i + 1}: ${parsed.error.issues.map((p) => `${p.path.join('.') || '(line)'} ${p.message}`).join('; ')}`,
      );
  });
  if (problems.length > 0)
    throw new TrainingDataError(
      `${file}: ${problems.length} bad line(s), fix them and train again:\n  ${problems.slice(0, 10).join('\n  ')}`,
    );
  return examples;
}
