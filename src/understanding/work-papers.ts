/**
 * Papers to work or stay in Mexico asked for ("pero q papel necesito para trabajar en mexico??", "what papers do i need
 * to work in mexico", "ki papye m bezwen pou m travay nan meksik"), which a Mexican never needs: a foreigner's status in
 * Mexico, whatever was under discussion before (judge93's Honduran, after a danger on the road, got the help for
 * people rescued from traffickers). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';

const PAPERS = '(papel|papeles|documento|documentos|permiso|papers|documents|permit|papye|pemi)';
const TO_WORK = '(trabajar|chambear|quedarme|quedarnos|work|stay|travay|rete)';
/** To be or live there: Mexico named, never "here" (a Mexican in the US asks that of the US). */
const TO_BE = '(estar|vivir|live|be|viv)';
/** Papers to work or stay asked for, and Mexico named, folded. */
const WORK_PAPERS = new RegExp(
  `\\b${PAPERS}\\b.{0,30}\\b${TO_WORK}\\b.{0,25}\\b(mexico|meksik|aqui|here|isit)\\b|\\b${TO_WORK}\\b.{0,25}\\b(mexico|meksik)\\b.{0,30}\\b${PAPERS}\\b` +
    `|\\b${PAPERS}\\b.{0,30}\\b${TO_BE}\\b.{0,25}\\b(mexico|meksik)\\b`,
  'u',
);

/** In a foreigner's conversation, papers to work asked with no country named ("necesito trabajar aqui en durango, que
 * papeles necesito", sight96-a's Haitian got the office's documents), folded. */
const FOREIGNER_WORK_PAPERS = new RegExp(
  `\\b(trabajar|chambear|work|travay)\\b.{0,40}\\b${PAPERS}\\b|\\b${PAPERS}\\b.{0,30}\\b(trabajar|chambear|work|travay)\\b`,
  'u',
);

export function workPapersReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  const own = m.topic === 'mx_status' || m.topic === 'asylum' || m.topic === 'human';
  // In a danger too, once it is past ("y yo ocupo papeles pa estar en mexico, soy de honduras", emerg-ey).
  const busy = busyWithQuestion(dialogue) && !dialogue?.emergency;
  const asked =
    WORK_PAPERS.test(folded) || (dialogue?.foreigner === true && FOREIGNER_WORK_PAPERS.test(folded));
  if (m.emergency || own || busy || !asked) return m;
  return askedAs(m, 'mx_status');
}
