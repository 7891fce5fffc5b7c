/**
 * A copy of a US state's certificate asked for ("ok. also they told me i need a certified copy of my birth certificate
 * from texas, can you get that for me?"): the US records the Institute asks for (apostille), not Durango's civil
 * registry, which the shared words "birth certificate" tied it with (judge93's man got Durango's copies). Not when a
 * Durango or Mexican record is named too, nor among dual nationality's papers, where a US birth certificate is one of
 * them. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';
import { US_PLACE } from './us-born.ts';

const RECORD =
  '(birth|death|marriage) (certificate|record)|certified copy|acta( de (nacimiento|defuncion|matrimonio))?|certificado|batiste|ak nesans|kopi sètifye|kopi setifye';
/** A copy of it asked for, folded. */
const COPY_ASKED =
  /\b(certified copy|certified copies|copia certificada|kopi setifye|can (you|u) (get|request|order)|(me|nos) (lo|la) (pueden|puede) (conseguir|sacar|pedir)|(sacar|pedir|conseguir) (el|la|una?) (acta|certificado)|get (a|my|his|her) (copy|birth certificate))\b/u;
/** How sure a US record named makes the reading of its topic. */
const RECORD_SURE = 0.9;
/** The record and the US state it is from, next to each other, folded. */
const US_RECORD = new RegExp(
  `\\b(${RECORD})\\b.{0,25}\\b(from|of|in|de|del|en|nan|soti)\\s+(the\\s+|el\\s+|los\\s+)?(${US_PLACE})\\b|\\b(${US_PLACE})\\s+(${RECORD})\\b`,
  'u',
);

export function usRecordReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || m.topic === 'human' || busyWithQuestion(dialogue) || !US_RECORD.test(folded)) return m;
  // A Durango record named too is Durango's ("un acta de durango pero vivo en seattle"); a US birth certificate among
  // dual nationality's papers ("nomas tengo el acta de texas del niño") is one of them; only a copy asked for is the US's.
  const ownRecord =
    /\b(durango|mexico|mexican[ao]?)\b/u.test(folded) || dialogue?.topic === 'dual_nationality';
  if (ownRecord || !COPY_ASKED.test(folded)) return m;
  // Read so already, but unsure: sure, so Durango's records that share its words do not answer first.
  return m.topic === 'apostille'
    ? { ...m, confidence: Math.max(m.confidence, RECORD_SURE) }
    : askedAs(m, 'apostille');
}
