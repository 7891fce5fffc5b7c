/**
 * RedisStore's part of StaffSecurityStore, shared by every instance on the same Redis and
 * prefix: a session is a key that expires with it (plus, per account, a sorted set of its
 * session ids by expiry, so "sign out everywhere" finds them); disabled accounts are a set
 * read in the same round trip as the session; failed logins are a small hash per key that
 * expires after the throttle's forget time (counted by one script, atomic across instances);
 * the audit log is a sorted set by time, trimmed to the retention period and KEEP_AUDIT
 * lines on every write, and expiring whole when nothing happens for the retention period.
 */
import type { Redis } from 'ioredis';
import {
  type AuditEntry,
  KEEP_AUDIT,
  type StaffSecurityStore,
  type StaffSessionRecord,
} from '../../core/ports/staff-security-store.ts';

/** Runs a pipeline or transaction and gives its replies, throwing the first error (an outage reaches the guard). */
export async function replies(batch: {
  exec(): Promise<Array<[Error | null, unknown]> | null>;
}): Promise<unknown[]> {
  const results = (await batch.exec()) ?? [];
  for (const [error] of results) if (error) throw error;
  return results.map(([, value]) => value);
}

/**
 * Counts a failed login under each key (KEYS) at ARGV[1], forgotten ARGV[2] ms later: a count
 * whose time has passed starts again from one. Kept with `until`, so a caller's clock decides
 * what is forgotten, as in the other stores; Redis's own expiry only removes the key later.
 */
const COUNT_FAILURE = `
local now, forget = tonumber(ARGV[1]), tonumber(ARGV[2])
local counts = {}
for i, key in ipairs(KEYS) do
  local kept = redis.call('HMGET', key, 'count', 'until')
  local count = 1
  if tonumber(kept[2] or '0') > now then count = tonumber(kept[1] or '0') + 1 end
  redis.call('HSET', key, 'count', count, 'last', ARGV[1], 'until', now + forget)
  redis.call('PEXPIRE', key, forget)
  counts[i] = count
end
return counts`;

export function createRedisStaff(redis: Redis, prefix: string, retentionMs: number): StaffSecurityStore {
  const key = {
    session: (id: string) => `${prefix}staff:session:${id}`,
    sessionsOf: (account: string) => `${prefix}staff:sessions:${account}`,
    disabled: `${prefix}staff:disabled`,
    login: (k: string) => `${prefix}staff:login:${k}`,
    audit: `${prefix}staff:audit`,
  };

  return {
    async saveSession(id, session) {
      const ttl = Math.max(1, Math.round(session.expiresAt - Date.now()));
      const record: StaffSessionRecord = { account: session.account, expiresAt: session.expiresAt };
      // Every session lasts as long, so the newest one's expiry is the index's too.
      await replies(
        redis
          .multi()
          .set(key.session(id), JSON.stringify(record), 'PX', ttl)
          .zremrangebyscore(key.sessionsOf(session.account), '-inf', Date.now())
          .zadd(key.sessionsOf(session.account), session.expiresAt, id)
          .pexpire(key.sessionsOf(session.account), ttl),
      );
    },
    async getSession(id, now) {
      const [json, disabled] = (await replies(
        redis.pipeline().get(key.session(id)).smembers(key.disabled),
      )) as [string | null, string[]];
      if (!json) return null;
      const session = JSON.parse(json) as StaffSessionRecord;
      if (session.expiresAt <= now || disabled.includes(session.account)) return null;
      return session;
    },
    async endSession(id) {
      // The account's index keeps the id until it expires; ending it again costs nothing.
      await redis.del(key.session(id));
    },
    async endSessionsOf(account) {
      const ids = await redis.zrange(key.sessionsOf(account), '0', '-1');
      await redis.del(...ids.map(key.session), key.sessionsOf(account));
    },
    async setAccountDisabled(account, off) {
      if (off) await redis.sadd(key.disabled, account);
      else await redis.srem(key.disabled, account);
    },
    async disabledAccounts() {
      return (await redis.smembers(key.disabled)).sort();
    },
    async loginFailures(keys, now) {
      if (keys.length === 0) return [];
      const batch = redis.pipeline();
      for (const k of keys) batch.hmget(key.login(k), 'count', 'last', 'until');
      return ((await replies(batch)) as Array<Array<string | null>>).map(([count, last, until]) =>
        Number(until ?? 0) > now
          ? { count: Number(count ?? 0), last: Number(last ?? 0) }
          : { count: 0, last: 0 },
      );
    },
    async countLoginFailure(keys, now, forgetAfterMs) {
      if (keys.length === 0) return [];
      const forget = Math.max(1, Math.round(forgetAfterMs));
      const counts = (await redis.eval(
        COUNT_FAILURE,
        keys.length,
        ...keys.map(key.login),
        now,
        forget,
      )) as number[];
      return counts.map((count) => ({ count: Number(count), last: now }));
    },
    async clearLoginFailures(k) {
      await redis.del(key.login(k));
    },
    async appendAudit(entry) {
      // A random part keeps two identical lines (same second, same action) apart in the set.
      const member = JSON.stringify({ ...entry, n: crypto.randomUUID().slice(0, 8) });
      await replies(
        redis
          .multi()
          .zadd(key.audit, entry.at, member)
          .zremrangebyscore(key.audit, '-inf', entry.at - retentionMs)
          .zremrangebyrank(key.audit, 0, -(KEEP_AUDIT + 1))
          .pexpire(key.audit, Math.round(retentionMs)),
      );
    },
    async listAudit(now, offset, limit) {
      if (limit <= 0) return [];
      const start = Math.max(0, offset);
      const [, members] = (await replies(
        redis
          .multi()
          .zremrangebyscore(key.audit, '-inf', now - retentionMs)
          .zrevrange(key.audit, start, start + limit - 1),
      )) as [number, string[]];
      return members.map((json) => {
        const { n: _n, ...entry } = JSON.parse(json) as AuditEntry & { n: string };
        return entry;
      });
    },
  };
}
