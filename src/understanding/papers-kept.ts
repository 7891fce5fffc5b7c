/**
 * In an emergency, one's passport or papers kept by another, asked about ("se mesye a ki gen pasapo m, li pa vle
 * remet li. ki moun ki ka ede m?", "kisa m dwe fè pou pasapo m?": judge98's Haitian woman, out of the house where
 * she was made to work, got the INM card's steps and then her folio): the emergency's answer on papers taken,
 * which names the INM's help for victims of trafficking. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { asksSomething } from './question.ts';

/** One's own papers: "mi pasaporte", "my passport", "pasapo m" (not "moun ki pa gen papye"). */
const PAPERS =
  '((mi|mis|nuestro|nuestros) (pasaporte|papeles|documentos)|(my|our) (passport|papers|documents)|(paspo|pasapo|papye|dokiman) (m|mwen|nou))';
/** The papers kept by another, or what to do about them asked. */
const PAPERS_HELD = new RegExp(
  `\\b(tiene|tienen|retiene|se quedo con|no me (lo|los|la) (quiere |quieren )?(da|dan|regresa|regresan|devuelve|devuelven)|has|keeps|kept|took|won t give|wont give|gen|kenbe|pran|pa vle (remet|renmet|bay))\\b.{0,30}\\b${PAPERS}\\b` +
    `|\\b${PAPERS}\\b.{0,40}\\b(no me (lo|los|la) (quiere |quieren )?(da|dan|regresa|regresan|devuelve|devuelven)|won t give|wont give|kenbe (l|li)|pa vle (remet|renmet|bay) (l|li))\\b` +
    `|\\b(que hago|q hago|what do i do|what can i do|kisa (pou )?(m|mwen) (dwe |ka )?fe)\\b.{0,20}\\b(con|about|with|for|pou) ${PAPERS}\\b`,
);

/** Papers lacked, not kept by another. */
const LACKED =
  /\b(no (tengo|tenemos|tiene|traigo|traemos)|sin|(don t|dont|do not|doesn t) have|no|(m|mwen|nou|li) pa gen|san) (mis |los |sus |any |my )?(pasaporte|papeles|documentos|passport|papers|documents|paspo|pasapo|papye|dokiman)\b/u;
/** A complaint or a report asked: the taking is reported, not the papers recovered. */
const COMPLAINT = /\b(denuncia\w*|queja\w*|report\w*|complain\w*|plent|denonse|denonsye)\b/u;

export function papersKeptReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue?.emergency || !PAPERS_HELD.test(folded) || !asksSomething(text)) return m;
  // Papers lacked ("m pa gen papye, m ka fè plent?"), or a complaint about the taking, are not papers held.
  if (LACKED.test(folded) || COMPLAINT.test(folded)) return m;
  return { ...m, papersHeld: true };
}
