/**
 * Node-only: the office's filed examples in knowledge/examples.yaml (src/core/ports/
 * example-book.ts). A filing is checked with the same schema and topic check that
 * knowledge:check runs on the file, then the file is written whole to a temporary name and
 * renamed, so a crash never leaves half a file. Filings on one server go one at a time.
 */
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ExampleRefusedError } from '../core/errors.ts';
import type { ExampleBook, OfficeExample } from '../core/ports/example-book.ts';
import { checkExampleTopics, KNOWLEDGE_PATHS } from './knowledge-base.ts';
import { KnowledgeError } from './knowledge-error.ts';
import { parseYamlFile } from './parse-yaml-file.ts';
import { officeExampleSchema, officeExamplesSchema } from './schema.ts';

const HEADER = `# Messages people sent that staff filed from the dashboard's review list (/staff/improve):
# each under the topic it asks about, or none ("not something the office does"). The assistant
# reads a message with the same words as its topic at once; \`npm run train\` teaches the model.
`;

export function fileExampleBook(dir: string): ExampleBook {
  const path = join(dir, KNOWLEDGE_PATHS.examples);
  let queue: Promise<unknown> = Promise.resolve();

  async function list(): Promise<OfficeExample[]> {
    const text = await readFile(path, 'utf8').catch(() => 'examples: []');
    return parseYamlFile(KNOWLEDGE_PATHS.examples, text, officeExamplesSchema).examples;
  }

  async function topics(): Promise<Set<string>> {
    const names = await readdir(join(dir, 'topics'), { withFileTypes: true });
    return new Set(names.filter((n) => n.isDirectory()).map((n) => n.name));
  }

  async function add(example: OfficeExample): Promise<OfficeExample[]> {
    const parsed = officeExampleSchema.safeParse(example);
    if (!parsed.success)
      throw new ExampleRefusedError(parsed.error.issues[0]?.message ?? 'not a valid example.');
    const next = [...(await list()), parsed.data];
    try {
      checkExampleTopics(next, await topics());
    } catch (error) {
      throw error instanceof KnowledgeError ? new ExampleRefusedError(error.problem) : error;
    }
    const tmp = `${path}.${crypto.randomUUID().slice(0, 8)}.tmp`;
    await writeFile(tmp, HEADER + stringify({ examples: next }), 'utf8');
    await rename(tmp, path);
    return next;
  }

  return {
    list,
    add(example) {
      const run = queue.then(() => add(example));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
