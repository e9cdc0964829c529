import type { Redis } from 'ioredis';
import { checkOptionKeys } from '@smtpfix/core';
import { RedisCoordinationError } from './errors.js';
import { coordinatorOptionShape } from './option-keys.js';

/** Something the coordinator reports that a log or a metric should see. Never carries a secret. */
export type CoordinatorEvent =
  /** Redis stopped answering; `error.code` is `REDIS_UNAVAILABLE`. Reported once per outage. */
  | { type: 'unavailable'; error: RedisCoordinationError }
  /** Redis answers again after an outage. */
  | { type: 'recovered' }
  /** A lease expired before it was renewed (a stalled event loop, a Redis outage longer than the lease). */
  | { type: 'lease-lost'; account: string }
  /** With `fallback` set, a call was served by the in-process coordinator because Redis did not answer. */
  | { type: 'fallback'; account: string; operation: string };

/** Options of {@link redisCoordinator}. Every field is optional. */
export interface RedisCoordinatorOptions {
  /**
   * Where Redis is, e.g. `redis://:password@redis.internal:6379/0`. Ignored when `client` is given.
   * @default 'redis://127.0.0.1:6379'
   */
  url?: string;
  /**
   * An ioredis client to use instead of `url`. It is not closed by `close()`: you own it. Give it
   * a `commandTimeout`, or a Redis that stops answering makes the sender wait instead of failing closed.
   */
  client?: Redis;
  /** Prefix of every key, so several apps can share a Redis. @default 'smtpfix' */
  prefix?: string;
  /**
   * How long a session slot stays taken without a renewal. A process killed with SIGKILL frees its
   * slots after at most this long; leases are renewed every third of it.
   * @default 10_000
   */
  leaseTtlMs?: number;
  /**
   * The account's session cap for the whole fleet: Gmail answers `454 4.7.0` past about 10. Each
   * process still opens at most its sender's `maxConnections`.
   * @default 10
   */
  sessionsPerAccount?: number;
  /** How often a process waiting for a free slot asks again at first (it backs off to 10× this). @default 100 */
  slotPollMs?: number;
  /** Sends counted within this window go to Redis as one INCRBY. @default 20 */
  countFlushMs?: number;
  /**
   * How long one process may hold the token-refresh lock. Longer than your token endpoint's slowest
   * answer; if the refreshing process dies, another refreshes after this long.
   * @default 30_000
   */
  tokenLockMs?: number;
  /** How often a process waiting for another's token refresh looks for the new token. @default 50 */
  tokenPollMs?: number;
  /**
   * A command not answered within this long counts as Redis being unavailable (only for the
   * client made from `url`).
   * @default 2_000
   */
  commandTimeoutMs?: number;
  /**
   * While Redis is unavailable and `fallback` is not set (fail-closed), `state()` reports the
   * account as paused for this long, so no new session or AUTH is attempted, and asks again after.
   * @default 1_000
   */
  unavailableRetryMs?: number;
  /**
   * Opt-in: while Redis is unavailable, serve slots from an in-process coordinator capped at
   * `sessionsPerProcess` sessions per account in this process. Choose it as the account's cap
   * divided by the number of replicas, or the fleet can exceed the cap during an outage.
   * @default undefined (fail closed: no new session until Redis answers)
   */
  fallback?: { sessionsPerProcess: number };
  /**
   * Before the first successful AUTH of an account, allow one session at a time across the fleet,
   * so a wrong credential is tried once, not once per process (which is how lockouts start).
   * @default true
   */
  probeFirstAuth?: boolean;
  /** Receives {@link CoordinatorEvent}s; an exception thrown here is ignored. */
  onEvent?: (event: CoordinatorEvent) => void;
}

/** {@link RedisCoordinatorOptions} with every default filled in. */
export interface ResolvedCoordinatorOptions {
  readonly url: string;
  readonly client: Redis | undefined;
  readonly prefix: string;
  readonly leaseTtlMs: number;
  readonly slotPollMs: number;
  readonly sessionsPerAccount: number;
  readonly countFlushMs: number;
  readonly tokenLockMs: number;
  readonly tokenPollMs: number;
  readonly commandTimeoutMs: number;
  readonly unavailableRetryMs: number;
  readonly fallback: { readonly sessionsPerProcess: number } | undefined;
  readonly probeFirstAuth: boolean;
  readonly onEvent: (event: CoordinatorEvent) => void;
  /** `host:port` of Redis, for error messages (never the URL: it can hold a password). */
  readonly where: string;
}

