/**
 * A marriage told as what may help one's papers in Mexico ("we are getting married next year, does that help", "si nos
 * casamos le dan papeles?", "nou pral marye, eske sa ap ede?"), asked in refuge's talk: the INM's family unity, a way
 * to regularise that status in Mexico answers (sight76-a's woman got COMAR's neighbour in Nuevo León). Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';
import { messageAsks } from './question.ts';

/** Marrying told or supposed, folded. */
const MARRYING =
  /\b(getting married|get married|marry (him|her|me)|married|engaged|wedding|casarnos|casarme|casarse|nos casamos|nos vamos a casar|me voy a casar|me case|nos casemos|casad[oa]s?|boda|marye|marie|maryaj)\b/u;
/** What it may help with, asked ("does that help", "le sirve", "eske sa ap ede"), folded. */
const HELPS =
  /\b(help|helps|count|papers|status|sirve|ayuda|ayudaria|le dan|papeles|regulariz\w*|ede|papye|konte)\b/u;
/** "does that help" with no mark, folded. */
const HELP_ASKED =
  /\b((does|would|will|can) (that|it|this) help|(eso|esto) (ayuda|sirve|le ayuda|le sirve)|(le|nos) (sirve|ayuda)|(eske )?sa (ap )?ede)\b/u;
/** The talks a marriage is mistaken for. */
const TALKS: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>(['asylum']);

export function marriageAskedReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || busyWithQuestion(dialogue) || !TALKS.has(m.topic)) return m;
  if (!MARRYING.test(folded) || !HELPS.test(folded) || !(messageAsks(text) || HELP_ASKED.test(folded)))
    return m;
  return askedAs(m, 'mx_status', ['eligibility']);
}
