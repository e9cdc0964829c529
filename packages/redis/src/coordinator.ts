import {
  type AccessToken,
  type AccountState,
  type Coordinator,
  type CredentialRejection,
  InProcessCoordinator,
  type PauseUpdate,
  type QuotaBudget,
  type SendCounts,
  type SessionLease,
} from '@smtpfix/sender';
import { Redis } from 'ioredis';
import { isRedisCoordinationError, RedisCoordinationError, unavailable } from './errors.js';
import { type AccountKeys, accountKeys } from './keys.js';
import { LeaseKeeper } from './lease.js';
import {
  type RedisCoordinatorOptions,
  type ResolvedCoordinatorOptions,
  resolveCoordinatorOptions,
} from './options.js';
import { defineScripts, type Scripts } from './scripts.js';
import { SlotEvents } from './slot-events.js';
import { FleetToken } from './token-lock.js';

/** How long the pause state of an account is kept after its last change. */
const STATE_TTL_MS = 7 * 86_400_000;
/** How long one successful AUTH lifts the one-session probe. Renewed by every later success. */
const VERIFIED_TTL_MS = 86_400_000;

/** Counters of one coordinator since it was created: for logs, metrics and the benchmark. */
export interface RedisCoordinatorStats {
  /** Redis round trips made (each script, command or pipeline counts once). */
  roundTrips: number;
  /** Session leases this process holds now. */
  leasesHeld: number;
  /** Calls that failed because Redis did not answer. */
  unavailable: number;
  /** Calls served by the in-process fallback (only with `fallback`). */
  fallbacks: number;
  /** Leases found expired at renewal (a stall longer than the lease). */
  leasesLost: number;
}

/**
 * The {@link Coordinator} of `@smtpfix/sender` on Redis: every process that uses one with the same
 * Redis and `prefix` shares each account's session slots, access token, pause and refused
 * credentials, and send counters. Create it with {@link redisCoordinator}.
 */
export class RedisCoordinator implements Coordinator {
  /** The ioredis client in use (yours when you passed `client`). */
  readonly client: Redis;
  private readonly o: ResolvedCoordinatorOptions;
  private readonly owned: boolean;
  private readonly scripts: Scripts;
  private readonly leases: LeaseKeeper;
  private readonly events: SlotEvents;
  private readonly tokens: FleetToken;
  /** This process's view: mirrors every pause and refusal (so they hold while Redis is away) and serves the fallback. */
  private local = new InProcessCoordinator();
  private readonly keyCache = new Map<string, AccountKeys>();
  private readonly pendingSent = new Map<
    string,
    { n: number; recipients: number; waiters: [(c: SendCounts) => void, (e: unknown) => void][] }
  >();
  private readonly flushing = new Set<string>();
  private down = false;
  private closed = false;
  private readonly counters = { roundTrips: 0, unavailable: 0, fallbacks: 0, leasesLost: 0 };

  constructor(options: RedisCoordinatorOptions = {}) {
    this.o = resolveCoordinatorOptions(options);
    this.owned = this.o.client === undefined;
    this.client =
      this.o.client ??
      new Redis(this.o.url, {
        // Fail a command quickly instead of queueing it for ever: fail-closed needs an answer.
        maxRetriesPerRequest: 1,
        commandTimeout: this.o.commandTimeoutMs,
        connectTimeout: this.o.commandTimeoutMs,
        retryStrategy: (times) => Math.min(100 * 2 ** times, 2_000),
      });
    // Without a listener ioredis prints every connection error; the outage is reported once, by onEvent.
    if (this.owned) this.client.on('error', () => undefined);
    this.scripts = defineScripts(this.client);
    const roundTrip = this.roundTrip.bind(this);
    this.events = new SlotEvents(this.client);
    this.leases = new LeaseKeeper(roundTrip, this.scripts, {
      events: this.events,
      ttlMs: this.o.leaseTtlMs,
      pollMs: this.o.slotPollMs,
      probeFirstAuth: this.o.probeFirstAuth,
      sessionsPerAccount: this.o.sessionsPerAccount,
      onLost: (account) => {
        this.counters.leasesLost += 1;
        this.emit({ type: 'lease-lost', account });
      },
    });
    this.tokens = new FleetToken(this.client, roundTrip, this.scripts, {
      lockMs: this.o.tokenLockMs,
      pollMs: this.o.tokenPollMs,
    });
  }

