/**
 * The memory store's filed examples (FiledExampleStore): the office's, oldest first, the last
 * MAX_FILED_EXAMPLES. Kept like the canned replies: office-wide, not about a person, so the
 * store's erase and retention never touch them. Copied in and out, so a caller cannot change
 * what is kept.
 */
import {
  type FiledExampleStore,
  MAX_FILED_EXAMPLES,
  type OfficeExample,
} from '../../core/ports/example-book.ts';

export function createMemoryExamples(max = MAX_FILED_EXAMPLES): FiledExampleStore {
  const kept: OfficeExample[] = [];
  return {
    async filedExamples() {
      return kept.map((example) => ({ ...example }));
    },
    async fileExample(example) {
      kept.push({ ...example });
      if (kept.length > max) kept.splice(0, kept.length - max);
    },
  };
}
