/**
 * A family's case as the office follows it: its folio (what the person and staff name it
 * by), its status and the note staff left for the family, the answers that let someone in
 * another conversation prove the case is theirs, the follow-up the person accepted and its
 * outcome, and its history (who did what, when). Kept in the conversation's record by the
 * engine (src/engine/casework.ts), so it is written with the turn that changed it and erased
 * with the conversation. Declarations and two pure helpers (folios, names) only; the words a
 * case's status and outcome are told in stand apart (case-status.ts).
 */
import type { CaseOutcome, CaseStatus } from './case-status.ts';
import type { Lang, TopicOrNone } from './types.ts';

/** One line of a case's history. */
export interface CaseEvent {
  at: number;
  /** A staff member's name, or `person` / `assistant`. */
  by: string;
  kind: 'opened' | 'status' | 'assigned' | 'closed' | 'followUp' | 'outcome';
  status?: CaseStatus;
  /** The note staff wrote for the family with a status (shown to the person). */
  note?: string;
  /** Assigned to whom. */
  to?: string;
  /** For `followUp`: accepted or declined; for `outcome`: the answer. */
  detail?: string;
}

export interface CaseFile {
  folio: string;
  topic: TopicOrNone;
  lang: Lang;
  openedAt: number;
  status: CaseStatus;
  /** The last note staff left for the family, and when the status last changed. */
  note?: string;
  changedAt: number;
  closedAt?: number;
  /**
   * What proves the case is someone's from another conversation: the code the family was
   * given with the folio (core/case-check.ts). A case opened before codes has none, and no
   * answer passes its check (the family asks staff, or writes from their own conversation).
   */
  check: { code?: string };
  /** The follow-up after a close: offered, then accepted (with when it is due) or declined, then asked, then answered. */
  followUp?: { state: 'offered' | 'accepted' | 'declined' | 'asked' | 'answered'; dueAt?: number };
  outcome?: CaseOutcome;
  /** Newest last; the oldest lines go past a limit (casework.ts). */
  history: CaseEvent[];
}

/**
 * Folio letters and digits: none that read or sound alike on a cheap screen or a phone call
 * (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, no U/V), so "ABC-1234" can be read aloud and typed.
 */
export const FOLIO_LETTERS = 'ACDEFGHJKMNPQRTWXY';
export const FOLIO_DIGITS = '34679';
/** Three letters, a dash, four digits: 18³ · 5⁴ ≈ 3.6 million folios; each is claimed before use. */
export const FOLIO = new RegExp(`^[${FOLIO_LETTERS}]{3}-[${FOLIO_DIGITS}]{4}$`);
/** A folio inside a message, written loosely: "folio acd 3467", "ACD3467", "acd-3467". */
export const FOLIO_IN_TEXT = new RegExp(
  `(?:^|[^a-z0-9])([${FOLIO_LETTERS}]{3})[\\s.\\-_]?([${FOLIO_DIGITS}]{4})(?![a-z0-9])`,
  'i',
);

/** A random folio (Web Crypto: the same on Node and Workers). */
export function newFolio(
  random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
): string {
  // Rejection sampling keeps every character equally likely.
  const pick = (alphabet: string, count: number) => {
    let out = '';
    while (out.length < count) {
      for (const byte of random(count * 2)) {
        const limit = 256 - (256 % alphabet.length);
        if (byte < limit && out.length < count) out += alphabet[byte % alphabet.length];
      }
    }
    return out;
  };
  return `${pick(FOLIO_LETTERS, 3)}-${pick(FOLIO_DIGITS, 4)}`;
}

/** Every folio in a text, for blanking; made once (each message's language is told without its folios). */
const FOLIOS_IN_TEXT = new RegExp(FOLIO_IN_TEXT.source, 'gi');

/** The text with its folios blanked: "folio NAN-3467" is no evidence of Kreyòl. */
export function withoutFolios(text: string): string {
  // replace() with a global expression starts from 0 and leaves lastIndex at 0: sharing it is safe.
  return text.replace(FOLIOS_IN_TEXT, ' ');
}

/** The folio a message names, in its canonical form, or null. */
export function folioIn(text: string): string | null {
  const match = FOLIO_IN_TEXT.exec(text);
  return match ? `${match[1]?.toUpperCase()}-${match[2]}` : null;
}
