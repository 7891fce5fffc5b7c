/**
 * Phrases as word lists, filed under their first word, so a message's folded words are scanned
 * once: where a phrase starts, and whether a message is nothing but such phrases. Pure.
 */
import { fold } from './fold.ts';

/**
 * English contractions as a phrase list writes them ("shes ok") and as a message folds them with
 * the apostrophe ("she's ok" folds to "she s ok": emerg-fq's husband got "you're welcome").
 */
const APOSTROPHE_SPLITS: Readonly<Record<string, string>> = {
  shes: 'she s',
  hes: 'he s',
  theyre: 'they re',
  im: 'i m',
  its: 'it s',
  thats: 'that s',
  dont: 'don t',
  cant: 'can t',
  didnt: 'didn t',
  wont: 'won t',
  isnt: 'isn t',
  doesnt: 'doesn t',
};

/** The phrase's words, and the same with its contractions split as a folded apostrophe splits them. */
function wordLists(form: string): string[][] {
  const words = fold(form).split(' ').filter(Boolean);
  const split = words.flatMap((w) => (APOSTROPHE_SPLITS[w] ?? w).split(' '));
  return split.length === words.length ? [words] : [words, split];
}

/** Phrases as word lists, filed under their first word so a message is scanned once. */
export function phraseSet(forms: readonly string[]) {
  const byFirst = new Map<string, string[][]>();
  for (const words of forms.flatMap(wordLists)) {
    const [first] = words;
    if (!first) continue;
    byFirst.set(
      first,
      [...(byFirst.get(first) ?? []), words].sort((a, b) => b.length - a.length),
    );
  }
  /** The longest phrase starting at word i, as its length (0: none). Plain loops: it runs at every word. */
  const at = (words: readonly string[], i: number): number => {
    const phrases = byFirst.get(words[i] ?? '');
    if (!phrases) return 0;
    for (const phrase of phrases) if (startsAt(phrase, words, i)) return phrase.length;
    return 0;
  };
  return {
    at,
    /** Where the first phrase in the words starts, or -1. */
    find(words: readonly string[]): { start: number; length: number } | null {
      for (let i = 0; i < words.length; i++) {
        const length = at(words, i);
        if (length) return { start: i, length };
      }
      return null;
    },
    /** The words are nothing but these phrases (and `also`). */
    covers(words: readonly string[], also?: { at(words: readonly string[], i: number): number }): boolean {
      let i = 0;
      while (i < words.length) {
        const length = at(words, i) || (also?.at(words, i) ?? 0);
        if (!length) return false;
        i += length;
      }
      return words.length > 0;
    },
  };
}
export type PhraseSet = ReturnType<typeof phraseSet>;

/** The phrase's words are the words from i on. */
function startsAt(phrase: readonly string[], words: readonly string[], i: number): boolean {
  for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) return false;
  return true;
}
