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
}

interface Doc {
  id: number;
  text: string;
  topic: TopicId;
  lang: Lang;
}

/** A term shorter than this is matched exactly: fuzzy "pa" would match half the language. */
const FUZZY_MIN_LENGTH = 5;
/** The example in the person's language counts a little more than a translation's. */
const SAME_LANGUAGE_BOOST = 1.15;
/** A topic's score: its best example plus a share of the next ones (several matches agree). */
const SECOND_MATCH_SHARE = 0.3;

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
    const texts = [entry.title, ...entry.phrases, ...entry.keywords];
    for (const text of texts) {
      docs.push({ id: docs.length, text: analyse(text).join(' '), topic: entry.id, lang: entry.lang });
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
    if (terms.length === 0) return { candidates: [], coverage: 0, contentWords };
    const results = index.search(terms.join(' '), {
      combineWith: 'OR',
      fuzzy: (term) => (term.startsWith('_') || term.length < FUZZY_MIN_LENGTH ? false : 0.2),
      prefix: (term) => !term.startsWith('_') && term.length >= FUZZY_MIN_LENGTH,
      boostDocument: (_id, _term, stored) => (stored?.lang === lang ? SAME_LANGUAGE_BOOST : 1),
    });
    const perTopic = new Map<TopicId, number[]>();
    const matched = new Set<string>();
    for (const r of results) {
      const list = perTopic.get(r.topic as TopicId) ?? [];
      if (list.length < 2) list.push(r.score);
      perTopic.set(r.topic as TopicId, list);
      for (const q of r.queryTerms) matched.add(q);
    }
    const candidates = [...perTopic.entries()]
      .map(([topic, [best = 0, next = 0]]) => ({ topic, score: best + SECOND_MATCH_SHARE * next }))
      .sort((a, b) => b.score - a.score);
    return { candidates, coverage: matched.size / terms.length, contentWords };
  };
}

export type ScoreTopics = ReturnType<typeof createTopicClassifier>;
