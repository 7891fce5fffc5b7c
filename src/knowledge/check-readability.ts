/**
 * Readability limits of `npm run knowledge:check`, per language, for people with little
 * schooling who read on a phone: no sentence above a maximum of words, and no text where
 * long words (the hard ones to decode) pass a share. The limits live in
 * knowledge/style/readability.yaml. A sentence over the maximum or a text over the share is a
 * problem; sentences over the aim (what plain writing aims for) are counted in one warning
 * per language, so the number is seen going down without blocking every edit.
 */
import { LANGS, type Lang } from '../core/types.ts';
import type { PlacedText } from './check-style.ts';
import { KNOWLEDGE_PATHS, type Knowledge } from './knowledge-base.ts';
import { KnowledgeError } from './knowledge-error.ts';
import {
  parseStyleFile,
  type Readability,
  type ReadabilityLimits,
  readabilitySchema,
} from './style-schema.ts';
import { stripMarkers } from './text.ts';

const READABILITY_FILE = KNOWLEDGE_PATHS.readability;

const PLACEHOLDER = /\{\{\s*office\.\w+\s*\}\}/g;
const URL = /https?:\/\/\S+|www\.\S+/g;
// A sentence ends at . ! ? … followed by a space, or at a line break (list items, lines).
const SENTENCE_END = /(?<=[.!?…])\s+|\s*\n\s*/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** The sentences of a text as a person reads it: markers gone, a placeholder or address one word. */
export function sentencesOf(text: string): string[] {
  return stripMarkers(text)
    .replace(PLACEHOLDER, 'X')
    .replace(URL, 'X')
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

export function wordsOf(sentence: string): string[] {
  return sentence.match(WORD) ?? [];
}

/** A long word: letters only, not an acronym (INM, COMAR), at least `letters` long. */
export function isLong(word: string, letters: number): boolean {
  return /^\p{L}+$/u.test(word) && word !== word.toUpperCase() && [...word].length >= letters;
}

export interface Measure {
  /** Words per sentence, in order. */
  sentences: number[];
  words: number;
  long: number;
}

export function measure(text: string, limits: ReadabilityLimits): Measure {
  const sentences = sentencesOf(text).map(wordsOf);
  const all = sentences.flat();
  return {
    sentences: sentences.map((s) => s.length),
    words: all.length,
    long: all.filter((w) => isLong(w, limits.longWordLetters)).length,
  };
}

/** Every text people read in a topic entry (reply, details, facets, cases, answers), per language. */
export function entryTexts(knowledge: Knowledge, lang: Lang): PlacedText[] {
  return knowledge.entries
    .filter((e) => e.lang === lang)
    .flatMap((e) => [
      { where: `${e.file} (reply)`, text: e.reply },
      { where: `${e.file} (details)`, text: e.details },
      ...Object.entries(e.facets).map(([n, f]) => ({ where: `${e.file} (facet ${n})`, text: f.text })),
      ...Object.entries(e.cases).map(([n, t]) => ({ where: `${e.file} (case ${n})`, text: t })),
      ...Object.entries(e.answers).map(([n, a]) => ({ where: `${e.file} (answer ${n})`, text: a.text })),
    ]);
}

export function readabilityOf(
  texts: readonly PlacedText[],
  lang: Lang,
  limits: ReadabilityLimits,
): { problems: string[]; warning: string | null } {
  const problems: string[] = [];
  let over = 0;
  let total = 0;
  for (const { where, text } of texts) {
    const sentences = sentencesOf(text);
    for (const s of sentences) {
      const n = wordsOf(s).length;
      total++;
      if (n > limits.aimWordsPerSentence) over++;
      if (n > limits.maxWordsPerSentence)
        problems.push(
          `${where}: a sentence has ${n} words; the ${lang} limit is ${limits.maxWordsPerSentence} (${READABILITY_FILE}). Split it: "${s.slice(0, 70)}…"`,
        );
    }
    const m = measure(text, limits);
    const share = m.words ? m.long / m.words : 0;
    if (m.words >= limits.minWordsForShare && share > limits.maxLongWordShare)
      problems.push(
        `${where}: ${Math.round(share * 100)}% of its words have ${limits.longWordLetters} letters or more; the ${lang} limit is ${Math.round(limits.maxLongWordShare * 100)}%. Use shorter, everyday words.`,
      );
  }
  const warning =
    over > 0
      ? `${lang}: ${over} of ${total} sentences have more than ${limits.aimWordsPerSentence} words (the aim in ${READABILITY_FILE}); shorter ones are easier to read.`
      : null;
  return { problems, warning };
}

/** The whole check: the limits parse, then every entry text of every language is measured. */
export function checkReadability(
  readabilityText: string | undefined,
  knowledge: Knowledge,
): { problems: string[]; warnings: string[] } {
  if (readabilityText === undefined)
    return {
      problems: [`${READABILITY_FILE}: was not read. Restore knowledge/style/ from git.`],
      warnings: [],
    };
  let limits: Readability;
  try {
    limits = parseStyleFile(READABILITY_FILE, readabilityText, readabilitySchema);
  } catch (error) {
    if (error instanceof KnowledgeError) return { problems: [error.message], warnings: [] };
    throw error;
  }
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const lang of LANGS) {
    const result = readabilityOf(entryTexts(knowledge, lang), lang, limits[lang]);
    problems.push(...result.problems);
    if (result.warning) warnings.push(result.warning);
  }
  return { problems, warnings };
}
