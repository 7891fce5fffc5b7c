/**
 * Papers asked in Kreyòl ("le m rive durango kijan m ka jwenn papye?": judge115's Haitian got Durango's documents for
 * people abroad): a Haitian's papers are those to stay in Mexico, which the status topic answers (the INM, the
 * humanitarian card). Not a document named (a birth certificate, a passport, the CURP), which its own topic has. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';

/** How or what to do to get papers, folded. */
const PAPERS_ASKED =
  /\b(kijan|kouman|kisa|ki sa) (pou )?(m|mwen|nou) (ka |kapab |dwe )?(jwenn|fe|regle|ranje|mande|genyen) (pou )?papye\b/u;
/** A document named, which is not the papers to stay, folded. */
const DOCUMENT_NAMED =
  /\b(batiste|ak nesans|akt|paspo|kat idantite|curp|diplom|setifika|apostiy\w*|konstans|lisans)\b/u;
/** What the topic model reads such a question as. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'none',
  'state_documents',
  'reintegration',
  'deportee_support',
  'transit_safety',
  'office_info',
]);

export function papersInKreyolReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.lang !== 'ht' || m.emergency || dialogue?.emergency || busyWithQuestion(dialogue)) return m;
  if (!MISREAD.has(m.topic) || !PAPERS_ASKED.test(folded) || DOCUMENT_NAMED.test(folded)) return m;
  return askedAs(
    m,
    'mx_status',
    m.facets.filter((f) => f !== 'documents'),
  );
}
