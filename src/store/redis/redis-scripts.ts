/**
 * The Lua scripts RedisStore runs inside Redis, so that each step that must not be split is
 * one atomic round trip: a turn's first trip (BEGIN) and its last (COMMIT, which writes the
 * record, ticket, closed list, transcript, deadline, outbox and message id together, or
 * nothing), acknowledging outbox items, taking what is due, linking a staff-group thread,
 * claiming a folio and letting go of a hold. Every key a script touches is passed in KEYS,
 * as Redis asks of scripts.
 *
 * An outbox item is kept in its conversation's hash as `{"retryAt":N,"by":"…","item":{...}}`
 * (built by the store; `by` is the stamp of the run that wrote it, redis-orphans.node.ts), so
 * a script reads when it falls due and who left it without decoding it; the `outbox due`
 * sorted set holds each conversation's earliest retryAt.
 */

import { ACTIVITY_WRITES } from './redis-activity-scripts.ts';

/** HDEL / ZREM / SREM of many members, a thousand at a time (Lua's unpack has a limit). */
export const REMOVE_ALL = `
local function remove_all(command, key, members)
  for i = 1, #members, 1000 do
    redis.call(command, key, unpack(members, i, math.min(i + 999, #members)))
  end
end
`;

// The stored record's revision is the last field of its JSON (see COMMIT), read without decoding.
const HELPERS = `
local function rev_of(json)
  if not json then return 0 end
  return tonumber(string.match(json, '"rev":(%d+)}$')) or 0
end
local function let_go(key, token)
  if redis.call('GET', key) == token then redis.call('DEL', key) end
end
local function retry_at(kept)
  return tonumber(string.match(kept, '^{"retryAt":([^,]+),'))
end
${REMOVE_ALL}local function reindex(box, due, id)
  local first = nil
  for _, kept in ipairs(redis.call('HVALS', box)) do
    local at = retry_at(kept)
    if at and (first == nil or at < first) then first = at end
  end
  if first == nil then redis.call('ZREM', due, id) else redis.call('ZADD', due, first, id) end
end
`;

// A turn's first trip. KEYS: lock, seen ids, conv, queue, outbox. ARGV: token, lease ms,
// message id ('' for none), now (wall clock, for the message ids), now (the engine's, for
// leftovers), conversation id, this process's name stamp ('' for none) and this run's
// (redis-orphans.node.ts). 0: held by someone else (try again); 1: a redelivery;
// {2, record or false, ticket or false, leftover...}: held. Seen ids are one sorted set per
// conversation, scored by when each expires. A hold or an outbox item stamped by an earlier
// run of this process (our name, another run) was left by a run that is gone: the hold is
// taken over at once and the items are leftovers at once, before this turn's own.
export const BEGIN = `${HELPERS}
local function left_by_earlier_run(stamp)
  if ARGV[7] == '' or not stamp then return false end
  return string.sub(stamp, 1, #ARGV[7]) == ARGV[7] and string.sub(stamp, 1, #ARGV[8]) ~= ARGV[8]
end
if not redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then
  if not left_by_earlier_run(redis.call('GET', KEYS[1])) then return 0 end
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
end
if ARGV[3] ~= '' then
  local expires = redis.call('ZSCORE', KEYS[2], ARGV[3])
  if expires and tonumber(expires) > tonumber(ARGV[4]) then
    redis.call('DEL', KEYS[1])
    return 1
  end
end
local out = {2, redis.call('GET', KEYS[3]), redis.call('HGET', KEYS[4], ARGV[6])}
local now = tonumber(ARGV[5])
for _, kept in ipairs(redis.call('HVALS', KEYS[5])) do
  local at = retry_at(kept)
  if at and (at <= now or left_by_earlier_run(string.match(kept, '^{"retryAt":[^,]+,"by":"([^"]*)"'))) then
    out[#out + 1] = kept
  end
end
return out`;

/** COMMIT's keys, in order (the store passes them so). */
export const COMMIT_KEYS = [
  'conv',
  'seen',
  'transcript',
  'tseq',
  'lock',
  'deadlines',
  'queue',
  'order',
  'closed',
  'outbox',
  'outboxDue',
  'media',
  'threads',
  'threadOwners',
  'deliveries',
  'summaries',
  'summaryLast',
  'review',
  'reviewOrder',
  'reviewOf',
  'folios',
  'foliosOf',
] as const;
/** COMMIT_KEYS and the two keys of the day the turn counts in (its counters, their sealed copy). */
export const COMMIT_KEY_COUNT = COMMIT_KEYS.length + 2;

