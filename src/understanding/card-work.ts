/**
 * Work asked with a foreigner's card named ("m gen TVRH, eske m gen dwa travay?", "¿con la tarjeta humanitaria puedo
 * trabajar?", "can I work with my humanitarian card?"): which papers let a foreigner work in Mexico, whatever was under
 * discussion (a Haitian worker owed wages got the consulate's help for Mexicans' labour rights, sight81-a). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { busyWithQuestion } from './in-context-shapes.ts';
import { answeredBy, laterQuestion } from './named-asked.ts';

/** A foreigner's card or residence named, folded. */
export const CARD =
  /\b(tvrh|tarjeta (humanitaria|de visitante|de residente)|visitante por razones humanitarias|humanitarian (card|visa|visitor card)|kat (imanite|imanitè|rezidan|vizite)|residente temporal|residencia temporal|temporary resident)\b/u;
/** Work asked: may one work, the right to work. */
const WORK =
  /\b(trabajar|trabajo|chambear|work|working|travay|dwa travay|derecho a trabajar|right to work|job|empleo|djob)\b/u;
/** Work with the card talked about, asked ("does that card let her work", "¿con esa tarjeta puede trabajar?"), folded. */
const THAT_CARD_WORK =
  /\b(that|the|this|esa|la|esta) (card|tarjeta|kat)( la| sa a)?\b.{0,25}\b(let|lets|allow|allows|permite|deja|pemet)( (me|her|him|them|us|m|li|l|nou))?( to)? (work|trabajar|travay)\b|\b(work|trabajar|travay)\b.{0,15}\b(with|con|ak) (that|the|this|esa|la|esta) (card|tarjeta|kat)\b/u;
/** The named answer on which papers let a foreigner work. */
const WORK_PERMISSION = 'answer.work_permission';

export function cardWorkReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // laterQuestion: after the first message, in no danger, nobody asked for.
  if (!laterQuestion(m, dialogue) || busyWithQuestion(dialogue)) return m;
  // The card told in a foreigner's talk of finding work ("m gen TVRH" after "gen travay pou ayisyen?": emerg-fs got who
  // the help on return is for): that it lets one work.
  const jobTalk = dialogue.topic === 'reintegration' && (m.lang === 'ht' || Boolean(dialogue.foreigner));
  // The card under discussion let one work, asked ("does that card let her work?", sight96-a got how long it takes).
  const whoMay = m.facets.includes('eligibility');
  if (dialogue.topic === 'mx_status' && m.topic === 'mx_status' && !whoMay && THAT_CARD_WORK.test(folded))
    return answeredBy(m, 'mx_status', WORK_PERMISSION);
  if (m.topic === 'mx_status' || !CARD.test(folded) || !(WORK.test(folded) || jobTalk)) return m;
  return answeredBy(m, 'mx_status', WORK_PERMISSION);
}

/** What a card lets one do, asked ("kisa kat la pèmèt mwen fè?", "¿para qué me sirve la tarjeta?", emerg-fc: the card's
 * steps), folded. */
const ALLOWS =
  /\b(kisa|ki sa|sa)( \w+){0,3} (pemet|pemet mwen|pemet nou) (fe|fe ak)?\b|\b(que|q) (me |nos |le )?(permite|deja) hacer\b|\b(para que|pa que|pa q|para q) (me |nos |le )?sirve\b|\bwhat (does|can|will) (it|the card|that card|this card|the tvrh) (let|allow)\b|\bwhat can (i|we) do with (it|the card|that card|this card)\b/u;

/** What the card is, asked ("what is the humanitarian visitor card": sight84-a got the fee waiver), folded: what it allows says it. */
const WHAT_CARD =
  /\b(what is|whats|what s) (the |a |this |that )?(tvrh|humanitarian (card|visitor card|visa))\b|\b(que|q|k) es (la |una |esa |eso de la )?(tvrh|tarjeta (humanitaria|de visitante))\b|\bkisa (yon |sa )?(tvrh|kat (imanite|vizite))( \w+){0,3} ye\b/u;

/** In the talk of papers to stay in Mexico, what the card allows: the answer that says it lets one work and do procedures. */
export function cardAllowsReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!laterQuestion(m, dialogue) || busyWithQuestion(dialogue)) return m;
  const talked = dialogue.topic === 'mx_status' || CARD.test(folded);
  // Work named ("eske kat sa a pèmèt mwen travay?"): who may work, the status's own answer.
  const asked = ALLOWS.test(folded) || WHAT_CARD.test(folded);
  if (!talked || !asked || WORK.test(folded) || m.facets.includes('eligibility')) return m;
  return answeredBy(m, 'mx_status', WORK_PERMISSION);
}
