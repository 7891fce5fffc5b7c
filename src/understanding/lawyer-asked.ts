/**
 * A lawyer asked for in an emergency under way ("can i talk to a lawyer from your office?", "¿me pueden dar un
 * abogado?", "èske m ka pale ak yon avoka?"): the legal advice the sources say the office and others give, with the
 * urgent case kept, not only "you are already in the queue" (emerg-ec: a woman kept at work by her employer). Outside
 * an emergency a person asked for is queued as asked. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { askedAs } from './in-context-shapes.ts';

/** A lawyer named (folded). */
const LAWYER = /\b(lawyer|lawyers|attorney|abogad[oa]s?|licenciad[oa] (de|en) leyes|avoka|avoca)\b/u;

/** What a lawyer asked for in a danger is read as, besides legal advice. */
const ASKED_AS: ReadonlySet<string> = new Set(['human', 'office_info', 'deportee_support', 'reintegration']);

export function lawyerAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // "is there a lawyer at your office?" too; and "donde me ayudan con un abogado pa dejarlo? no tengo dinero", read as the
  // help after a deportation (emerg-fc: a woman beaten by her husband got the repatriation modules).
  const asked = ASKED_AS.has(m.topic);
  if (!dialogue?.emergency || m.emergency || !asked || !LAWYER.test(folded)) return m;
  return askedAs(m, 'legal_advice');
}
