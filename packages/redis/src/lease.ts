import { randomUUID } from 'node:crypto';
import type { AccountKeys } from './keys.js';
import type { Scripts } from './scripts.js';
import type { SlotEvents } from './slot-events.js';

/** Runs one Redis round trip, counting it and turning failures into `REDIS_UNAVAILABLE`. */
export type RoundTrip = <T>(operation: string, fn: () => Promise<T>) => Promise<T>;

interface Held {
  account: string;
  events: string;
  ids: Set<string>;
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
      sessionsPerAccount: number;
      events: SlotEvents;
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
   * Waits for a free slot of `account` (fewer than `sessionsPerAccount` live leases fleet-wide and
   * fewer than `limit` in this process), then takes it. Returns the lease id. Rejects with the
   * signal's reason, or with the Redis error.
   */
  async acquire(keys: AccountKeys, account: string, limit: number, signal: AbortSignal): Promise<string> {
    const id = randomUUID();
    const probe = this.options.probeFirstAuth ? '1' : '0';
    const fleetLimit = this.options.sessionsPerAccount;
    await this.options.events.ready(keys.slotEvents, Math.min(this.options.pollMs, 250));
    for (let round = 0; ; round++) {
      if (signal.aborted) throw signal.reason;
      // This process's own share is checked here, without a round trip; the fleet's in the script.
      const mine = this.held.get(keys.slots)?.ids.size ?? 0;
      const freedBefore = this.options.events.freedCount(keys.slotEvents);
      const taken =
        mine >= limit
          ? 0
          : await this.roundTrip('acquire a session slot', () =>
              this.scripts.acquire(
                keys.slots,
                keys.verified,
                id,
                fleetLimit,
                this.options.ttlMs,
                probe,
                keys.slotEvents,
              ),
            );
      if (taken === 1) {
        let h = this.held.get(keys.slots);
        if (!h) {
          h = { account, events: keys.slotEvents, ids: new Set() };
          this.held.set(keys.slots, h);
        }
        h.ids.add(id);
        this.startTimer();
        return id;
      }
      // A returned slot wakes every waiter at once (the script lets one in); polling only covers a
      // lost message or a lease that lapsed, so it backs off to 10× the poll interval, with jitter
      // so the waiters of many processes do not all ask at the same moment.
      const wait = this.options.pollMs * Math.min(10, 2 ** Math.min(round, 4));
      await this.options.events.waitFreed(
        keys.slotEvents,
        Math.round(wait * (0.5 + Math.random())),
        signal,
        freedBefore,
      );
    }
  }

  /** Returns the slot. Forgets the lease first, so a failed ZREM still stops its renewal and it lapses. */
  async release(keys: AccountKeys, id: string): Promise<void> {
    const h = this.held.get(keys.slots);
    if (!h?.ids.delete(id)) return;
    if (h.ids.size === 0) this.held.delete(keys.slots);
    if (this.held.size === 0) this.stopTimer();
    await this.roundTrip('return a session slot', () =>
      this.scripts.release(keys.slots, keys.slotEvents, id),
    );
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
        this.roundTrip('return session slots', () => this.scripts.release(slots, h.events, ...h.ids)).catch(
          () => 0,
        ),
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
