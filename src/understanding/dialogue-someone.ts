/**
 * "Can someone from your office call him?", "que alguien me escriba": someone, and a word for
 * reaching a person close after it, asks for a person in words no phrase list holds. Asking
 * forms only; speaking a language is no call. Pure.
 */

/** Someone, and a word for reaching a person close after it: "can someone from your office call him". */
const SOMEONE_WORDS = new Set('alguien someone somebody anyone anybody'.split(' '));
// Asking forms only: "call", "que me llamen"; never "someone called me" or "alguien me llamó".
const REACH =
  /^(llame|llamen|marque|marquen|hable|hablen|escriba|escriban|contacte|contacten|mande|manden|call|text|phone|contact|reach|email|mail|message|write|whatsapp|kontakte)$/;
/** Words at most between "someone" and the word for reaching them. */
const REACH_GAP = 5;
/** "¿Hay alguien que hable kreyòl?": speaking a language is no call. */
const LANGUAGE_WORDS = new Set(
  'espanol ingles kreyol creole criollo spanish english panyol angle frances french'.split(' '),
);
export function callsSomeone(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      SOMEONE_WORDS.has(w) &&
      words
        .slice(i + 1, i + 1 + REACH_GAP)
        .some((next, j) => REACH.test(next) && !LANGUAGE_WORDS.has(words[i + 2 + j] ?? '')),
  );
}
