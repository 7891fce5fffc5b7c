/**
 * A complaint about an official asked ("y si un agente me pide mordida, ¿dónde me quejo?", "where do i report a cop
 * who asked me for money", "ki kote pou m pote plent kont polis la"), which the topic model read as psychological
 * support or nothing (sight62-a's man driving home got the psychologists): the Paisano programme's complaints on the
 * way home, else legal advice (the CNDH takes complaints against authorities). Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';

/** A complaint or a report asked, folded. */
const COMPLAINT =
  /\b(queja|quejo|quejarme|me quejo|quejar|denuncio|denunciar\w*|complain\w*|report (him|her|them|it)|plent|plenyen)\b/u;
/** Someone with authority, or a bribe. */
const OFFICIAL =
  /\b(agente|agentes|aduana\w*|policia\w*|police|cop|cops|officer|oficial|militar\w*|soldado\w*|guardia|guard|migra|inm|ajan|polis|dwann|mordida|bribe|soborno|lajan anba tab)\b/u;
/** What such a question was read as by mistake. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>(['psych_support', 'none', 'human']);

export function officialComplaintReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || !MISREAD.has(m.topic) || busyWithQuestion(dialogue)) return m;
  if (!COMPLAINT.test(folded) || !OFFICIAL.test(folded)) return m;
  return askedAs(m, dialogue?.topic === 'paisano' ? 'paisano' : 'legal_advice');
}
