import type { RetryAdvice } from '@smtpfix/core';

/**
 * How transient failures are retried. Whether a failure is retried at all is decided by the
 * catalog entry's `retry` advice (`backoff` = retry; `fix-then-retry` and `never` = fail at once);
 * these options only shape the waiting.
 */
export interface RetryOptions {
  /**
   * How long after `send()` a message may still be retried. Past it the message fails with
   * `RETRY_EXHAUSTED` and its last diagnosis.
   * @default 600_000 (10 minutes)
   */
  deadlineMs: number;
  /** Most attempts on the wire per message. @default 10 */
  maxAttempts: number;
  /**
   * Multiplies the catalog's delays (`retry.initialDelayMs`, `retry.maxDelayMs`). 1 follows the
   * catalog; tests use a small value such as 0.001 so a 60 s back-off takes 60 ms.
   * @default 1
   */
  delayScale: number;
  /** Growth of the delay per attempt. @default 2 */
  factor: number;
  /**
   * Share of each delay that is random (0 = none, 1 = "full jitter"), so many senders that failed
   * together do not come back together.
   * @default 0.5
   */
  jitter: number;
  /** Delay for a transient failure whose catalog entry gives none (unknown 4xx). Scaled too. @default 5_000 */
  defaultDelayMs: number;
  /** Upper bound on any single delay, after scaling. @default 300_000 */
  maxDelayMs: number;
}

/** Defaults of {@link RetryOptions}. */
export const defaultRetryOptions: Readonly<RetryOptions> = Object.freeze({
  deadlineMs: 600_000,
  maxAttempts: 10,
  delayScale: 1,
  factor: 2,
  jitter: 0.5,
  defaultDelayMs: 5_000,
  maxDelayMs: 300_000,
});

/**
 * The delay before retry number `attempt` (1 = the first retry) of a failure with this advice:
 * exponential from the catalog's initial delay, capped by the catalog's and the options' maximum,
 * with `jitter` of it drawn from `random`. Returns `undefined` when the advice says not to retry.
 */
export function retryDelay(
  advice: RetryAdvice | null,
  attempt: number,
  options: Readonly<RetryOptions>,
  random: () => number,
): number | undefined {
  if (advice !== null && advice.kind !== 'backoff') return undefined;
  const initial = (advice?.initialDelayMs ?? options.defaultDelayMs) * options.delayScale;
  const ceiling = Math.min(
    options.maxDelayMs,
    (advice?.maxDelayMs ?? Number.POSITIVE_INFINITY) * options.delayScale,
  );
  const exponential = Math.min(ceiling, initial * options.factor ** Math.max(0, attempt - 1));
  const jitter = Math.min(1, Math.max(0, options.jitter));
  return Math.max(0, Math.round(exponential * (1 - jitter) + exponential * jitter * random()));
}

/** Time as the sender sees it; injectable so tests control it. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Runs `fn` after `ms`; returns a handle for `clearTimeout`. */
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real clock. Timers are unref'd: a sender waiting to retry never keeps a process alive by itself. */
export const systemClock: Clock = Object.freeze({
  now: () => Date.now(),
  setTimeout: (fn: () => void, ms: number) => {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return t;
  },
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
});

/** Resolves after `ms` on `clock`, or at once when `signal` aborts. */
export function sleep(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clock.clearTimeout(handle);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const handle = clock.setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
