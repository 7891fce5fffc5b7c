/**
 * One aspect of a procedure asked during an emergency ("¿cuánto cuesta la consulta?"), as the
 * emergency's reply: the first aspect asked that the procedure's entry answers, so the reply
 * stays short; and when a message asks a procedure rather than tells of the danger. Pure.
 */
import { type Facet, LEARNED_ALONE, type Meaning, type Reply, type TopicId } from '../../src/core/types.ts';
import type { TopicCatalog } from '../flow.ts';
import { COST_ASKED } from './emergency-lines.ts';

/** The first of these aspects that the topic's entry answers (one a reply, so it stays short). */
export const firstKnown = (topic: TopicId, asked: readonly Facet[], catalog: TopicCatalog): Facet[] =>
  asked.filter((f) => catalog.topics[topic]?.facets[f]).slice(0, 1);

/** That aspect of a procedure, as the emergency's reply. */
export function aspect(topic: TopicId | null, asked: readonly Facet[], catalog: TopicCatalog) {
  const facets = topic ? firstKnown(topic, asked, catalog) : [];
  if (!topic || !facets.length) return null;
  return {
    replies: [{ kind: 'facet', topic, facets } as Reply],
    key: `topic:${topic}:${facets.join('+')}`,
    closesWithLines: true,
    topic,
  };
}

/** How sure the topic model must be of a procedure asked in a message read as a possible danger. */
const SURE_ASKED = 0.9;

/**
 * A procedure asked with no danger in it, or finding the relative asked outright; or a question
 * the topic model is all but sure of, though read as a possible danger ("¿hay algo pa los papás de
 * los que están allá?") or as one by the learned model alone, which leans to danger on any story
 * of the danger under way ("he's honduran and they took his passport… can he get some legal paper
 * in mexico?"): staff already have the case as urgent. A statement read so ("I'm on my
 * sister's phone") is about the danger, and so is the office asked about then.
 */
export const asksWithoutDanger = (m: Meaning) =>
  m.danger === 'none' ||
  // Finding the relative asked outright ("ya llamé al 911… ¿ustedes me ayudan a buscarlo?"), or nowhere to
  // stay once it eased ("…no tengo donde quedarme": the road's shelters).
  (m.act === 'topic' &&
    (m.topic === 'locate_person' || m.topic === 'transit_safety') &&
    m.confidence === 1) ||
  // The office's address asked outright, to come on foot (judge88b's woman in Durango was told to keep writing).
  (m.act === 'topic' && m.topic === 'office_info' && m.confidence === 1 && m.facets.includes('where')) ||
  ((m.danger === 'possible' || m.emergency?.pattern === LEARNED_ALONE) &&
    m.question === true &&
    m.confidence >= SURE_ASKED &&
    m.topic !== 'office_info');

/**
 * A procedure's answer in an emergency: its first answer when first asked, the aspect asked; a doctor
 * needed ("necesito un doctor, me duele…" after an assault), where to be seen (emerg-dm got the wait).
 */
export function procedureAnswer(m: Meaning, facets: readonly Facet[], first: boolean): Reply[] {
  // Where asked with it ("kote yo ka trete l?") is the road's places, the Grupos Beta's too.
  if (m.care && m.topic === 'transit_safety' && !facets.includes('where'))
    return [{ kind: 'case', topic: m.topic, name: m.careAt ?? 'health' }];
  return entryAndFacets(m.topic, facets, first || !facets.length);
}

/**
 * A procedure's first answer (unless left out) and the aspects asked after it, also for an answer said again
 * (emergency-replay.ts).
 */
export const entryAndFacets = (topic: TopicId, facets: readonly Facet[], withEntry = true): Reply[] => [
  ...(withEntry ? [{ kind: 'entry', topic, part: 'reply' } as Reply] : []),
  ...(facets.length ? [{ kind: 'facet', topic, facets: [...facets] } as Reply] : []),
];

/** Kinds of danger whose first reply gives the town's care line: someone sick or hurt, or a danger with no kind. */
const CARE_FIRST = new Set(['medical', 'unknown']);
/** The town's care line for a danger that starts with someone sick or hurt in it (understanding's `careAt`). */
export const firstCare = (kind: string, careAt: string | undefined) =>
  careAt && CARE_FIRST.has(kind) ? careAt : undefined;
/** That line as a reply. */
export const careLine = (careAt: string | undefined): Reply[] =>
  careAt ? [{ kind: 'case', topic: 'transit_safety', name: careAt }] : [];

/**
 * A sign of getting worse told with a yes to a person ("wi tanpri. li cho anpil, li pa vle bwe dlo": judge122's
 * mother got the line and the offer again, never the queue): the line for it, said before the queue's.
 */
export const worseLine = (m: { worse?: boolean } | null, about: TopicId | null): Reply[] =>
  m?.worse ? [{ kind: 'case', topic: 'emergency', name: 'medical', ...(about ? { about } : {}) }] : [];