  private emit(event: Parameters<ResolvedCoordinatorOptions['onEvent']>[0]): void {
    try {
      this.o.onEvent(event);
    } catch {
      // A throwing listener must not break coordination.
    }
  }

  private keys(account: string): AccountKeys {
    let k = this.keyCache.get(account);
    if (!k) {
      k = accountKeys(this.o.prefix, account);
      this.keyCache.set(account, k);
    }
    return k;
  }

  /** One counted round trip; a failure becomes `REDIS_UNAVAILABLE`, reported once per outage. */
  private async roundTrip<T>(_operation: string, fn: () => Promise<T>): Promise<T> {
    if (this.closed)
      throw new RedisCoordinationError(
        'CLOSED',
        'This coordinator is closed; create a new one with redisCoordinator()',
      );
    this.counters.roundTrips += 1;
    try {
      const result = await fn();
      if (this.down) {
        this.down = false;
        this.emit({ type: 'recovered' });
      }
      return result;
    } catch (err) {
      if (isRedisCoordinationError(err)) throw err;
      const error = unavailable(this.o.where, err);
      this.counters.unavailable += 1;
      if (!this.down) {
        this.down = true;
        this.emit({ type: 'unavailable', error });
      }
      throw error;
    }
  }

  private fallingBack(err: unknown, account: string, operation: string): boolean {
    if (!this.o.fallback || !isRedisCoordinationError(err) || err.code !== 'REDIS_UNAVAILABLE') return false;
    this.counters.fallbacks += 1;
    this.emit({ type: 'fallback', account, operation });
    return true;
  }

  /**
   * Takes one of the account's `limit` slots, fleet-wide, as a lease renewed while held. Waits
   * while all are taken. Redis unavailable: rejects with `REDIS_UNAVAILABLE` (the sender opens no
   * session), or with `fallback` takes an in-process slot under `fallback.sessionsPerProcess`.
   */
  async acquireSession(account: string, limit: number, signal: AbortSignal): Promise<SessionLease> {
    const keys = this.keys(account);
    let id: string;
    try {
      id = await this.leases.acquire(keys, account, limit, signal);
    } catch (err) {
      if (this.fallingBack(err, account, 'acquireSession')) {
        return this.local.acquireSession(
          account,
          Math.min(limit, this.o.fallback!.sessionsPerProcess),
          signal,
        );
      }
      throw err;
    }
    let released = false;
    return {
      release: async () => {
        if (released) return;
        released = true;
        // A slot that cannot be returned lapses with its lease: nothing renews it any more.
        await this.leases.release(keys, id).catch(() => undefined);
      },
      onWanted: (listener) => this.events.onWanted(keys.slotEvents, listener),
    };
  }

  /** The fleet's shared token for `account`: one refresh across every process, cached under a namespaced key. */
  token(
    account: string,
    refresh: () => Promise<AccessToken>,
    options: { minValidityMs: number; rejected?: string },
  ): Promise<AccessToken> {
    return this.tokens.get(account, this.keys(account), refresh, options).catch((err: unknown) => {
      if (this.fallingBack(err, account, 'token')) return this.local.token(account, refresh, options);
      throw err;
    });
  }

