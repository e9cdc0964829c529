import { randomUUID } from 'node:crypto';
import type { AccountKeys } from './keys.js';
import type { Scripts } from './scripts.js';

/** Runs one Redis round trip, counting it and turning failures into `REDIS_UNAVAILABLE`. */
export type RoundTrip = <T>(operation: string, fn: () => Promise<T>) => Promise<T>;

interface Held {
  account: string;
  ids: Set<string>;
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
function nap(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', aborted);
    };
    const aborted = () => {
      done();
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      done();
      resolve();
    }, ms);
    signal.addEventListener('abort', aborted, { once: true });
  });
}

/**
 * Session slots as leases in a sorted set (lease id → expiry). A slot is taken by a script that
 * drops expired leases, counts the rest and adds one only under the limit; one timer per process
 * renews every lease it holds in one round trip per account, every third of the TTL. A process
 * that dies stops renewing, and its leases lapse after at most the TTL.
 */
export class LeaseKeeper {
  private readonly held = new Map<string, Held>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private renewing = false;

  constructor(
    private readonly roundTrip: RoundTrip,
    private readonly scripts: Scripts,
    private readonly options: {
      ttlMs: number;
      pollMs: number;
      probeFirstAuth: boolean;
      sessionsPerAccount: number | undefined;
      onLost: (account: string) => void;
    },
  ) {}

  /** Leases held by this process now, over every account. */
  get size(): number {
    let n = 0;
    for (const h of this.held.values()) n += h.ids.size;
    return n;
  }

  /**
   * Waits for a free slot of `account` (fewer than `limit` live leases fleet-wide), then takes it.
   * Returns the lease id. Rejects with the signal's reason, or with the Redis error.
   */
  async acquire(keys: AccountKeys, account: string, limit: number, signal: AbortSignal): Promise<string> {
    const id = randomUUID();
    const probe = this.options.probeFirstAuth ? '1' : '0';
    const fleetLimit = this.options.sessionsPerAccount ?? limit;
    for (let round = 0; ; round++) {
      if (signal.aborted) throw signal.reason;
      // This process's own share is checked here, without a round trip; the fleet's in the script.
      const mine = this.held.get(keys.slots)?.ids.size ?? 0;
      const taken =
        mine >= limit
          ? 0
          : await this.roundTrip('acquire a session slot', () =>
              this.scripts.acquire(keys.slots, keys.verified, id, fleetLimit, this.options.ttlMs, probe),
            );
      if (taken === 1) {
        let h = this.held.get(keys.slots);
        if (!h) {
          h = { account, ids: new Set() };
          this.held.set(keys.slots, h);
        }
        h.ids.add(id);
        this.startTimer();
        return id;
      }
      // Jitter spreads the waiters of many processes, so a freed slot is not raced by all at once.
      // Slots free up when sessions end, which is seldom: back off to 10× the poll interval.
      const wait = this.options.pollMs * Math.min(10, 2 ** Math.min(round, 4));
      await nap(Math.round(wait * (0.5 + Math.random())), signal);
    }
  }

  /** Returns the slot. Forgets the lease first, so a failed ZREM still stops its renewal and it lapses. */
  async release(keys: AccountKeys, id: string): Promise<void> {
    const h = this.held.get(keys.slots);
    if (!h?.ids.delete(id)) return;
    if (h.ids.size === 0) this.held.delete(keys.slots);
    if (this.held.size === 0) this.stopTimer();
    await this.roundTrip('return a session slot', () => this.scripts.zrem(keys.slots, id));
  }

  /** Renews every lease held; a lease found expired is counted again and reported. */
  async renewAll(): Promise<void> {
    if (this.renewing) return;
    this.renewing = true;
    try {
      for (const [slots, h] of this.held) {
        if (h.ids.size === 0) continue;
        const lost = await this.roundTrip('renew session leases', () =>
          this.scripts.renew(slots, this.options.ttlMs, ...h.ids),
        ).catch(() => 0);
        if (Number(lost) > 0) this.options.onLost(h.account);
      }
    } finally {
      this.renewing = false;
    }
  }

  /** Stops renewing and returns every lease still held (best effort). */
  async releaseAll(): Promise<void> {
    this.stopTimer();
    const all = [...this.held.entries()];
    this.held.clear();
    await Promise.all(
      all.map(([slots, h]) =>
        this.roundTrip('return session slots', () => this.scripts.zrem(slots, ...h.ids)).catch(() => 0),
      ),
    );
  }

  private startTimer(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.renewAll(), Math.max(50, Math.floor(this.options.ttlMs / 3)));
    // Renewal alone must not keep a process alive: open sessions do that while they matter.
    this.timer.unref();
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
