/**
 * In a danger or after one, how to report the number that called asked ("y como denuncio ese numero q me hablo",
 * emerg-ei): the emergency's answer on reporting without a name (089), not this office's phone, which the word
 * "número" brought. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { emergencyAnswerAsked } from './named-asked.ts';

/** Reporting a number or a call asked, folded. */
const REPORT_NUMBER =
  /\b(denuncio|denunciar|denunciamos|reporto|reportar|reportamos|report|denonse|rapote)\b.{0,25}\b(numero|number|nimewo|llamada|call|apel)\b/;

export function reportNumberReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!(dialogue?.emergency || dialogue?.urgentOpen) || m.emergency || !REPORT_NUMBER.test(folded)) return m;
  return emergencyAnswerAsked(m, 'answer.report_anonymously');
}
