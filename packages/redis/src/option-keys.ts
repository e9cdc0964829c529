import type { OptionShape, OptionSpec } from '@smtpfix/core';
import { senderOptionShape } from '@smtpfix/sender';
import type { OutboxOptions, OutboxQueueOptions } from './outbox.js';
import type { RedisCoordinatorOptions } from './options.js';

// Every key of each options type, once. `satisfies` makes tsc fail when a key is added to (or
// removed from) an options interface and not here, so the unknown-key check cannot drift.
type ShapeOf<T> = { readonly [K in keyof Required<T>]: OptionSpec };

const coordinatorKeys = {
  leaseTtlMs: true,
  sessionsPerAccount: true,
  slotPollMs: true,
  countFlushMs: true,
  tokenLockMs: true,
  tokenPollMs: true,
  commandTimeoutMs: true,
  unavailableRetryMs: true,
  fallback: { sessionsPerProcess: true },
  probeFirstAuth: true,
  onEvent: true,
  prefix: true,
} satisfies ShapeOf<Omit<RedisCoordinatorOptions, 'url' | 'client'>>;

/** The keys `redisCoordinator()` accepts, for core's `checkOptionKeys`. */
export const coordinatorOptionShape: OptionShape = {
  url: true,
  // An ioredis instance: its own options are ioredis's to check.
  client: true,
  ...coordinatorKeys,
} satisfies ShapeOf<RedisCoordinatorOptions>;

const queue = {
  name: true,
  prefix: true,
  deadlineMs: true,
  keepCompletedS: true,
  lockDurationMs: true,
  stalledIntervalMs: true,
  maxStalledCount: true,
} satisfies ShapeOf<OutboxQueueOptions>;

/** The keys `createOutbox()` accepts, the sender's and the coordinator's included. */
export const outboxOptionShape: OptionShape = {
  redis: true,
  sender: senderOptionShape,
  queue,
  coordinator: coordinatorKeys,
} satisfies ShapeOf<OutboxOptions>;
