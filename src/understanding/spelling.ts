/**
 * Spelling correction against the vocabulary of the example phrases, by the deletion
 * neighbourhood method (as in SymSpell): every known word is filed under itself and the
 * forms with one (or, for long words, two) letters deleted, so a misspelt word finds its
 * neighbours with a few map look-ups instead of a scan. "nasimiento" → "nacimiento",
 * "apostiyar" → "apostillar". Far faster than fuzzy search in the index, which matters
 * because understanding runs on every message.
 */

/** Words shorter than this are left alone: at 4 letters one edit reaches too many words. */
const MIN_LENGTH = 5;
/** From this length on, two edits are allowed. */
const TWO_EDITS_FROM = 8;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function neighbourhood(word: string): Set<string> {
  const one = deletions(word);
  const all = new Set([word, ...one]);
  if (word.length >= TWO_EDITS_FROM) for (const d of one) for (const dd of deletions(d)) all.add(dd);
  return all;
}

export function createSpellingCorrector(vocabulary: Iterable<string>) {
  const known = new Set<string>();
  const byDeletion = new Map<string, string[]>();
  for (const word of vocabulary) {
    if (known.has(word)) continue;
    known.add(word);
    if (word.length < MIN_LENGTH || word.startsWith('_')) continue;
    for (const key of neighbourhood(word)) {
      const list = byDeletion.get(key);
      if (list) list.push(word);
      else byDeletion.set(key, [word]);
    }
  }

  // Words repeat (names, places, the same typos): remember recent answers, within a bound.
  const recent = new Map<string, string[]>();

  /** Known words within reach of a word (the word itself when it is known). */
  return function correct(word: string): string[] {
    if (known.has(word) || word.length < MIN_LENGTH) return [word];
    const remembered = recent.get(word);
    if (remembered) return remembered;
    const result = lookUp(word);
    if (recent.size >= 20_000) recent.clear();
    recent.set(word, result);
    return result;
  };

  function lookUp(word: string): string[] {
    const found = new Set<string>();
    for (const key of neighbourhood(word)) for (const w of byDeletion.get(key) ?? []) found.add(w);
    const maxEdits = word.length >= TWO_EDITS_FROM ? 2 : 1;
    return [...found].filter((w) => Math.abs(w.length - word.length) <= maxEdits).slice(0, 5);
  }
}
