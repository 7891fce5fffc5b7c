/**
 * A complaint about an official asked ("y si un agente me pide mordida, ¿dónde me quejo?", "where do i report a cop
 * who asked me for money", "ki kote pou m pote plent kont polis la"), which the topic model read as psychological
 * support or nothing (sight62-a's man driving home got the psychologists): the Paisano programme's complaints on the
 * way home, else legal advice (the CNDH takes complaints against authorities). Pure.
 */

import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';
import { chosen } from './named-asked.ts';

/** A complaint or a report asked, folded. */
const COMPLAINT =
  /\b(queja|quejo|quejarme|me quejo|quejar|denuncio|denunciar\w*|complain\w*|report (him|her|them|it)|plent|plenyen)\b/u;
/** Someone with authority, or a bribe. */
const OFFICIAL =
  /\b(agente|agentes|aduana\w*|customs|federales|policia\w*|police|cop|cops|officer|oficial|militar\w*|soldado\w*|guardia|guard|migra|inm|ajan|polis|lapolis|dwann|mordida|bribe|soborno|lajan anba tab)\b/u;
/** A bribe asked of one, said as what may come ("what if a cop asks for a bribe": sight68-a got who the programme is for). */
const BRIBE_IF =
  /\b(what if|y si|si|e si|and if)\b.{0,50}\b((asks?|wants?) (me |us )?for (a )?(bribe|money)|pide(n)? (una |la )?mordida|mande (m |nou )?lajan anba tab)\b/u;
/** Money an official took, told ("yon polis te pran 2000 peso nan men m semen pase", "un policia me quito 500"): sight69-a. */
const OFFICIAL_TOOK =
  /\b(polis|lapolis|police|cop|cops|officer|policia\w*|agente\w*|migra|ajan|soldado\w*|militar\w*|guardia)\b.{0,25}\b(te pran|pran|took|stole|me quito|me quitaron|quito|quitaron|robo|robaron|vole|te vole)\b.{0,30}(\d|\b(lajan|money|dinero|peso\w*|dolar\w*|dollars|kob)\b)/u;
/**
 * A complaint about an official, asked ("semen pase polis la… pran 2000 peso… kote m ka fe plent?"): no danger by the
 * models alone (judge99's man got the urgent case three times). Folded text.
 */
export const complainsOfOfficial = (folded: string): boolean =>
  COMPLAINT.test(folded) && OFFICIAL.test(folded);
/** The programme's answer on where a complaint goes. */
const COMPLAINT_ANSWER = 'answer.what_happens_to_my_complaint';
/** How sure a complaint about an official makes the reading of the topic that holds it. */
const COMPLAINT_SURE = 0.8;
/** Topics whose answers hold the complaint. */
const COMPLAINED_TO: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>(['paisano', 'legal_advice']);
/** The papers of a family coming home, in whose talk a bribe supposed on the road is the programme's. */
const TRIP_TALKS: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'dual_nationality',
  'us_visa_passport',
  'apostille',
  'state_documents',
]);
/** What such a question was read as by mistake. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'psych_support',
  'none',
  'human',
  'transit_safety',
]);

export function officialComplaintReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  const bribe = BRIBE_IF.test(folded) || OFFICIAL_TOOK.test(folded);
  if (
    m.emergency ||
    busyWithQuestion(dialogue) ||
    !(COMPLAINT.test(folded) || bribe) ||
    !OFFICIAL.test(folded)
  )
    return m;
  // "if an officer asks for money at the checkpoint what do we do" after the children's papers for the trip home: the
  // programme's complaints (sight76-a's family got dual nationality's apostille).
  const onTrip = BRIBE_IF.test(folded) && TRIP_TALKS.has(dialogue?.topic ?? 'none');
  if (MISREAD.has(m.topic))
    return askedAs(m, dialogue?.topic === 'paisano' || onTrip ? 'paisano' : 'legal_advice');
  if (onTrip && (TRIP_TALKS.has(m.topic) || m.topic === 'legal_advice')) return askedAs(m, 'paisano');
  // Of the programme or a lawyer's help, the money an officer took is no cost and where to complain is no office
  // (judge93's driver got the programme's cost, then where its guide is handed out): the complaint's own answer.
  if (!COMPLAINED_TO.has(m.topic)) return m;
  // A bribe asked of one bears on no aspect of the programme: the complaint's answer is all of it.
  const facets = bribe ? [] : m.facets.filter((f) => f !== 'cost' && f !== 'where');
  // In the programme's talk, where a complaint goes, not a passage the words matched ("y si me paran los federales y me
  // piden mordida?" got the sanctions on officials, emerg-em).
  if (m.topic === 'paisano' && (m.act === 'otherQuestion' || m.act === 'followUp')) {
    const others = (m.answers ?? []).filter((a) => a.passage !== COMPLAINT_ANSWER);
    const answers = [chosen('paisano', COMPLAINT_ANSWER), ...others];
    const act = facets.length ? 'followUp' : 'otherQuestion';
    return { ...m, act, facets, confidence: Math.max(m.confidence, COMPLAINT_SURE), answers };
  }
  // Read so first, but unsure: sure, so the road's answers on crimes do not come first (sight66-a's "lapolis pran lajan m").
  if (m.act === 'topic') return { ...m, facets, confidence: Math.max(m.confidence, COMPLAINT_SURE) };
  if (m.act !== 'followUp' || facets.length === m.facets.length) return m;
  return { ...m, facets, act: facets.length ? 'followUp' : 'otherQuestion' };
}
