/**
 * Reads a message with the learned model (learned-model.ts): the probability of each label,
 * as fastText computes it (a softmax over the label scores), and what they say: the topic
 * when one is clearly likelier than the rest, the two or three likeliest otherwise, whether
 * the message is out of scope or a vague opener, and how likely a danger is. The last text is
 * remembered, since understanding asks about the same message more than once. Pure.
 */
import type { Knowledge } from '../knowledge/knowledge-base.ts';
import type { GlossaryMatcher } from './glossary-terms.ts';
import { createTextScorer, probabilities } from './learned-model.ts';
import { createModelText } from './training-set.ts';

/** Tuned on held-out writers (scripts/tune-thresholds.ts); see docs/understanding.md. */
export const LEARNED = {
  /**
   * P(emergency) at or above this is a full emergency, without a pattern. 0.9 was tried in
   * round 4, when small talk scored 0.999 ("good morning! hope y'all are doing well"): it cost
   * 3 of 32 full emergencies on a fresh batch. With small talk in training, 0.7 gave held-out
   * writers 0.971 full recall for 3.2% false (0.955 and 2.5% at 0.9).
   */
  emergency: 0.7,
  /** …in a message of at least this many words (shorter: the safety net at most). */
  emergencyMinWords: 6,
  /**
   * A pattern's emergency in a message told in the past, the news or a joke (signals'
   * `notNow`) is a possible danger instead when the model gives it less than this.
   */
  patternVeto: 0.2,
  /**
   * In a conversation (a follow-up), the model alone calls a full emergency only on a story
   * this long that it is all but sure of, told as happening now (signals' `notNow` finds
   * nothing). Session 26: on 1,011 ordinary follow-ups of our conversation sets, 2 scored so
   * (both a mild fever already treated, now in `notNow`); it caught 10 of 12 dangers told mid-
   * conversation that had only the safety line.
   */
  storyWords: 15,
  storyEmergency: 0.97,
  /**
   * …and a follow-up story (storyWords or more) with P(emergency) at or above this gets the
   * safety line even when the dialogue model reads it otherwise (session 28: a danger told as a
   * complaint scored 0.95 and got nothing).
   */
  possibleStory: 0.9,
  /**
   * …told in this many words or more: a shorter story than a full emergency needs (session 72: a
   * Kreyòl danger of 13 words lost its safety line when a retrained dialogue model leaned away).
   */
  possibleStoryWords: 10,
  /** P(emergency) at or above this is a possible danger: the safety net. */
  possible: 0.03,
  /**
   * …and on a follow-up in a conversation, the dialogue model's P(danger) at or above this
   * (session 27, docs/understanding.md).
   */
  possibleFollowUp: 0.5,
  /** …and in answer to a form's question, P(emergency) at or above this. */
  possibleInForm: 0.9,
  /** The best topic needs this probability… */
  minProbability: 0.2,
  /** …and this share of the two best together, else the person is asked which one. */
  minMargin: 0.5,
  /** Two topics that the same words ask for ("visa humanitaria") are asked about in messages this short. */
  pairAloneWords: 4,
};

/** Labels that are not topics: a danger, an out-of-scope request, a vague opener. */
export const NOT_TOPICS = new Set(['emergency', 'none', 'vague']);

export interface LearnedReading {
  /** Labels with their probability, likeliest first. */
  ranked: Array<{ label: string; p: number }>;
  danger: number;
}

/** `glossary`: the matcher understanding already built, so it is not built twice. */
export function createLearnedReader(
  knowledge: Pick<Knowledge, 'model' | 'glossary'>,
  glossary?: GlossaryMatcher,
) {
  const score = createTextScorer(knowledge.model);
  const modelText = createModelText(knowledge, glossary);
  let lastText: string | null = null;
  let last: LearnedReading = { ranked: [], danger: 0 };

  return function read(text: string): LearnedReading {
    if (text === lastText) return last;
    const ranked = probabilities(score(modelText(text)));
    lastText = text;
    last = { ranked, danger: ranked.find((r) => r.label === 'emergency')?.p ?? 0 };
    return last;
  };
}

export type ReadLearned = ReturnType<typeof createLearnedReader>;
