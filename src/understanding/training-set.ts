/**
 * Turns what the classifier learns from into labelled features: the writers' messages
 * (knowledge/training/*.jsonl), each entry's own example phrases, and the out-of-scope
 * examples (label "none"). The same folding and glossary as at run time, so a feature means
 * the same thing in both places. The hash covers everything that shapes the model.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { LANGS } from '../core/types.ts';
import type { Knowledge } from '../knowledge/knowledge-base.ts';
import { fold } from './fold.ts';
import { createGlossaryMatcher, type GlossaryMatcher } from './glossary-terms.ts';
import type { TrainingExample } from './training-examples.ts';

/** Bump when modelText changes: the model must be trained again. */
export const MODEL_TEXT_VERSION = 'fold+glossary-1';

/** Dangers count this many times: a missed danger costs more than a false alarm. */
export const DANGER_WEIGHT = 2;

export interface Labelled {
  /** The message as the model reads it (modelText). */
  text: string;
  label: string;
  /** How many times it counts in training. */
  weight: number;
  writer: string;
  lang: string;
}

/**
 * The message as the model reads it: folded, followed by the glossary's canonical tokens for
 * the terms in it, so "la migra", "ICE" and "imigrasyon" also meet on one token.
 */
export function createModelText(
  knowledge: Pick<Knowledge, 'glossary'>,
  glossary: GlossaryMatcher = createGlossaryMatcher(knowledge.glossary),
) {
  return (text: string) => {
    const folded = fold(text);
    return [folded, ...glossary.termsIn(folded)].join(' ').trim();
  };
}

/** The knowledge base's own examples: every entry's phrases, the out-of-scope lists and the office's filed examples. */
export function knowledgeExamples(knowledge: Knowledge): TrainingExample[] {
  const fromEntries = knowledge.entries.flatMap((entry) =>
    entry.phrases.map((text, i) => ({
      id: `${entry.id}/${entry.lang}/${i}`,
      text,
      lang: entry.lang,
      topic: entry.id,
      writer: 'knowledge',
    })),
  );
  const outOfScope = LANGS.flatMap((lang) =>
    knowledge.outOfScope[lang].map((text, i) => ({
      id: `none/${lang}/${i}`,
      text,
      lang,
      topic: 'none',
      writer: 'knowledge',
    })),
  );
  // Messages staff filed from the dashboard's review list: real wording, learned at the next train.
  const filed = knowledge.officeExamples.map((example, i) => ({
    id: `filed/${i}`,
    text: example.text,
    lang: example.lang,
    topic: example.topic,
    writer: 'office',
  }));
  return [...fromEntries, ...outOfScope, ...filed];
}

export function labelExamples(
  examples: readonly TrainingExample[],
  modelText: (text: string) => string,
  dangerWeight = DANGER_WEIGHT,
): Labelled[] {
  return examples.map((e) => ({
    text: modelText(e.text),
    // A vague opener is asked about; an out-of-scope request is told what the office does.
    label: e.topic === 'none' && e.kind === 'vague' ? 'vague' : e.topic,
    weight: e.topic === 'emergency' ? dangerWeight : 1,
    writer: e.writer,
    lang: e.lang,
  }));
}

/**
 * A fingerprint of the examples, the knowledge that shapes features, and the settings. The
 * office's filed examples are left out: they work at once without the model (office-examples.ts),
 * so filing one from the inbox must not make knowledge:check call the model stale. Of the glossary,
 * only what the features read: each term's token and forms; the topics a term points to steer
 * topic switches and the dialogue model's cues, never this model's input.
 */
export function trainingHash(
  examples: readonly TrainingExample[],
  knowledge: Pick<Knowledge, 'glossary'>,
  options: object,
  featureVersion: string,
): string {
  const text = JSON.stringify([
    examples.filter((e) => e.writer !== 'office').map((e) => [e.text, e.topic, e.kind === 'vague']),
    knowledge.glossary.terms.map((term) => [term.id, term.es, term.en, term.ht]),
    options,
    featureVersion,
    DANGER_WEIGHT,
  ]);
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, 16);
}
