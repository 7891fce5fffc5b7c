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
