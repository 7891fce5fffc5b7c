/**
 * Message understanding: language, emergency, topic and confidence in one call.
 * Order matters: emergency patterns first (they outrank everything), then language,
 * then topic. Below the confidence bar the topic is `none` and the caller asks a
 * clarifying question with the likeliest topics. Pure and synchronous: no I/O.
 */
import type { Knowledge } from '../knowledge/knowledge-base.ts';
import type { Lang, TopicId, TopicOrNone } from '../knowledge/schema.ts';
import { createTopicClassifier } from './classify-topic.ts';
import { createEmergencyDetector, type EmergencyMatch } from './detect-emergency.ts';
import { createLanguageDetector } from './detect-language.ts';
import { fold } from './fold.ts';
import { createGlossaryMatcher } from './glossary-terms.ts';

export interface Understanding {
  lang: Lang;
  langConfident: boolean;
  emergency: EmergencyMatch | null;
  topic: TopicOrNone;
  /** 0..1: how clearly the topic beats the others. */
  confidence: number;
  /** The likeliest topics, best first (at most 3), for a clarifying question. */
  candidates: TopicId[];
  /** The message is only a greeting or thanks. */
  greeting: boolean;
  /** Set when the message fits two topics equally ("visa humanitaria"): ask which. */
  ambiguousWith?: TopicId;
}

/** Tuned on test/fixtures/understanding/tuning.jsonl; see docs/understanding.md. */
export const THRESHOLDS = {
  /** A best topic scoring below this per searched term is no answer at all. */
  minScorePerTerm: 1.8,
  /** Best / (best + second) below this means the message is unclear. */
  minConfidence: 0.5,
  /** Share of content words that must match something. */
  minCoverage: 0.6,
  /** The classifier alone may call an emergency only above this score per term. */
  emergencyScore: 4,
};

/** Two topics that the same words ask for; the pair and who usually means which. */
const AMBIGUOUS_PAIRS: ReadonlyArray<[TopicId, TopicId]> = [['us_humanitarian_visa', 'mx_status']];

export function createUnderstanding(knowledge: Knowledge) {
  const terms = knowledge.glossary.terms;
  const detectLanguage = createLanguageDetector(knowledge.languageSignals, {
    es: terms.flatMap((t) => t.es),
    en: terms.flatMap((t) => t.en),
    ht: terms.flatMap((t) => t.ht),
  });
  const detectEmergency = createEmergencyDetector(knowledge.emergencySignals);
  const glossary = createGlossaryMatcher(knowledge.glossary);
  const signals = knowledge.languageSignals;
  const greetingWords = new Set(
    [signals.es, signals.en, signals.ht].flatMap((s) => s.greetings.flatMap((g) => fold(g).split(' '))),
  );
  const functionWords = [signals.es, signals.en, signals.ht].flatMap((s) =>
    [...s.words, ...s.stopwords].map(fold),
  );
  const glossaryWords = new Set(
    knowledge.glossary.terms.flatMap((t) => [...t.es, ...t.en, ...t.ht].map(fold)),
  );
  const stopWords = new Set([...functionWords, ...greetingWords].filter((w) => !glossaryWords.has(w)));
  const scoreTopics = createTopicClassifier(knowledge.entries, glossary, stopWords, knowledge.outOfScope);

  return function understand(text: string, hint?: Lang): Understanding {
    const emergency = detectEmergency(text);
    const { lang, confident: langConfident } = detectLanguage(text, hint);
    const folded = fold(text);
    const greeting = folded !== '' && folded.split(' ').every((w) => greetingWords.has(w));
    if (emergency)
      return { lang, langConfident, emergency, candidates: [], greeting, topic: 'emergency', confidence: 1 };
    const { candidates, coverage, terms, outOfScope } = scoreTopics(text, lang);
    const [best, second] = candidates;
    const top3 = candidates.slice(0, 3).map((c) => c.topic);
    const base = { lang, langConfident, emergency, candidates: top3, greeting };
    if (greeting || !best) return { ...base, topic: 'none', confidence: 0 };

    const confidence = second ? best.score / (best.score + second.score) : 1;
    const perTerm = best.score / Math.max(1, terms);
    if (best.topic === 'emergency' && perTerm >= THRESHOLDS.emergencyScore && confidence >= 0.6) {
      return { ...base, emergency: { kind: 'classifier', pattern: '' }, topic: 'emergency', confidence };
    }
    const pair = second && AMBIGUOUS_PAIRS.find((p) => p.includes(best.topic) && p.includes(second.topic));
    if (pair && confidence < 0.6 && perTerm >= THRESHOLDS.minScorePerTerm) {
      // Haitian and Central American people in Mexico mean the Mexican card; families in Durango, the US permit.
      const likely: TopicId = lang === 'ht' ? 'mx_status' : pair[0];
      const other = likely === pair[0] ? pair[1] : pair[0];
      return { ...base, topic: likely, confidence, ...(lang === 'ht' ? {} : { ambiguousWith: other }) };
    }
    const clear =
      best.score > outOfScope &&
      perTerm >= THRESHOLDS.minScorePerTerm &&
      confidence >= THRESHOLDS.minConfidence &&
      coverage >= THRESHOLDS.minCoverage;
    return { ...base, topic: clear ? best.topic : 'none', confidence };
  };
}

export type Understand = ReturnType<typeof createUnderstanding>;
