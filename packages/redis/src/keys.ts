/**
 * Where the coordinator keeps an account's state. Every key of an account shares the hash tag
 * `{account}`, so on Redis Cluster they live in one slot and a script may touch several of them.
 * Keys hold the account address and fixed names only: never a token or a credential.
 */
export interface AccountKeys {
  /** ZSET lease id → expiry (Redis server time, ms): the session slots taken now. */
  readonly slots: string;
  /** Pub/sub channel (not a key) of slot news: `freed` and `wanted`. */
  readonly slotEvents: string;
  /** Set while an AUTH of the account has succeeded recently: lifts the one-session probe. */
  readonly verified: string;
  /** The shared access token, as JSON, with a TTL equal to its remaining life. */
  readonly token: string;
  /** The token-refresh lock: the id of the process refreshing, with a timeout. */
  readonly tokenLock: string;
  /** The last failed refresh, for a few seconds, so waiters fail together instead of all refreshing. */
  readonly tokenError: string;
  /** HASH pausedUntil, pauses, sessionLimit, sessionLimitAt. */
  readonly state: string;
  /** HASH credential fingerprint → refusal (JSON). */
  readonly rejected: string;
  /** The Gmail API quota bucket (GCRA): the theoretical arrival time, ms of Redis server time. */
  readonly quota: string;
  /** Counter of messages sent in minute window `index` (ms since the epoch / 60 000). */
  sentMinute(index: number): string;
  /** Counter of messages sent in UTC day `index` (ms since the epoch / 86 400 000). */
  sentDay(index: number): string;
  /** Counter of the recipients those messages reached in UTC day `index`. */
  sentRecipientsDay(index: number): string;
}

/** The keys of `account` under `prefix`. */
export function accountKeys(prefix: string, account: string): AccountKeys {
  // Braces would end the hash tag early; addresses almost never hold them, but never trust that.
  const base = `${prefix}:{${account.replace(/[{}]/g, '_')}}`;
  return Object.freeze({
    slots: `${base}:slots`,
    slotEvents: `${base}:slots:events`,
    verified: `${base}:verified`,
    token: `${base}:token`,
    tokenLock: `${base}:token:lock`,
    tokenError: `${base}:token:error`,
    state: `${base}:state`,
    rejected: `${base}:rejected`,
    quota: `${base}:quota`,
    sentMinute: (index: number) => `${base}:sent:m:${index}`,
    sentDay: (index: number) => `${base}:sent:d:${index}`,
    sentRecipientsDay: (index: number) => `${base}:sent:r:${index}`,
  });
}
