import { classify, type Diagnosis } from '@smtpfix/core';
import { JWT, OAuth2Client } from 'google-auth-library';
import type { Clock } from './backoff.js';
import type { AccessToken } from './coordinator.js';
import { GOOGLE_TOKEN_URL, type ResolvedAuth } from './options.js';

/** The scope Gmail's SMTP accepts for XOAUTH2. */
export const GMAIL_SCOPE = 'https://mail.google.com/';

/**
 * A failed token request, reduced to what is safe to keep: the OAuth error text (never the
 * request, which holds the refresh token or the signed assertion) and whether a retry can help.
 */
export class TokenRequestError extends Error {
  override name = 'TokenRequestError';
  constructor(
    message: string,
    /** True when the grant itself was refused (`invalid_grant`, `unauthorized_client`, …): retrying cannot help. */
    readonly permanent: boolean,
    readonly diagnosis: Diagnosis,
  ) {
    super(message);
  }
}

interface HttpishError {
  message?: unknown;
  status?: unknown;
  response?: { status?: number; data?: { error?: unknown; error_description?: unknown } };
}

/** Turns whatever google-auth-library threw into a {@link TokenRequestError}. */
export function tokenRequestError(err: unknown): TokenRequestError {
  if (err instanceof TokenRequestError) return err;
  const e = (err ?? {}) as HttpishError;
  const data = e.response?.data;
  const status = e.response?.status;
  const text =
    typeof data?.error === 'string'
      ? `${data.error}${typeof data.error_description === 'string' ? `: ${data.error_description}` : ''}`
      : typeof e.message === 'string'
        ? e.message
        : String(err);
  const diagnosis = classify(text);
  // The grant is refused for good on a 4xx OAuth error; 5xx and network errors are worth a retry.
  const permanent =
    typeof data?.error === 'string' && status !== undefined && status >= 400 && status < 500
      ? diagnosis.entry?.retry.kind !== 'backoff'
      : false;
  return new TokenRequestError(`Token request failed: ${text}`, permanent, diagnosis);
}

type Transporter = {
  request(opts: { url?: string | URL; data?: unknown; method?: string }): Promise<unknown>;
};

/**
 * google-auth-library 10's JWT client posts to Google's fixed token URL (gtoken has no option for
 * it), so a transporter that sends that request to `tokenUrl` instead is the only seam. The JWT's
 * `aud` stays Google's URL, which is what Google (and gmail-sim) check.
 */
function redirectingTransporter(tokenUrl: string): Transporter {
  return {
    async request(opts) {
      const url = String(opts.url) === GOOGLE_TOKEN_URL ? tokenUrl : String(opts.url);
      const res = await fetch(url, {
        method: opts.method ?? 'POST',
        body: opts.data instanceof URLSearchParams ? opts.data : JSON.stringify(opts.data),
      });
      const data = (await res.json().catch(() => ({}))) as Record<string, unknown>;
      if (!res.ok) {
        const error = new Error(String(data['error'] ?? `HTTP ${res.status}`)) as Error & HttpishError;
        error.response = { status: res.status, data };
        throw error;
      }
      return { data, status: res.status };
    },
  };
}

/** Share of a token's lifetime kept as refresh margin when that is less than `refreshBeforeExpiryMs`. */
export const REFRESH_SHARE = 0.1;

/**
 * How long before its expiry a token stops being handed out: `maxMarginMs`
 * (`refreshBeforeExpiryMs`), or a tenth of the token's lifetime when that is shorter. A fixed
 * 5 minutes would make a token that lives less than that useless from the start (every session
 * would fetch its own); a share alone would refresh hour-long tokens needlessly early.
 */
export function refreshMargin(lifetimeMs: number | undefined, maxMarginMs: number): number {
  if (lifetimeMs === undefined || !(lifetimeMs > 0)) return maxMarginMs;
  return Math.min(maxMarginMs, Math.floor(lifetimeMs * REFRESH_SHARE));
}

/** Converts google-auth-library's expiry (wall clock) to the sender's clock. */
const expiresAt = (clock: Clock, expiryDate: number | null | undefined): number =>
  clock.now() + Math.max(0, (expiryDate ?? Date.now() + 3_600_000) - Date.now());

/**
 * The function that fetches a new access token for `auth`, or `undefined` for app passwords.
 * Each call makes exactly one token request (no cache here: the coordinator caches and
 * single-flights), and rejects with a {@link TokenRequestError}.
 */
export function tokenSource(auth: ResolvedAuth, clock: Clock): (() => Promise<AccessToken>) | undefined {
  switch (auth.type) {
    case 'password':
      return undefined;
    case 'token':
      return async () => {
        let t: AccessToken;
        try {
          t = await auth.getAccessToken();
        } catch (err) {
          throw tokenRequestError(err);
        }
        if (!t || typeof t.token !== 'string' || typeof t.expiresAt !== 'number') {
          throw new TokenRequestError(
            'auth.getAccessToken() must resolve to { token: string, expiresAt: number (ms since the epoch) }',
            true,
            classify(''),
          );
        }
        return { token: t.token, expiresAt: t.expiresAt };
      };
    case 'oauth2':
      return async () => {
        const client = new OAuth2Client({
          clientId: auth.clientId,
          clientSecret: auth.clientSecret,
          endpoints: { oauth2TokenUrl: auth.tokenUrl },
        });
        client.setCredentials({ refresh_token: auth.refreshToken });
        try {
          const { token } = await client.getAccessToken();
          if (!token) throw new Error('The token endpoint returned no access_token');
          return { token, expiresAt: expiresAt(clock, client.credentials.expiry_date) };
        } catch (err) {
          throw tokenRequestError(err);
        }
      };
    case 'service-account':
      return async () => {
        const custom = auth.tokenUrl !== GOOGLE_TOKEN_URL;
        const client = new JWT({
          ...(auth.clientEmail === undefined ? {} : { email: auth.clientEmail }),
          ...(auth.privateKey === undefined ? {} : { key: auth.privateKey }),
          ...(auth.keyFile === undefined ? {} : { keyFile: auth.keyFile }),
          subject: auth.subject,
          scopes: [GMAIL_SCOPE],
          ...(custom
            ? { transporter: redirectingTransporter(auth.tokenUrl) as never, useAuthRequestParameters: false }
            : {}),
        });
        try {
          const credentials = await client.authorize();
          if (!credentials.access_token) throw new Error('The token endpoint returned no access_token');
          return { token: credentials.access_token, expiresAt: expiresAt(clock, credentials.expiry_date) };
        } catch (err) {
          throw tokenRequestError(err);
        }
      };
  }
}
