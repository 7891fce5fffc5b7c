/**
 * A short statement of the papers a person has or lacks ("m gen kat TVRH", "m pa gen papye Meksik",
 * "i only have my mexican passport and my CA license", "tengo la constancia de COMAR nomás"): on
 * remittances, the road, a deportation or legal help, context for that procedure, not a question about
 * the procedure that issues those papers (such turns moved to status in Mexico or asylum mid-conversation
 * in the sets, where their writers wanted the procedure under discussion). Pure.
 */
import type { Facet, TopicId } from '../core/types.ts';
import { fold } from './fold.ts';
import { LACKS_ID, pointsBack } from './follow-up-words.ts';
import { asksSomething } from './question.ts';

/** Words at most in such a statement; a longer message tells more than what is in hand. */
const SHORT = 10;

const HELD =
  /^(ok |si |wi |yes |no |non |bueno |pues |and |y |e |but |pero |oh )?(\b(m|mwen|nou|li|yo) (pa )?(gen|genyen)( selman| sèlman| jis| sèl)?\b|\b(solo |nomas |nada mas |ya )?(tengo|tenemos|traigo|traemos|tiene|trae)\b|\bno (tengo|tenemos|traigo|tiene|trae)\b|\b(i|we|he|she) (only |just |still )?(have|got|has)\b|\b(i|we) (dont|don t|do not) have\b)/;

const PAPERS =
  /\b(papeles|papel|documentos?|papers?|documents?|papye|dokiman|kat|tarjeta|card|pasaporte|passport|paspo|pasaport|tvrh|comar|constancia|konstans|residencia|residency|residence|rezidans|rezidan|permiso|permit|pemi|ine|id|identificacion|license|licencia|matricula|acta|visa|viza|sita|cita)\b/;

/**
 * The procedures whose help the papers in hand bear on without being asked about (remittances, the
 * road, a deportation, legal help…). On status in Mexico or asylum, and on the procedures for Mexicans
 * and their US-born children, "nou gen papye COMAR" says what the person is asking about (the sets'
 * writers wanted asylum or status there).
 */
const PAPERS_ARE_CONTEXT: ReadonlySet<TopicId> = new Set([
  'productive_projects',
  'transit_safety',
  'legal_advice',
  'psych_support',
  'deportee_support',
  'reintegration',
  'locate_person',
]);

/** The message tells the papers in hand, as context for the procedure under discussion. */
export const papersToldFor = (text: string, current: TopicId | null): boolean =>
  current !== null && PAPERS_ARE_CONTEXT.has(current) && tellsPapersHeld(text);

function tellsPapersHeld(text: string): boolean {
  const folded = fold(text);
  const words = folded.split(' ').filter(Boolean);
  return words.length <= SHORT && !asksSomething(text) && HELD.test(folded) && PAPERS.test(folded);
}

/**
 * A question that points back at what was just said, or papers asked with an ID lacked ("ki papye yo mande m? m pa
 * gen paspò" on sending money home, sight61-a): about the topic under discussion, not the passport's.
 */
export const pointsBackOrLacksId = (words: readonly string[], facets: readonly Facet[]) =>
  pointsBack(words) || (facets.includes('documents') && LACKS_ID.test(words.join(' ')));
