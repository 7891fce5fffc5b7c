/**
 * Of a sentence that says where, the clauses that tell a call made ("ya llame pero no llegan, estoy en torreon colonia
 * las julietas": judge115's woman had the call noted as the place too) are left out; every other clause stays, a place
 * the test does not know included ("m nan Monterrey, m rete Guadalupe"). Pure.
 */
import { foldedWords, foldOnce } from './fold.ts';
import { HELP_CALLED } from './help-words.ts';
import { sentencesOf } from './question-part.ts';

export function placeClauses(told: string, saysWhere: (part: string) => boolean): string {
  const clauses = told.split(/\s*[,;]\s*/).filter((clause) => clause.trim() !== '');
  if (clauses.length < 2) return told;
  const kept = clauses.filter((clause) => saysWhere(clause) || !HELP_CALLED.test(foldOnce(clause)));
  return kept.length && kept.length < clauses.length ? kept.join(', ') : told;
}

/** A relative's own home told ("his mom is in durango", "su mamá vive en Gómez", "manman l nan Ayiti"), folded. */
const RELATIVE_ELSEWHERE =
  /^(and |y |e )?((his|her|my|our|their|su|mi|sus|mis) (mom|mother|mama|mum|dad|father|wife|husband|family|parents|madre|padre|papa|esposa|esposo|familia|papas|jefa)|(manman|papa|madanm|mari|fanmi) (li|l|m|mwen))( \w+)? ((is|lives|live|are|s|is still|stays) (in|at|back in|back home in)|(esta|vive|viven|estan|se quedo) (en|alla en|aca en)|(ap viv|rete|la) (nan|an|o)|nan)\b/;

/** What is asked of that relative ("his mom lives in lerdo, can she go get him"): a question, where they are. */
const ASKS_OF_THEM = /\b(can|could|should|will|puede|pueden|podria|ka|kapab|how|como|kijan)\b/;

/**
 * A sentence that says where someone else is, not where the danger is: `also` (safe at home), or a relative's own
 * home ("ok i called 911… can you guys do anything? his mom is in durango": judge117's cousin had it noted as the place).
 */
export const elsewhereTold = (folded: string, also: RegExp): boolean =>
  also.test(folded) || (RELATIVE_ELSEWHERE.test(folded) && !ASKS_OF_THEM.test(folded));

/** The text without its sentences of someone else's place (`also`, and a relative's home). */
export const withoutElsewhere = (text: string, also: RegExp): string =>
  sentencesOf(text)
    .filter((sentence) => !elsewhereTold(foldedWords(sentence).join(' '), also))
    .join('. ');
