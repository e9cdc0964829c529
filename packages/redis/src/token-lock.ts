import { createHash, randomUUID } from 'node:crypto';
import { classify } from '@smtpfix/core';
import type { Redis } from 'ioredis';
import type { AccessToken } from '@smtpfix/sender';
import { RedisCoordinationError } from './errors.js';
import type { AccountKeys } from './keys.js';
import type { RoundTrip } from './lease.js';
import type { Scripts } from './scripts.js';

/** How long a failed refresh is remembered, so the processes waiting on it fail with it. */
const FAILURE_TTL_MS = 5_000;

/** A fingerprint of a token: what the cache compares, so a refused token never travels as an argument. */
export const tokenFingerprint = (token: string): string =>
  createHash('sha256').update(token).digest('hex').slice(0, 16);

interface Stored extends AccessToken {
  fp: string;
}

interface StoredFailure {
  message: string;
  permanent: boolean;
  at: number;
}

const parse = <T>(raw: unknown): T | undefined => {
  if (typeof raw !== 'string') return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One access-token refresh for the whole fleet. In a process, concurrent callers share one promise
 * and a token still valid is served from memory (no round trip). Across processes, the token lives
 * under the account's key with a TTL equal to its remaining life; the process that needs a new one
 * takes a lock (SET NX PX) and refreshes, the others poll for the stored token. The token is a
 * value, never part of a key, an argument of a logged command or an error message.
 */
export class FleetToken {
  private readonly owner = randomUUID();
  private readonly cache = new Map<string, Stored>();
  private readonly inflight = new Map<string, Promise<AccessToken>>();

  constructor(
    private readonly client: Redis,
    private readonly roundTrip: RoundTrip,
    private readonly scripts: Scripts,
    private readonly options: { lockMs: number; pollMs: number },
  ) {}

  /** Forgets the token kept in memory for `account` (the Redis copy stays). */
  forget(account: string): void {
    this.cache.delete(account);
  }

  get(
    account: string,
    keys: AccountKeys,
    refresh: () => Promise<AccessToken>,
    options: { minValidityMs: number; rejected?: string },
  ): Promise<AccessToken> {
    const cached = this.cache.get(account);
    if (
      cached &&
      cached.token !== options.rejected &&
      cached.expiresAt - Date.now() > options.minValidityMs
    ) {
      return Promise.resolve({ token: cached.token, expiresAt: cached.expiresAt });
    }
    if (cached && cached.token === options.rejected) this.cache.delete(account);
    let p = this.inflight.get(account);
    if (!p) {
      const rejectedFp = options.rejected === undefined ? '' : tokenFingerprint(options.rejected);
      p = this.fetch(account, keys, refresh, options.minValidityMs, rejectedFp).finally(() => {
        if (this.inflight.get(account) === p) this.inflight.delete(account);
      });
      this.inflight.set(account, p);
    }
    return p;
  }

  private usable(raw: unknown, minValidityMs: number): Stored | undefined {
    const t = parse<Stored>(raw);
    if (!t || typeof t.token !== 'string' || typeof t.expiresAt !== 'number') return undefined;
    return t.expiresAt - Date.now() > minValidityMs ? t : undefined;
  }

  private keep(account: string, t: Stored): AccessToken {
    this.cache.set(account, t);
    return { token: t.token, expiresAt: t.expiresAt };
  }

  private async fetch(
    account: string,
    keys: AccountKeys,
    refresh: () => Promise<AccessToken>,
    minValidityMs: number,
    rejectedFp: string,
  ): Promise<AccessToken> {
    const started = Date.now();
    // Long enough for a holder that took the lock just before us to finish, or for its lock to lapse.
    const deadline = started + this.options.lockMs * 2;
    while (Date.now() < deadline) {
      const shared = this.usable(
        await this.roundTrip('read the shared token', () => this.scripts.tokenGet(keys.token, rejectedFp)),
        minValidityMs,
      );
      if (shared && shared.fp !== rejectedFp) return this.keep(account, shared);
      // A refresh that failed since we started fails us too; checked before taking the lock, which
      // the failed process has just released, so the fleet does not repeat a refused grant.
      const failure = parse<StoredFailure>(
        await this.roundTrip('read a failed refresh', () => this.client.get(keys.tokenError)),
      );
      if (failure && failure.at >= started) {
        throw new RedisCoordinationError(
          'TOKEN_REFRESH_FAILED',
          `Another process refreshing the token of ${account} failed: ${failure.message}`,
          { permanent: failure.permanent, diagnosis: classify(failure.message) },
        );
      }
      const locked = await this.roundTrip('take the token-refresh lock', () =>
        this.client.set(keys.tokenLock, this.owner, 'PX', this.options.lockMs, 'NX'),
      );
      if (locked === 'OK') return this.refreshUnderLock(account, keys, refresh, minValidityMs, rejectedFp);
      await sleep(this.options.pollMs);
    }
    throw new RedisCoordinationError(
      'TOKEN_WAIT_TIMEOUT',
      `No token for ${account} was stored within ${this.options.lockMs * 2} ms while another process held the refresh lock`,
    );
  }

  private async refreshUnderLock(
    account: string,
    keys: AccountKeys,
    refresh: () => Promise<AccessToken>,
    minValidityMs: number,
    rejectedFp: string,
  ): Promise<AccessToken> {
    // Another process may have stored a token and released the lock between our read and our lock.
    const fresh = this.usable(
      await this.roundTrip('read the shared token', () => this.client.get(keys.token)),
      minValidityMs,
    );
    if (fresh && fresh.fp !== rejectedFp) {
      await this.roundTrip('release the token-refresh lock', () =>
        this.scripts.tokenStore(keys.token, keys.tokenLock, '', 0, this.owner),
      );
      return this.keep(account, fresh);
    }
    let t: AccessToken;
    try {
      t = await refresh();
    } catch (err) {
      const failure: StoredFailure = {
        // TokenRequestError messages hold the OAuth error text only, never the request.
        message: err instanceof Error ? err.message : String(err),
        permanent: (err as { permanent?: unknown })?.permanent === true,
        at: Date.now(),
      };
      await this.roundTrip('record a failed refresh', () =>
        this.scripts.tokenFail(
          keys.tokenLock,
          keys.tokenError,
          this.owner,
          JSON.stringify(failure),
          FAILURE_TTL_MS,
        ),
      ).catch(() => undefined);
      // The original error, so the sender in this process reads its `permanent` and `diagnosis`.
      throw err;
    }
    const stored: Stored = { token: t.token, expiresAt: t.expiresAt, fp: tokenFingerprint(t.token) };
    const ttl = Math.floor(t.expiresAt - Date.now());
    await this.roundTrip('store the shared token', () =>
      this.scripts.tokenStore(keys.token, keys.tokenLock, JSON.stringify(stored), ttl, this.owner),
    );
    return this.keep(account, stored);
  }
}
