/**
 * RedisStore's SendSlots (core/ports/send-slots.ts): the pacing every instance on the same
 * Redis and prefix shares. One key per sender (`<prefix>pace:<sender>`: its next free slot)
 * and one per person recently sent to (`<prefix>pace:<sender>:<hash of the person>`: their
 * theoretical arrival time, GCRA), each a time in ms on Redis's own clock (TIME), so the
 * instances' clocks need not agree; each key expires as soon as its time has passed, so
 * nothing is kept about a person for longer than their spacing. One script, one round trip
 * per call: a message that may go at once costs one, one that waits for its person's
 * spacing two. While Redis is away every call fails with StoreUnavailableError (the channel
 * then paces in its own memory: src/channels/send-slots.ts).
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { PaceRule, SendSlots } from '../../core/ports/send-slots.ts';
import { redisCaller } from './redis-call.node.ts';

// KEYS: the sender's key, the person's (or the sender's again). ARGV: what to do ('reserve',
// 'sender', 'hold-sender', 'hold-person'), the sender's ms between messages, the person's, the
// burst, and for 'hold-sender' how long. 'reserve' answers {wait ms, 1 if the sender's slot
// was taken too}; 'sender' the wait for the sender's slot.
const PACE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local op, sender_ms, person_ms, burst = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local function time_in(key)
  return tonumber(redis.call('GET', key) or '') or now
end
local function keep(key, at)
  redis.call('SET', key, string.format('%.3f', at), 'PX', math.max(1, math.ceil(at - now)))
end
local function sender_slot()
  local at = math.max(now, time_in(KEYS[1]))
  keep(KEYS[1], at + sender_ms)
  return math.ceil(at - now)
end
if op == 'sender' then return sender_slot() end
if op == 'hold-sender' then
  keep(KEYS[1], math.max(time_in(KEYS[1]), now + tonumber(ARGV[5])))
  return 0
end
local arrival = time_in(KEYS[2])
if op == 'hold-person' then
  keep(KEYS[2], math.max(arrival, now + burst * person_ms))
  return 0
end
local at = math.max(now, arrival - (burst - 1) * person_ms)
keep(KEYS[2], math.max(arrival, now) + person_ms)
if at > now then return {math.ceil(at - now), 0} end
return {sender_slot(), 1}
`;

interface PaceCommand {
  enlacePace(sender: string, person: string, ...argv: Array<string | number>): Promise<unknown>;
}

/** `redis`: the store's connection (RedisStore's `redis`), so both see the same outages. */
export function createRedisSendSlots(redis: Redis, options: { prefix?: string } = {}): SendSlots {
  const prefix = options.prefix ?? '';
  redis.defineCommand('enlacePace', { numberOfKeys: 2, lua: PACE });
  const pace = (redis as unknown as PaceCommand).enlacePace.bind(redis);
  const call = redisCaller(redis);
  const senderKey = (sender: string) => `${prefix}pace:${sender}`;
  // Hashed: a phone number is no part of a key name.
  const personKey = (sender: string, person: string) =>
    `${prefix}pace:${sender}:${createHash('sha256').update(person).digest('hex').slice(0, 32)}`;
  const limits = (rule: PaceRule) => [rule.senderMs, rule.personMs, Math.max(1, rule.burst)];
  return {
    async reserve(sender, person, rule) {
      const got = await call(() =>
        pace(senderKey(sender), personKey(sender, person), 'reserve', ...limits(rule)),
      );
      const [waitMs, taken] = got as [number, number];
      return { waitMs, senderTaken: taken === 1 };
    },
    async senderSlot(sender, rule) {
      const key = senderKey(sender);
      return Number(await call(() => pace(key, key, 'sender', ...limits(rule))));
    },
    async holdSender(sender, ms) {
      const key = senderKey(sender);
      await call(() => pace(key, key, 'hold-sender', 0, 0, 1, Math.ceil(ms)));
    },
    async holdPerson(sender, person, rule) {
      await call(() => pace(senderKey(sender), personKey(sender, person), 'hold-person', ...limits(rule)));
    },
  };
}
