// The whole public API of @smtpfix/redis.

export type { RedisCoordinatorStats } from './coordinator.js';
export { RedisCoordinator, redisCoordinator } from './coordinator.js';
export type { CoordinatorEvent, RedisCoordinatorOptions, ResolvedCoordinatorOptions } from './options.js';
export { DEFAULT_REDIS_URL, resolveCoordinatorOptions } from './options.js';
export type {
  Outbox,
  OutboxEvents,
  OutboxFailure,
  OutboxJobStatus,
  OutboxOptions,
  OutboxQueueOptions,
  OutboxStats,
} from './outbox.js';
export { createOutbox, outboxJobId } from './outbox.js';
export type { AccountKeys } from './keys.js';
export { accountKeys } from './keys.js';
export type { RedisCoordinationErrorCode } from './errors.js';
export { isRedisCoordinationError, RedisCoordinationError } from './errors.js';
