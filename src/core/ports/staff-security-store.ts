/**
 * What keeps the staff inbox safe, held in the store so that it holds across instances
 * (Redis, the office's Durable Object) and not only in one process: staff sessions (so that
 * logging out, "sign out everywhere" and disabling an account end them at once), counts of
 * failed logins (the throttle's policy is src/staff/login-throttle.ts; the store reserves each
 * attempt before its password is checked, in one atomic step, by the rule it is given),
 * disabled accounts, and the office's audit log of what staff did, kept as long as
 * conversations are (the store's retention period).
 */
import type { LimitRule, LoginFailures } from '../login-limits.ts';

export type { LimitRule, LoginFailures };

/** A signed-in staff member's session, under an id the caller derives from the cookie. */
export interface StaffSessionRecord {
  account: string;
  /** Epoch ms: the session ends by itself then. */
  expiresAt: number;
}

/** A key to count an attempt under, and the rule that says whether it may try now. */
export interface LoginLimit {
  key: string;
  rule: LimitRule;
}

/** What reserving an attempt did: counted it under every key, or (some key must wait) under none. */
export interface LoginReservation {
  reserved: boolean;
  /** Each key's failures, in order: after the reservation, or as found when it was refused. */
  failures: LoginFailures[];
}

/** What staff did that the audit log keeps. */
export const AUDIT_ACTIONS = [
  'login',
  'login-failed',
  'login-locked',
  'login-disabled',
  'login-slowed',
  // A right password whose hash had older, weaker scrypt parameters: stored again with today's.
  'password-rehashed',
  // The same, where the accounts cannot be rewritten (Workers' secret): the operator must re-create it.
  'password-outdated',
  'logout',
  'logout-everywhere',
  'take',
  'reply',
  'note',
  'transfer',
  'close',
  'status',
  'erase',
  'canned-add',
  'canned-remove',
  'account-disable',
  'account-enable',
  'account-unlock',
  // From the accounts page: an account added, given a new password, its role changed.
  'account-add',
  'account-password',
  'account-role',
  // By the assistant: a case's folio failed too many checks from other conversations.
  'case-locked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One line of the audit log: who did what, when, to which conversation (by pseudonym). Never a message's text. */
export interface AuditEntry {
  /** Epoch ms. */
  at: number;
  /** The staff account that acted. */
  by: string;
  action: AuditAction;
  /**
   * The conversation's pseudonym (a keyed hash of its id, src/staff/audit.ts), never its id:
   * the line outlives an erase and a phone number or chat id must not.
   */
  conversation?: string;
  /** Lines written before pseudonyms named the conversation by its id; none are written now. */
  conversationId?: string;
  /** What else the line needs: who a conversation went to, which account, a canned reply's language. */
  detail?: string;
}

/** The most audit lines an office keeps, whatever their age (newest kept). */
export const KEEP_AUDIT = 50_000;

export interface StaffSecurityStore {
  /** Keeps a session until it expires or is ended. */
  saveSession(id: string, session: StaffSessionRecord): Promise<void>;
  /** The session, or null when it was ended, has expired by `now`, or its account is disabled. */
  getSession(id: string, now: number): Promise<StaffSessionRecord | null>;
  /** Ends one session (logging out). */
  endSession(id: string): Promise<void>;
  /** Ends every session of an account ("sign out everywhere", a disabled account). */
  endSessionsOf(account: string): Promise<void>;
  /** Disables an account (no session of it opens anything) or enables it again. */
  setAccountDisabled(account: string, disabled: boolean): Promise<void>;
  /** The disabled accounts, by name, sorted. */
  disabledAccounts(): Promise<string[]>;
  /** The failed logins counted under each key (in the same order), forgotten ones as zero. */
  loginFailures(keys: readonly string[], now: number): Promise<LoginFailures[]>;
  /**
   * Reserves one login attempt at `now`, atomically across instances: when no key must wait
   * by its rule (src/core/login-limits.ts), counts it as a failure under every key, before its
   * password is checked; else counts nothing. A key's count is forgotten `forgetAfterMs` after
   * its last failure.
   */
  reserveLoginAttempt(
    limits: readonly LoginLimit[],
    now: number,
    forgetAfterMs: number,
  ): Promise<LoginReservation>;
  /** Takes one reserved attempt back from each key (its password was right). */
  releaseLoginAttempt(keys: readonly string[]): Promise<void>;
  /** Forgets a key's failed logins (its client signed in). */
  clearLoginFailures(key: string): Promise<void>;
  /** When an admin last unlocked the logins kept under `key` (0: never). */
  loginUnlockedAt(key: string): Promise<number>;
  /** An admin unlocked them at `at`: counts made before start again (the throttle keys them by it). */
  unlockLogins(key: string, at: number): Promise<void>;
  /** Adds a line to the office's audit log; lines past the retention period or KEEP_AUDIT go. */
  appendAudit(entry: AuditEntry): Promise<void>;
  /** The audit log, newest first: `limit` lines after skipping `offset`, none older than the retention period. */
  listAudit(now: number, offset: number, limit: number): Promise<AuditEntry[]>;
}
