/**
 * Tells Spanish, English and Haitian Kreyòl apart. Two kinds of evidence are added up:
 * franc's trigram models for the three languages (good on sentences) and lists of
 * greetings and function words (the only thing that works on "hola", "ok", "mèsi").
 * When neither is sure, the caller's hint wins (the conversation's stored choice, or
 * the channel's language), and the result says it was not confident.
 */
import type { Lang, LanguageSignals } from '../knowledge/schema.ts';
import { fold } from './fold.ts';
import models from './trigrams.json' with { type: 'json' };

export interface LanguageGuess {
  lang: Lang;
  /** False when the text gave too little evidence and the hint (or default) decided. */
  confident: boolean;
  /** Trigrams decided it: the function words and greetings do not lean to that language. */
  trigramsOnly?: true;
  /** How many of the message's words belong to the hint's language alone ("m", "gen" for Kreyòl). */
  hintWords?: number;
}

/** A span in quotes after a space (not an apostrophe's "mom's… it's"): straight, typographic or angle quotes. */
const QUOTED = /(^|\s)(["“«][^"”»]{3,}["”»]|['‘][^'’]{3,}['’](?=$|[\s.,;:!?]))/gu;
const LANGS: readonly Lang[] = ['es', 'en', 'ht'];
/** franc's penalty for a trigram the model lacks. */
const MISSING_TRIGRAM = 300;
/** How much one function word counts against the trigram evidence (tuned on our own set). */
const WORD_WEIGHT = 0.35;
const GREETING_WEIGHT = 0.6;
/** Below this margin between the best and second language, the result is not confident. */
const MIN_MARGIN = 0.25;

/** A trigram as one number: its three UTF-16 units side by side (no substring to allocate). */
const keyAt = (text: string, i: number) =>
  text.charCodeAt(i) * 0x100000000 + text.charCodeAt(i + 1) * 0x10000 + text.charCodeAt(i + 2);

/**
 * The text's trigrams with their counts, rarest first and, among equals, in order of first
 * appearance: what trigram-utils' asTuples gives (franc's own preparation: symbols and digits
 * out, white space collapsed, one space around), with numbers for keys. Held equal to
 * asTuples by test/understanding/trigrams.test.ts.
 */
export function trigramCounts(text: string): Array<[number, number]> {
  const cleaned = ` ${text
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `;
  const counts = new Map<number, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const key = keyAt(cleaned, i);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[1] - b[1]);
}

function trigramTables(): Record<Lang, Map<number, number>> {
  const table = (model: string) =>
    new Map(model.split('|').map((tri, rank) => [keyAt(tri, 0), rank] as const));
  return { es: table(models.es), en: table(models.en), ht: table(models.ht) };
}

/**
 * `vocabulary` adds words known to belong to one language only (the glossary's forms,
 * such as "apostilla", "batistè" or "birth"): they settle one-word messages.
 */
export function createLanguageDetector(
  signals: LanguageSignals,
  vocabulary?: Record<Lang, readonly string[]>,
  /** The office's main language: the answer when a short message gives no clue at all. */
  fallback: Lang = 'es',
) {
  const tables = trigramTables();
  const wordSets = {} as Record<Lang, Set<string>>;
  /** The signals' own words, without the glossary's: "tarjeta" does not make a Haitian Spanish. */
  const ownWords = {} as Record<Lang, Set<string>>;
  const markers = {} as Record<Lang, Set<string>>;
  const greetings = {} as Record<Lang, string[]>;
  for (const lang of LANGS) {
    wordSets[lang] = new Set(signals[lang].words.map(fold));
    ownWords[lang] = new Set(wordSets[lang]);
    markers[lang] = new Set(signals[lang].markers.map(fold));
    greetings[lang] = signals[lang].greetings.map(fold).filter(Boolean);
  }
  if (vocabulary) {
    const owners = new Map<string, Set<Lang>>();
    for (const lang of LANGS) {
      for (const word of vocabulary[lang].flatMap((form) => fold(form).split(' '))) {
        if (word.length < 3) continue;
        owners.set(word, (owners.get(word) ?? new Set()).add(lang));
      }
    }
    for (const [word, langs] of owners) {
      const [only] = langs;
      const claimed = LANGS.some((l) => l !== only && wordSets[l].has(word));
      if (langs.size === 1 && only && !claimed) wordSets[only].add(word);
    }
  }

  const known = wordIndex(wordSets, ownWords, markers);
  const greeted = greetingIndex(greetings);

  /** 0..1 per language: how close the text's trigrams are to each model. */
  function trigramScores(folded: string): Record<Lang, number> {
    // The first 200 letters tell the language as well as the whole message, for less work.
    const tuples = trigramCounts(folded.slice(0, 200));
    const scores = { es: 0, en: 0, ht: 0 };
    if (tuples.length === 0) return scores;
    for (const lang of LANGS) {
      const table = tables[lang];
      let distance = 0;
      for (let index = 0; index < tuples.length; index++) {
        const rank = table.get((tuples[index] as [number, number])[0]);
        distance += rank === undefined ? MISSING_TRIGRAM : Math.abs(rank - index);
      }
      scores[lang] = 1 - distance / (tuples.length * MISSING_TRIGRAM);
    }
    // Only the differences matter; keep them relative to the best.
    const best = Math.max(scores.es, scores.en, scores.ht);
    for (const lang of LANGS) scores[lang] = (scores[lang] - best) * 4;
    return scores;
  }

  return function detectLanguage(text: string, hint?: Lang): LanguageGuess {
    // Words quoted from a card or a letter are not the writer's ("kat la di 'visitante por razones
    // humanitarias'" switched a Kreyòl conversation to Spanish, sight51-a), unless they are all there is.
    const unquoted = text.replace(QUOTED, ' ');
    const folded = fold(unquoted.trim() ? unquoted : text);
    const words = { es: 0, en: 0, ht: 0 };
    const own = { es: 0, en: 0, ht: 0 };
    let marked: Lang | null = null;
    let evidence = 0;
    let hintWords = 0;
    const tokens = folded.split(' ');
    for (const token of tokens) {
      const signs = known.get(token);
      if (!signs) continue;
      marked ??= signs.marker;
      if (signs.word.length === 1 && signs.word[0] === hint) hintWords++;
      for (const lang of signs.own) own[lang]++;
      for (const lang of signs.word) {
        words[lang] += WORD_WEIGHT;
        evidence++;
      }
    }
    for (const lang of LANGS) {
      for (let n = greeted(tokens, lang); n > 0; n--) {
        words[lang] += GREETING_WEIGHT;
        own[lang]++;
        evidence++;
      }
    }
    // Clear word evidence settles it (three words or more, three times the next language's);
    // trigrams are the slow part. In a conversation, two words of its language and none of
    // another settle it too.
    if (hint && words[hint] >= 2 * WORD_WEIGHT && LANGS.every((o) => o === hint || words[o] === 0))
      return { lang: hint, confident: true };
    // A Haitian writing "sita COMAR svp" or "tarjeta humanitaria svp": the marker decides,
    // unless the message has two words of another language's own (not glossary terms).
    if (marked && LANGS.every((o) => o === marked || own[o] < 2)) return { lang: marked, confident: true };
    const sure = LANGS.find(
      (l) => words[l] >= 3 * WORD_WEIGHT && LANGS.every((o) => o === l || words[l] >= 3 * words[o]),
    );
    if (sure) return { lang: sure, confident: true, ...(hintWords ? { hintWords } : {}) };
    const scores = trigramScores(folded);
    for (const lang of LANGS) scores[lang] += words[lang];
    const ranked = [...LANGS].sort((a, b) => scores[b] - scores[a]);
    const [first, second] = ranked as [Lang, Lang, Lang];
    const margin = scores[first] - scores[second];
    const letters = folded.replace(/[^a-z]/g, '').length;
    const confident = margin >= MIN_MARGIN && (evidence > 0 || letters >= 12);
    if (!confident && hint) return { lang: hint, confident: false };
    // "ok", "???": trigrams on a few letters are noise.
    if (!confident && evidence === 0 && letters < 12) return { lang: fallback, confident: false };
    const leads = LANGS.every((o) => o === first || words[first] > words[o]);
    return {
      lang: first,
      confident,
      ...(leads ? {} : { trigramsOnly: true as const }),
      ...(hintWords ? { hintWords } : {}),
    };
  };
}

export type DetectLanguage = ReturnType<typeof createLanguageDetector>;

/** What one word says of each language: a marker of one, a word of its own, a word of its lists. */
interface WordSigns {
  marker: Lang | null;
  own: Lang[];
  word: Lang[];
}

/** Every listed word with what it says, so a message's word is looked up once, not nine times. */
function wordIndex(
  wordSets: Record<Lang, Set<string>>,
  ownWords: Record<Lang, Set<string>>,
  markers: Record<Lang, Set<string>>,
): Map<string, WordSigns> {
  const index = new Map<string, WordSigns>();
  const all = LANGS.flatMap((l) => [...wordSets[l], ...ownWords[l], ...markers[l]]);
  for (const word of all) {
    index.set(word, {
      marker: LANGS.find((l) => markers[l].has(word)) ?? null,
      own: LANGS.filter((l) => ownWords[l].has(word)),
      word: LANGS.filter((l) => wordSets[l].has(word)),
    });
  }
  return index;
}

/**
 * How many of a language's greetings (folded, one or more words) a message's folded words hold,
 * each counted once however often it is said, and each entry of the list on its own.
 */
function greetingIndex(greetings: Record<Lang, string[]>) {
  const byFirst = new Map<string, Array<{ lang: Lang; words: string[]; entry: number }>>();
  for (const lang of LANGS) {
    greetings[lang].forEach((greeting, entry) => {
      const words = greeting.split(' ');
      const first = words[0] as string;
      byFirst.set(first, [...(byFirst.get(first) ?? []), { lang, words, entry }]);
    });
  }
  return (tokens: readonly string[], lang: Lang): number => {
    const said = new Set<number>();
    tokens.forEach((token, i) => {
      for (const g of byFirst.get(token) ?? [])
        if (g.lang === lang && g.words.every((w, j) => tokens[i + j] === w)) said.add(g.entry);
    });
    return said.size;
  };
}

/** The share of a message's words (after the first) that, capitalised, make it mostly names. */
const NAMES_SHARE = 0.35;

/**
 * Names make up much of the message ("devan albèg Embajadores de Jesús nan Cañón del Alacrán,
 * Tijuana"): place and institution names are in Spanish whatever language the person writes.
 */
export function mostlyNames(text: string): boolean {
  const words = text.trim().split(/\s+/).slice(1);
  const names = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length > 0 && names / words.length >= NAMES_SHARE;
}

/** Words of the conversation's own language that keep a message in it (session 70). */
const MIXED_HINT_WORDS = 2;
/** Words at least in a message that moves a conversation to another language without being asked. */
const SWITCH_WORDS = 6;
/** The same, when trigrams alone decided ("si le dan la visa seguro?" read as Kreyòl). */
const SWITCH_WORDS_BY_TRIGRAMS = 12;

/**
 * Whether a message, in a conversation, is clearly and long enough in a language to move the
 * conversation to it: never a short or mixed line, never one made mostly of names.
 */
export function movesConversation(guess: LanguageGuess, wordCount: number, text: string): boolean {
  const least = guess.trigramsOnly ? SWITCH_WORDS_BY_TRIGRAMS : SWITCH_WORDS;
  // "m gen tarjeta de residente temporal": two words of the conversation's own language make it a
  // mixed line, however many Spanish names of papers it holds.
  const mixed = (guess.hintWords ?? 0) >= MIXED_HINT_WORDS;
  return guess.confident && wordCount >= least && !mixed && !mostlyNames(text);
}