/** The way to it, asked ("¿cómo llego?", "where is it?", "kijan pou m rive la?"). */
const WAY_ASKED =
  /\b(como (llego|llegamos|le hago para llegar|me voy)|donde queda|how (do|can) (i|we) get (there|to it)|where is (it|that|the clinic|the hospital)|how far|kijan (pou )?(m|mwen|nou) (ka )?(rive|ale)|ki kote (m|mwen|nou) ka|(eso|esa|ese|la cl[ií]nica|el albergue) (d[oó]nde) (est[aá]|queda)|d[oó]nde (est[aá]|queda) (eso|esa|ese|la cl[ií]nica|el albergue)|ki kote (li|l|klinik la|sant la|lopital la|abri a) ye|where exactly)\b/i;

/** Being seen by phone, online or where one is, asked ("¿me pueden atender por teléfono?", "can i do it online?"). */
const REMOTE_ASKED =
  /\b(por telefono|por teléfono|by phone|over the phone|pa telefon|pa telefòn|en linea|en línea|online|virtual|videollamada|video call|(pueden|puede|podrian|podría|podrían) venir (aca|acá|aqui|aquí|para aca|para acá)|can (you|someone|they) come (here|to me)|(eske )?(nou|yo) ka vini (isit|kote m))\b/i;
/** A doctor, a clinic or a hospital named. */
const DOCTOR_NAMED =
  /\b(doctor|doctora|medico|médico|clinica|clínica|clinic|hospital|dokte|klinik|lopital|centro de salud|health cent\w*)\b/i;
/** The care a danger of this kind needs: the road's for someone sick or hurt, psychological support for suicide. */
const CARE_TOPIC: Partial<Record<string, TopicId>> = { medical: 'transit_safety', suicide: 'psych_support' };

/**
 * Care's cost, the way to it or being seen by phone, asked in a danger whose care was given or whose kind needs care
 * ("eske se gratis?", then "kijan pou m rive la?": emerg-ek's pregnant woman in Ciudad Juárez got "your safety first"
 * twice; "¿me pueden atender por teléfono?" after thoughts of suicide got the office's street): what that care costs,
 * the town's care line (where it is) or where psychological support is given, not another procedure the topic model
 * guessed. The conversation's topic stays the emergency: "what if it gets worse?" next is the danger's.
 */
export function careAsked(
  m: Meaning | null,
  text: string,
  kind: string,
  said: readonly string[],
  catalog: TopicCatalog,
  /** The procedure answered last in the danger, if any: "how much is it?" after the humanitarian card is the card's. */
  procedure: TopicId | null,
) {
  const careAt = said.find((s) => s.startsWith('health'));
  // A doctor named in any danger ("they said my daughter can see a doctor here for her asthma, is it free?"): the road's care.
  const topic = careAt || DOCTOR_NAMED.test(text) ? 'transit_safety' : CARE_TOPIC[kind];
  if (!m?.question || !topic || m.act === 'context' || m.topic === 'human') return null;
  if (procedure && procedure !== 'emergency' && procedure !== topic) return null;
  // Being seen where one is, asked in the psychologists' talk ("y pueden venir aca o tengo q ir a durango": emerg-gw got
  // a state's documents), is where support is given, whatever the model read.
  const seenWhereOne = topic === 'psych_support' && REMOTE_ASKED.test(text);
  const remote = seenWhereOne || (topic === 'psych_support' && WAY_ASKED.test(text));
  // Only being seen where one is overrides what the model read: the way to Durango asked is the way home (emerg-gg).
  if (m.act === 'topic' && m.confidence === 1 && m.topic !== topic && !seenWhereOne) return null;
  // The way asked goes to the town's line only: with no town, the road's places are what the rest of the flow gives.
  // "is there a clinic there for migrants?" after the town's care line: that line again, not the Grupos Beta (emerg-em).
  const roadAsked = m.topic === 'transit_safety' || m.topic === 'emergency' || m.topic === 'none';
  const clinicAsked = Boolean(careAt) && roadAsked && DOCTOR_NAMED.test(text) && !COST_ASKED.test(text);
  if (topic === 'transit_safety' && (WAY_ASKED.test(text) || clinicAsked)) {
    if (!careAt) return null;
    const line: Reply = { kind: 'case', topic, name: careAt, about: topic };
    return { replies: [line], key: `care:${careAt}`, closesWithLines: true };
  }
  const facet = COST_ASKED.test(text) ? 'cost' : remote ? 'where' : null;
  const answer = facet ? aspect(topic, [facet], catalog) : null;
  return answer ? { ...answer, topic: undefined } : null;
}

/**
 * A message that keeps its own line however a passage matches it: paying, who is coming, thanks, the wait, a person
 * asked for ("can someone call me?" in line: the number and a good time, not the anonymous line's answer, judge101);
 * "Si marco al 911, ¿nos deportan?" is no "I can't call" when an answer (`answered`) says what it asks; an aspect of
 * an earlier procedure ("so back to my baby's papers, what documents?"): its own answer.
 */
export const ownLineAsked = (m: Meaning | null, answered: boolean): boolean =>
  Boolean(m?.staysOrGoes) ||
  m?.act === 'pay' ||
  m?.act === 'whoComes' ||
  m?.act === 'thanks' ||
  (m?.act === 'topic' && m.topic === 'human') ||
  m?.act === 'when' ||
  (m?.act === 'cannotCall' && !answered) ||
  (m?.act === 'followUp' && m.topic !== 'emergency' && m.facets.length > 0);
