/**
 * A job asked by a foreigner in Mexico ("m ap chèche travay nan Durango, èske nou ka ede m jwenn travay?": judge116's
 * Haitian got "this office does not do that"): the help to find work, whose answers name the employment service, as
 * two writers of fresh sets expect. Not a returnee's (job-after-return.ts), nor papers to work (card-work.ts). Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { CARD } from './card-work.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';
import { JOB_ASKED } from './job-after-return.ts';
import { answeredBy } from './named-asked.ts';

/** What such a question was read as. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'none',
  'reintegration',
  'office_info',
  'legal_advice',
  'productive_projects',
  // the talk before ("m deja gen kat la. mwen bezwen travay. ki kote m ka chèche travay?" after the US permit: judge117)
  'us_humanitarian_visa',
]);
/** Where to look for work asked ("ki kote pou m chèche travay"), not a job found whose papers are asked, folded. */
const WHERE_TO_LOOK =
  /\b(ki kote|kote|where|donde|a donde)\b.{0,20}\b(cheche|chache|jwenn|look|find|buscar|busco|conseguir)\b/u;
/** Papers a job asks for ("patwon an mande m CURP"): the status's answers, whatever card is held, folded. */
const PAPERS_FOR_JOB = /\b(curp|rfc|nss|papye|papeles|documentos?|dokiman|acta|paspo|pasaporte)\b/u;
/** The card already held, said ("m deja gen kat la", "ya tengo la tarjeta"): papers no longer asked, folded. */
const HAS_CARD =
  /\b(deja gen|already (have|got)|ya tengo|ya tenemos) (la |my |mi |the )?(kat|card|tarjeta)\b/u;
/** Returning home said: a returnee's job, which job-after-return.ts reads. */
const RETURNED = /\b(deport\w*|depote|me regresaron|regrese|came back|tounen)\b/u;
/**
 * Help to find work asked, or work needed with papers held ("eske nou ka ede m jwenn travay", "m gen kat la. m bezwen
 * travay": judge128's Haitian got the cards' kinds twice): the job, even where the card's talk is read, folded.
 */
const HELP_FIND =
  /\b(ede (m|mwen|nou) (jwenn|chache|cheche) (yon )?travay|help (me|us) (find|get) (a |some )?(job|work)|ayud\w* a (encontrar|conseguir|buscar) (un )?(trabajo|empleo|chamba))\b/u;
const NEED_WORK =
  /\b((m|mwen|nou) (bezwen|ap chache|ap cheche|ap chèche) (yon )?travay|(necesito|busco|ando buscando) (un )?(trabajo|chamba|empleo)|(i|we) need (a )?(job|work)|(i m|im|i am|we re|we are) looking for (a )?(job|work))\b/u;
/** Help asked beside it ("m ap chache travay, eske nou ka ede m?": judge134's woman in Juárez got the humanitarian card). */
const HELP_ASKED =
  /\b((ka|kapab) ede (m|mwen|nou)|(can|could) you help|(me|nos) (pueden|puede|podrian) ayudar|ayudan)\b/u;
/** Papers to stay asked with it ("m bezwen travay men m pa gen papye, eske nou ka ede m regilarize m?": a review). */
const REGULARIZE = /\b(regilariz\w*|regulariz\w*|papye|papeles|papers|kat|tarjeta|card)\b/u;
const PAPERS_HELD =
  /\b(m|mwen|nou) gen (papye|kat)( la)?( deja)?\b|\bya tengo (papeles|la tarjeta)\b|\bi have (papers|the card)\b/u;

export function foreignJobReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  const foreigner = m.lang === 'ht' || Boolean(dialogue?.foreigner);
  if (!foreigner || m.emergency || dialogue?.emergency || busyWithQuestion(dialogue)) return m;
  // The card already held, work sought ("m deja gen kat la… ki kote pou m chèche travay?"): the job, even in the card's talk.
  const hasCard = HAS_CARD.test(folded);
  const helpAsked =
    HELP_FIND.test(folded) ||
    ((PAPERS_HELD.test(folded) || (HELP_ASKED.test(folded) && !REGULARIZE.test(folded))) &&
      NEED_WORK.test(folded));
  const statusRead = m.topic === 'mx_status' && (helpAsked || (hasCard && WHERE_TO_LOOK.test(folded)));
  if (!(MISREAD.has(m.topic) || statusRead)) return m;
  if (!(JOB_ASKED.test(folded) || helpAsked) || RETURNED.test(folded) || (CARD.test(folded) && !hasCard))
    return m;
  if (hasCard && PAPERS_FOR_JOB.test(folded.replace(PAPERS_HELD, ''))) return m;
  // Asked again in the talk of work ("m bezwen travay" after its first answer): the employment service's answer.
  if (dialogue?.topic === 'reintegration') return answeredBy(m, 'reintegration', 'answer.employment_service');
  return { ...askedAs(m, 'reintegration'), outOfScope: false };
}