// Everything about the conversation goes, its delivery events, dashboard summary and review
// items too, and its folios go free (the hold stays: it is let go at the end). The day
// counters stay: they name no one.
const ERASE = `
  redis.call('HDEL', KEYS[16], id)
  redis.call('ZREM', KEYS[17], id)
  local reviewed = redis.call('SMEMBERS', KEYS[20])
  remove_all('HDEL', KEYS[18], reviewed)
  remove_all('ZREM', KEYS[19], reviewed)
  for _, folio in ipairs(redis.call('SMEMBERS', KEYS[22])) do
    if redis.call('HGET', KEYS[21], folio) == id then redis.call('HDEL', KEYS[21], folio) end
  end
  redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[10], KEYS[12], KEYS[15], KEYS[20], KEYS[22])
  redis.call('HDEL', KEYS[7], id)
  redis.call('ZREM', KEYS[8], id)
  redis.call('ZREM', KEYS[6], id)
  redis.call('ZREM', KEYS[11], id)
  local thread = redis.call('HGET', KEYS[13], id)
  if thread then
    if redis.call('HGET', KEYS[14], thread) == id then redis.call('HDEL', KEYS[14], thread) end
    redis.call('HDEL', KEYS[13], id)
  end
  for _, json in ipairs(redis.call('LRANGE', KEYS[9], 0, -1)) do
    local ok, closed = pcall(cjson.decode, json)
    if ok and type(closed) == 'table' and closed.conversationId == id then
      redis.call('LREM', KEYS[9], 0, json)
    end
  end`;

// A turn's last trip. KEYS: COMMIT_KEYS, then the day's counters and that day's sealed copy
// (COMMIT_KEY_COUNT in all). ARGV: 1 expected rev, 2 record JSON, 3 retention s,
// 4 lock token, 5 dedupe ms, 6 message id ('' for none), 7 now (wall clock), 8 the next
// deadline ('' to leave it), 9 conversation id, 10 ticket ('' to leave it, '-' to remove it,
// else its JSON), 11 the ticket's queue score ('' for a bare ticket: out of the order),
// 12 a closed ticket's JSON (''), 13 erase ('1' or ''), 14 how many done ids, 15 how many
// outbox items, 16 whether the record holds cases ('1' or '': then its folios are kept as
// long as it is); the dashboard's share (redis-activity-scripts.ts): 17 when the day's
// counters expire (epoch ms), 18 how many counters, 19 the summary's lastAt, 20 its JSON
// ('' for none), 21 a review item's id, 22 its time, 23 its JSON ('' for none), 24 the
// cutoff (epoch ms) before which summaries and review items go, 25 the review list's cap;
// then the done ids, the outbox items as (id, kept JSON) pairs, the counters as (name, by)
// pairs, and the transcript lines as JSON objects (their seq is put in front here). The
// revision is checked before anything is written; the hold is let go whatever happens.
// -1: someone else wrote first. An erase keeps only the outbox items (the confirmation,
// until it goes out) and the counters (they name no one): no record, ticket, closed line,
// deadline, message id, line, summary or review item.
export const COMMIT = `${HELPERS}${ACTIVITY_WRITES}
local rev = rev_of(redis.call('GET', KEYS[1]))
if tostring(rev) ~= ARGV[1] then
  let_go(KEYS[5], ARGV[4])
  return -1
end
local id = ARGV[9]
local erase = ARGV[13] == '1'
if erase then ${ERASE}
else
  redis.call('SET', KEYS[1], string.sub(ARGV[2], 1, -2) .. ',"rev":' .. (rev + 1) .. '}', 'EX', ARGV[3])
  if ARGV[10] == '-' then
    redis.call('HDEL', KEYS[7], id)
    redis.call('ZREM', KEYS[8], id)
  elseif ARGV[10] ~= '' then
    redis.call('HSET', KEYS[7], id, ARGV[10])
    if ARGV[11] == '' then redis.call('ZREM', KEYS[8], id) else redis.call('ZADD', KEYS[8], ARGV[11], id) end
  end
  if ARGV[12] ~= '' then
    redis.call('LPUSH', KEYS[9], ARGV[12])
    redis.call('LTRIM', KEYS[9], 0, 499)
  end
  if ARGV[8] ~= '' then redis.call('ZADD', KEYS[6], ARGV[8], id) end
  if ARGV[16] == '1' then redis.call('EXPIRE', KEYS[22], ARGV[3]) end
end
local done, items, counted, at = tonumber(ARGV[14]), tonumber(ARGV[15]), tonumber(ARGV[18]), 25
if done > 0 then redis.call('HDEL', KEYS[10], unpack(ARGV, at + 1, at + done)) end
at = at + done
if items > 0 then
  redis.call('HSET', KEYS[10], unpack(ARGV, at + 1, at + 2 * items))
  redis.call('EXPIRE', KEYS[10], ARGV[3])
end
at = at + 2 * items
if done > 0 or items > 0 then reindex(KEYS[10], KEYS[11], id) end
if counted > 0 then count_activity(KEYS[23], KEYS[24], ARGV[17], {unpack(ARGV, at + 1, at + 2 * counted)}) end
at = at + 2 * counted
if not erase and ARGV[20] ~= '' then
  save_summary(KEYS[16], KEYS[17], id, ARGV[19], ARGV[20], ARGV[24], ARGV[3])
end
if not erase and ARGV[23] ~= '' then
  add_review(KEYS[18], KEYS[19], KEYS[20], ARGV[21], ARGV[22], ARGV[23], ARGV[24], ARGV[25], ARGV[3])
end
if erase then
  let_go(KEYS[5], ARGV[4])
  return rev + 1
end
if ARGV[6] ~= '' then
  local now = tonumber(ARGV[7])
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
  redis.call('ZADD', KEYS[2], now + tonumber(ARGV[5]), ARGV[6])
  redis.call('PEXPIRE', KEYS[2], ARGV[5])
end
local n = #ARGV - at
if n > 0 then
  local last = redis.call('INCRBY', KEYS[4], n)
  local lines = {}
  for i = 1, n do lines[i] = '{"seq":' .. (last - n + i) .. ',' .. string.sub(ARGV[at + i], 2) end
  redis.call('RPUSH', KEYS[3], unpack(lines))
  redis.call('LTRIM', KEYS[3], -2000, -1)
  redis.call('EXPIRE', KEYS[3], ARGV[3])
  redis.call('EXPIRE', KEYS[4], ARGV[3])
end
let_go(KEYS[5], ARGV[4])
return rev + 1`;