  /**
   * The account's pause, learned cap and refused credentials, as the fleet sees them, merged with
   * what this process saw itself. Redis unavailable and no `fallback`: the account reads as paused
   * for `unavailableRetryMs`, so the sender opens no session and asks again later (fail-closed).
   */
  async state(account: string): Promise<AccountState> {
    const keys = this.keys(account);
    const mine = await this.local.state(account);
    let fleet: [Record<string, string>, string[]];
    try {
      fleet = await this.roundTrip('read the account state', async () => {
        const res = await this.client.pipeline().hgetall(keys.state).hvals(keys.rejected).exec();
        const [[e1, hash], [e2, rejected]] = res as [
          [Error | null, Record<string, string>],
          [Error | null, string[]],
        ];
        if (e1 || e2) throw e1 ?? e2;
        return [hash, rejected] as [Record<string, string>, string[]];
      });
    } catch (err) {
      if (this.fallingBack(err, account, 'state')) return mine;
      if (isRedisCoordinationError(err) && err.code === 'REDIS_UNAVAILABLE') {
        return { ...mine, pausedUntil: Math.max(mine.pausedUntil, Date.now() + this.o.unavailableRetryMs) };
      }
      throw err;
    }
    const [hash, rejectedJson] = fleet;
    const rejected = new Map(mine.rejected.map((r) => [r.fingerprint, r]));
    for (const json of rejectedJson) {
      try {
        const r = JSON.parse(json) as CredentialRejection;
        if (typeof r.fingerprint === 'string') rejected.set(r.fingerprint, r);
      } catch {
        // A value we did not write: ignore it rather than block the account.
      }
    }
    const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
    return {
      pausedUntil: Math.max(num(hash['pausedUntil']) ?? 0, mine.pausedUntil),
      pauses: Math.max(num(hash['pauses']) ?? 0, mine.pauses),
      sessionLimit: num(hash['sessionLimit']) ?? mine.sessionLimit,
      sessionLimitAt: num(hash['sessionLimitAt']) ?? mine.sessionLimitAt,
      rejected: [...rejected.values()],
    };
  }

  /**
   * Pauses AUTH of the account in every process until `update.until`, and/or lowers its learned
   * cap. Also kept in this process, so the pause holds here even when Redis does not answer.
   */
  async pause(account: string, update: PauseUpdate): Promise<void> {
    await this.local.pause(account, update);
    const count = update.until !== undefined && (update.count ?? true) ? '1' : '0';
    await this.roundTrip('pause the account', () =>
      this.scripts.pause(
        this.keys(account).state,
        update.until ?? '',
        update.sessionLimit ?? '',
        count,
        Date.now(),
        STATE_TTL_MS,
      ),
    ).catch(() => undefined);
  }

  /**
   * The account's Gmail API quota units, fleet-wide: one GCRA bucket per account on the Redis
   * server's clock, so every process of the fleet draws from the same budget. Redis unavailable:
   * with `fallback`, 0 (each process keeps its own bucket); without, it rejects and the sender waits.
   */
  async takeUnits(account: string, units: number, budget: QuotaBudget): Promise<number> {
    const msPerUnit = 60_000 / Math.max(budget.ratePerMinute, 1e-9);
    try {
      return Number(
        await this.roundTrip('take quota units', () =>
          this.scripts.takeUnits(this.keys(account).quota, units * msPerUnit, budget.burst * msPerUnit),
        ),
      );
    } catch (err) {
      if (this.fallingBack(err, account, 'takeUnits')) return 0;
      throw err;
    }
  }

  /** A successful AUTH: clears the run of pauses and lifts the one-session probe fleet-wide. */
  async authSucceeded(account: string): Promise<void> {
    await this.local.authSucceeded(account);
    const keys = this.keys(account);
    await this.roundTrip('record a successful AUTH', () =>
      this.client
        .pipeline()
        .hset(keys.state, 'pauses', 0)
        .set(keys.verified, '1', 'PX', VERIFIED_TTL_MS)
        .exec(),
    ).catch(() => undefined);
  }

  /** Stops AUTH with this credential in every process until the credential changes (a new fingerprint). */
  async rejectCredential(account: string, rejection: CredentialRejection): Promise<void> {
    await this.local.rejectCredential(account, rejection);
    const keys = this.keys(account);
    await this.roundTrip('record a refused credential', () =>
      // Dropping `verified` puts the account back on one probing session for the next credential.
      this.client
        .pipeline()
        .hset(keys.rejected, rejection.fingerprint, JSON.stringify(rejection))
        .del(keys.verified)
        .exec(),
    ).catch(() => undefined);
  }

