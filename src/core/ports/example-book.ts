/**
 * Where the office's filed examples are kept: messages people really sent that staff filed
 * from the dashboard's review list under the topic they ask about, or `none` ("not something
 * the office does"). On Node: knowledge/examples.yaml (a file in the knowledge folder, so it
 * goes to git with the rest and the next `npm run train` learns it). Every filing is
 * validated as knowledge:check validates the file.
 */
import type { Lang } from '../types.ts';

export interface OfficeExample {
  text: string;
  /** A topic folder name, or 'none'. */
  topic: string;
  lang: Lang;
  /** YYYY-MM-DD. */
  added: string;
  by: string;
}

export interface ExampleBook {
  list(): Promise<OfficeExample[]>;
  /** Files one more; throws KnowledgeError (what to fix) when it is not valid. Returns the whole list after. */
  add(example: OfficeExample): Promise<OfficeExample[]>;
}

/** The most filings a store keeps (as many as examples.yaml may hold); past it the oldest go. */
export const MAX_FILED_EXAMPLES = 20_000;

/**
 * The store's part where the Worker keeps filings (it has no knowledge folder to write to).
 * Office-wide and not about a person: text staff chose to keep, like a canned reply, so an
 * erased conversation leaves them as they are.
 */
export interface FiledExampleStore {
  /** Filings kept in the store, oldest first. */
  filedExamples(): Promise<OfficeExample[]>;
  /** Keeps one more (at most MAX_FILED_EXAMPLES; past that the oldest go). */
  fileExample(example: OfficeExample): Promise<void>;
}
