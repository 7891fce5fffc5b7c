/**
 * The office's filed examples on Workers, which have no knowledge folder to write to: the
 * bundled knowledge/examples.yaml, then the filings kept in the store (src/core/ports/
 * example-book.ts), merged when the Worker loads them. A filing is checked with the same
 * schema and topic check as knowledge:check.
 */
import { ExampleRefusedError } from '../core/errors.ts';
import type { ExampleBook, FiledExampleStore, OfficeExample } from '../core/ports/example-book.ts';
import { checkExampleTopics } from './knowledge-base.ts';
import { KnowledgeError } from './knowledge-error.ts';
import { officeExampleSchema } from './schema.ts';

export function storeExampleBook(
  store: FiledExampleStore,
  bundled: readonly OfficeExample[],
  topics: ReadonlySet<string>,
): ExampleBook {
  const list = async () => [...bundled, ...(await store.filedExamples())];
  return {
    list,
    async add(example) {
      const parsed = officeExampleSchema.safeParse(example);
      if (!parsed.success)
        throw new ExampleRefusedError(parsed.error.issues[0]?.message ?? 'not a valid example.');
      try {
        checkExampleTopics([parsed.data], topics);
      } catch (error) {
        throw error instanceof KnowledgeError ? new ExampleRefusedError(error.problem) : error;
      }
      await store.fileExample(parsed.data);
      return list();
    },
  };
}
