/**
 * Whether a foreigner can be sent back to their country, asked in Kreyòl's words for sending ("yo ka voye l tounen
 * ayiti?": sight84-a's Haitian, whose partner was held by Mexico's migration, got FINABIEN's transfers to Haiti): a
 * question of status in Mexico, or of the conversation's own topic where that is the person held or their status. Pure.
 */
import type { DialogueContext, Meaning, TopicId, TopicOrNone } from '../core/types.ts';
import { askedAs } from './in-context-shapes.ts';

/** Sent back to one's country, folded: a person, not money ("voye l tounen ayiti", "send him back to haiti"). */
const SENT_BACK =
  /\b(voye|revoye|renvoye|depote) (l|li|m|mwen|nou|yo) (tounen )?(ayiti|lakay|nan peyi (l|li|m|mwen|nou|yo))\b|\b(send|deport|return) (him|her|them|me|us) (back )?to (haiti|honduras|guatemala|el salvador|venezuela|cuba|(his|her|their|my|our) country)\b|\b(regresar|mandar|deportar)(lo|la|los|las|me|nos) (de regreso )?a (haiti|honduras|guatemala|el salvador|venezuela|cuba|su pais|mi pais)\b/u;
/** Money named: then sending is a transfer. */
const MONEY = /\b(lajan|kob|kòb|money|dinero|lana|remesa\w*|dolar\w*|peso\w*)\b/u;
/** What such a question is read as by mistake: money sent, the road, nothing. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'productive_projects',
  'transit_safety',
  'none',
]);
/** Topics where it is asked of the conversation's own matter. */
const OWN: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'locate_person',
  'mx_status',
  'asylum',
  'legal_advice',
]);

export function sentBackAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || dialogue?.emergency || !(MISREAD.has(m.topic) || OWN.has(m.topic))) return m;
  if (!SENT_BACK.test(folded) || MONEY.test(folded)) return m;
  const own: TopicId = dialogue?.topic && OWN.has(dialogue.topic) ? dialogue.topic : 'mx_status';
  const read = MISREAD.has(m.topic) ? askedAs(m, own) : m;
  // Read as the topic talked about, money's answers still rank first on "voye": they go.
  return { ...read, answers: read.answers?.filter((a) => a.topic !== 'productive_projects') };
}
