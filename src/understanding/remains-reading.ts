/**
 * A death told with the body or ashes to bring home ("pitit gason m mouri Phoenix semèn pase, nou
 * vle mennen l Durango", "my brother died in Dallas, how do we bring him home") asks about bringing
 * the remains home, whatever the topic model leans to: it read that Kreyòl opener as dual
 * nationality, a place in the US pulling it there (session 57). Only from topics such a message
 * may be mistaken for; a death in a danger or a question about a pension stays as read. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { fold } from './fold.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';

/** A death told, folded ("murió", "falleció", "died", "passed away", "mouri"). */
const DIED =
  /\b(murio|murieron|fallecio|fallecieron|died|passed away|mouri|te mouri|fin mouri|perdio la vida|lost (his|her) life)\b/u;
/** The body, the ashes or bringing them home. */
const BRING_HOME =
  /\b(traer\w*|trasladar\w*|repatriar\w*|cuerpo|restos|cenizas|bring (him|her|them|the body|it) (home|back)|bring \w+ home|body|remains|ashes|mennen (l|li|yo|ko a)|pote (l|li|ko a)|ko (a|li)|sann)\b/u;
/** What the topic model may take such a message for. */
const MISTAKEN: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'dual_nationality',
  'state_documents',
  'apostille',
  'us_visa_passport',
  'none',
]);

export function remainsReading(
  m: Meaning,
  text: string,
  dialogue?: DialogueContext,
  folded = fold(text),
): Meaning {
  if (m.emergency || !MISTAKEN.has(m.topic) || (m.act !== 'topic' && m.act !== 'unclear')) return m;
  if (busyWithQuestion(dialogue)) return m;
  if (!DIED.test(folded) || !BRING_HOME.test(folded)) return m;
  return movedTo(m, 'remains_repatriation', { confidence: Math.max(m.confidence, 0.9), act: 'topic' });
}
