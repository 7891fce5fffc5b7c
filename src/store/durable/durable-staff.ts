/**
 * The Durable Object store's part of StaffSecurityStore: every call goes to the office's
 * object (office-staff.ts), so sessions, failed-login counts, disabled accounts and the
 * audit log are the same for every Worker instance of the office.
 */
/// <reference types="@cloudflare/workers-types" />
import type {
  AuditEntry,
  LoginFailures,
  LoginReservation,
  StaffSecurityStore,
  StaffSessionRecord,
} from '../../core/ports/staff-security-store.ts';
import type { OfficeObject } from './office-object.ts';

export function durableStaff(
  office: () => DurableObjectStub<OfficeObject>,
  retentionMs: number,
): StaffSecurityStore {
  return {
    async saveSession(id, session) {
      await office().saveSession(id, session);
    },
    async getSession(id, now) {
      return (await office().getSession(id, now)) as StaffSessionRecord | null;
    },
    async endSession(id) {
      await office().endSession(id);
    },
    async endSessionsOf(account) {
      await office().endSessionsOf(account);
    },
    async setAccountDisabled(account, disabled) {
      await office().setAccountDisabled(account, disabled);
    },
    async disabledAccounts() {
      return await office().disabledAccounts();
    },
    async loginFailures(keys, now) {
      return (await office().loginFailures([...keys], now)) as LoginFailures[];
    },
    async reserveLoginAttempt(limits, now, forgetAfterMs) {
      return (await office().reserveLoginAttempt([...limits], now, forgetAfterMs)) as LoginReservation;
    },
    async releaseLoginAttempt(keys) {
      await office().releaseLoginAttempt([...keys]);
    },
    async clearLoginFailures(key) {
      await office().clearLoginFailures(key);
    },
    async loginUnlockedAt(key) {
      return await office().loginUnlockedAt(key);
    },
    async unlockLogins(key, at) {
      await office().unlockLogins(key, at);
    },
    async appendAudit(entry) {
      await office().appendAudit(entry, retentionMs);
    },
    async listAudit(now, offset, limit) {
      return (await office().listAudit(now, offset, limit, retentionMs)) as AuditEntry[];
    },
  };
}