  /**
   * Counts one delivered message in the fleet's minute and UTC-day windows. Calls within `countFlushMs`, or while
   * a count is in flight are sent together as one INCRBY: never more than one round trip per message.
   */
  recordSent(account: string, recipients = 1): Promise<SendCounts> {
    return new Promise((resolve, reject) => {
      let p = this.pendingSent.get(account);
      if (!p) {
        p = { n: 0, recipients: 0, waiters: [] };
        this.pendingSent.set(account, p);
      }
      p.n += 1;
      p.recipients += Math.max(0, Math.floor(recipients));
      p.waiters.push([resolve, reject]);
      if (!this.flushing.has(account)) {
        this.flushing.add(account);
        // A short window gathers the sends of every session of this process into one INCRBY.
        setTimeout(() => void this.flushSent(account), this.o.countFlushMs);
      }
    });
  }

  private async flushSent(account: string): Promise<void> {
    this.flushing.add(account);
    try {
      for (;;) {
        const batch = this.pendingSent.get(account);
        if (!batch || batch.waiters.length === 0) return;
        this.pendingSent.delete(account);
        const keys = this.keys(account);
        const now = Date.now();
        try {
          const dayIndex = Math.floor(now / 86_400_000);
          const [minute, day, dayRecipients] = (await this.roundTrip('count sent messages', () =>
            this.scripts.recordSent(
              keys.sentMinute(Math.floor(now / 60_000)),
              keys.sentDay(dayIndex),
              keys.sentRecipientsDay(dayIndex),
              batch.n,
              batch.recipients,
              120_000,
              2 * 86_400_000,
            ),
          )) as [number, number, number];
          for (const [resolve] of batch.waiters) resolve({ minute, day, dayRecipients });
        } catch (err) {
          if (this.fallingBack(err, account, 'recordSent')) {
            const counts = await this.local.recordSent(account, batch.recipients);
            for (const [resolve] of batch.waiters) resolve(counts);
          } else {
            for (const [, reject] of batch.waiters) reject(err);
          }
          // Keep the count for the next flush, so an outage does not undercount the day.
          const next = this.pendingSent.get(account) ?? { n: 0, recipients: 0, waiters: [] };
          next.n += batch.n;
          next.recipients += batch.recipients;
          this.pendingSent.set(account, next);
          return;
        }
      }
    } finally {
      this.flushing.delete(account);
    }
  }

  /** Session slots of `account` taken now across the fleet (expired leases excluded). */
  async sessionsInUse(account: string): Promise<number> {
    const keys = this.keys(account);
    return Number(
      await this.roundTrip('count session slots', () =>
        this.client.zcount(keys.slots, `(${Date.now()}`, '+inf'),
      ),
    );
  }

  /**
   * Forgets every refused credential of `account`, fleet-wide: for when the same credential was
   * fixed on Google's side (an account re-enabled) and should be tried again.
   */
  async clearRejections(account: string): Promise<void> {
    const keys = this.keys(account);
    await this.roundTrip('clear refused credentials', () => this.client.del(keys.rejected));
    // The local mirror has no delete: a new in-process instance forgets everything.
    this.local = new InProcessCoordinator();
  }

  /** A snapshot of the counters. */
  stats(): RedisCoordinatorStats {
    return { ...this.counters, leasesHeld: this.leases.size };
  }

  /** Returns the leases still held and closes the client made from `url` (a `client` you passed stays open). */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.leases.releaseAll();
    this.closed = true;
    await this.events.close();
    if (this.owned) {
      await this.client.quit().catch(() => this.client.disconnect());
    }
  }
}

/**
 * Creates a {@link RedisCoordinator}: pass it as `coordinator` to `createSender()` in every process
 * that sends as the same accounts. Options are checked here.
 * @throws {RedisCoordinationError} `INVALID_OPTION`
 * @example
 * ```ts
 * const coordinator = redisCoordinator({ url: process.env.REDIS_URL, prefix: 'smtpfix' });
 * const sender = createSender({ user, auth, maxConnections: 5, coordinator });
 * ```
 */
export function redisCoordinator(options: RedisCoordinatorOptions = {}): RedisCoordinator {
  return new RedisCoordinator(options);
}
