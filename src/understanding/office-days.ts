/**
 * The office's days or hours asked in a procedure's talk, in a few words ("k dias atienden", "q dias abren", "what days
 * are you open"): sight94-a's man got who the dual nationality is for, another's "q dias abren" read as a greeting. The
 * office's own answer, which says the sources give no hours and offers staff. Not in a form's question or a danger. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { busyWithQuestion, NONE } from './in-context-shapes.ts';

/** Days or hours of opening asked, folded. */
const DAYS_ASKED =
  /^(y |and |e )?(que|q|k|ke|cuales|what|which|ki) (dias?|horas?|horario|days?|time|times|jou|le|lè)( (y|and|e|ak) (horas?|horario|hours?|times?|lè))? (atienden|abren|abre|trabajan|open|are you open|do you open|you open|nou louvri|biwo a louvri|estan abiertos)( (ustedes|aqui|aca|ahi|alla|ahi en la oficina|en la oficina|en el instituto|you|there|nou|la|isit la))?$/u;
/** Someone else's days or hours ("que dias atiende el consulado", "el registro civil"), folded. */
const ANOTHER_OFFICE =
  /\b(consulado|consulate|registro|registry|comar|inm|sre|konsila|migracion|imigrasyon)\b/u;

export function officeDaysReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || busyWithQuestion(dialogue) || m.topic === 'office_info' || m.topic === 'human') return m;
  if (!DAYS_ASKED.test(folded) || ANOTHER_OFFICE.test(folded)) return m;
  return { ...m, ...NONE, topic: 'office_info', confidence: 1, act: 'topic', facets: ['time'], answers: [] };
}
