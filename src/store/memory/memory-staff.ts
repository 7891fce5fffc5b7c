/**
 * The memory store's part of StaffSecurityStore: staff sessions, failed-login counts,
 * disabled accounts and the audit log, in this process. Reserving a login attempt is one
 * synchronous step (no await between reading the counts and writing them), so parallel
 * requests cannot all pass the same check. Bounded like the rest of the memory
 * store: expired sessions and forgotten counts are dropped as new ones come, the counts are
 * capped (a spray of made-up names cannot fill memory), and the audit log keeps the
 * retention period and at most KEEP_AUDIT lines.
 */
import { type LimitRule, retryAt } from '../../core/login-limits.ts';
import type { Clock } from '../../core/ports/runtime.ts';
import {
  type AuditEntry,
  KEEP_AUDIT,
  type LoginFailures,
  type StaffSecurityStore,
  type StaffSessionRecord,
} from '../../core/ports/staff-security-store.ts';

/** The most failed-login keys kept; past it the least recently failed are forgotten first. */
export const MEMORY_KEEP_LOGIN_KEYS = 10_000;

export function createMemoryStaff(clock: Clock, retentionMs: number): StaffSecurityStore {
  const sessions = new Map<string, StaffSessionRecord>();
  const disabled = new Set<string>();
  /** key → count and until when it is kept; a Map in order of the last failure (oldest first). */
  const failures = new Map<string, LoginFailures & { until: number }>();
  /** Oldest first. */
  let audit: AuditEntry[] = [];

  const dropExpiredSessions = (now: number) => {
    for (const [id, session] of sessions) if (session.expiresAt <= now) sessions.delete(id);
  };
  const trimAudit = (now: number) => {
    const cutoff = now - retentionMs;
    let old = 0;
    while (old < audit.length && (audit[old]?.at ?? 0) <= cutoff) old++;
    const over = Math.max(old, audit.length - KEEP_AUDIT);
    if (over > 0) audit = audit.slice(over);
  };
  /** key → when an admin unlocked it (only real accounts: an admin picks them from the list). */
  const unlocks = new Map<string, number>();
  const failuresOf = (key: string, now: number): LoginFailures => {
    const kept = failures.get(key);
    if (!kept || kept.until <= now) return { count: 0, last: 0 };
    return { count: kept.count, last: kept.last };
  };
  const mustWait = (rule: LimitRule, kept: LoginFailures, now: number) => retryAt(rule, kept) > now;
  const count = (key: string, now: number, forgetAfterMs: number): LoginFailures => {
    const counted = { count: failuresOf(key, now).count + 1, last: now };
    failures.delete(key);
    failures.set(key, { ...counted, until: now + forgetAfterMs });
    for (const old of failures.keys()) {
      if (failures.size <= MEMORY_KEEP_LOGIN_KEYS) break;
      failures.delete(old);
    }
    return counted;
  };

  return {
    async saveSession(id, session) {
      dropExpiredSessions(clock.now());
      sessions.set(id, { account: session.account, expiresAt: session.expiresAt });
    },
    async getSession(id, now) {
      const session = sessions.get(id);
      if (!session || session.expiresAt <= now || disabled.has(session.account)) return null;
      return { ...session };
    },
    async endSession(id) {
      sessions.delete(id);
    },
    async endSessionsOf(account) {
      for (const [id, session] of sessions) if (session.account === account) sessions.delete(id);
    },
    async setAccountDisabled(account, off) {
      if (off) disabled.add(account);
      else disabled.delete(account);
    },
    async disabledAccounts() {
      return [...disabled].sort();
    },
    async loginFailures(keys, now) {
      return keys.map((key) => failuresOf(key, now));
    },
    async reserveLoginAttempt(limits, now, forgetAfterMs) {
      const found = limits.map(({ key }) => failuresOf(key, now));
      if (limits.some(({ rule }, i) => mustWait(rule, found[i] as LoginFailures, now)))
        return { reserved: false, failures: found };
      return { reserved: true, failures: limits.map(({ key }) => count(key, now, forgetAfterMs)) };
    },
    async releaseLoginAttempt(keys) {
      for (const key of keys) {
        const kept = failures.get(key);
        if (kept) kept.count = Math.max(0, kept.count - 1);
      }
    },
    async clearLoginFailures(key) {
      failures.delete(key);
    },
    async loginUnlockedAt(key) {
      return unlocks.get(key) ?? 0;
    },
    async unlockLogins(key, at) {
      unlocks.set(key, at);
    },
    async appendAudit(entry) {
      // Kept in time order even when two instances' clocks (or a test's) disagree a little.
      let at = audit.length;
      while (at > 0 && (audit[at - 1]?.at ?? 0) > entry.at) at--;
      audit.splice(at, 0, { ...entry });
      trimAudit(Math.max(entry.at, clock.now()));
    },
    async listAudit(now, offset, limit) {
      trimAudit(now);
      const end = audit.length - Math.max(0, offset);
      const start = Math.max(0, end - Math.max(0, limit));
      return end > 0 ? audit.slice(start, end).reverse() : [];
    },
  };
}
