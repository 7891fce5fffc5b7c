/**
 * Reads one YAML file of the knowledge folder against its schema: YAML first, then zod, and
 * on failure a KnowledgeError that names the file and the first problems, so an office sees
 * what to fix.
 */
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { KnowledgeError } from './knowledge-error.ts';

export function parseYamlFile<T>(file: string, text: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new KnowledgeError(file, `not valid YAML: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 10)
      .map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new KnowledgeError(file, `does not match the format:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}
