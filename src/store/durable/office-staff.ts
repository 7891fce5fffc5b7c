/**
 * The office Durable Object's staff-security half (OfficeObject extends it): staff sessions,
 * failed-login counts, disabled accounts and the audit log, for every Worker instance of the
 * office at once. Each method runs to its end before the next starts (no await inside), so
 * reserving a login attempt (read the counts, decide by the rules, count) is atomic. Everything is bounded: expired sessions and forgotten counts are deleted
 * through an index ordered by expiry as new ones come; the audit log keeps the retention
 * period and at most KEEP_AUDIT lines. Runs only in workerd.
 *
 * Keys: s:<id> (a session), sa:<account>:<id> (an account's sessions), sx:<expiry>:<id>
 * (sessions by expiry), off:<account> (disabled), lf:<key> and lx:<until>:<key> (failed
 * logins, and when each count is forgotten), lu:<key> (when an admin unlocked a real account), a:<at>:<uuid> and an (the audit log, its length).
 */
/// <reference types="@cloudflare/workers-types" />
import { DurableObject } from 'cloudflare:workers';
import { z } from 'zod';
import { retryAt } from '../../core/login-limits.ts';
import {
  AUDIT_ACTIONS,
  type AuditEntry,
  KEEP_AUDIT,
  type LoginFailures,
  type LoginLimit,
  type LoginReservation,
  type StaffSessionRecord,
} from '../../core/ports/staff-security-store.ts';
import { check, conversationIdSchema, time } from './schemas.ts';

/** Ids, account names and throttle keys end up inside storage keys: no ':' in them. */
const part = z.string().regex(/^[^:]{1,200}$/, 'no ":" and 1–200 characters');
const sessionSchema = z.object({ account: part, expiresAt: time });
const keysSchema = z.array(part).max(10);
const duration = z
  .number()
  .nonnegative()
  .max(366 * 86_400_000);
const limitsSchema = z
  .array(
    z.object({
      key: part,
      rule: z.object({
        free: z.number().int().nonnegative(),
        baseDelayMs: duration,
        maxDelayMs: duration,
        lockAfter: z.number().int().nonnegative(),
        lockoutMs: duration,
      }),
    }),
  )
  .max(10);
const periodSchema = z.number().positive();
const auditSchema = z.object({
  at: time,
  by: z.string().min(1).max(200),
  action: z.enum(AUDIT_ACTIONS),
  conversationId: conversationIdSchema.optional(),
  detail: z.string().max(500).optional(),
});
const pad = (n: number) => String(Math.max(0, Math.trunc(n))).padStart(16, '0');
/** How many expired entries one write deletes at most (the rest go with the next writes). */
const PRUNE = 100;

