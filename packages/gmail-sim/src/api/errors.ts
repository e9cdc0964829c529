/**
 * The Gmail API's error answers, in the JSON shape Google sends (`error.code`, `error.message`,
 * `error.errors[]` with `domain` and `reason`, `error.status`), worded as in real pastes collected
 * by the catalog pages of `@smtpfix/core` (stage `api`), so what the sim answers classifies back.
 */
export interface ApiAnswer {
  status: number;
  body: Record<string, unknown>;
  /** The `reason` of the error, for the sim's counters; undefined on success. */
  reason?: string;
  headers?: Record<string, string>;
}

const STATUS_NAME: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  413: 'INVALID_ARGUMENT',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

/** One Google JSON error answer. */
export function apiError(
  status: number,
  reason: string,
  message: string,
  extra: {
    domain?: string;
    status?: string;
    errorMessage?: string;
    details?: unknown[];
    location?: string;
  } = {},
): ApiAnswer {
  const item: Record<string, string> = {
    message: extra.errorMessage ?? message,
    domain: extra.domain ?? 'global',
    reason,
  };
  if (extra.location) Object.assign(item, { location: extra.location, locationType: 'header' });
  return {
    status,
    reason,
    body: {
      error: {
        code: status,
        message,
        errors: [item],
        status: extra.status ?? STATUS_NAME[status] ?? 'UNKNOWN',
        ...(extra.details ? { details: extra.details } : {}),
      },
    },
  };
}

/** 401: no token, or one the sim did not issue, expired or revoked (page `api-invalid-credentials`). */
export const invalidCredentials = (): ApiAnswer =>
  apiError(
    401,
    'authError',
    'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
    { errorMessage: 'Invalid Credentials', location: 'Authorization' },
  );

/** 403: the token lacks a scope the method accepts (page `api-insufficient-permission`). */
export const insufficientScope = (): ApiAnswer =>
  apiError(403, 'insufficientPermissions', 'Request had insufficient authentication scopes.', {
    errorMessage: 'Insufficient Permission',
    details: [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
        domain: 'googleapis.com',
        metadata: { service: 'gmail.googleapis.com', method: 'caribou.api.proto.MailboxService.SendMessage' },
      },
    ],
  });

/** 403: the token is for another user than `userId` (page `token-delegation-denied`). */
export const delegationDenied = (userId: string): ApiAnswer =>
  apiError(403, 'forbidden', `Delegation denied for ${userId}`);

/** 400: the token's user has no mailbox, e.g. a service account acting as itself (page `api-precondition-check-failed`). */
export const preconditionFailed = (): ApiAnswer =>
  apiError(400, 'failedPrecondition', 'Precondition check failed.', { status: 'FAILED_PRECONDITION' });

/** 400: Gmail is off for the account (page `api-mail-service-not-enabled`). */
export const mailServiceNotEnabled = (): ApiAnswer =>
  apiError(400, 'failedPrecondition', 'Mail service not enabled', { status: 'FAILED_PRECONDITION' });

/** 400: a send without a message (what `doctor` uses as its dry request: it proves auth and scope, sends nothing). */
export const rawRequired = (): ApiAnswer =>
  apiError(
    400,
    'invalidArgument',
    "'raw' RFC822 payload message string or uploading message via /upload/* URL required",
  );

/** 400: no To, Cc or Bcc in the message (page `api-recipient-address-required`). */
export const recipientRequired = (): ApiAnswer =>
  apiError(400, 'invalidArgument', 'Recipient address required');

/** 400: a recipient header that is not an address list (page `api-invalid-to-header`). */
export const invalidHeader = (name: string): ApiAnswer =>
  apiError(400, 'invalidArgument', `Invalid ${name} header`);

/** 429: the per-user quota units of the rolling minute are spent (page `api-user-rate-limit-exceeded`). */
export const userRateLimit = (): ApiAnswer =>
  apiError(429, 'userRateLimitExceeded', 'User Rate Limit Exceeded', {
    domain: 'usageLimits',
    // Google's newer answers carry an ErrorInfo (AIP-193) naming the service: what tells this
    // apart from any other server's "rate limit" when the body is pasted alone.
    details: [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'RATE_LIMIT_EXCEEDED',
        domain: 'googleapis.com',
        metadata: { service: 'gmail.googleapis.com' },
      },
    ],
  });

/**
 * 429 with the time the limit ends: the daily sending limit (page `api-user-rate-limit-retry-after`).
 * Google's text has two spaces before "Retry after".
 */
export const dailyLimit = (until: number): ApiAnswer =>
  apiError(
    429,
    'rateLimitExceeded',
    `User-rate limit exceeded.  Retry after ${new Date(until).toISOString()}`,
    { domain: 'usageLimits' },
  );

/** 503: an injected backend fault (page `api-backend-error`). */
export const backendError = (): ApiAnswer =>
  apiError(503, 'backendError', 'The service is currently unavailable.');

/**
 * 413: a message above the account's `maxMessageBytes`. Google's exact wording for this case was
 * not found in a paste; the status and shape are Google's.
 */
export const tooLarge = (limit: number): ApiAnswer =>
  apiError(413, 'invalidArgument', `Request payload size exceeds the limit: ${limit} bytes.`);

/** 400: a JSON body (`{ raw }`) above the metadata URL's limit (page `api-request-payload-too-large`). */
export const jsonBodyTooLarge = (limit: number): ApiAnswer =>
  apiError(400, 'badRequest', `Request payload size exceeds the limit: ${limit} bytes.`);

/** 404 for a path the sim does not serve. */
export const notFound = (): ApiAnswer => apiError(404, 'notFound', 'Not Found');