// KEYS: outbox, outbox due. ARGV: conversation id, then the item ids that went out.
export const ACK = `${HELPERS}
redis.call('HDEL', KEYS[1], unpack(ARGV, 2))
reindex(KEYS[1], KEYS[2], ARGV[1])`;

// KEYS: deadlines, outbox due. ARGV: now, limit, now + lease. Due deadlines are taken (gone);
// conversations with leftovers stay due but move a lease ahead, so the next caller skips them.
export const TAKE_DUE = `
local limit = tonumber(ARGV[2])
local due = {}
if limit <= 0 then return due end
due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, limit)
if #due > 0 then redis.call('ZREM', KEYS[1], unpack(due)) end
local taken = {}
for _, id in ipairs(due) do taken[id] = true end
for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1], 'LIMIT', 0, limit)) do
  if #due >= limit then break end
  redis.call('ZADD', KEYS[2], 'XX', ARGV[3], id)
  if not taken[id] then
    due[#due + 1] = id
    taken[id] = true
  end
end
return due`;

// KEYS: threads (conversation → thread), thread owners (thread → conversation). ARGV:
// conversation id, thread. A conversation has one thread and a thread one conversation.
export const LINK_THREAD = `
local old = redis.call('HGET', KEYS[1], ARGV[1])
if old then redis.call('HDEL', KEYS[2], old) end
local previous = redis.call('HGET', KEYS[2], ARGV[2])
if previous then redis.call('HDEL', KEYS[1], previous) end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HSET', KEYS[2], ARGV[2], ARGV[1])`;

// KEYS: folios (folio → conversation), the conversation's folios. ARGV: folio, conversation
// id, retention s. 0: another conversation holds it; 1: claimed (again, by the same one: kept).
// The set is kept as long as the conversation's other keys (a commit whose record holds cases
// pushes it on); the hash entry goes with the conversation's erase.
export const CLAIM_FOLIO = `
local owner = redis.call('HGET', KEYS[1], ARGV[1])
if owner and owner ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('EXPIRE', KEYS[2], ARGV[3])
return 1`;

// KEYS: the conversation's record, its delivery events. ARGV: the event's JSON, how many to
// keep, retention s. Kept only while the conversation is (0: none, or erased: a late report dropped).
export const RECORD_DELIVERY = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('LTRIM', KEYS[2], -tonumber(ARGV[2]), -1)
redis.call('EXPIRE', KEYS[2], ARGV[3])
return 1`;

export const RELEASE = `${HELPERS}
let_go(KEYS[1], ARGV[1])`;
