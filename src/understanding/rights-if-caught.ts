/**
 * One's rights if Mexico's migration catches one, asked on the road ("si me agarra migracion q derechos tengo?":
 * judge128's man in Chihuahua got a sentence on the fees of procedures, "derechos" read as fees): the answer on
 * migration stations (the CNDH visits them and asks for medical care, food, calls and news of one's case; the IFDP's
 * free advisers). Only for one from abroad or in the talk of the road or of status in Mexico; never the US's
 * immigration. Pure.
 */
import { namedAskedReading } from './named-asked.ts';

/** Caught by migration and rights asked, folded (never the US's immigration). */
const CAUGHT_RIGHTS =
  /^(?!.*\b(ice|usa|eeuu|estados unidos|el otro lado|la border|border patrol|the us|the states|etazini|ozetazini)\b).*\b(si|cuando|if|when|le)\b.{0,30}\b(migra|migracion|el inm|inm|immigration|migrasyon|imigrasyon)\b.{0,40}\b(derechos|rights|dwa)\b/u;
/** Being caught said ("si me agarra", "if they detain me", "si yo kenbe m"), folded. */
const CAUGHT =
  /\b(agarr\w*|detien\w*|deten\w*|levant\w*|kenbe|arete|catch\w*|caught|detain\w*|stops? me|picks? (me )?up)\b/u;
/** "Derechos" as fees ("cuánto son los derechos"), folded. */
const FEES = /\b(pagar|pago|pagan|cobr\w*|cuanto|costo|cuesta|peye|koute|fee|fees|pay)\b/u;

/** Talks where the one writing is on the road or in Mexico without papers. */
const ROAD_TALKS = new Set<string>(['transit_safety', 'mx_status', 'asylum']);

export const rightsIfCaughtReading = namedAskedReading('asylum', CAUGHT_RIGHTS, 'answer.migration_station', {
  anyTopic: true,
  misreadAs: ['mx_status', 'deportee_support', 'us_visa_passport', 'paisano'],
  unless: (m, dialogue, folded) =>
    !CAUGHT.test(folded) ||
    FEES.test(folded) ||
    !(dialogue?.foreigner || m.lang === 'ht' || ROAD_TALKS.has(dialogue?.topic ?? '')),
});
