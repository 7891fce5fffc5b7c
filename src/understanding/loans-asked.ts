/**
 * Loans, their interest or a grant asked after the first message ("y cuanto interes cobran los prestamos esos? o es a
 * fondo perdido?": judge110's returnee who wanted a workshop got the cost of legal advice, the topic just talked about):
 * productive projects' answer that the sources do not say the Institute lends money, only that it helps to apply. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { answeredBy, laterQuestion } from './named-asked.ts';

/** Loans, credit, their interest or a grant named, folded. */
const LOANS =
  /\b(prestamos?|credito|creditos|interes(es)? (cobran|cobra|tienen|tiene)|fondo perdido|loans?|interest rate|grants?|pre(t|te) lajan|kredi)\b/u;

export function loansAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!laterQuestion(m, dialogue)) return m;
  // Productive projects' own reading stands; a pension's, a deportee's or the banks' loans are other talks.
  if (m.topic === 'productive_projects' || !LOANS.test(folded)) return m;
  if (
    dialogue.topic !== 'productive_projects' &&
    dialogue.topic !== 'legal_advice' &&
    dialogue.topic !== 'reintegration'
  )
    return m;
  return answeredBy(m, 'productive_projects', 'answer.loans');
}
