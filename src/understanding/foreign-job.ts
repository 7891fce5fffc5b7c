/**
 * A job asked by a foreigner in Mexico ("m ap chèche travay nan Durango, èske nou ka ede m jwenn travay?": judge116's
 * Haitian got "this office does not do that"): the help to find work, whose answers name the employment service, as
 * two writers of fresh sets expect. Not a returnee's (job-after-return.ts), nor papers to work (card-work.ts). Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { CARD } from './card-work.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';
import { JOB_ASKED } from './job-after-return.ts';

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
  if (!(MISREAD.has(m.topic) || (hasCard && m.topic === 'mx_status' && WHERE_TO_LOOK.test(folded)))) return m;
  if (!JOB_ASKED.test(folded) || RETURNED.test(folded) || (CARD.test(folded) && !hasCard)) return m;
  if (hasCard && PAPERS_FOR_JOB.test(folded)) return m;
  return { ...askedAs(m, 'reintegration'), outOfScope: false };
}
