/**
 * In a search's talk, reporting the missing person asked ("we live in phoenix, can we report from here?", "¿podemos
 * reportarlo desde acá?", "kijan m fè rapò a?"): the search's own answer, which says where the report is made and
 * that the CNB has a mechanism for families abroad; the topic model, hearing "report", read a complaint (sight86-a
 * got the CNDH three turns running; sight99-a: "hay que poner denuncia? donde" after a sister missing for weeks got legal
 * advice). Pure.
 */
import type { DialogueContext, Facet, Meaning, TopicOrNone } from '../core/types.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';

/** Reporting asked or named, folded. */
const REPORT =
  /\b(report|reporte|reportar|reportarlo|reportarla|reportamos|levantar (un |el |la )?reporte|denuncia|denunciar|denunciarlo|denunciarla|rapo|rapò|fe rapo|fe yon rapo|deklare)\b/u;
/**
 * A crime told, or an official reported: then the report is a complaint's ("le robaron todo en el camión… ¿dónde se pone
 * la denuncia?", "puedo denunciar a la policía municipal…?": a review); "a police report first" is the search's.
 */
const CRIME =
  /\b(rob\w*|asalt\w*|stole|stolen|robbed|golpe\w*|beat|vole|bat|extors\w*|fraude|estafa\w*|scam\w*)\b|\b(denunciar|denuncio|demandar|quejarme de|queja contra|contra|report|complain about|against|plent kont|kont)\b.{0,12}\b(polic\w*|police|polis|lapolis|agentes?|ajan|migra|guardia|fiscal\w*|ministerio publico)\b/u;
/** From abroad or from where the family is, folded. */
const FROM_AFAR =
  /\b(from here|from the us|from there|desde (aqui|aca|alla|estados unidos|eeuu|usa)|we live in|i live in|vivimos en|vivo en|depi isit|depi (etazini|ozetazini)|nou (rete|viv) (nan|ozetazini|etazini)|m (rete|viv) (nan|ozetazini|etazini))\b/u;
/** What such a question was read as by mistake. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>(['legal_advice', 'none']);

export function searchReportReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || dialogue?.topic !== 'locate_person' || busyWithQuestion(dialogue)) return m;
  if (!MISREAD.has(m.topic) || !REPORT.test(folded) || CRIME.test(folded)) return m;
  const facets: Facet[] = FROM_AFAR.test(folded) ? ['where'] : ['steps'];
  return movedTo(m, 'locate_person', { act: 'followUp', confidence: 1, facets });
}
