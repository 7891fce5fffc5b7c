/**
 * What proves a case is someone's when they ask about it from another conversation: a short
 * code given to the family with the folio (never shown to anyone else, never a name), and the
 * limits on guessing it. Wrong checks are counted in the store (the login limits' counts,
 * src/core/login-limits.ts, under keys of their own) per folio and per sender, so they hold
 * across instances and survive an erase; a folio whose checks failed too often is locked for
 * everyone until the lockout passes, and staff are told. Pure: keys, rules, codes.
 */
import type { LimitRule } from './login-limits.ts';

/**
 * Code letters: the folio's own (none that read or sound alike), four of them: 18⁴ ≈ 105,000
 * codes, and a folio locks after CASE_CHECK_LOCK wrong ones, so a guess succeeds at most
 * 5 times in 105,000 (on top of guessing a folio among 3.6 million).
 */
export const CODE_LETTERS = 'ACDEFGHJKMNPQRTWXY';
export const CODE_LENGTH = 4;
export const CASE_CODE = new RegExp(`^[${CODE_LETTERS}]{${CODE_LENGTH}}$`);

/** Wrong checks of one folio (from anyone) before it locks; how long it stays locked. */
export const CASE_CHECK_LOCK = 5;
export const CASE_LOCK_MS = 30 * 86_400_000;
/** Wrong checks from one sender (any folio) before they are refused; for how long. */
export const SENDER_CHECK_LOCK = 10;
export const SENDER_LOCK_MS = 86_400_000;

/** A hard lock at `lockAfter`, no slowdown before it (the counts are few). */
const lockRule = (lockAfter: number, lockoutMs: number): LimitRule => ({
  free: lockAfter - 1,
  baseDelayMs: 0,
  maxDelayMs: 0,
  lockAfter,
  lockoutMs,
});
export const FOLIO_RULE = lockRule(CASE_CHECK_LOCK, CASE_LOCK_MS);
export const SENDER_RULE = lockRule(SENDER_CHECK_LOCK, SENDER_LOCK_MS);

/** The store's key for a folio's wrong checks (a folio names no one). */
export const folioCheckKey = (folio: string) => `case-folio-${folio}`;
/** The store's key for a sender's wrong checks: a keyed hash of the sender, never the sender. */
export const senderCheckKey = (senderHash: string) => `case-from-${senderHash}`;

/** A random code (Web Crypto; rejection sampling keeps every letter equally likely). */
export function newCaseCode(
  random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
): string {
  const limit = 256 - (256 % CODE_LETTERS.length);
  let code = '';
  while (code.length < CODE_LENGTH)
    for (const byte of random(CODE_LENGTH * 2))
      if (byte < limit && code.length < CODE_LENGTH) code += CODE_LETTERS[byte % CODE_LETTERS.length];
  return code;
}

/** The code a message holds ("mi código es ktpm", "K T P M"), in capitals, or null. */
export function codeIn(text: string): string | null {
  const letters = text.toUpperCase().replace(/[^A-Z]/g, ' ');
  const word = letters.split(/\s+/).find((w) => CASE_CODE.test(w));
  if (word) return word;
  const spaced = letters.replace(/\s+/g, '');
  return CASE_CODE.test(spaced) ? spaced : null;
}

/** Whether the typed code is the case's, compared in constant time for its length. */
export function sameCode(expected: string | undefined, typed: string | null): boolean {
  if (!expected || !typed || typed.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ typed.charCodeAt(i);
  return diff === 0;
}
