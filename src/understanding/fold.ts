/**
 * Text folding shared by every matcher: lower case, accents removed, punctuation turned
 * into spaces, white space collapsed. "¿Dónde está?" and "donde esta" fold the same, and
 * so do "paspò" and "paspo".
 */

// Each detector folds the same message in turn: remember the last one.
let lastText = '';
let lastFolded = '';

export function fold(text: string): string {
  if (text === lastText) return lastFolded;
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  lastText = text;
  lastFolded = folded;
  return folded;
}

/**
 * Folding splits "didn't" into "didn t": English negations and "I'm" are joined back, as the
 * dialogue lists write them ("didnt", "im"). Nothing else: "m" is a word of its own in Kreyòl.
 */
const NEGATED = new Set([
  'didn',
  'doesn',
  'don',
  'can',
  'won',
  'isn',
  'wasn',
  'aren',
  'couldn',
  'wouldn',
  'shouldn',
  'haven',
  'hasn',
]);
function joinContractions(words: string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const before = out.at(-1) ?? '';
    if ((word === 't' && NEGATED.has(before)) || (word === 'm' && before === 'i'))
      out[out.length - 1] = before + word;
    else out.push(word);
  }
  return out;
}

/** A message's folded words, English contractions joined back ("didnt", "im"). */
export function foldedWords(text: string): string[] {
  const folded = fold(text);
  return folded === '' ? [] : joinContractions(folded.split(' '));
}
