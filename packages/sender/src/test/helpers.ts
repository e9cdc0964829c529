import type { RetryOptions } from '../backoff.js';
import { InProcessCoordinator } from '../coordinator.js';

/** Catalog delays scaled down 1000×: a 60 s back-off takes 60 ms. */
export const fastRetry: Partial<RetryOptions> = { delayScale: 0.001, deadlineMs: 5_000, jitter: 0.5 };

/** A coordinator private to one test, so tests do not share tokens or slots. */
export const freshCoordinator = () => new InProcessCoordinator();
