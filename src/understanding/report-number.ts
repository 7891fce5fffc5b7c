/**
 * In a danger or after one, how to report the number that called asked ("y como denuncio ese numero q me hablo",
 * emerg-ei), or where to report: the emergency's answer on reporting without a name (089), not this office's phone, which the word
 * "número" brought, and, after it, whether to report what happened. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { askedInOrAfterDanger, emergencyAnswerAsked } from './named-asked.ts';

/** Reporting a number or a call asked, folded. */
const REPORT_NUMBER =
  /\b(denuncio|denunciar|denunciamos|reporto|reportar|reportamos|report|denonse|rapote)\b.{0,25}\b(numero|number|nimewo|llamada|call|apel)\b/;

/** Where to report asked in a danger ("y la denuncia donde la ponemos", "kote pou m fè denonsyasyon", emerg-em; "dice q ponga denuncia, donde?", judge109), folded. */
const REPORT_WHERE =
  /\b((donde|adonde|where|kote)\b.{0,20}\b(denuncia|denuncio|denunciar|denunciamos|report|denonse|denonsyasyon)|(la|una|ponga|pongo|poner|ponerla|hacer|levantar|meter) denuncia\b.{0,15}\b(donde|adonde))\b/;

/** A number or no name named with it ("is there a number where he can report without…", "tengo el número"). */
const NAMELESS =
  /\b(numero|number|nimewo|sin (dar )?(mi |su |tu )?nombre|without (giving )?(my |his |her |a )?name|anonim\w*|anonym\w*|san (bay )?non)\b/;

/**
 * Whether to report what happened asked in a danger or after one ("should i report it?" once the mother was found safe,
 * emerg-ew: legal advice's papers), folded; whom to report ("can I report the agent who…") is a complaint's.
 */
const REPORT_WHETHER =
  /\b((should|can|could|must) (i|we) (report|file a report on|press charges for) (it|this|that|the call)|(debo|puedo|podemos|debemos|tengo que|hay que) (denunciarlo|denunciarla|denunciarlos|reportarlo|reportarla|denunciar eso|reportar eso|denunciar esto)|(m|mwen|nou) (dwe|ka|kapab) (denonse|rapote) (sa|li|yo))\b/;

export function reportNumberReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!askedInOrAfterDanger(m, dialogue)) return m;
  const after = !dialogue?.emergency && REPORT_WHETHER.test(folded);
  if (REPORT_NUMBER.test(folded) || (REPORT_WHERE.test(folded) && NAMELESS.test(folded)) || after)
    return emergencyAnswerAsked(m, 'answer.report_anonymously');
  // Where to report, in the danger itself: the offices the sources name for it (after it, the procedure's answers).
  if (dialogue?.emergency && REPORT_WHERE.test(folded))
    return emergencyAnswerAsked(m, 'answer.where_to_report_crime');
  return m;
}
