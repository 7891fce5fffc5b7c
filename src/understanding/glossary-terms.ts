/**
 * Recognises glossary terms in a message, including multi-word ones ("el otro lado",
 * "acta de nacimiento") and slang, and names them by a canonical token such as
 * "_apostille". Both the indexed example phrases and the incoming messages pass through
 * here, so "apostiya", "apostille" and "apostiy" all meet on the same token.
 */
import type { Glossary } from '../knowledge/schema.ts';
import { fold } from './fold.ts';

export interface GlossaryMatcher {
  /** Canonical tokens of the glossary terms found in folded text. */
  termsIn(folded: string): string[];
  /** The canonical tokens of the terms that point to a topic. */
  tokensFor(topic: string): string[];
}

export function createGlossaryMatcher(glossary: Glossary): GlossaryMatcher {
  const single = new Map<string, string>();
  const multi: Array<{ form: string; token: string }> = [];
  const topics = new Map<string, readonly string[]>();
  for (const term of glossary.terms) {
    const token = `_${fold(term.id).replace(/ /g, '_')}`;
    topics.set(token, term.topics);
    for (const form of [...term.es, ...term.en, ...term.ht]) {
      const folded = fold(form);
      if (folded === '') continue;
      if (folded.includes(' ')) multi.push({ form: ` ${folded} `, token });
      else if (!single.has(folded)) single.set(folded, token);
    }
  }
  // Longest first, so "acta de nacimiento" wins over "acta".
  multi.sort((a, b) => b.form.length - a.form.length);

  return {
    termsIn(folded) {
      const found = new Set<string>();
      const padded = ` ${folded} `;
      for (const { form, token } of multi) if (padded.includes(form)) found.add(token);
      for (const word of folded.split(' ')) {
        const token = single.get(word);
        if (token) found.add(token);
      }
      return [...found];
    },
    tokensFor: (topic) => [...topics].filter(([, list]) => list.includes(topic)).map(([token]) => token),
  };
}
