import type { Redis } from 'ioredis';

/** A waiter counts as waiting this long after its last failed attempt (it retries well within it). */
const WANTED_FOR_MS = 2_000;

interface Channel {
  /** Settles once the subscription is in place (or failed: news is an optimisation). */
  readonly subscribed: Promise<void>;
  /** Until when (local ms) some process is known to wait for a slot. */
  wantedUntil: number;
  /** How many `freed` messages arrived: a waiter compares it across its attempt (see {@link SlotEvents.freedCount}). */
  freed: number;
  /** Holders of idle sessions to tell when a process starts waiting. */
  readonly wantedListeners: Set<() => void>;
  /** Waiters of this process to wake when a slot is returned anywhere in the fleet. */
  readonly freedListeners: Set<() => void>;
}

/**
 * The fleet's slot news over Redis pub/sub, one channel per account: `freed` when a process returns
 * a slot (waiters try again at once instead of at their next poll) and `wanted` when a process
 * found every slot taken (holders of idle sessions give theirs up instead of keeping it warm).
 * Both are published by the lease scripts themselves, so they cost no round trip. A lost message
 * costs only time: waiters still poll, and idle sessions still end at `idleTimeoutMs`.
 */
export class SlotEvents {
  private subscriber: Redis | undefined;
  private readonly channels = new Map<string, Channel>();
  private closed = false;

  constructor(private readonly client: Redis) {}

  /** Subscribes this process to `channel` (once); later calls are free. */
  watch(channel: string): Channel {
    let c = this.channels.get(channel);
    if (c) return c;
    let subscribed: Promise<void> = Promise.resolve();
    if (!this.closed) {
      // A subscribed connection can run nothing else, so it is a second one, made on first use.
      if (!this.subscriber) {
        this.subscriber = this.client.duplicate();
        this.subscriber.on('error', () => undefined);
        this.subscriber.on('message', (ch: string, message: string) => this.received(ch, message));
      }
      subscribed = this.subscriber.subscribe(channel).then(
        () => undefined,
        () => undefined,
      );
    }
    c = { subscribed, wantedUntil: 0, freed: 0, wantedListeners: new Set(), freedListeners: new Set() };
    this.channels.set(channel, c);
    return c;
  }

  /**
   * Subscribes to `channel` and waits (at most `maxMs`) until the subscription is in place, so
   * that news published after a slot was taken is not missed. Only the first call per channel waits.
   */
  async ready(channel: string, maxMs: number): Promise<void> {
    const c = this.watch(channel);
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([c.subscribed, new Promise<void>((r) => (timer = setTimeout(r, maxMs)))]);
    clearTimeout(timer);
  }

  private received(channel: string, message: string): void {
    const c = this.channels.get(channel);
    if (!c) return;
    const listeners = message === 'freed' ? c.freedListeners : c.wantedListeners;
    if (message === 'freed') c.freed += 1;
    if (message === 'wanted') c.wantedUntil = Date.now() + WANTED_FOR_MS;
    const due = [...listeners];
    listeners.clear();
    for (const l of due) l();
  }

  /** `freed` messages received so far on `channel`: read before an attempt, passed to {@link waitFreed} after it. */
  freedCount(channel: string): number {
    return this.watch(channel).freed;
  }

  /**
   * Resolves after `ms`, or sooner when a slot of the account is returned, at once when one was
   * returned since `freedCount` read `since` (while the failed attempt was in flight); rejects when
   * `signal` aborts.
   */
  waitFreed(channel: string, ms: number, signal: AbortSignal, since: number): Promise<void> {
    const c = this.watch(channel);
    return new Promise((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      if (c.freed !== since) return resolve();
      const done = () => {
        clearTimeout(timer);
        c.freedListeners.delete(wake);
        signal.removeEventListener('abort', aborted);
      };
      const wake = () => {
        done();
        resolve();
      };
      const aborted = () => {
        done();
        reject(signal.reason);
      };
      const timer = setTimeout(wake, ms);
      c.freedListeners.add(wake);
      signal.addEventListener('abort', aborted, { once: true });
    });
  }

  /** Calls `listener` once a process waits for a slot of the account (now, if one did lately). */
  onWanted(channel: string, listener: () => void): () => void {
    const c = this.watch(channel);
    if (c.wantedUntil > Date.now()) {
      listener();
      return () => undefined;
    }
    c.wantedListeners.add(listener);
    return () => c.wantedListeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    const sub = this.subscriber;
    this.subscriber = undefined;
    for (const c of this.channels.values()) {
      c.wantedListeners.clear();
      for (const wake of [...c.freedListeners]) wake();
    }
    if (sub) await sub.quit().catch(() => sub.disconnect());
  }
}
