/**
 * A part of an entry and the passage that says what was asked, made one reply that stays short
 * (issue 28: about 450 characters on a phone screen, 650 for a topic's first answer): both when
 * they fit; else a facet's general answer gives way to the passage; a topic's first answer keeps
 * its first sentence before the passage, or gives way to it, or keeps the passage's first
 * sentence, whichever fits first. Pure.
 */
import type { NamedDocument } from '../knowledge/cited-documents.ts';
import { sentences } from '../knowledge/text.ts';

/** A reply's text, and the documents it cites when it is a part of an entry. */
export interface Piece {
  text: string;
  documents: readonly NamedDocument[];
}

/** Characters at most in a reply before its options (issue 28: replies stay short). */
const SHORT_REPLY = 450;

/** The first sentence of a text ("EE. UU." and "C.P." do not end one). */
const firstSentence = (text: string): string => sentences(text)[0] ?? text;

/**
 * The same for a topic's first answer with the passage that says what was asked: the answer
 * alone often runs near 450, and its opening line alone ("We are very sorry for your loss.")
 * lost what the Institute does (session 30: 7 turns of the sets developed against).
 */
const FIRST_ANSWER = 650;

const fits = (...texts: string[]) => texts.join('\n\n').length <= SHORT_REPLY;

export function joinPassage(part: Piece, found: Piece | null, keep: 'part' | 'passage'): Piece {
  if (!found?.text) return part;
  const join = (first: string, second: string) => ({
    text: `${first}\n\n${second}`,
    documents: [...part.documents, ...found.documents],
  });
  const whole = `${part.text}\n\n${found.text}`.length;
  if (whole <= (keep === 'part' ? FIRST_ANSWER : SHORT_REPLY)) return join(part.text, found.text);
  if (keep === 'passage') return found;
  // What was asked comes first in what the person reads; the topic's opening sentence says what it is.
  const opening = firstSentence(part.text);
  if (fits(opening, found.text)) return join(opening, found.text);
  if (fits(found.text)) return found;
  const first = firstSentence(found.text);
  return fits(part.text, first) ? join(part.text, first) : part;
}
