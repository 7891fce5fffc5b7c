/**
 * Papers had or lacked told, then whether a programme fits ("we have papers, does the abrazando almas thing still
 * apply?", "no tenemos papeles, ¿si aplica?"): who qualifies, not which papers are asked (sight78-a's family got "our
 * sources do not say which papers"). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { asksSomething } from './question.ts';

/** Papers had or lacked, told first, folded. */
const PAPERS_TOLD =
  /^(ok |si |yes |no |bueno |pues |and |y |but |pero )?(we|i|he|she|they|nosotros|yo) ?(dont |don t |do not |doesn t |no )?(have|has|got|tenemos|tengo|tiene|tienen) (papers|documents|green cards?|papeles|documentos|residencia|visa)\b|^(ok |wi |non |epi )?(nou|m|mwen|li|yo) (pa )?(gen|genyen) (papye|dokiman|rezidans)\b/u;
/** Whether it fits them, asked. */
const FITS =
  /\b(apply|applies|qualify|qualifies|eligible|still (work|count)|count for|aplica|aplicamos|califica|calificamos|calificar|entra|entramos|sirve|valid|vale|ka aplike|kalifye|bon pou)\b/u;
/** Which papers asked after all. */
const WHICH_PAPERS = /\b(what|which|que|cuales|q|ki) (papers|documents|papeles|documentos|papye|dokiman)\b/u;

export function papersThenAskedReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue?.topic || dialogue.emergency || dialogue.asked === 'field' || m.topic !== dialogue.topic)
    return m;
  if (!m.facets.includes('documents') || !asksSomething(text)) return m;
  if (!PAPERS_TOLD.test(folded) || !FITS.test(folded) || WHICH_PAPERS.test(folded)) return m;
  return { ...m, facets: ['eligibility'] };
}
