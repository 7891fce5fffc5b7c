/**
 * The labelled messages the classifier learns from (knowledge/training/*.jsonl), one JSON
 * object a line, checked with zod line by line so a bad line names its file and line and
 * says what to fix. The file a line comes from is its writer: the comparison of classifiers
 * holds one writer out at a time, so a score never comes from the writer the model learnt.
 */
import { z } from 'zod';
import { LANGS, TOPIC_ID } from '../core/types.ts';

const label = z.string().regex(TOPIC_ID, 'a topic id (lower case, digits and _), or "none"');

export const trainingExampleSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string().trim().min(1, 'an empty message'),
  lang: z.enum(LANGS),
  topic: label,
  accept: z.array(label).optional(),
  /** How the writer saw it: danger_indirect, lookalike, out_of_scope, vague, short… (for reports). */
  kind: z.string().optional(),
});

export type TrainingExample = z.infer<typeof trainingExampleSchema> & { writer: string };

export class TrainingDataError extends Error {}

/**
 * Parses one writer's JSONL file against a schema; every problem is listed with its line, then
 * nothing is returned. Shared by the topic model's and the dialogue model's examples.
 */
export function parseJsonlFile<T>(file: string, text: string, schema: z.ZodType<T>): T[] {
  const rows: T[] = [];
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
    const parsed = schema.safeParse(data);
    if (parsed.success) rows.push(parsed.data);
    else
      problems.push(
        `line ${i + 1}: ${parsed.error.issues.map((p) => `${p.path.join('.') || '(line)'} ${p.message}`).join('; ')}`,
      );
  });
  if (problems.length > 0)
    throw new TrainingDataError(
      `${file}: ${problems.length} bad line(s), fix them and train again:\n  ${problems.slice(0, 10).join('\n  ')}`,
    );
  return rows;
}

/** Parses one writer's file of first messages. */
export function parseTrainingFile(file: string, text: string, writer: string): TrainingExample[] {
  return parseJsonlFile(file, text, trainingExampleSchema).map((e) => ({ ...e, writer }));
}
