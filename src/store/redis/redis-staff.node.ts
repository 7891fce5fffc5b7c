/**
 * RedisStore's part of StaffSecurityStore, shared by every instance on the same Redis and
 * prefix: a session is a key that expires with it (plus, per account, a sorted set of its
 * session ids by expiry, so "sign out everywhere" finds them); disabled accounts are a set
 * read in the same round trip as the session; failed logins are a small hash per key that
 * expires after the throttle's forget time, and an attempt is reserved by one script that
 * reads every key, decides by the rules and counts, so no other instance's request comes in
 * between (the rules' arithmetic is src/core/login-limits.ts's, in Lua); admins' unlock times
 * are one hash by key;
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
 * Reserves a login attempt under each key (KEYS) at ARGV[1], forgotten ARGV[2] ms later, each
 * key's rule in five ARGV after those (free, base delay, longest delay, lock after, lockout).
 * A count whose time has passed counts as none. When no key must wait, every key counts one
 * more; else none does. Returns {1 or 0, count, last, count, last…}. Kept with `until`, so a
 * caller's clock decides what is forgotten, as in the other stores.
 */
const RESERVE = `
local now, forget = tonumber(ARGV[1]), tonumber(ARGV[2])
local function wait_after(r, count)
  if count <= r[1] then return 0 end
  if r[4] > 0 and count >= r[4] then return r[5] end
  return math.min(r[2] * 2 ^ (count - r[1] - 1), r[3])
end
local found, free = {}, true
for i, key in ipairs(KEYS) do
  local o = 2 + (i - 1) * 5
  local rule = {}
  for j = 1, 5 do rule[j] = tonumber(ARGV[o + j]) end
  local kept = redis.call('HMGET', key, 'count', 'last', 'until')
  local count, last = 0, 0
  if tonumber(kept[3] or '0') > now then count, last = tonumber(kept[1] or '0'), tonumber(kept[2] or '0') end
  local wait = 0
  if count > 0 then wait = wait_after(rule, count) end
  if wait > 0 and last + wait > now then free = false end
  found[i] = {count, last}
end
local out = {free and 1 or 0}
for i, key in ipairs(KEYS) do
  local count, last = found[i][1], found[i][2]
  if free then
    count, last = count + 1, now
    redis.call('HSET', key, 'count', count, 'last', ARGV[1], 'until', now + forget)
    redis.call('PEXPIRE', key, forget)
  end
  out[#out + 1] = count
  out[#out + 1] = last
end
return out`;

/** Takes one reserved attempt back from each key (KEYS) that still has one. */
const RELEASE = `
for _, key in ipairs(KEYS) do
  local count = tonumber(redis.call('HGET', key, 'count') or '0')
  if count > 0 then redis.call('HSET', key, 'count', count - 1) end
end
return 0`;

export function createRedisStaff(redis: Redis, prefix: string, retentionMs: number): StaffSecurityStore {
  const key = {
    session: (id: string) => `${prefix}staff:session:${id}`,
    sessionsOf: (account: string) => `${prefix}staff:sessions:${account}`,
    disabled: `${prefix}staff:disabled`,
    login: (k: string) => `${prefix}staff:login:${k}`,
    unlocks: `${prefix}staff:login-unlocks`,
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
    async reserveLoginAttempt(limits, now, forgetAfterMs) {
      if (limits.length === 0) return { reserved: true, failures: [] };
      const forget = Math.max(1, Math.round(forgetAfterMs));
      const rules = limits.flatMap(({ rule }) => [
        rule.free,
        rule.baseDelayMs,
        rule.maxDelayMs,
        rule.lockAfter,
        rule.lockoutMs,
      ]);
      const [reserved, ...counts] = (await redis.eval(
        RESERVE,
        limits.length,
        ...limits.map(({ key: k }) => key.login(k)),
        now,
        forget,
        ...rules,
      )) as number[];
      return {
        reserved: reserved === 1,
        failures: limits.map((_, i) => ({ count: Number(counts[2 * i]), last: Number(counts[2 * i + 1]) })),
      };
    },
    async releaseLoginAttempt(keys) {
      if (keys.length > 0) await redis.eval(RELEASE, keys.length, ...keys.map(key.login));
    },
    async clearLoginFailures(k) {
      await redis.del(key.login(k));
    },
    async loginUnlockedAt(k) {
      return Number((await redis.hget(key.unlocks, k)) ?? 0);
    },
    async unlockLogins(k, at) {
      await redis.hset(key.unlocks, k, at);
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
