// A test file's own redis-server and the coordinators its tests make on it.
import { startRedis, type TestRedis } from '@smtpfix/test-utils';
import { afterAll, beforeAll } from 'vitest';
import { type RedisCoordinator, redisCoordinator } from '../coordinator.js';
import type { RedisCoordinatorOptions } from '../options.js';

/** What {@link redisCoordinators} gives a describe block. */
export interface TestCoordinators {
  /** A coordinator on the file's redis-server: `defaults()` (read now), then `options`. */
  make(options?: RedisCoordinatorOptions): RedisCoordinator;
  /** Closes coordinators made elsewhere (another URL) with the others, after the file. */
  track(...coordinators: RedisCoordinator[]): void;
}

/**
 * Call inside a `describe`: starts a redis-server on a free port before its tests and, after them,
 * closes every coordinator they made (or tracked), then the server.
 */
export function redisCoordinators(defaults: () => RedisCoordinatorOptions = () => ({})): TestCoordinators {
  let redis: TestRedis | undefined;
  const made: RedisCoordinator[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  }, 30_000);
  afterAll(async () => {
    await Promise.all(made.map((c) => c.close().catch(() => undefined)));
    await redis?.close();
  });
  return {
    make(options = {}) {
      if (!redis) throw new Error('redisCoordinators: make() runs inside a test, after beforeAll');
      const c = redisCoordinator({ url: redis.url, ...defaults(), ...options });
      made.push(c);
      return c;
    },
    track(...coordinators) {
      made.push(...coordinators);
    },
  };
}
