/**
 * A passport named in the middle of a procedure that needs one to travel ("tengo pasaporte pero
 * está vencido" about the humanitarian permit, "does he need a passport first" about a parents'
 * visa) is the person's own papers for that procedure, not the US visa or a US-born child's US
 * passport: the topic stays, read as its documents (a fresh set's mother of a son dying in Atlanta
 * got the DS-160 twice). A visa, the DS-160 or a US passport named moves it as before. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { fold } from './fold.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';

/** A passport, in the three languages (folded). */
const PASSPORT = /\b(pasaportes?|passports?|paspo)\b/u;
/** What the US visa's topic is asked with: a visa, its form, a US passport, a US birth. */
const VISA_ASKED =
  /\b(visas?|viza|ds ?160|ds-160|americano|american|us passport|u s passport|pasaporte (de )?(eeuu|usa|estados unidos|gringo)|naci\w*|born|fet|turista|tourist)\b/u;
/** Procedures to travel for which one's own passport is a document. */
const TRAVEL_TOPICS: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'us_humanitarian_visa',
  'family_reunification',
  'remains_repatriation',
]);

export function ownPassportReading(
  m: Meaning,
  text: string,
  dialogue?: DialogueContext,
  folded = fold(text),
): Meaning {
  const current = dialogue?.topic;
  if (!current || !TRAVEL_TOPICS.has(current) || m.topic !== 'us_visa_passport' || m.emergency) return m;
  if (busyWithQuestion(dialogue)) return m;
  if (!PASSPORT.test(folded) || VISA_ASKED.test(folded)) return m;
  return movedTo(m, current, { act: 'followUp', facets: ['documents'] });
}
