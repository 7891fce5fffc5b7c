/**
 * The contract of what keeps the staff inbox safe (StaffSecurityStore): sessions that end at
 * once (one, or all of an account's, or by disabling the account) and by themselves when
 * they expire; login attempts reserved per key by their rules, atomically (100 callers at
 * once get exactly as many through as the rule lets, where a check-then-count let them all
 * through), given back on a sign-in, forgotten after their time; an admin's unlock time;
 * and the audit log, newest first, paged, trimmed to the retention period (90 days here).
 * With `makePair`, two handles on one store (two instances) see the same of all of it.
 */
import { describe, expect, it } from 'vitest';
import { type LimitRule, retryAt } from '../../src/core/login-limits.ts';
import type { AuditEntry, LoginLimit } from '../../src/core/ports/staff-security-store.ts';
import type { Store } from '../../src/core/ports/store.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A rule that never makes anyone wait: reserving is plain counting. */
const COUNT_ONLY: LimitRule = {
  free: 1_000,
  baseDelayMs: 1_000,
  maxDelayMs: 1_000,
  lockAfter: 0,
  lockoutMs: 0,
};
/** Three free failures, then 1 s, 2 s, 4 s…, locked out for 15 minutes at ten. */
const LOCKING: LimitRule = {
  free: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 900_000,
  lockAfter: 10,
  lockoutMs: 900_000,
};
const counted = (...keys: string[]): LoginLimit[] => keys.map((key) => ({ key, rule: COUNT_ONLY }));

