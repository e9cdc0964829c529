import { isCodedError } from '@smtpfix/core';
/**
 * Stable codes of {@link GmailSimError}. A literal union, so callers can switch on them safely.
 * - `INVALID_OPTION`: an option of `startGmailSim()` (or a `smtpfix sim` flag) is wrong.
 * - `UNKNOWN_ACCOUNT`: a method was called with a user that is not one of the sim's accounts.
 * - `CLOSED`: the sim was used after `close()`.
 * - `START_FAILED`: a server could not bind or the TLS certificate could not be made.
 */
export type GmailSimErrorCode = 'INVALID_OPTION' | 'UNKNOWN_ACCOUNT' | 'CLOSED' | 'START_FAILED';

/** Thrown by `startGmailSim()` and the sim's methods. The message says how to fix it. */
export class GmailSimError extends Error {
  /** Stable, documented code; match on this, not on the message. */
  readonly code: GmailSimErrorCode;

  constructor(code: GmailSimErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GmailSimError';
    this.code = code;
  }
}

/**
 * True for a {@link GmailSimError}, also one thrown by another copy of this package
 * (checks `name` and `code`, not only `instanceof`).
 */
export function isGmailSimError(value: unknown): value is GmailSimError {
  return value instanceof GmailSimError || isCodedError(value, 'GmailSimError');
}
