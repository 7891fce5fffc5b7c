/**
 * How or where to report asked in a danger or after one ("how do we report them? please write it in spanish so my dad
 * can read it", after cops beat a father: emerg-fq got the medical line again): where the sources say a crime is
 * reported, in person or without a name (089), or the anonymous line when the search found it first. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { askedInOrAfterDanger, emergencyAnswerAsked } from './named-asked.ts';

/** Reporting asked, folded. */
const REPORT_ASKED =
  /\b((how|where) (do|can|should|could) (i|we) (report|file a (report|complaint)|complain|press charges)|who (do|can|should) (i|we) report (this|it|them|him|her)( to)?|(a quien|con quien) (lo |los |la |le )?(denuncio|reporto|denunciamos|reportamos)|(kiyes|kilès|kiles) pou (m|mwen|nou) denonse|(como|donde|a donde|adonde|con quien) (lo |los |la |las |le |les )?(denuncio|denunciamos|denuncia|reporto|reportamos|pongo (la |una )?(denuncia|queja)|me quejo|nos quejamos)|(kijan|kote|ki kote) (pou )?(m|mwen|nou) (ka )?denonse)\b/u;
/** What to do with the caller's number, asked ("q hago con el numero q me marco": emerg-fs got only "staff read it"), folded. */
const NUMBER_TO_REPORT =
  /\b((que|q|k) (hago|hacemos) con (el|ese|su) (numero|telefono|cel)|what (do|should) (i|we) do with (the|that|their|his) (number|phone)|(kisa|ki sa) pou (m|mwen|nou) fe ak (nimewo|telefon) (a|la|sa))\b/u;
/** A missing person's report or a complaint against officials: the search's and the CNDH's own answers. */
const OTHER_REPORT =
  /\b(missing|desaparecid\w*|disparet|no aparece|not found|buscarlo|buscarla|complaint|quej\w*|complain|plent|cndh)\b/u;
/** The emergency's answers that already say how to report (089, the prosecutor's desks). */
const REPORTING = new Set(['answer.report_anonymously', 'answer.where_to_report_crime']);

export function reportInDangerReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!askedInOrAfterDanger(m, dialogue) || OTHER_REPORT.test(folded)) return m;
  if (NUMBER_TO_REPORT.test(folded)) return emergencyAnswerAsked(m, 'answer.report_anonymously');
  if (!REPORT_ASKED.test(folded)) return m;
  // The anonymous line when the search found it first ("how do i report the number"); else where crimes are reported.
  const top = m.answers?.[0];
  const found = top?.topic === 'emergency' && REPORTING.has(top.passage) ? top.passage : undefined;
  return emergencyAnswerAsked(m, found ?? 'answer.where_to_report_crime');
}
