import { type Diagnosis, isCodedError, SmtpfixError } from '@smtpfix/core';
import type { RejectedRecipient } from './sender.js';

/**
 * Stable codes of {@link SenderError}:
 * - `INVALID_OPTION`: `createSender()` was given an option it cannot use; the message says how to fix it.
 * - `SEND_REJECTED`: Gmail refused the message with a permanent reply, or deferred it with a reply
 *   whose page says only a fix helps (`retry.kind` `fix-then-retry`, e.g. `421 4.7.29` TLS required):
 *   it is not resent, the message says what to fix, and the `diagnosis` names the page.
 * - `RETRY_EXHAUSTED`: a transient failure was retried until the per-message deadline or the
 *   attempt limit; the `diagnosis` is the last failure's.
 * - `CREDENTIALS_REJECTED`: AUTH refused the credential (`535 5.7.8`, `534 5.7.9`, `534 5.7.14`, …);
 *   the sender stops AUTH for the account until the credential changes.
 * - `TOKEN_REJECTED`: the token endpoint refused the grant (`invalid_grant`, `unauthorized_client`, …);
 *   no SMTP AUTH is attempted with it.
 * - `TOKEN_UNAVAILABLE`: no access token could be obtained before the message's deadline (the token
 *   endpoint could not be reached or kept failing); nothing was sent and no SMTP connection was
 *   opened for it. The `diagnosis` names the token-endpoint failure.
 * - `CLOSED`: the message was queued when `close()` gave up on it, or `send()` was called after `close()`.
 * - `INVALID_MESSAGE`: the message could not be built (no recipient, unreadable attachment, …).
 * - `CONNECTION_FAILED`: the server cannot be reached in a way retrying does not fix
 *   (`ECONNREFUSED`, wrong TLS mode for the port, DNS name not found).
 * - `MISSING_PEER`: `transport: 'gmail-api'` was chosen but `@googleapis/gmail`, an optional peer
 *   dependency, is not installed; thrown by `createSender()`, and the message gives the install command.
 */
export type SenderErrorCode =
  | 'INVALID_OPTION'
  | 'SEND_REJECTED'
  | 'RETRY_EXHAUSTED'
  | 'CREDENTIALS_REJECTED'
  | 'TOKEN_REJECTED'
  | 'TOKEN_UNAVAILABLE'
  | 'CLOSED'
  | 'INVALID_MESSAGE'
  | 'CONNECTION_FAILED'
  | 'MISSING_PEER';

/** Extra facts a send failure carries. */
export interface SenderErrorDetails {
  cause?: unknown;
  diagnosis?: Diagnosis;
  /** The Message-ID of the message that failed, when one was built. */
  messageId?: string;
  /** How many times the message was tried on the wire. */
  attempts?: number;
  /** Recipients the message already reached before it failed (a message sent in several transactions). */
  accepted?: readonly string[];
  /** Recipients refused for good, each with its reply and diagnosis. */
  rejectedRecipients?: readonly RejectedRecipient[];
}

/**
 * The one error class of `@smtpfix/sender`. `code` is stable; `diagnosis` is the catalog's
 * reading of the reply (or token or connection error) behind it. Messages never contain a secret.
 */
export class SenderError extends SmtpfixError {
  override name = 'SenderError';
  declare readonly code: SenderErrorCode;
  /** The Message-ID of the message that failed, when one was built. */
  readonly messageId: string | undefined;
  /** How many times the message was tried on the wire (0 when it never got that far). */
  readonly attempts: number;
  /**
   * Recipients that already got the message when it failed: a message to more recipients than
   * one transaction takes is sent in several, and a later one can fail after an earlier one was
   * accepted. Empty when nobody got it.
   */
  readonly accepted: readonly string[];
  /**
   * Recipients the server refused for good before the message failed, each with its reply and the
   * catalog's reading of it (every recipient when all were refused). Empty when none was.
   */
  readonly rejectedRecipients: readonly RejectedRecipient[];

  constructor(code: SenderErrorCode, message: string, details: SenderErrorDetails = {}) {
    super(code, message, {
      ...(details.cause === undefined ? {} : { cause: details.cause }),
      ...(details.diagnosis === undefined ? {} : { diagnosis: details.diagnosis }),
    });
    this.messageId = details.messageId;
    this.attempts = details.attempts ?? 0;
    this.accepted = details.accepted ?? [];
    this.rejectedRecipients = details.rejectedRecipients ?? [];
  }
}

/**
 * True for a {@link SenderError}, also one from another copy of the package, where `instanceof`
 * alone would say no.
 */
export function isSenderError(value: unknown): value is SenderError {
  return value instanceof SenderError || isCodedError(value, 'SenderError');
}

/**
 * An error as nodemailer shapes it (`response`, `responseCode`, `command`), without anything else
 * attached, so a cause never drags a secret-bearing object (an HTTP request config, a socket) along.
 */
export interface WireError extends Error {
  code?: string;
  response?: string;
  responseCode?: number;
  command?: string;
  /** The recipient a refused `RCPT TO` named. */
  recipient?: string;
  /** Every recipient's refusal, when all of them were refused. */
  rejectedErrors?: WireError[];
}

/** Copies only the wire facts of `err` into a fresh Error: safe to attach as a `cause` and to log. */
export function wireError(err: unknown): WireError {
  const src = (err ?? {}) as WireError;
  const out: WireError = new Error(typeof src.message === 'string' ? src.message : String(err));
  if (typeof src.code === 'string') out.code = src.code;
  if (typeof src.response === 'string') out.response = src.response;
  if (typeof src.responseCode === 'number') out.responseCode = src.responseCode;
  if (typeof src.command === 'string') out.command = src.command;
  if (typeof src.recipient === 'string') out.recipient = src.recipient;
  if (Array.isArray(src.rejectedErrors)) out.rejectedErrors = src.rejectedErrors.map(wireError);
  return out;
}
