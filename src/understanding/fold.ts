/**
 * Text folding shared by every matcher: lower case, accents removed, punctuation turned
 * into spaces, white space collapsed. "¿Dónde está?" and "donde esta" fold the same, and
 * so do "paspò" and "paspo".
 */

// Each detector folds the same message in turn, and its parts (a clause, a sentence) between:
// the last few are remembered.
const REMEMBERED = 4;
const texts: string[] = [];
const folds: string[] = [];
let next = 0;

export function fold(text: string): string {
  for (let i = 0; i < texts.length; i++) if (texts[i] === text) return folds[i] as string;
  const folded = foldOnce(text);
  texts[next] = text;
  folds[next] = folded;
  next = (next + 1) % REMEMBERED;
  return folded;
}

/**
 * Folding without remembering: for the many small pieces of one message (its words, its
 * sentences), which would push the whole message out of what fold() remembers for the next reader.
 */
export const foldOnce = (text: string): string => (isAscii(text) ? foldAscii(text) : foldAny(text));

/** Folding as defined, for any text (fold() takes a shorter path for ASCII). */
export const foldAny = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The same for ASCII, which has no marks to take off and whose letters and figures are a-z and 0-9. */
const foldAscii = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
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

/** "yamar", "yame": "llamar" as it sounds, typed with a y (judge131's mother: "no puedo yamar, el me quita el cel"). */
export const spokenLl = (w: string): string =>
  /^yam(ar|o|e|en|an|amos|ada)$/.test(w) ? `ll${w.slice(1)}` : w;
