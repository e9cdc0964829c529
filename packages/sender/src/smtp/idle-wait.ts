import type { Clock } from '../backoff.js';
import type { SessionLease } from '../coordinator.js';

/** How long an idle session is kept once another sender waits for its slot. */
export const WANTED_GRACE_MS = 50;

/** An idle session as the scheduler sees it: hand it the next message, or send it away. */
export interface IdleSession {
  /** Takes the next due message, if there is one; false when none was taken. */
  take(): boolean;
  /** Ends the wait with no message: the session is closed. */
  stop(): void;
}

/** What {@link waitForJob} waits on. */
export interface IdleWait<J> {
  readonly clock: Clock;
  /** The sender's `idleTimeoutMs`. */
  readonly idleTimeoutMs: number;
  /** Milliseconds until the session is spent by age (`Infinity` when no age limit is known). */
  readonly spentInMs: number;
  /** Aborted when the sender gives up: the wait ends with no message. */
  readonly signal: AbortSignal;
  /** Resolves when the server closed the session. */
  readonly gone: Promise<void>;
  /** The session's slot: its `onWanted` says another sender waits for one. */
  readonly lease: Pick<SessionLease, 'onWanted'>;
  /** Takes the next due message from the queue. */
  readonly next: () => J | undefined;
  /** The scheduler's list of idle sessions: the waiter is in it while it waits. */
  readonly idle: IdleSession[];
}

/**
 * Keeps an idle session for `idleTimeoutMs` in case more mail comes, unless another sender of the
 * account is waiting for a slot: then the slot is worth more to it than a warm session is to us.
 * Resolves with the message the scheduler handed over, or `undefined` when the session should close.
 */
export function waitForJob<J>(w: IdleWait<J>): Promise<J | undefined> {
  return new Promise((resolve) => {
    let done = false;
    let unwatch: (() => void) | undefined;
    const finish = (job: J | undefined) => {
      if (done) return false;
      done = true;
      unwatch?.();
      w.clock.clearTimeout(timer);
      const i = w.idle.indexOf(waiter);
      if (i >= 0) w.idle.splice(i, 1);
      w.signal.removeEventListener('abort', stop);
      resolve(job);
      return true;
    };
    const take = () => {
      if (done) return false;
      const job = w.next();
      return job ? finish(job) : false;
    };
    const stop = () => finish(undefined);
    // An idle session is also retired before the server's learned session age: a message
    // handed to it then would only be refused with a 421.
    let timer = w.clock.setTimeout(stop, Math.min(w.idleTimeoutMs, w.spentInMs));
    w.signal.addEventListener('abort', stop, { once: true });
    void w.gone.then(stop);
    const waiter: IdleSession = { take, stop };
    w.idle.push(waiter);
    // Subscribed last: a listener called at once (someone waits now) finds everything set up.
    // A short grace still: a queue fed job by job (the outbox) leaves sessions idle for a few
    // milliseconds between messages, and giving the slot up each time would mean a new AUTH.
    const wanted = () => {
      if (done) return;
      w.clock.clearTimeout(timer);
      timer = w.clock.setTimeout(stop, Math.min(w.idleTimeoutMs, w.spentInMs, WANTED_GRACE_MS));
    };
    const stopWatching = w.lease.onWanted?.(wanted);
    if (done) stopWatching?.();
    else unwatch = stopWatching;
  });
}
