/**
 * The office's filed examples (knowledge/examples.yaml, added from the dashboard's review
 * list): a message that is one of them, or nearly (the same words of three letters or more,
 * give or take one in six), is read as the topic staff filed it under, or as not something
 * the office does (`none`), ahead of the model. The model learns them at the next
 * `npm run train`; until then this makes a filed message understood at once. Danger is
 * decided before and never here. Replaceable while running, so a filing takes effect at once.
 */
import type { OfficeExample } from '../knowledge/schema.ts';
import { fold } from './fold.ts';

/** Share of the words two messages must share (of all the words either has). */
const MIN_OVERLAP = 0.7;

interface Indexed {
  topic: string;
  folded: string;
  words: Set<string>;
}

export interface OfficeExamples {
  /** The topic (or 'none') a message was filed under, when it is one of the examples or nearly. */
  match(text: string): string | null;
  /** Takes another list (after staff filed one more). */
  replace(examples: readonly OfficeExample[]): void;
  readonly size: number;
}

const wordsOf = (folded: string) => new Set(folded.split(' ').filter((w) => w.length > 2));

export function createOfficeExamples(initial: readonly OfficeExample[] = []): OfficeExamples {
  let exact = new Map<string, string>();
  let indexed: Indexed[] = [];
  function replace(examples: readonly OfficeExample[]) {
    exact = new Map();
    indexed = [];
    for (const example of examples) {
      const folded = fold(example.text);
      // A later filing of the same words wins: staff corrected it.
      exact.set(folded, example.topic);
      indexed.push({ topic: example.topic, folded, words: wordsOf(folded) });
    }
  }
  replace(initial);
  return {
    match(text) {
      if (exact.size === 0) return null;
      const folded = fold(text);
      const same = exact.get(folded);
      if (same) return same;
      const words = wordsOf(folded);
      if (words.size < 3) return null;
      let best: { topic: string; overlap: number } | null = null;
      for (const example of indexed) {
        if (example.words.size < 3) continue;
        let shared = 0;
        for (const w of words) if (example.words.has(w)) shared++;
        const overlap = shared / (words.size + example.words.size - shared);
        if (overlap >= MIN_OVERLAP && (!best || overlap > best.overlap))
          best = { topic: example.topic, overlap };
      }
      return best?.topic ?? null;
    },
    replace,
    get size() {
      return exact.size;
    },
  };
}
