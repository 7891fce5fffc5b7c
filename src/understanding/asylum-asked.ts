/**
 * Refuge asked for in so many words ("mwen vle mande refij isit nan Meksik. ki kote m ale e konbyen sa koute?",
 * "quiero pedir asilo", "how do i apply for asylum"), which the topic model read as the office, nothing or status
 * in Mexico: asylum, with the aspects asked (judge89's Haitian in Durango got the office's address and its fees,
 * and had to say "COMAR" to be understood). Not during an emergency or a form's question. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';
import { asksSomething } from './question.ts';

/** Refuge asked for, folded. */
const ASYLUM_ASKED =
  /\b(mande|fe|fè|jwenn) (yon )?(demann )?(refij|azil)\b|\b(pedir|pido|pida|pedimos|pedi|solicitar|solicito|tramitar|tramito|sacar|saco) (el |un )?(asilo|refugio)\b|\b(ask for|apply for|request|claim|seek) (asylum|refuge|refugee status)\b/u;

/** What such a request was read as by mistake. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'office_info',
  'none',
  'mx_status',
  'transit_safety',
  'legal_advice',
]);

/**
 * No going back for fear, told in refuge's or status's talk ("a mi pais no puedo volver por la violencia" after "y si
 * mejor pido refugio aqui?", sight77-a): the reason refuge is asked for, so refuge's answer.
 */
const CANNOT_GO_BACK =
  /\b(no (puedo|podemos|puede|pueden) (volver|regresar)|(can t|cant|cannot|can not) (go back|return)|(m|mwen|nou|li) pa (ka|kapab) (retounen|tounen))\b.{0,40}\b(violencia|amenaz\w*|mara\w*|pandill\w*|matar|miedo|peligro|violence|threat\w*|gang\w*|kill|afraid|danger|vyolans|menas|gang|touye|pe|danje)\b/u;
/**
 * Fear of being sent back to one's country, told anywhere ("nos van a deportar? tengo miedo de regresar a honduras":
 * emerg-fy's rescued man got the Grupos Beta): refuge is for that fear. A country other than Mexico, or one's own
 * said by a foreigner.
 */
const COUNTRY = `(honduras|guatemala|el salvador|salvador|nicaragua|haiti|ayiti|venezuela|cuba|colombia|ecuador|peru|camerun|cameroon|kamewoun)`;
const FEAR_OF_RETURN = new RegExp(
  String.raw`\b(miedo (de|a) (regresar|volver)|me da miedo (regresar|volver)|afraid (to|of) (go|going) back|scared (to|of) (go|going) back|pe (retounen|tounen))\b.{0,20}\b(${COUNTRY}|mi pais|my country|peyi (m|mwen|nou))\b`,
  'u',
);
const OWN_COUNTRY = /\b(mi pais|my country|peyi (m|mwen|nou))\b/u;
/** The fear denied ("no tengo miedo de regresar", "m pa pe retounen"). */
const NO_FEAR =
  /\b(no (tengo|tenemos|me da) miedo|(not|never|isn t|im not|i m not|we re not) (afraid|scared)|pa pe)\b/u;
const fearsReturn = (dialogue: DialogueContext | undefined, folded: string): boolean =>
  FEAR_OF_RETURN.test(folded) &&
  !NO_FEAR.test(folded) &&
  (!OWN_COUNTRY.test(folded) || dialogue?.foreigner === true);

const FEAR_TALK: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>(['asylum', 'mx_status']);

/** No going back for fear, in refuge's or status's talk: refuge. */
function cannotGoBack(m: Meaning, dialogue: DialogueContext | undefined, folded: string): Meaning {
  if (m.emergency || !FEAR_TALK.has(dialogue?.topic ?? 'none') || !CANNOT_GO_BACK.test(folded)) return m;
  if (m.topic !== 'mx_status' && m.topic !== 'asylum' && m.topic !== 'none') return m;
  return askedAs(m, 'asylum', m.facets);
}

export function asylumAskedReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // Asked in so many words after a danger, it is asked too (emerg-eq: "kisa pou m fe pou m mande azil?" once migration
  // found the group lost in the desert was noted as a place).
  const named = ASYLUM_ASKED.test(folded);
  const asked = named && asksSomething(text);
  if (busyWithQuestion(dialogue) && !(asked && dialogue?.emergency && dialogue.asked !== 'field')) return m;
  // Read as the help after a deportation too ("nos van a deportar?"), which is Mexicans'.
  const fearMisread = MISREAD.has(m.topic) || m.topic === 'deportee_support' || m.topic === 'reintegration';
  if (!m.emergency && fearMisread && !named && fearsReturn(dialogue, folded) && !busyWithQuestion(dialogue))
    return askedAs(m, 'asylum', m.facets);
  if (m.emergency || !MISREAD.has(m.topic) || !named) return cannotGoBack(m, dialogue, folded);
  return askedAs(m, 'asylum', m.facets);
}
