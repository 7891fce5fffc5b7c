/**
 * The passages of a topic entry that can answer a question on their own: each paragraph of the
 * first reply and of the details, each facet's paragraphs, and each named answer (with how
 * people ask it). A passage is named by where it sits (`details.2`, `facet.cost.1`,
 * `answer.temporary_curp`), a name that is the same in the three languages, so understanding
 * can find it in the words of the message and the reply can show it in the conversation's
 * language. Pure.
 */
import { FACETS } from '../core/types.ts';
import type { Entry } from './parse-entry.ts';
import { citedIds, paragraphs } from './text.ts';

export interface Passage {
  /** Where it sits: `reply.1`, `details.2`, `facet.cost.1`, `answer.temporary_curp`. */
  id: string;
  /** The part it belongs to. */
  part: 'reply' | 'details' | 'facet' | 'answer';
  /** The text, its source markers still in it. */
  text: string;
  /** The source ids its markers cite. */
  cites: string[];
  /** How people ask it (named answers only). */
  asks: string[];
}

const cache = new WeakMap<Entry, Passage[]>();

/** Every passage of an entry, in the order of the file. */
export function passagesOf(entry: Entry): Passage[] {
  const known = cache.get(entry);
  if (known) return known;
  const numbered = (prefix: string, part: Passage['part'], text: string): Passage[] =>
    paragraphs(text).map((p, i) => ({
      id: `${prefix}.${i + 1}`,
      part,
      text: p,
      cites: citedIds(p),
      asks: [],
    }));
  const passages = [
    ...numbered('reply', 'reply', entry.reply),
    ...numbered('details', 'details', entry.details),
    ...FACETS.flatMap((facet) => numbered(`facet.${facet}`, 'facet', entry.facets[facet]?.text ?? '')),
    ...Object.entries(entry.answers).map(
      ([name, answer]): Passage => ({
        id: `answer.${name}`,
        part: 'answer',
        text: answer.text,
        cites: citedIds(answer.text),
        asks: answer.asks,
      }),
    ),
  ];
  cache.set(entry, passages);
  return passages;
}

/** The passage of an entry with this name, if the entry has it. */
export function passageOf(entry: Entry, id: string): Passage | undefined {
  return passagesOf(entry).find((p) => p.id === id);
}
