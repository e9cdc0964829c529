import { type Clock, sleep } from '../backoff.js';
import type { Coordinator } from '../coordinator.js';
import type { GmailApiOptions } from './options.js';

const MINUTE_MS = 60_000;
/** The slowest a run of 429s can make the bucket: a sixteenth of the nominal rate. */
const MIN_FACTOR = 1 / 16;
/**
 * Share of the quota the bucket plans to use. Google counts a request when it arrives, the bucket
 * when it leaves; network jitter moves requests between minutes, so a plan of exactly 100% meets
 * an occasional 429 (the bench saw 1 in 300 at exactly 100%, none at 95%).
 */
const HEADROOM = 0.95;

/**
 * A token bucket of Gmail API quota units for one account. It holds at most `capacity` units and
 * refills at `(95% of unitsPerMinute - capacity) / minute`, so the units spent in any rolling minute
 * never exceed `unitsPerMinute` (the per-user limit Google meters), with room for jitter. A 429 halves the refill rate (down to
 * 1/16) and empties the bucket; each quiet minute doubles the rate back: additive waiting,
 * multiplicative decrease, so a burst of 429s slows sending instead of multiplying requests.
 * Takers are served in order (one chain), so no sender of the account starves another.
 */
export class QuotaBucket {
  readonly capacity: number;
  private readonly ratePerMs: number;
  private level: number;
  private at: number;
  private factor = 1;
  private slowedAt = Number.NEGATIVE_INFINITY;
  private pausedUntil = 0;
  private tail: Promise<void> = Promise.resolve();

  constructor(
    options: Pick<GmailApiOptions, 'unitsPerMinute' | 'burstUnits' | 'sendCost'>,
    private readonly clock: Clock,
  ) {
    this.capacity = Math.max(options.burstUnits, options.sendCost);
    const planned = options.unitsPerMinute * HEADROOM;
    // At least a tenth of the limit per minute, for a burst configured close to the limit.
    this.ratePerMs = Math.max(planned - this.capacity, planned / 10) / MINUTE_MS;
    this.level = this.capacity;
    this.at = clock.now();
  }

  /** The bucket's nominal shape, for a fleet-wide bucket of the same size (`Coordinator.takeUnits`). */
  get budget(): { ratePerMinute: number; burst: number } {
    return { ratePerMinute: this.ratePerMs * MINUTE_MS, burst: this.capacity };
  }

  /** The refill rate in force, in units per minute (lower after 429s). */
  get unitsPerMinute(): number {
    this.refill(this.clock.now());
    return Math.round(this.ratePerMs * this.factor * MINUTE_MS);
  }

  private refill(now: number): void {
    while (this.factor < 1 && now - this.slowedAt >= MINUTE_MS) {
      this.factor = Math.min(1, this.factor * 2);
      this.slowedAt += MINUTE_MS;
    }
    this.level = Math.min(
      this.capacity,
      this.level + Math.max(0, now - this.at) * this.ratePerMs * this.factor,
    );
    this.at = now;
  }

  /**
   * Waits until `units` are in the bucket (and no pause is on), then takes them. Rejects when
   * `signal` aborts, and with {@link QuotaWaitTooLong} (taking nothing) when that would be after `notAfter`.
   */
  take(units: number, signal: AbortSignal, notAfter = Number.POSITIVE_INFINITY): Promise<void> {
    const run = this.tail.then(() => this.wait(units, signal, notAfter));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async wait(units: number, signal: AbortSignal, notAfter: number): Promise<void> {
    for (;;) {
      if (signal.aborted) throw signal.reason ?? new Error('aborted');
      const now = this.clock.now();
      this.refill(now);
      const ms =
        this.pausedUntil > now
          ? this.pausedUntil - now
          : this.level >= units
            ? 0
            : Math.ceil((units - this.level) / (this.ratePerMs * this.factor));
      if (ms === 0) {
        this.level -= units;
        return;
      }
      if (now + ms > notAfter) throw new QuotaWaitTooLong(now + ms);
      await sleep(this.clock, ms, signal);
    }
  }

  /** A 429: halve the rate, empty the bucket, and take nothing before `until` when Google named a time. */
  slowDown(until?: number): void {
    const now = this.clock.now();
    this.refill(now);
    this.factor = Math.max(MIN_FACTOR, this.factor / 2);
    this.slowedAt = now;
    this.level = Math.min(this.level, 0);
    if (until !== undefined) this.pausedUntil = Math.max(this.pausedUntil, until);
  }

  /** Holds every taker until `until` (a pause learned from the coordinator, e.g. from another process). */
  pause(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until);
  }
}

/** Thrown by {@link QuotaBucket.take} when the units cannot be had before the taker's deadline. */
export class QuotaWaitTooLong extends Error {
  override name = 'QuotaWaitTooLong';
  constructor(readonly availableAt: number) {
    super(`Quota units are not available before ${new Date(availableAt).toISOString()}`);
  }
}

const registry = new WeakMap<Coordinator, Map<string, QuotaBucket>>();

/**
 * The bucket of `account` shared by every sender in the process that uses the same coordinator
 * (the default coordinator is process-wide). The first sender's quota options set it.
 */
export function sharedBucket(
  coordinator: Coordinator,
  account: string,
  options: Pick<GmailApiOptions, 'unitsPerMinute' | 'burstUnits' | 'sendCost' | 'rootUrl'>,
  clock: Clock,
): QuotaBucket {
  let byAccount = registry.get(coordinator);
  if (!byAccount) {
    byAccount = new Map();
    registry.set(coordinator, byAccount);
  }
  const key = `${account}\0${options.rootUrl}`;
  let bucket = byAccount.get(key);
  if (!bucket) {
    bucket = new QuotaBucket(options, clock);
    byAccount.set(key, bucket);
  }
  return bucket;
}
