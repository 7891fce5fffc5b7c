/**
 * In a danger or after one, how to report the number that called asked ("y como denuncio ese numero q me hablo",
 * emerg-ei), or where to report: the emergency's answer on reporting without a name (089), not this office's phone, which the word
 * "número" brought. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { askedInOrAfterDanger, emergencyAnswerAsked } from './named-asked.ts';

/** Reporting a number or a call asked, folded. */
const REPORT_NUMBER =
  /\b(denuncio|denunciar|denunciamos|reporto|reportar|reportamos|report|denonse|rapote)\b.{0,25}\b(numero|number|nimewo|llamada|call|apel)\b/;

/** Where to report asked in a danger ("y la denuncia donde la ponemos", "kote pou m fè denonsyasyon", emerg-em), folded. */
const REPORT_WHERE =
  /\b((donde|adonde|where|kote)\b.{0,20}\b(denuncia|denuncio|denunciar|denunciamos|report|denonse|denonsyasyon)|(la|una) denuncia\b.{0,15}\b(donde|adonde))\b/;

/** A number or no name named with it ("is there a number where he can report without…", "tengo el número"). */
const NAMELESS =
  /\b(numero|number|nimewo|sin (dar )?(mi |su |tu )?nombre|without (giving )?(my |his |her |a )?name|anonim\w*|anonym\w*|san (bay )?non)\b/;

export function reportNumberReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!askedInOrAfterDanger(m, dialogue)) return m;
  if (REPORT_NUMBER.test(folded) || (REPORT_WHERE.test(folded) && NAMELESS.test(folded)))
    return emergencyAnswerAsked(m, 'answer.report_anonymously');
  // Where to report, in the danger itself: the offices the sources name for it (after it, the procedure's answers).
  if (dialogue?.emergency && REPORT_WHERE.test(folded))
    return emergencyAnswerAsked(m, 'answer.where_to_report_crime');
  return m;
}
