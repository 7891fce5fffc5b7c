/**
 * Recognises glossary terms in a message, including multi-word ones ("el otro lado",
 * "acta de nacimiento") and slang, and names them by a canonical token such as
 * "_apostille". Both the indexed example phrases and the incoming messages pass through
 * here, so "apostiya", "apostille" and "apostiy" all meet on the same token.
 */
import type { TopicId } from '../core/types.ts';
import type { Glossary } from '../knowledge/schema.ts';
import { fold } from './fold.ts';

export interface GlossaryMatcher {
  /** Canonical tokens of the glossary terms found in folded text. */
  termsIn(folded: string): string[];
  /** The same, with how many words the longest form found of each has ("kat rezidan": 2). */
  termsWithLength(folded: string): Map<string, number>;
  /** The canonical tokens of the terms that point to a topic. */
  tokensFor(topic: string): string[];
  /** The topics a canonical token points to. */
  topicsOf(token: string): readonly string[];
}

export function createGlossaryMatcher(glossary: Glossary): GlossaryMatcher {
  const single = new Map<string, string>();
  // Multi-word forms, filed under their first word so a message is scanned once.
  const multi = new Map<string, Array<{ rest: string[]; token: string }>>();
  const topics = new Map<string, readonly string[]>();
  for (const term of glossary.terms) {
    const token = `_${fold(term.id).replace(/ /g, '_')}`;
    topics.set(token, term.topics);
    for (const form of [...term.es, ...term.en, ...term.ht]) {
      const [first, ...rest] = fold(form).split(' ');
      if (!first) continue;
      if (rest.length === 0) {
        if (!single.has(first)) single.set(first, token);
        continue;
      }
      const list = multi.get(first) ?? [];
      list.push({ rest, token });
      multi.set(first, list);
    }
  }

  // Plain loops: every message is read through here, some more than once.
  function termsWithLength(folded: string): Map<string, number> {
    const found = new Map<string, number>();
    const words = folded.split(' ');
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      const token = single.get(word);
      if (token) found.set(token, Math.max(found.get(token) ?? 0, 1));
      const forms = multi.get(word);
      if (!forms) continue;
      for (const { rest, token: t } of forms)
        if (follows(words, i + 1, rest)) found.set(t, Math.max(found.get(t) ?? 0, rest.length + 1));
    }
    return found;
  }

  return {
    termsWithLength,
    termsIn: (folded) => [...termsWithLength(folded).keys()],
    tokensFor: (topic) => [...topics].filter(([, list]) => list.includes(topic)).map(([token]) => token),
    topicsOf: (token) => topics.get(token) ?? [],
  };
}

/** Topics a term may point to that are no procedure of their own. */
const NOT_PROCEDURES = new Set(['emergency', 'human', 'office_info', 'none']);

/** The procedures the glossary's terms in folded text name, one entry per term and topic. */
export const proceduresNamed = (
  glossary: Pick<GlossaryMatcher, 'termsWithLength' | 'topicsOf'>,
  folded: string,
): TopicId[] =>
  [...glossary.termsWithLength(folded).keys()].flatMap((token) =>
    glossary.topicsOf(token).filter((t) => !NOT_PROCEDURES.has(t)),
  ) as TopicId[];

/** The words from `at` on begin with `rest`. */
function follows(words: readonly string[], at: number, rest: readonly string[]): boolean {
  for (let j = 0; j < rest.length; j++) if (words[at + j] !== rest[j]) return false;
  return true;
}
