/**
 * A wife, a husband or the children asked about in a US pension's conversation ("y mi señora puede cobrar algo? ella no
 * trabajó allá", "can my wife get it when i die?", "madanm mwen ka touche l?"): who may claim the pension, which the
 * topic model, hearing the work or the death, read as the help on return (judge92's man got it twice). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';

/** The spouse, a widow or the children named, folded. */
const FAMILY =
  /\b(mi (senora|esposa|esposo|mujer|marido|viuda|vieja|hijos|hijas)|my (wife|husband|spouse|widow|kids|children)|(madanm|mari|pitit) (m|mwen))\b/u;
/** Claiming or receiving it asked, folded. */
const CLAIMS =
  /\b(cobrar|cobra|recibir|recibe|le toca|le tocaria|tiene derecho|pension|get (it|anything|something|a pension|money|the money)|claim|collect|receive|touche|resevwa|jwenn lajan)\b/u;
const PENSION = 'us_pension';

export function pensionFamilyReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || dialogue?.topic !== PENSION || m.topic === PENSION || m.topic === 'human') return m;
  if (busyWithQuestion(dialogue) || !FAMILY.test(folded) || !CLAIMS.test(folded)) return m;
  return movedTo(m, PENSION, { act: 'followUp', confidence: 1, facets: ['eligibility'] });
}
