/**
 * Who can help, asked in a procedure's talk ("kiyès ki ka ede nou", "¿quién nos puede ayudar?", "who can help us"):
 * that procedure's help, as in Spanish and English, not the office's address (sight87-a's Haitian family, with no
 * money to send a brother's body home, got the office's street). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';

/** Who can help asked, and little else, folded. */
const WHO_HELPS =
  /^(e |y |and |so |entonces |alors )?(kiyes|ki moun|kilès|kiles|quien|quienes|who)( ki| k)? (ka|kapab|puede|pueden|podria|can|could) (ede|ayudar\w*|help)( (m|mwen|nou|li|yo|me|nos|le|les|us|him|her|them))?( (avek sa|ak sa|con eso|with (this|that)))?\s*$/u;

export function whoHelpsReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  const current = dialogue?.topic;
  if (!current || current === 'office_info' || m.topic !== 'office_info' || m.emergency) return m;
  if (busyWithQuestion(dialogue) || !WHO_HELPS.test(folded.trim())) return m;
  return movedTo(m, current, { act: 'otherQuestion', confidence: 1, facets: [], question: true });
}
