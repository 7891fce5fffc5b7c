/**
 * A case asked about in a message: one of this office's folios named, or the case asked about in
 * words (the engine looks it up: src/engine/case-lookup.ts). A case number in another form
 * ("tengo el folio 3390", "folio DGO-4471", "folio INM TAP-55102"), written by hand by staff or
 * given by another office or by INM, cannot be looked up here; the person wants news of that
 * case, so the message asks for a person: staff can. Pure.
 */
import { folioIn } from '../core/case-file.ts';
import type { Lang } from '../core/types.ts';
import type { Read } from './classify-topic.ts';
import { type InContext, NONE } from './in-context-shapes.ts';

/** The word for a case number, up to two short words ("INM", "de"), then a number of 3 to 8 digits. */
const NAMED =
  /(?:^|[^\p{L}])(?:folio|expediente|n[uú]mero de (?:caso|folio|expediente)|case (?:number|no|#)|reference number|nimewo dosye|nimewo folio)(?:\s+[\p{L}]{2,5}){0,2}\s*[#:]?\s*([\p{L}]{0,4}[\s-]?\d{3,8})(?![\d])/iu;
/** How sure the topic model must be of the procedure named with the number. */
const SURE_TOPIC = 0.8;
/** A year is no case number ("expediente de 2023"). */
const YEAR = /^(?:19|20)\d\d$/;

type CaseAsked = { caseQuery: { caseQuery?: { folio: string | null } }; other: InContext | null };
/** Nothing asked of a case (in an emergency or a form). */
export const NO_CASE: CaseAsked = { caseQuery: {}, other: null };

/** The case the message asks about (`asked`: in words, "¿cómo va mi trámite?"), and a number of another form. */
export function casesIn(
  text: string,
  asked: boolean,
  classify: (text: string, lang: Lang) => Read,
  lang: Lang,
): CaseAsked {
  const folio = folioIn(text);
  return {
    caseQuery: folio || asked ? { caseQuery: { folio } } : {},
    other: folio ? null : otherFolio(text, () => classify(text, lang)),
  };
}

/** Asks for a person when the message, naming none of this office's folios, names a case number. */
function otherFolio(text: string, read: () => Read): InContext | null {
  const number = NAMED.exec(text)?.[1]?.trim();
  if (!number || YEAR.test(number)) return null;
  // The procedure it names, when sure, goes with the request: the ticket says what the case is.
  const named = read();
  const about = named.topic !== 'none' && named.confidence >= SURE_TOPIC ? { about: named.topic } : {};
  return { ...NONE, topic: 'human', confidence: 1, act: 'topic', ...about };
}
