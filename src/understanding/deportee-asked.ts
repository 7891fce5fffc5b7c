/**
 * Two things one sent back asks in words the facets misread: the bus fare home ("pero ustedes si dan el pasaje o
 * no? xq aqui en el modulo nomas me dieron un papel", "el PASAJE del camion a gomez, lo pagan si o no": judge103's man
 * got what papers the office asks, then a topic list), and the repatriation certificate as an ID to collect money
 * ("con la constancia esa me sirve pa cobrar un envio?": he got what the jobs cost). Both are the help after a
 * deportation's, whose named answers say them; asked with no aspect, so those answers are found. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';

/** The fare or a ticket home, folded. */
const FARE =
  /\b(pasaje|pasajes|boleto|boletos|bus fare|bus ticket|ticket home|tike bis|tikè bis|tike|(his|her|my|our|their|the) bus|(su|el|mi) (camion|autobus))\b/u;
/** Paid or given by someone, asked, folded. */
const PAID = /\b(pagan|paga|dan|da|ayudan|apoyan|cubren|pay|pays|give|cover|peye|bay)\b/u;
/** The repatriation certificate, folded. */
const CERTIFICATE = /\b(constancia|constancias|certificate|setifika|sètifika)\b/u;
/** Money collected with it, folded. */
const COLLECT = /\b(cobrar|cobro|cobrarlo|recoger|retirar|collect|cash|pick up|touche|retire)\b/u;
/** The talks such a message comes in. */
const TALKS: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>(['deportee_support', 'reintegration', 'none']);
/** What the models may read such a message as: "can the institute pay his bus to gomez palacio" is no office fee (sight97-a). */
const READ_AS: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([...TALKS, 'office_info']);

export function deporteeAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  const talk = dialogue?.topic ?? 'none';
  if (m.emergency || busyWithQuestion(dialogue) || !TALKS.has(talk) || !READ_AS.has(m.topic)) return m;
  // The office's own costs asked with no deportation talked about are the office's (review124).
  if (m.topic === 'office_info' && talk === 'none') return m;
  const fare = FARE.test(folded) && PAID.test(folded);
  const collect = CERTIFICATE.test(folded) && COLLECT.test(folded);
  if (!fare && !collect) return m;
  // Only the fare's cost asked ("¿cuánto cuesta el pasaje?") stays an aspect: "un papel" is no documents asked,
  // "¿puedo cobrar…?" no who may, "cobrar" no cost.
  const facets = fare ? m.facets.filter((f) => f === 'cost') : [];
  return askedAs(m, 'deportee_support', facets);
}
