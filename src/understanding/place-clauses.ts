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

/** A relative's own home told ("his mom is in durango", "su mamá vive en Gómez", "manman l nan Ayiti", "my whole family is
 * back in Durango": emerg-go), folded. Never where the relative is held ("madanm mwen nan estasyon migratwa siglo XXI
 * tapachula…": emerg-gw's husband was asked where it happens): that is the danger's place. */
const RELATIVE_ELSEWHERE =
  /^(?!.*\b(estacion migratoria|estacion de migracion|siglo xxi|siglo 21|centro de detencion|detention|detenid[oa]|estasyon|migration station|hielera)\b)(and |y |e )?(toda |all )?((his|her|my|our|their|su|mi|sus|mis) ((whole|entire) )?(mom|mother|mama|mum|dad|father|wife|husband|family|parents|madre|padre|papa|esposa|esposo|familia|papas|jefa)|(manman|papa|madanm|mari|fanmi) (li|l|m|mwen))( \w+)? ((is|lives|live|are|s|is still|stays) (in|at|back in|back home in)|(esta|vive|viven|estan|se quedo) (en|alla en|aca en)|(ap viv|rete|la) (nan|an|o)|nan)\b/;

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

/**
 * The family's home told ("my whole family is back in Durango", "mis papas viven en Zacatecas"): a group of relatives or
 * where one lives, not where a relative in danger is now ("mi esposo esta en la calle pino suarez…": that is the place).
 */
const FAMILY_HOME =
  /^(and |y |e )?(toda |all )?(his|her|my|our|their|su|mi|sus|mis) ((whole|entire) )?(family|familia|parents|papas|padres|people|gente)\b|\b(lives|live|vive|viven|ap viv|rete)\b/;

/** Whether the message says where only of the family's home (above): no place of its own. */
export const onlyRelativesHome = (text: string): boolean => {
  const sentences = sentencesOf(text).map((sentence) => foldedWords(sentence).join(' '));
  return sentences.length > 0 && sentences.every((s) => FAMILY_HOME.test(s) && elsewhereTold(s, /$^/));
};
