import type { Diagnosis } from '@smtpfix/core';

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
