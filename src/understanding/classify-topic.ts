/**
 * Topic classification over the knowledge base's own example phrases, keywords and titles.
 * minisearch does the matching (BM25 with prefix and fuzzy search, so typos and missing
 * accents still hit); the glossary adds canonical tokens for variants and slang. Scores are
 * gathered per topic, and a confidence says how clearly the best topic beats the rest.
 */
import MiniSearch from 'minisearch';
import type { Entry } from '../knowledge/parse-entry.ts';
import type { Lang, TopicId } from '../knowledge/schema.ts';
import { fold } from './fold.ts';
import type { GlossaryMatcher } from './glossary-terms.ts';

export interface TopicCandidate {
  topic: TopicId;
  score: number;
}

export interface TopicScores {
  /** Best first; empty when nothing in the message matched anything. */
  candidates: TopicCandidate[];
  /** Share of the message's content words that matched some example (0..1). */
  coverage: number;
  /** Content words left after stop words were removed. */
  contentWords: number;
  /** Terms searched for: content words plus glossary tokens. */
  terms: number;
}

interface Doc {
  id: number;
  text: string;
  topic: TopicId;
  lang: Lang;
}

/** Matching settings, tuned on test/fixtures/understanding/tuning.jsonl (see docs/understanding.md). */
export const MATCHING = {
  /** A term shorter than this is matched exactly: fuzzy "pa" would match half the language. */
  fuzzyMinLength: 5,
  fuzzy: 0.2,
  /** The example in the person's language counts a little more than a translation's. */
  sameLanguageBoost: 1.15,
  /** A topic's score: its best example plus these shares of the next ones (several matches agree). */
  nextShares: [1, 1] as number[],
  unit: 'topic' as 'phrase' | 'topic',
};

export function createTopicClassifier(
  entries: readonly Entry[],
  glossary: GlossaryMatcher,
  stopWords: ReadonlySet<string>,
) {
  function analyse(text: string): string[] {
    const folded = fold(text);
    if (folded === '') return [];
    const content = folded.split(' ').filter((w) => !stopWords.has(w) && w.length > 1);
    return [...new Set([...content, ...glossary.termsIn(folded)])];
  }

  const docs: Doc[] = [];
  for (const entry of entries) {
    const texts = [entry.title, ...entry.phrases, ...entry.keywords].map((t) => analyse(t).join(' '));
    // The glossary says which topics a term points to: make that link part of the topic's text.
    texts.push(glossary.tokensFor(entry.id).join(' '));
    if (MATCHING.unit === 'phrase') {
      for (const text of texts) docs.push({ id: docs.length, text, topic: entry.id, lang: entry.lang });
    } else {
      docs.push({ id: docs.length, text: texts.join(' '), topic: entry.id, lang: entry.lang });
    }
  }
  const index = new MiniSearch<Doc>({
    fields: ['text'],
    storeFields: ['topic', 'lang'],
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
  });
  index.addAll(docs.filter((d) => d.text !== ''));

  return function scoreTopics(text: string, lang?: Lang): TopicScores {
    const terms = analyse(text);
    const contentWords = terms.filter((t) => !t.startsWith('_')).length;
    if (terms.length === 0) return { candidates: [], coverage: 0, contentWords, terms: 0 };
    const results = index.search(terms.join(' '), {
      combineWith: 'OR',
      fuzzy: (term) =>
        term.startsWith('_') || term.length < MATCHING.fuzzyMinLength ? false : MATCHING.fuzzy,
      prefix: (term) => !term.startsWith('_') && term.length >= MATCHING.fuzzyMinLength,
      boostDocument: (_id, _term, stored) => (stored?.lang === lang ? MATCHING.sameLanguageBoost : 1),
    });
    const perTopic = new Map<TopicId, number[]>();
    const matched = new Set<string>();
    const keep = MATCHING.nextShares.length + 1;
    for (const r of results) {
      const list = perTopic.get(r.topic as TopicId) ?? [];
      if (list.length < keep) list.push(r.score);
      perTopic.set(r.topic as TopicId, list);
      for (const q of r.queryTerms) matched.add(q);
    }
    const candidates = [...perTopic.entries()]
      .map(([topic, [best = 0, ...next]]) => ({
        topic,
        score: best + next.reduce((sum, x, i) => sum + x * (MATCHING.nextShares[i] ?? 0), 0),
      }))
      .sort((a, b) => b.score - a.score);
    return { candidates, coverage: matched.size / terms.length, contentWords, terms: terms.length };
  };
}

export type ScoreTopics = ReturnType<typeof createTopicClassifier>;