// The office calls no other object, so it reads none of the Worker's bindings (`env`).
export class OfficeStaffObject extends DurableObject {
  get #kv() {
    return this.ctx.storage.kv;
  }

  saveSession(id: string, session: StaffSessionRecord): void {
    const key = check(part, id);
    const { account, expiresAt } = check(sessionSchema, session);
    const kv = this.#kv;
    this.ctx.storage.transactionSync(() => {
      for (const [old, owner] of [
        ...kv.list<string>({ prefix: 'sx:', end: `sx:${pad(Date.now())}`, limit: PRUNE }),
      ])
        this.#dropSession(old.slice(20), owner, old);
      kv.put(`s:${key}`, { account, expiresAt });
      kv.put(`sa:${account}:${key}`, expiresAt);
      kv.put(`sx:${pad(expiresAt)}:${key}`, account);
    });
  }

  getSession(id: string, now: number): StaffSessionRecord | null {
    const session = this.#kv.get<StaffSessionRecord>(`s:${check(part, id)}`);
    if (!session || session.expiresAt <= check(time, now)) return null;
    return this.#kv.get(`off:${session.account}`) ? null : session;
  }

  endSession(id: string): void {
    const key = check(part, id);
    const session = this.#kv.get<StaffSessionRecord>(`s:${key}`);
    if (session)
      this.ctx.storage.transactionSync(() =>
        this.#dropSession(key, session.account, `sx:${pad(session.expiresAt)}:${key}`),
      );
  }

  endSessionsOf(account: string): void {
    const name = check(part, account);
    const kv = this.#kv;
    this.ctx.storage.transactionSync(() => {
      for (const [key, expiresAt] of [...kv.list<number>({ prefix: `sa:${name}:` })]) {
        const id = key.slice(`sa:${name}:`.length);
        this.#dropSession(id, name, `sx:${pad(expiresAt)}:${id}`);
      }
    });
  }

  setAccountDisabled(account: string, disabled: boolean): void {
    const name = check(part, account);
    if (check(z.boolean(), disabled)) this.#kv.put(`off:${name}`, true);
    else this.#kv.delete(`off:${name}`);
  }

  disabledAccounts(): string[] {
    return [...this.#kv.list({ prefix: 'off:' })].map(([key]) => key.slice(4)).sort();
  }

  loginFailures(keys: readonly string[], now: number): LoginFailures[] {
    const at = check(time, now);
    return check(keysSchema, keys).map((key) => this.#failures(key, at));
  }

  reserveLoginAttempt(limits: readonly LoginLimit[], now: number, forgetAfterMs: number): LoginReservation {
    const at = check(time, now);
    const until = at + check(periodSchema, forgetAfterMs);
    const checked = check(limitsSchema, limits);
    const kv = this.#kv;
    return this.ctx.storage.transactionSync(() => {
      this.#pruneLoginFailures(at);
      const found = checked.map(({ key }) => this.#failures(key, at));
      if (checked.some(({ rule }, i) => retryAt(rule, found[i] as LoginFailures) > at))
        return { reserved: false, failures: found };
      const failures = checked.map(({ key }, i) => {
        const previous = kv.get<{ until: number }>(`lf:${key}`);
        if (previous) kv.delete(`lx:${pad(previous.until)}:${key}`);
        const counted = { count: (found[i]?.count ?? 0) + 1, last: at };
        kv.put(`lf:${key}`, { ...counted, until });
        kv.put(`lx:${pad(until)}:${key}`, 1);
        return counted;
      });
      return { reserved: true, failures };
    });
  }

  releaseLoginAttempt(keys: readonly string[]): void {
    const kv = this.#kv;
    this.ctx.storage.transactionSync(() => {
      for (const key of check(keysSchema, keys)) {
        const kept = kv.get<LoginFailures & { until: number }>(`lf:${key}`);
        if (kept && kept.count > 0) kv.put(`lf:${key}`, { ...kept, count: kept.count - 1 });
      }
    });
  }

  loginUnlockedAt(key: string): number {
    return this.#kv.get<number>(`lu:${check(part, key)}`) ?? 0;
  }

  unlockLogins(key: string, at: number): void {
    this.#kv.put(`lu:${check(part, key)}`, check(time, at));
  }

  clearLoginFailures(key: string): void {
    const k = check(part, key);
    const kept = this.#kv.get<{ until: number }>(`lf:${k}`);
    if (!kept) return;
    this.ctx.storage.transactionSync(() => {
      this.#kv.delete(`lf:${k}`);
      this.#kv.delete(`lx:${pad(kept.until)}:${k}`);
    });
  }

  appendAudit(entry: AuditEntry, retentionMs: number): void {
    const line = check(auditSchema, entry);
    const keep = check(periodSchema, retentionMs);
    this.ctx.storage.transactionSync(() => {
      this.#kv.put(`a:${pad(line.at)}:${crypto.randomUUID()}`, line);
      this.#kv.put('an', (this.#kv.get<number>('an') ?? 0) + 1);
      this.#trimAudit(Math.max(line.at, Date.now()) - keep);
    });
  }

  listAudit(now: number, offset: number, limit: number, retentionMs: number): AuditEntry[] {
    const skip = check(z.number().int().nonnegative().max(KEEP_AUDIT), offset);
    const count = check(z.number().int().nonnegative().max(1_000), limit);
    const cutoff = check(time, now) - check(periodSchema, retentionMs);
    this.ctx.storage.transactionSync(() => this.#trimAudit(cutoff));
    if (count === 0) return [];
    return [...this.#kv.list<AuditEntry>({ prefix: 'a:', reverse: true, limit: skip + count })]
      .slice(skip)
      .map(([, entry]) => entry);
  }

  #failures(key: string, now: number): LoginFailures {
    const kept = this.#kv.get<LoginFailures & { until: number }>(`lf:${key}`);
    return kept && kept.until > now ? { count: kept.count, last: kept.last } : { count: 0, last: 0 };
  }

  /** Deletes counts whose forget time has passed, a few at a time. */
  #pruneLoginFailures(now: number) {
    const kv = this.#kv;
    for (const [old] of [...kv.list({ prefix: 'lx:', end: `lx:${pad(now)}`, limit: PRUNE })]) {
      const key = old.slice(20);
      if ((kv.get<{ until: number }>(`lf:${key}`)?.until ?? 0) <= now) kv.delete(`lf:${key}`);
      kv.delete(old);
    }
  }

  #dropSession(id: string, account: string, expiryKey: string) {
    this.#kv.delete(`s:${id}`);
    this.#kv.delete(`sa:${account}:${id}`);
    this.#kv.delete(expiryKey);
  }

  /** Deletes lines at or before `cutoff`, then the oldest past KEEP_AUDIT. */
  #trimAudit(cutoff: number) {
    const kv = this.#kv;
    let count = kv.get<number>('an') ?? 0;
    for (const [key] of [...kv.list({ prefix: 'a:', end: `a:${pad(cutoff + 1)}` })])
      if (kv.delete(key)) count--;
    if (count > KEEP_AUDIT)
      for (const [key] of [...kv.list({ prefix: 'a:', limit: count - KEEP_AUDIT })])
        if (kv.delete(key)) count--;
    if (count > 0) kv.put('an', count);
    else kv.delete('an');
  }
}
