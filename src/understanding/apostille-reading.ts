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
import { answeredBy } from './named-asked.ts';
import { US_PLACE } from './us-born.ts';

/** To apostille, the apostille; folded. */
const APOSTILLE = /\b(apostill\w*|apostil|apostiy\w*|apostille\w*)\b/u;
/** Issued in the US: a state or city named, or the US's own school words. */
const FROM_US = new RegExp(
  `\\b(${US_PLACE}|high school|highschool|gringo|gringa|de alla|from there|la ba)\\b`,
  'u',
);
/** Help or the way to it asked ("ustedes ayudan con eso?", "where do i get it done"), folded. */
const HELP_ASKED = /\b(ayudan|ayudar|ayudas|ayuda|help|ede|donde|where|kote|como|how|kijan)\b/u;
/** Must it be apostilled ("tiene q estar apostillada?", "does it need an apostille", "eske fòk li apostiye"), folded. */
const MUST_BE =
  /\b(tiene (q|que) (estar|ir|venir) apostill\w*|hay (q|que) apostillar\w*|(necesita|ocupa|lleva|requiere) (la |una )?apostill\w*|(need|needs|has|have) to be apostill\w*|(does|do|will) (it|they|that|this|the( \w+){1,3}) (need|require) (an |the |to be )?apostill\w*|do (i|we) (need|have) to apostill\w*|(need|have) to get( \w+){1,5} apostill\w*|fok (li|l|yo) (apostiye|apostiy\w*)|(li|l|yo) (bezwen|dwe) (apostiye|apostiy\w*))\b/u;
/** A birth record, which the agreement is about (not a diploma), folded. */
const BIRTH_RECORD =
  /\b(acta|actas|birth certificates?|certificado de nacimiento|batiste|ak nesans|akt nesans)\b/u;
/** Talks whose own answers say whether the US paper must be apostilled. */
const NEEDS_OWN_ANSWER: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>(['dual_nationality', 'apostille']);
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
  if (m.emergency || busyWithQuestion(dialogue) || !APOSTILLE.test(folded) || !FROM_US.test(folded)) return m;
  // Read as the apostille in another topic's talk: its answers, not a named one of the topic talked about (judge100:
  // "tambien ocupo apostillar el acta de texas, ustedes ayudan con eso?" got dual nationality's Texas report twice).
  // Whether it is needed ("y hay q apostillar las actas de texas?") is the topic talked about's own answer (NAPHSIS).
  if (m.topic === 'apostille' && dialogue?.topic && dialogue.topic !== 'apostille' && HELP_ASKED.test(folded))
    return { ...m, answers: (m.answers ?? []).filter((a) => a.topic === 'apostille') };
  if (!MISTAKEN.has(m.topic)) return m;
  return movedTo(m, 'apostille', { confidence: 1, facets: [] });
}

/**
 * Whether the paper from there must be apostilled, asked in another procedure's talk ("y el acta de alla tiene q estar
 * apostillada?", sight83-a's family back from Oklahoma: "our sources do not say"): the agreement that simplifies it.
 */
export function apostilleNeededReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || busyWithQuestion(dialogue) || !dialogue?.topic || NEEDS_OWN_ANSWER.has(dialogue.topic))
    return m;
  if (!MUST_BE.test(folded) || !FROM_US.test(folded) || !BIRTH_RECORD.test(folded)) return m;
  return answeredBy(m, 'apostille', 'answer.apostille_simplified');
}
