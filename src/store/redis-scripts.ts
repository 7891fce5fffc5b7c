/**
 * The Lua scripts RedisStore runs inside Redis, so that each step that must not be split
 * (compare-and-set, a turn's first and last trip, taking due deadlines, letting go of a
 * lock) is one atomic round trip. Every key a script touches is passed in KEYS, as Redis
 * asks of scripts.
 */

// The stored record's revision is the last field of its JSON (see COMMIT), read without decoding.
const REV = `
local function rev_of(json)
  if not json then return 0 end
  return tonumber(string.match(json, '"rev":(%d+)}$')) or 0
end
local function let_go(key, token)
  if redis.call('GET', key) == token then redis.call('DEL', key) end
end
`;

// Writes the record only if its revision is still the expected one (0: not stored yet). The
// record's JSON is not re-encoded in Lua (cjson turns empty arrays into objects): the new
// revision is appended as the last field.
export const CAS = `${REV}
local rev = rev_of(redis.call('GET', KEYS[1]))
if tostring(rev) ~= ARGV[1] then return -1 end
redis.call('SET', KEYS[1], string.sub(ARGV[2], 1, -2) .. ',"rev":' .. (rev + 1) .. '}', 'EX', ARGV[3])
return rev + 1`;

// A turn's first trip. KEYS: lock, seen ids, conv. ARGV: token, lease ms, message id ('' for
// none), now (epoch ms). 0: held by someone else (try again); 1: a redelivery; {2, record or
// nothing}: held. Seen ids are one sorted set per conversation, scored by when each expires.
export const BEGIN = `
if not redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then return 0 end
if ARGV[3] ~= '' then
  local expires = redis.call('ZSCORE', KEYS[2], ARGV[3])
  if expires and tonumber(expires) > tonumber(ARGV[4]) then
    redis.call('DEL', KEYS[1])
    return 1
  end
end
return {2, redis.call('GET', KEYS[3])}`;

// A turn's last trip. KEYS: conv, seen ids, transcript, transcript seq, lock, deadlines.
// ARGV: expected rev, record JSON, retention s, lock token, dedupe ms, message id ('' for
// none), now (epoch ms), the conversation's next deadline ('' to leave it), the conversation
// id (the deadline's member), then the transcript lines as JSON objects (their seq is put in front here). Lets go of the lock
// whatever happens.
export const COMMIT = `${REV}
local rev = rev_of(redis.call('GET', KEYS[1]))
if tostring(rev) ~= ARGV[1] then
  let_go(KEYS[5], ARGV[4])
  return -1
end
redis.call('SET', KEYS[1], string.sub(ARGV[2], 1, -2) .. ',"rev":' .. (rev + 1) .. '}', 'EX', ARGV[3])
if ARGV[6] ~= '' then
  local now = tonumber(ARGV[7])
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
  redis.call('ZADD', KEYS[2], now + tonumber(ARGV[5]), ARGV[6])
  redis.call('PEXPIRE', KEYS[2], ARGV[5])
end
if ARGV[8] ~= '' then redis.call('ZADD', KEYS[6], ARGV[8], ARGV[9]) end
local n = #ARGV - 9
if n > 0 then
  local last = redis.call('INCRBY', KEYS[4], n)
  local lines = {}
  for i = 1, n do lines[i] = '{"seq":' .. (last - n + i) .. ',' .. string.sub(ARGV[9 + i], 2) end
  redis.call('RPUSH', KEYS[3], unpack(lines))
  redis.call('LTRIM', KEYS[3], -2000, -1)
  redis.call('EXPIRE', KEYS[3], ARGV[3])
  redis.call('EXPIRE', KEYS[4], ARGV[3])
end
let_go(KEYS[5], ARGV[4])
return rev + 1`;

export const TAKE_DUE = `
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
if #due > 0 then redis.call('ZREM', KEYS[1], unpack(due)) end
return due`;
export const RELEASE = `${REV}
let_go(KEYS[1], ARGV[1])`;
