/**
 * The dashboard's writes as Lua functions, shared by the scripts that make them: the
 * ActivityStore calls of redis-activity.node.ts, and a turn's COMMIT (redis-scripts.ts), which
 * writes the turn's counters, summary and review item in the same trip as the rest of the turn.
 * Needs REMOVE_ALL (redis-scripts.ts) before it. Summaries and review items older than the
 * cutoff are dropped on every write, inside the script, so a drop never races a save.
 */
export const ACTIVITY_WRITES = `
local function prune(hash, order, cutoff)
  remove_all('HDEL', hash, redis.call('ZRANGEBYSCORE', order, '-inf', '(' .. cutoff))
  redis.call('ZREMRANGEBYSCORE', order, '-inf', '(' .. cutoff)
end
local function save_summary(hash, order, id, last_at, json, cutoff, retention)
  redis.call('HSET', hash, id, json)
  redis.call('ZADD', order, last_at, id)
  prune(hash, order, cutoff)
  redis.call('EXPIRE', hash, retention)
  redis.call('EXPIRE', order, retention)
end
-- The same id again replaces the item; past the cap, the oldest go.
local function add_review(hash, order, of, id, at, json, cutoff, cap, retention)
  redis.call('HSET', hash, id, json)
  redis.call('ZADD', order, at, id)
  redis.call('SADD', of, id)
  redis.call('EXPIRE', of, retention)
  prune(hash, order, cutoff)
  local over = redis.call('ZCARD', order) - tonumber(cap)
  if over > 0 then
    remove_all('HDEL', hash, redis.call('ZRANGE', order, 0, over - 1))
    redis.call('ZREMRANGEBYRANK', order, 0, over - 1)
  end
  redis.call('EXPIRE', hash, retention)
  redis.call('EXPIRE', order, retention)
end
-- counts: a flat list of (name, by) pairs. A day counted again after it was sealed is read
-- afresh; a day already past retention expires at once (the count is dropped, as elsewhere).
local function count_activity(day, sealed, expires_at, counts)
  for i = 1, #counts, 2 do redis.call('HINCRBY', day, counts[i], counts[i + 1]) end
  redis.call('UNLINK', sealed)
  redis.call('PEXPIREAT', day, expires_at)
end
`;
