/**
 * The schema of knowledge/examples.yaml, kept apart from schema.ts (which re-exports it) so that
 * file stays one screenful per kind of file. Files are never trusted: validated before use.
 */
import { z } from 'zod';
import { LANGS } from '../core/types.ts';

/**
 * examples.yaml: messages people really sent that staff filed from the dashboard's review
 * list, each under the topic it asks about, or `none` when no topic should answer it.
 */
export const officeExampleSchema = z
  .object({
    text: z.string().trim().min(2).max(500),
    topic: z
      .string()
      .regex(/^[a-z_]{2,40}$/, 'a topic folder name, or none for "not something the office does"'),
    lang: z.enum(LANGS),
    added: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'the day it was added, YYYY-MM-DD'),
    by: z.string().min(1).max(40),
  })
  .strict();
export type OfficeExample = z.infer<typeof officeExampleSchema>;
export const officeExamplesSchema = z
  .object({ examples: z.array(officeExampleSchema).max(20_000).default([]) })
  .strict();
