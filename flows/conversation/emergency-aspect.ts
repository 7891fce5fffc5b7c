/**
 * One aspect of a procedure asked during an emergency ("¿cuánto cuesta la consulta?"), as the
 * emergency's reply: the first aspect asked that the procedure's entry answers, so the reply
 * stays short; and when a message asks a procedure rather than tells of the danger. Pure.
 */
import { type Facet, LEARNED_ALONE, type Meaning, type Reply, type TopicId } from '../../src/core/types.ts';
import type { TopicCatalog } from '../flow.ts';

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
