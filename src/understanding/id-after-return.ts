/**
 * Identity papers asked after a return ("y pa sacar mi ine de nuevo? no tengo acta tampoco", "how do i get an id, they
 * deported me with nothing", "kijan pou m jwenn yon kat idantite"), in the talk of a deportation or of the help
 * back home: the answer on having no ID after a deportation (the repatriation modules' papers, the Institute's letter
 * of identity), not the state's documents asked from abroad (judge119's man back in Canatlán got the Los Angeles and
 * Chicago offices twice; judge126's man in Nuevo Laredo, "how do i get mexican ID?", the same). Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { answeredBy, emergencyAnswerAsked } from './named-asked.ts';

/** An identity paper asked for or told missing, folded. */
const ID_ASKED =
  /\b((sacar|saco|saca|sacamos|tramitar|tramito|conseguir|consigo|hacer|reponer|repongo) (mi |una |otra |la |su )?(ine|credencial|identificacion|acta)|(no tengo|no traigo|sin) (ine|credencial|identificacion|acta|papeles)|(new|an|my|get|replace)( a| an)?( new)?( mexican| mexico)? (id|ine|ids|identification)|(dont|don t|do not) have (any |an |my )?(id|ids|identification)|(kat idantite|idantite|kat elektoral|batiste))\b/u;
/** Money sent or collected, named. */
const MONEY = /\b(cobr\w*|giros?|envios?|remesas?|transferencias?|money|lajan|kob|dinero|feria|lana)\b/u;
/** The talks that follow a return. */
const AFTER_RETURN: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>(['deportee_support', 'reintegration']);
/** What such a question is read as there: another topic's papers, or the talk itself. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'state_documents',
  'reintegration',
  'deportee_support',
  'none',
]);

export function idAfterReturnReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue || dialogue.first || m.emergency || m.topic === 'human') return m;
  if (!AFTER_RETURN.has(dialogue.topic ?? 'none') || !MISREAD.has(m.topic) || !ID_ASKED.test(folded))
    return m;
  // Money to collect without an ID is the repatriation certificate's answer ("y sin ine como cobro el giro": sight55-a).
  if (MONEY.test(folded)) return m;
  // The papers a procedure asks, with the ID lacking told beside them, are that procedure's (lacking-an-id.test.ts).
  if (m.act === 'followUp' && m.facets.includes('documents')) return m;
  // In a danger told since (judge119's man threatened outside the shelter), asked as a question there too.
  return dialogue.emergency
    ? emergencyAnswerAsked(m, 'answer.no_id', 'deportee_support')
    : answeredBy(m, 'deportee_support', 'answer.no_id');
}
