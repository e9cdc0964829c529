import type { Diagnosis } from '@smtpfix/core';
import { type WireError, wireError } from '../errors.js';

/** Catalog pages that say the credential or the account is wrong, not the message: stop the account. */
const CREDENTIAL_PAGES = new Set([
  'api-invalid-credentials',
  'api-insufficient-permission',
  'api-precondition-check-failed',
  'api-mail-service-not-enabled',
  'token-delegation-denied',
]);

/** Google reasons of a rate or quota answer: they slow the account's bucket. */
const RATE_REASONS = new Set([
  'rateLimitExceeded',
  'userRateLimitExceeded',
  'RESOURCE_EXHAUSTED',
  'quotaExceeded',
]);

/** What the sender does with a failed API call. */
export type ApiVerdict =
  | { kind: 'refresh' }
  | { kind: 'credential' }
  | { kind: 'rate'; until: number | undefined }
  | { kind: 'retry' }
  | { kind: 'reject' };

/** The time in Google's "User-rate limit exceeded.  Retry after 2026-12-03T18:00:00.000Z". */
export function retryAfter(text: string): number | undefined {
  const m = /retry after (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)/i.exec(text);
  const t = m ? Date.parse(m[1]!) : Number.NaN;
  return Number.isNaN(t) ? undefined : t;
}

/**
 * Decides from the HTTP status, Google's reason and the catalog's reading. The catalog decides
 * whether waiting can help (`retry.kind`); the status only separates what the catalog does not know.
 */
export function verdict(
  failure: { status?: number; reason?: string; message: string },
  diagnosis: Diagnosis,
  alreadyRefreshed: boolean,
): ApiVerdict {
  const id = diagnosis.entry?.id;
  if (failure.status === 401) return alreadyRefreshed ? { kind: 'credential' } : { kind: 'refresh' };
  if (id && CREDENTIAL_PAGES.has(id)) return { kind: 'credential' };
  if (failure.status === 429 || (failure.reason && RATE_REASONS.has(failure.reason)))
    return { kind: 'rate', until: retryAfter(failure.message) };
  if (diagnosis.entry?.retry.kind === 'backoff') return { kind: 'retry' };
  if (diagnosis.entry) return { kind: 'reject' };
  // Nothing in the catalog: 5xx and no answer at all are worth another try; other 4xx are not.
  return failure.status === undefined || failure.status >= 500 ? { kind: 'retry' } : { kind: 'reject' };
}

/** What a failed API call is reduced to: the HTTP status and Google's error, nothing of the request. */
export interface ApiFailure extends WireError {
  /** The HTTP status, or undefined when no answer came (network error, timeout). */
  status?: number;
  /** `error.errors[0].reason` of Google's answer, e.g. `rateLimitExceeded`. */
  reason?: string;
}

/** One `users.messages.send` answer. */
export interface ApiSent {
  id: string;
  status: number;
}

interface GoogleErrorBody {
  error?: {
    code?: number;
    message?: string;
    status?: string;
    errors?: { reason?: string; message?: string }[];
  };
}

/**
 * Turns what gaxios threw into an {@link ApiFailure}: the status, Google's reason and message,
 * as one line the classifier reads ("Gmail API 429 rateLimitExceeded: …"), and the code of a
 * network error. The request (with its bearer token) is never kept.
 */
export function apiFailure(err: unknown): ApiFailure {
  const e = (err ?? {}) as {
    status?: unknown;
    code?: unknown;
    message?: unknown;
    cause?: { code?: unknown; message?: unknown };
    response?: { status?: number; data?: unknown };
  };
  const status = typeof e.response?.status === 'number' ? e.response.status : undefined;
  let data = e.response?.data as GoogleErrorBody | string | undefined;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data) as GoogleErrorBody;
    } catch {
      // A non-JSON body (a proxy's HTML page): the status says enough.
    }
  }
  const body = typeof data === 'object' ? data?.error : undefined;
  const reason = body?.errors?.[0]?.reason ?? body?.status;
  const message = body?.message ?? body?.errors?.[0]?.message;
  if (status !== undefined) {
    const text = `Gmail API ${status}${reason ? ` ${reason}` : ''}: ${message ?? 'no error body'} (gmail.googleapis.com users.messages.send)`;
    const out: ApiFailure = wireError({ message: text, response: text });
    out.status = status;
    if (reason) out.reason = reason;
    return out;
  }
  // No answer: a network error. Node's fetch puts the system code on `cause`.
  const code =
    typeof e.cause?.code === 'string' ? e.cause.code : typeof e.code === 'string' ? e.code : undefined;
  const why =
    typeof e.cause?.message === 'string'
      ? e.cause.message
      : typeof e.message === 'string'
        ? e.message
        : String(err);
  const out: ApiFailure = wireError({ message: `Gmail API request failed: ${code ? `${code} ` : ''}${why}` });
  if (code && !/^\d+$/.test(code)) out.code = code;
  return out;
}
