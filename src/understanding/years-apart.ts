/**
 * In a family visit's talk, how long the family has been apart told as a bare fact ("no lo ve desde el 2009", "hace 12
 * años que no la veo", "she hasn't seen him since 2010", "li pa wè l depi 2011"): sight89-a's son got "OK, write your
 * question", though the visit's programme asks for years apart. Who may go, which says the years apart the programme asks. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';

/** Years apart, told or asked, folded. */
const YEARS_APART =
  /\b(no (lo|la|los|las|nos|me|se) (ve|veo|vemos|ven|vio|vimos|han visto|ha visto|hemos visto) (desde|hace)|(hace|tiene|tengo|tienen|llevan|llevamos|lleva) \d+ anos (que no|sin ver)|\d+ anos sin (verlo|verla|verlos|vernos|verse|ver a)|(hasn t|hasnt|haven t|havent|has not|have not) seen (him|her|them|each other|us|me) (since|in|for)|(last|ever) saw (him|her|them) in|pa (we|wè) (l|li|yo|nou|m) depi|gen \d+ an (li|m|nou) pa (we|wè))\b/u;

export function yearsApartReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || dialogue?.topic !== 'family_reunification' || busyWithQuestion(dialogue)) return m;
  // An aspect read already ("tengo 63 y no lo veo desde hace 12 años": who may) keeps it.
  if (m.facets.length || !YEARS_APART.test(folded)) return m;
  const moved = movedTo(m, 'family_reunification', {
    act: 'followUp',
    confidence: 1,
    facets: ['eligibility'],
  });
  return { ...moved, question: true };
}
