/**
 * The contract of what keeps the staff inbox safe (StaffSecurityStore): sessions that end at
 * once (one, or all of an account's, or by disabling the account) and by themselves when
 * they expire; failed logins counted per key, forgotten after their time or on a sign-in;
 * and the audit log, newest first, paged, trimmed to the retention period (90 days here).
 * With `makePair`, two handles on one store (two instances) see the same of all of it.
 */
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/core/ports/staff-security-store.ts';
import type { Store } from '../../src/core/ports/store.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

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

    it('counts failed logins per key, forgets them after their time or when cleared', async () => {
      const store = await make();
      const now = Date.now();
      expect(await store.loginFailures(['a', 'b'], now)).toEqual([
        { count: 0, last: 0 },
        { count: 0, last: 0 },
      ]);
      await store.countLoginFailure(['a', 'b'], now, DAY);
      expect(await store.countLoginFailure(['a'], now + 5, DAY)).toEqual([{ count: 2, last: now + 5 }]);
      expect(await store.loginFailures(['a', 'b'], now + 10)).toEqual([
        { count: 2, last: now + 5 },
        { count: 1, last: now },
      ]);
      // Forgotten a day after the last failure.
      expect(await store.loginFailures(['b'], now + DAY)).toEqual([{ count: 0, last: 0 }]);
      expect(await store.countLoginFailure(['b'], now + DAY, DAY)).toEqual([{ count: 1, last: now + DAY }]);
      await store.clearLoginFailures('a');
      expect(await store.loginFailures(['a'], now + 10)).toEqual([{ count: 0, last: 0 }]);
    });

    it('counts failures from many callers at once without losing one', async () => {
      const store = await make();
      const now = Date.now();
      await Promise.all(Array.from({ length: 20 }, () => store.countLoginFailure(['burst'], now, DAY)));
      expect((await store.loginFailures(['burst'], now))[0]?.count).toBe(20);
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
        await a.countLoginFailure(['k'], now, DAY);
        expect(await b.countLoginFailure(['k'], now, DAY)).toEqual([{ count: 2, last: now }]);
        await b.appendAudit({ at: now, by: 'ana', action: 'close', conversationId: 'web:x' });
        expect(await a.listAudit(now, 0, 10)).toEqual([
          { at: now, by: 'ana', action: 'close', conversationId: 'web:x' },
        ]);
      });
  });
}