export function staffContract(make: () => Promise<Store>, makePair?: () => Promise<[Store, Store]>) {
  describe('staff sessions, failed logins and the audit log', () => {
    it('keeps a session until it is ended, and ends one or all of an account’s', async () => {
      const store = await make();
      const now = Date.now();
      await store.saveSession('s1', { account: 'ana', expiresAt: now + 12 * HOUR });
      await store.saveSession('s2', { account: 'ana', expiresAt: now + 12 * HOUR });
      await store.saveSession('s3', { account: 'luis', expiresAt: now + 12 * HOUR });
      expect(await store.getSession('s1', now)).toEqual({ account: 'ana', expiresAt: now + 12 * HOUR });
      expect(await store.getSession('nope', now)).toBeNull();

      await store.endSession('s1');
      expect(await store.getSession('s1', now)).toBeNull();
      expect(await store.getSession('s2', now)).not.toBeNull();

      await store.endSessionsOf('ana');
      expect(await store.getSession('s2', now)).toBeNull();
      expect(await store.getSession('s3', now)).toEqual({ account: 'luis', expiresAt: now + 12 * HOUR });
    });

    it('ends a session by itself when it expires', async () => {
      const store = await make();
      const now = Date.now();
      await store.saveSession('short', { account: 'ana', expiresAt: now + 1_000 });
      expect(await store.getSession('short', now + 999)).not.toBeNull();
      expect(await store.getSession('short', now + 1_000)).toBeNull();
    });

    it('opens no session of a disabled account, and again once it is enabled', async () => {
      const store = await make();
      const now = Date.now();
      await store.saveSession('s', { account: 'luis', expiresAt: now + HOUR });
      await store.setAccountDisabled('luis', true);
      await store.setAccountDisabled('beto', true);
      expect(await store.disabledAccounts()).toEqual(['beto', 'luis']);
      expect(await store.getSession('s', now)).toBeNull();
      await store.setAccountDisabled('luis', false);
      expect(await store.disabledAccounts()).toEqual(['beto']);
      expect(await store.getSession('s', now)).not.toBeNull();
    });

    it('counts reserved attempts per key, forgets them after their time, gives one back, clears them', async () => {
      const store = await make();
      const now = Date.now();
      expect(await store.loginFailures(['a', 'b'], now)).toEqual([
        { count: 0, last: 0 },
        { count: 0, last: 0 },
      ]);
      await store.reserveLoginAttempt(counted('a', 'b'), now, DAY);
      expect(await store.reserveLoginAttempt(counted('a'), now + 5, DAY)).toEqual({
        reserved: true,
        failures: [{ count: 2, last: now + 5 }],
      });
      expect(await store.loginFailures(['a', 'b'], now + 10)).toEqual([
        { count: 2, last: now + 5 },
        { count: 1, last: now },
      ]);
      // Forgotten a day after the last failure.
      expect(await store.loginFailures(['b'], now + DAY)).toEqual([{ count: 0, last: 0 }]);
      expect((await store.reserveLoginAttempt(counted('b'), now + DAY, DAY)).failures).toEqual([
        { count: 1, last: now + DAY },
      ]);
      await store.releaseLoginAttempt(['a', 'nothing']);
      expect(await store.loginFailures(['a'], now + 10)).toEqual([{ count: 1, last: now + 5 }]);
      await store.clearLoginFailures('a');
      expect(await store.loginFailures(['a'], now + 10)).toEqual([{ count: 0, last: 0 }]);
    });

    it('counts attempts from many callers at once without losing one', async () => {
      const store = await make();
      const now = Date.now();
      await Promise.all(
        Array.from({ length: 20 }, () => store.reserveLoginAttempt(counted('burst'), now, DAY)),
      );
      expect((await store.loginFailures(['burst'], now))[0]?.count).toBe(20);
    });

    it('lets through 100 parallel reservations only as far as the rule allows, on every key or none', async () => {
      const store = await make();
      const now = Date.now();
      const limits: LoginLimit[] = [
        { key: 'guessed', rule: LOCKING },
        { key: 'roomy', rule: COUNT_ONLY },
      ];
      const results = await Promise.all(
        Array.from({ length: 100 }, () => store.reserveLoginAttempt(limits, now, DAY)),
      );
      // Three free failures and the fourth, which starts the wait: four, whatever the timing.
      expect(results.filter((r) => r.reserved)).toHaveLength(4);
      expect(await store.loginFailures(['guessed', 'roomy'], now)).toEqual([
        { count: 4, last: now },
        { count: 4, last: now },
      ]);
      const refused = results.find((r) => !r.reserved);
      expect(retryAt(LOCKING, refused?.failures[0] ?? { count: 0, last: 0 })).toBe(now + 1_000);
      expect((await store.reserveLoginAttempt(limits, now + 999, DAY)).reserved).toBe(false);
      expect((await store.reserveLoginAttempt(limits, now + 1_000, DAY)).reserved).toBe(true);
    });

    it('lets through an attempt whose clock read a moment earlier while no key must wait', async () => {
      // Parallel logins read the clock before they reserve: a later reservation may carry an
      // earlier time than the last failure kept (CI under load: 2 of 10 got 429).
      const store = await make();
      const now = Date.now();
      expect((await store.reserveLoginAttempt([{ key: 'o', rule: LOCKING }], now, DAY)).reserved).toBe(true);
      expect((await store.reserveLoginAttempt([{ key: 'o', rule: LOCKING }], now - 5, DAY)).reserved).toBe(
        true,
      );
    });

    it('slows a key that never locks, each wait no longer than its longest', async () => {
      const store = await make();
      const slowing: LimitRule = {
        free: 2,
        baseDelayMs: 1_000,
        maxDelayMs: 5_000,
        lockAfter: 0,
        lockoutMs: 5_000,
      };
      let at = Date.now();
      const gaps: number[] = [];
      for (let i = 0; i < 12; i++) {
        const { reserved, failures } = await store.reserveLoginAttempt(
          [{ key: 's', rule: slowing }],
          at,
          DAY,
        );
        expect(reserved).toBe(true);
        const next = retryAt(slowing, failures[0] ?? { count: 0, last: 0 });
        gaps.push(Math.max(0, next - at));
        at = Math.max(at, next);
      }
      expect(gaps).toEqual([0, 0, 1_000, 2_000, 4_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000]);
    });

    it('keeps when an admin unlocked an account', async () => {
      const store = await make();
      expect(await store.loginUnlockedAt('a-x')).toBe(0);
      await store.unlockLogins('a-x', 1_700_000_000_000);
      expect(await store.loginUnlockedAt('a-x')).toBe(1_700_000_000_000);
    });

    it('lists the audit log newest first, paged, and forgets lines past the retention period', async () => {
      const store = await make();
      const now = Date.now();
      const line = (i: number, at: number): AuditEntry => ({
        at,
        by: i % 2 ? 'ana' : 'luis',
        action: 'reply',
        conversationId: `web:c${i}`,
      });
      // Two identical lines are both kept.
      await store.appendAudit({ at: now - 10, by: 'ana', action: 'login' });
      await store.appendAudit({ at: now - 10, by: 'ana', action: 'login' });
      for (let i = 0; i < 5; i++) await store.appendAudit(line(i, now + i));
      await store.appendAudit({
        at: now + 5,
        by: 'ana',
        action: 'transfer',
        conversationId: 'web:c4',
        detail: 'luis',
      });

      const first = await store.listAudit(now + 10, 0, 3);
      expect(first).toEqual([
        { at: now + 5, by: 'ana', action: 'transfer', conversationId: 'web:c4', detail: 'luis' },
        line(4, now + 4),
        line(3, now + 3),
      ]);
      expect(await store.listAudit(now + 10, 3, 3)).toEqual([
        line(2, now + 2),
        line(1, now + 1),
        line(0, now),
      ]);
      expect(await store.listAudit(now + 10, 6, 3)).toEqual([
        { at: now - 10, by: 'ana', action: 'login' },
        { at: now - 10, by: 'ana', action: 'login' },
      ]);
      expect(await store.listAudit(now + 10, 8, 3)).toEqual([]);
      // 90 days on (the stores' default retention), the oldest lines are gone.
      expect((await store.listAudit(now + 90 * DAY + 2, 0, 20)).map((e) => e.at)).toEqual([
        now + 5,
        now + 4,
        now + 3,
      ]);
    });

    if (makePair)
      it('shares sessions, counts and the audit log between instances', async () => {
        const [a, b] = await makePair();
        const now = Date.now();
        await a.saveSession('shared', { account: 'ana', expiresAt: now + HOUR });
        expect(await b.getSession('shared', now)).not.toBeNull();
        await b.endSession('shared');
        expect(await a.getSession('shared', now)).toBeNull();
        await a.reserveLoginAttempt(counted('k'), now, DAY);
        expect(await b.reserveLoginAttempt(counted('k'), now, DAY)).toEqual({
          reserved: true,
          failures: [{ count: 2, last: now }],
        });
        await b.appendAudit({ at: now, by: 'ana', action: 'close', conversationId: 'web:x' });
        expect(await a.listAudit(now, 0, 10)).toEqual([
          { at: now, by: 'ana', action: 'close', conversationId: 'web:x' },
        ]);
      });
  });
}
