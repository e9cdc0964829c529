import { type Diagnosis, isCodedError, SmtpfixError } from '@smtpfix/core';

/**
 * Stable codes of {@link RedisCoordinationError}:
 * - `INVALID_OPTION`: `redisCoordinator()` or `createOutbox()` was given an option it cannot use;
 *   the message lists every problem and how to fix it.
 * - `REDIS_UNAVAILABLE`: Redis did not answer (refused, timed out, connection closed). With the
 *   default fail-closed mode no new session is opened until it answers again.
 * - `TOKEN_REFRESH_FAILED`: another process of the fleet refreshed the access token and failed;
 *   `permanent` and `diagnosis` say whether the grant was refused for good, and why.
 * - `TOKEN_WAIT_TIMEOUT`: the process refreshing the token neither stored one nor released its
 *   lock in time.
 * - `CLOSED`: the coordinator or outbox was used after `close()`.
 * - `INVALID_MESSAGE`: `enqueue()` was given a message that cannot be stored as JSON.
 */
export type RedisCoordinationErrorCode =
  | 'INVALID_OPTION'
  | 'REDIS_UNAVAILABLE'
  | 'TOKEN_REFRESH_FAILED'
  | 'TOKEN_WAIT_TIMEOUT'
  | 'CLOSED'
  | 'INVALID_MESSAGE';

/**
 * The one error class of `@smtpfix/redis`. `code` is stable. Messages name Redis by host and port
 * only: a password in the URL, a token or a credential never appears in one.
 */
export class RedisCoordinationError extends SmtpfixError {
  override name = 'RedisCoordinationError';
  declare readonly code: RedisCoordinationErrorCode;
  /**
   * For `TOKEN_REFRESH_FAILED`: whether the other process's token endpoint refused the grant for
   * good (`invalid_grant`, …). The sender reads it, as it reads a `TokenRequestError`'s, and stops
   * instead of retrying.
   */
  readonly permanent: boolean;

  constructor(
    code: RedisCoordinationErrorCode,
    message: string,
    options: { cause?: unknown; diagnosis?: Diagnosis; permanent?: boolean } = {},
  ) {
    super(code, message, {
      ...(options.cause === undefined ? {} : { cause: options.cause }),
      ...(options.diagnosis === undefined ? {} : { diagnosis: options.diagnosis }),
    });
    this.permanent = options.permanent ?? false;
  }
}

/**
 * True for a {@link RedisCoordinationError}, also one from another copy of the package, where
 * `instanceof` alone would say no.
 */
export function isRedisCoordinationError(value: unknown): value is RedisCoordinationError {
  return value instanceof RedisCoordinationError || isCodedError(value, 'RedisCoordinationError');
}

/**
 * Wraps whatever ioredis threw into `REDIS_UNAVAILABLE`, keeping only its message: ioredis errors
 * can carry the command and its arguments (a token being stored), which must not reach a log.
 */
export function unavailable(where: string, err: unknown): RedisCoordinationError {
  if (isRedisCoordinationError(err)) return err;
  const text = err instanceof Error ? err.message : String(err);
  const cause = new Error(text);
  return new RedisCoordinationError(
    'REDIS_UNAVAILABLE',
    `Redis at ${where} did not answer (${text}). No new SMTP session is opened until it does; see "When Redis fails" in the @smtpfix/redis README.`,
    { cause },
  );
}
