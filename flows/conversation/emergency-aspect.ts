/**
 * One aspect of a procedure asked during an emergency ("¿cuánto cuesta la consulta?"), as the
 * emergency's reply: the first aspect asked that the procedure's entry answers, so the reply
 * stays short. Pure.
 */
import type { Facet, Reply, TopicId } from '../../src/core/types.ts';
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
