import type { Redis } from 'ioredis';

// Lua scripts: each runs atomically on the Redis server, so "count the live leases, then take one"
// cannot interleave with another process doing the same. Lease times come from the server's clock
// (TIME), so processes whose clocks disagree still agree on when a lease expired.

const NOW_MS = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`;

/**
 * KEYS: slots, verified. ARGV: lease id, limit, ttl ms, probe ('1' = one session until verified),
 * events channel. Returns 1 when taken; when not, tells the fleet someone waits (`wanted`).
 */
const ACQUIRE = `${NOW_MS}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local limit = tonumber(ARGV[2])
if ARGV[4] == '1' and redis.call('EXISTS', KEYS[2]) == 0 then limit = 1 end
if redis.call('ZCARD', KEYS[1]) >= limit then
  redis.call('PUBLISH', ARGV[5], 'wanted')
  return 0
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]) * 2)
return 1
`;

/**
 * KEYS: slots. ARGV: ttl ms, lease ids…. Extends every given lease; returns how many had already
 * expired. Those are added back: their sessions are still open, and counting them keeps the
 * others from opening more.
 */
const RENEW = `${NOW_MS}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local lost = 0
local ttl = tonumber(ARGV[1])
for i = 2, #ARGV do
  if not redis.call('ZSCORE', KEYS[1], ARGV[i]) then lost = lost + 1 end
  redis.call('ZADD', KEYS[1], now + ttl, ARGV[i])
end
redis.call('PEXPIRE', KEYS[1], ttl * 2)
return lost
`;

/** KEYS: slots. ARGV: events channel, lease ids…. Returns the slots; tells waiters (`freed`) when any was still held. */
const RELEASE = `
local removed = redis.call('ZREM', KEYS[1], unpack(ARGV, 2))
if removed > 0 then redis.call('PUBLISH', ARGV[1], 'freed') end
return removed
`;

/** KEYS: token. ARGV: fingerprint of a refused token, or ''. Returns the cached token JSON, dropping it when it is the refused one. */
const TOKEN_GET = `
local v = redis.call('GET', KEYS[1])
if v and ARGV[1] ~= '' then
  local ok, t = pcall(cjson.decode, v)
  if ok and t.fp == ARGV[1] then
    redis.call('DEL', KEYS[1])
    return false
  end
end
return v
`;

/** KEYS: token, lock. ARGV: token JSON, ttl ms, lock owner. Stores the token and releases the lock if still ours. */
const TOKEN_STORE = `
if tonumber(ARGV[2]) > 0 then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end
if redis.call('GET', KEYS[2]) == ARGV[3] then redis.call('DEL', KEYS[2]) end
return 1
`;

/** KEYS: lock, error. ARGV: lock owner, error JSON, error ttl ms. Releases the lock if ours and records the failure. */
const TOKEN_FAIL = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
return 1
`;

/** KEYS: state. ARGV: until ('' = none), sessionLimit ('' = none), count ('1'/'0'), now, ttl ms. */
const PAUSE = `
if ARGV[1] ~= '' then
  local cur = tonumber(redis.call('HGET', KEYS[1], 'pausedUntil') or '0')
  if tonumber(ARGV[1]) > cur then redis.call('HSET', KEYS[1], 'pausedUntil', ARGV[1]) end
  if ARGV[3] == '1' then redis.call('HINCRBY', KEYS[1], 'pauses', 1) end
end
if ARGV[2] ~= '' then
  redis.call('HSET', KEYS[1], 'sessionLimit', math.max(1, tonumber(ARGV[2])), 'sessionLimitAt', ARGV[4])
end
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1
`;

/** KEYS: minute counter, day counter. ARGV: how many, minute ttl ms, day ttl ms. Returns { minute, day }. */
const RECORD_SENT = `
local m = redis.call('INCRBY', KEYS[1], ARGV[1])
local d = redis.call('INCRBY', KEYS[2], ARGV[1])
local r = redis.call('INCRBY', KEYS[3], ARGV[2])
if m == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
if d == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[2], ARGV[4]) end
if r == tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[3], ARGV[4]) end
return { m, d, r }
`;

/**
 * KEYS: quota. ARGV: increment ms (units / rate), capacity ms (burst / rate). The Gmail API quota
 * bucket as a GCRA: one number, the theoretical arrival time, on the server's clock. Returns 0
 * when the units were taken, else the ms to wait (nothing taken).
 */
const TAKE_UNITS = `${NOW_MS}
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local after = tat + tonumber(ARGV[1])
local wait = after - now - tonumber(ARGV[2])
if wait > 0 then return math.ceil(wait) end
redis.call('SET', KEYS[1], tostring(after), 'PX', math.ceil(after - now) + 1000)
return 0
`;

const DEFINITIONS = {
  takeUnits: { numberOfKeys: 1, lua: TAKE_UNITS },
  acquire: { numberOfKeys: 2, lua: ACQUIRE },
  renew: { numberOfKeys: 1, lua: RENEW },
  release: { numberOfKeys: 1, lua: RELEASE },
  tokenGet: { numberOfKeys: 1, lua: TOKEN_GET },
  tokenStore: { numberOfKeys: 2, lua: TOKEN_STORE },
  tokenFail: { numberOfKeys: 2, lua: TOKEN_FAIL },
  pause: { numberOfKeys: 1, lua: PAUSE },
  recordSent: { numberOfKeys: 3, lua: RECORD_SENT },
} as const;

/** The scripts, callable with keys then arguments; each is one EVALSHA round trip. */
export type Scripts = {
  [K in keyof typeof DEFINITIONS]: (...keysThenArgs: (string | number)[]) => Promise<unknown>;
};

// Versioned names: two copies of this package sharing one client never overwrite each other's script.
const commandName = (name: string) => `smtpfix_${name}_v3`;

/** Registers the scripts on `client` (`defineCommand`: EVALSHA, with EVAL when Redis lost its cache). */
export function defineScripts(client: Redis): Scripts {
  const commands = client as unknown as Record<string, (...args: (string | number)[]) => Promise<unknown>>;
  const out: Partial<Record<keyof typeof DEFINITIONS, Scripts[keyof Scripts]>> = {};
  for (const [name, definition] of Object.entries(DEFINITIONS) as [
    keyof typeof DEFINITIONS,
    { numberOfKeys: number; lua: string },
  ][]) {
    const command = commandName(name);
    if (typeof commands[command] !== 'function') client.defineCommand(command, definition);
    out[name] = (...args: (string | number)[]) => commands[command]!.apply(client, args);
  }
  return out as Scripts;
}
