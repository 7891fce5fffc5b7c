/**
 * One sentence of a topic's entry that answers a question nobody wrote a facet for ("¿y si
 * lo cremamos?", "is it still open after the pandemic?"): every sentence of the entry is
 * scored by the question's content words it shares (by their first five letters, so
 * "caravanas" meets "caravana"), each weighted by how rare it is in the entry. Below the bar
 * there is no excerpt, and the reply says the sources do not answer it. A sentence keeps the
 * source markers of its paragraph, so its source line names the right documents. Pure.
 */
import type { Entry } from './parse-entry.ts';
import { citedIds, sentences } from './text.ts';

export interface Excerpt {
  /** The sentence, markers stripped later by the renderer (it keeps them here). */
  text: string;
  /** The source ids its paragraph cites. */
  cites: string[];
  /** The question names something the entry never speaks of: the sentence is only the nearest. */
  partial?: boolean;
}

/** Letters of a word that count as its stem. */
const STEM = 5;
/** The least score (sum of matched weights) an excerpt needs. */
const MIN_SCORE = 1.2;

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\[\^[a-z0-9]+\]/g, ' ')
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const stems = (text: string, stop: ReadonlySet<string>) =>
  new Set(
    fold(text)
      .split(' ')
      .filter((w) => w.length >= 4 && !stop.has(w))
      .map((w) => w.slice(0, STEM)),
  );

/** Words under which a sentence is read with the one before it. */
const LEANS = 8;

const wordsIn = (text: string) => fold(text).split(' ').length;

/** A sentence and the facet whose section it is in, if any. */
type Placed = Excerpt & { facet?: string };

/** The entry's paragraphs (first reply, details, facets), each cut into sentences. */
function sentencesOf(entry: Entry): Placed[] {
  const parts: Array<[string, string | undefined]> = [
    [entry.reply, undefined],
    [entry.details, undefined],
    ...Object.entries(entry.facets).map(([name, f]): [string, string] => [f?.text ?? '', name]),
  ];
  return parts
    .flatMap(([part, facet]) => part.split(/\n\s*\n/).map((paragraph) => [paragraph, facet] as const))
    .flatMap(([paragraph, facet]) => {
      const cites = citedIds(paragraph);
      const all = sentences(paragraph);
      // A short sentence leans on the one before it ("…solo vale en la frontera sur. No sirve para
      // regularizarte."): alone it would say "no" to whatever was asked, so it comes with it.
      return all
        .map((text, i) => (i > 0 && wordsIn(text) < LEANS ? `${all[i - 1]} ${text}` : text))
        .filter((text) => wordsIn(text) >= 4)
        .map((text) => ({ text, cites, ...(facet ? { facet } : {}) }));
    });
}

export function createExcerpts(stopwords: (lang: string) => ReadonlySet<string>) {
  const byEntry = new WeakMap<
    Entry,
    { sentences: Placed[]; stems: Array<Set<string>>; weight: Map<string, number> }
  >();
  function indexOf(entry: Entry) {
    let index = byEntry.get(entry);
    if (!index) {
      const stop = stopwords(entry.lang);
      const sentences = sentencesOf(entry);
      const sets = sentences.map((s) => stems(s.text, stop));
      const counts = new Map<string, number>();
      for (const set of sets) for (const stem of set) counts.set(stem, (counts.get(stem) ?? 0) + 1);
      // A word in every sentence ("Instituto") says nothing; one in a single sentence says most.
      const weight = new Map([...counts].map(([stem, n]) => [stem, Math.log(1 + sets.length / n)]));
      index = { sentences, stems: sets, weight };
      byEntry.set(entry, index);
    }
    return index;
  }

  /** The sentence of the entry that best answers the question, if one shares enough of its words. */
  return function excerptFor(entry: Entry, question: string, within?: string): Excerpt | null {
    const index = indexOf(entry);
    const asked = stems(question, stopwords(entry.lang));
    // An aspect asked again in other words ("¿dónde queda la oficina de ustedes?" after the address): its own
    // section's sentence that shares most, not one elsewhere that shares a stem; when none of it shares a word ("hay
    // caravanas?" after where), the whole entry's best.
    if (within) {
      const own = index.sentences.flatMap((sentence, at) => (sentence.facet === within ? [at] : []));
      const top = bestOf(index, asked, own);
      const sentence = top ? index.sentences[top.at] : undefined;
      if (sentence) return { text: sentence.text, cites: sentence.cites };
    }
    const found = bestOf(index, asked, index.stems.keys());
    const sentence = found && found.score >= MIN_SCORE ? index.sentences[found.at] : undefined;
    if (!sentence) return null;
    const unknown = [...asked].some((stem) => !index.weight.has(stem) && !/^\d+$/.test(stem));
    return unknown ? { ...sentence, partial: true } : sentence;
  };
}

export type ExcerptFor = ReturnType<typeof createExcerpts>;

/** Of the sentences at `ats`, the first that shares the most weight of the question's stems; none that shares none. */
function bestOf(
  index: { stems: Array<Set<string>>; weight: Map<string, number> },
  asked: ReadonlySet<string>,
  ats: Iterable<number>,
): { at: number; score: number } | null {
  let best: { at: number; score: number } | null = null;
  for (const at of ats) {
    let score = 0;
    for (const stem of asked) if (index.stems[at]?.has(stem)) score += index.weight.get(stem) ?? 0;
    if (score > (best?.score ?? 0)) best = { at, score };
  }
  return best;
}
