/**
 * The shape of what a message means in its conversation (the Meaning without what
 * understanding adds for every message), and the readings several readers return. Pure.
 */
import type { Facet, Meaning, Slots, TopicId } from '../core/types.ts';

export type InContext = Omit<Meaning, 'lang' | 'langConfident' | 'emergency' | 'danger' | 'greeting'>;

/** No topic, no facet: what a reading starts from. */
export const NONE = {
  topic: 'none',
  confidence: 0,
  candidates: [] as TopicId[],
  facets: [] as Facet[],
} as const;

/** A fact stated about the topic under discussion. */
export const told = (topic: TopicId, slots: Slots): InContext => ({
  topic,
  confidence: 1,
  candidates: [],
  facets: [],
  act: 'context',
  slots,
});
