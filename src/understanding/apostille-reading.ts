/**
 * An apostille asked for a paper issued in the US ("ocupo apostillar mi diploma de high school de
 * Carolina del Norte", "m bezwen apostiy diplòm mwen… Las Vegas"): the apostille's answer (the
 * Institute takes the request to the Secretary of State through its offices in Los Angeles and
 * Chicago), whatever the school or state words pull the topic model to (session 68's developed-against
 * set: a school paper from the US read as Durango's state documents, and the whole conversation
 * followed it). A Mexican paper to apostille is not the sources' apostille: that reading stands. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';
import { US_PLACE } from './us-born.ts';

/** To apostille, the apostille; folded. */
const APOSTILLE = /\b(apostill\w*|apostil|apostiy\w*|apostille\w*)\b/u;
/** Issued in the US: a state or city named, or the US's own school words. */
const FROM_US = new RegExp(
  `\\b(${US_PLACE}|high school|highschool|gringo|gringa|de alla|from there|la ba)\\b`,
  'u',
);
/** What the school or paper words pull such a message to. */
const MISTAKEN: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'state_documents',
  'reintegration',
  'legal_advice',
  'none',
]);

export function apostilleReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || !MISTAKEN.has(m.topic) || busyWithQuestion(dialogue)) return m;
  if (!APOSTILLE.test(folded) || !FROM_US.test(folded)) return m;
  return movedTo(m, 'apostille', { confidence: 1, facets: [] });
}
