/**
 * Topic classification over the knowledge base's own example phrases, keywords and titles.
 * Each topic and language is one BM25 document (see bm25.ts), so a word that many
 * topics use ("hijo", "pitit") weighs little and a word that marks one topic weighs a lot.
 * The glossary adds canonical tokens for variants and slang and links terms to topics;
 * misspelt words are corrected against the phrases' vocabulary before searching.
 */

import { LANGS } from '../core/types.ts';
import type { Entry } from '../knowledge/parse-entry.ts';
import type { Lang, OutOfScope, TopicId, TopicOrNone } from '../knowledge/schema.ts';
import { createBm25Index } from './bm25.ts';
import { fold } from './fold.ts';
import type { GlossaryMatcher } from './glossary-terms.ts';
import { createSpellingCorrector } from './spelling.ts';

export interface TopicCandidate {
  topic: TopicId;
  score: number;
}

export interface TopicScores {
  /** Best first; empty when nothing in the message matched anything. */
  candidates: TopicCandidate[];
  /** Share of the message's terms that matched some example (0..1). */
  coverage: number;
  /** Terms searched for: content words plus glossary tokens. */
  terms: number;
  /** How well the message matches the out-of-scope examples (same scale as topic scores). */
  outOfScope: number;
}

/** Matching settings, tuned on test/fixtures/understanding/tuning.jsonl (see docs/understanding.md). */
export const MATCHING = {
  /** The example in the person's language counts a little more than a translation's. */
  sameLanguageBoost: 1.15,
  /** A topic's score: its best language document plus these shares of the others. */
  nextShares: [1, 1] as number[],
};

export function createTopicClassifier(
  entries: readonly Entry[],
  glossary: GlossaryMatcher,
  stopWords: ReadonlySet<string>,
  outOfScope: OutOfScope = { es: [], en: [], ht: [] },
) {
  function analyse(text: string): string[] {
    const folded = fold(text);
    if (folded === '') return [];
    const content = folded.split(' ').filter((w) => !stopWords.has(w) && w.length > 1);
    return [...new Set([...content, ...glossary.termsIn(folded)])];
  }

  const docs = entries.map((entry) => {
    const terms = [entry.title, ...entry.phrases, ...entry.keywords].flatMap(analyse);
    // The glossary says which topics a term points to: make that link part of the topic's text.
    return {
      topic: entry.id as TopicOrNone,
      lang: entry.lang,
      terms: [...terms, ...glossary.tokensFor(entry.id)],
    };
  });
  // Out-of-scope examples compete as one more "topic" per language.
  for (const lang of LANGS) docs.push({ topic: 'none', lang, terms: outOfScope[lang].flatMap(analyse) });
  const index = createBm25Index(docs.map((d) => d.terms));
  const correct = createSpellingCorrector(docs.flatMap((d) => d.terms));

  return function scoreTopics(text: string, lang?: Lang): TopicScores {
    const terms = analyse(text);
    if (terms.length === 0) return { candidates: [], coverage: 0, terms: 0, outOfScope: 0 };
    const corrections = terms.map((t) => correct(t));
    const scores = index.score([...new Set(corrections.flat())]);
    const perTopic = new Map<TopicOrNone, number[]>();
    docs.forEach((doc, i) => {
      const score = (scores[i] ?? 0) * (doc.lang === lang ? MATCHING.sameLanguageBoost : 1);
      if (score > 0) perTopic.set(doc.topic, [...(perTopic.get(doc.topic) ?? []), score]);
    });
    const ranked = [...perTopic.entries()]
      .map(([topic, list]) => {
        const [best = 0, ...next] = list.sort((a, b) => b - a);
        return {
          topic,
          score: best + next.reduce((sum, x, i) => sum + x * (MATCHING.nextShares[i] ?? 0), 0),
        };
      })
      .sort((a, b) => b.score - a.score);
    const candidates = ranked.filter((c): c is TopicCandidate => c.topic !== 'none');
    const none = ranked.find((c) => c.topic === 'none')?.score ?? 0;
    const covered = corrections.filter((options) => options.some((o) => index.has(o))).length;
    return { candidates, coverage: covered / terms.length, terms: terms.length, outOfScope: none };
  };
}

export type ScoreTopics = ReturnType<typeof createTopicClassifier>;