/** The default Redis URL. */
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** `host:port` of a Redis URL, without user or password. */
export function redisWhere(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '6379'}`;
  } catch {
    return 'an unparsable URL';
  }
}

/** Pushes a problem when `value` is not an integer in [min, max]. */
export function checkInt(
  issues: string[],
  name: string,
  value: unknown,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max < Number.MAX_SAFE_INTEGER ? `from ${min} to ${max}` : `of at least ${min}`;
    issues.push(`${name} must be an integer ${range}, got ${JSON.stringify(value)}`);
  }
}

/** Pushes a problem when `url` is not a `redis://` or `rediss://` URL. */
export function checkRedisUrl(issues: string[], name: string, url: unknown): void {
  let ok = false;
  try {
    ok = typeof url === 'string' && ['redis:', 'rediss:'].includes(new URL(url).protocol);
  } catch {
    ok = false;
  }
  // Never echo the URL: it can hold a password.
  if (!ok) issues.push(`${name} must be a redis:// or rediss:// URL such as ${DEFAULT_REDIS_URL}`);
}

const isClient = (v: unknown): v is Redis =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Redis).defineCommand === 'function' &&
  typeof (v as Redis).duplicate === 'function';

/**
 * Fills in every default and checks every option; never mutates `options`.
 * @throws {RedisCoordinationError} `INVALID_OPTION`, listing every problem and its fix.
 */
export function resolveCoordinatorOptions(options: RedisCoordinatorOptions = {}): ResolvedCoordinatorOptions {
  if (typeof options !== 'object' || options === null) {
    throw new RedisCoordinationError(
      'INVALID_OPTION',
      'redisCoordinator() takes an options object: { url?, client?, prefix? }',
    );
  }
  // Unknown keys first: a misspelt option would otherwise leave its default in force.
  const issues = checkOptionKeys(coordinatorOptionShape, options).map((u) => u.message);
  const url = options.url ?? DEFAULT_REDIS_URL;
  if (options.client !== undefined && !isClient(options.client)) {
    issues.push('client must be an ioredis Redis instance (new Redis(url)); for a URL use the url option');
  }
  if (options.client === undefined) checkRedisUrl(issues, 'url', url);
  const prefix = options.prefix ?? 'smtpfix';
  if (typeof prefix !== 'string' || !/^[A-Za-z0-9_.:-]{1,64}$/.test(prefix)) {
    issues.push(
      `prefix must be 1-64 characters of letters, digits, '_', '.', ':' or '-', got ${JSON.stringify(prefix)}`,
    );
  }
  const leaseTtlMs = options.leaseTtlMs ?? 10_000;
  checkInt(issues, 'leaseTtlMs', leaseTtlMs, 300, 3_600_000);
  const slotPollMs = options.slotPollMs ?? 100;
  checkInt(issues, 'slotPollMs', slotPollMs, 1, 60_000);
  const sessionsPerAccount = options.sessionsPerAccount ?? 10;
  checkInt(issues, 'sessionsPerAccount', sessionsPerAccount, 1, 1_000);
  const countFlushMs = options.countFlushMs ?? 20;
  checkInt(issues, 'countFlushMs', countFlushMs, 0, 60_000);
  const tokenLockMs = options.tokenLockMs ?? 30_000;
  checkInt(issues, 'tokenLockMs', tokenLockMs, 100, 600_000);
  const tokenPollMs = options.tokenPollMs ?? 50;
  checkInt(issues, 'tokenPollMs', tokenPollMs, 1, 60_000);
  const commandTimeoutMs = options.commandTimeoutMs ?? 2_000;
  checkInt(issues, 'commandTimeoutMs', commandTimeoutMs, 10, 600_000);
  const unavailableRetryMs = options.unavailableRetryMs ?? 1_000;
  checkInt(issues, 'unavailableRetryMs', unavailableRetryMs, 1, 600_000);
  const fallback = options.fallback;
  if (fallback !== undefined) {
    checkInt(issues, 'fallback.sessionsPerProcess', fallback?.sessionsPerProcess, 1, 100);
  }
  const probeFirstAuth = options.probeFirstAuth ?? true;
  if (typeof probeFirstAuth !== 'boolean') issues.push('probeFirstAuth must be true or false');
  const onEvent = options.onEvent ?? (() => undefined);
  if (typeof onEvent !== 'function') issues.push('onEvent must be a function (event) => void');
  if (issues.length > 0) {
    throw new RedisCoordinationError(
      'INVALID_OPTION',
      `Invalid @smtpfix/redis coordinator options:\n- ${issues.join('\n- ')}`,
    );
  }
  const client = options.client;
  const where = client
    ? `${client.options.host ?? '127.0.0.1'}:${client.options.port ?? 6379}`
    : redisWhere(url);
  return Object.freeze({
    url,
    client,
    prefix,
    leaseTtlMs,
    slotPollMs,
    sessionsPerAccount,
    countFlushMs,
    tokenLockMs,
    tokenPollMs,
    commandTimeoutMs,
    unavailableRetryMs,
    fallback:
      fallback === undefined ? undefined : Object.freeze({ sessionsPerProcess: fallback.sessionsPerProcess }),
    probeFirstAuth,
    onEvent,
    where,
  });
}
