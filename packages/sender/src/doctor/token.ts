import { createSign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { classify } from '@smtpfix/core';
import { GOOGLE_TOKEN_URL, type ResolvedAuth } from '../options.js';
import { GMAIL_SCOPE } from '../tokens.js';
import { type DoctorContext, resolvedOf } from './context.js';
import type { StepOutcome } from './types.js';

// The token steps: one grant (refresh token or JWT bearer), the scopes it carries, and
// whether the refresh token dies on a schedule. Raw HTTP, so the whole token response is seen
// (`refresh_token_expires_in` included) and nothing is cached or shared with a sender.

/** Google's token-info endpoint. */
export const GOOGLE_TOKENINFO_URL = 'https://oauth2.googleapis.com/tokeninfo';

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const NO_TOKEN = 'App password (PLAIN): no OAuth token involved.';

/** A fix for the token endpoint's errors, keyed by catalog id; others use the page's first fix. */
const TOKEN_FIXES: Record<string, string> = {
  'token-invalid-grant-expired-or-revoked':
    'Re-authorize (access_type=offline, prompt=consent, scope https://mail.google.com/) and store the new refresh token; publish the OAuth consent screen to "In production" so it does not die again in 7 days.',
  'token-unauthorized-client':
    "In the Admin console (Security > API controls > Domain-wide delegation) authorize the service account's client ID for https://mail.google.com/.",
  'token-invalid-client':
    'Copy the client ID and secret again from the OAuth client that issued the refresh token.',
  'token-invalid-grant-invalid-email':
    'Set auth.subject (or user) to the primary address of an active Workspace user.',
};

async function postForm(url: string, form: Record<string, string>, timeoutMs: number) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // A proxy's HTML page or an empty body: reported by status below.
  }
  return { status: res.status, body };
}

function b64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

async function signedAssertion(auth: Extract<ResolvedAuth, { type: 'service-account' }>, nowS: number) {
  let email = auth.clientEmail;
  let key = auth.privateKey;
  if ((email === undefined || key === undefined) && auth.keyFile !== undefined) {
    const file = JSON.parse(await readFile(auth.keyFile, 'utf8')) as {
      client_email?: string;
      private_key?: string;
    };
    email ??= file.client_email;
    key ??= file.private_key;
  }
  if (!email || !key) throw new Error('The service account key has no client_email or private_key');
  // aud stays Google's URL even when tokenUrl points elsewhere: that is what Google checks.
  const claims = {
    iss: email,
    sub: auth.subject,
    scope: GMAIL_SCOPE,
    aud: GOOGLE_TOKEN_URL,
    iat: nowS,
    exp: nowS + 3600,
  };
  const unsigned = `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(claims)}`;
  return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(key).toString('base64url')}`;
}

function grantFailure(status: number, body: Record<string, unknown>, url: string): StepOutcome {
  const error = typeof body['error'] === 'string' ? body['error'] : undefined;
  const description = typeof body['error_description'] === 'string' ? body['error_description'] : '';
  const text = error ? `${error}${description ? `: ${description}` : ''}` : `HTTP ${status}`;
  const entry = error ? classify(text).entry : null;
  return {
    status: 'fail',
    detail: `The token endpoint (${url}) refused the grant: ${text}.`,
    ...(entry ? { entryId: entry.id } : {}),
    fix:
      (entry && TOKEN_FIXES[entry.id]) ??
      (entry?.fixes[0] ? `${entry.fixes[0].title}.` : 'Check the token endpoint URL and the credentials.'),
  };
}

/** `token`: one refresh-token or JWT-bearer grant gets an access token. */
export async function checkToken(ctx: DoctorContext): Promise<StepOutcome> {
  const { auth, user } = resolvedOf(ctx);
  if (auth.type === 'password') return { status: 'skip', detail: NO_TOKEN };
  if (auth.type === 'token') {
    try {
      const t = await auth.getAccessToken();
      ctx.accessToken = t.token;
      ctx.secrets.add(t.token);
      return {
        status: 'pass',
        detail: `getAccessToken() returned a token valid until ${new Date(t.expiresAt).toISOString()}.`,
      };
    } catch (err) {
      return {
        status: 'fail',
        detail: `getAccessToken() failed: ${(err as Error).message}`,
        fix: 'Fix your token source first.',
      };
    }
  }
  let form: Record<string, string>;
  try {
    form =
      auth.type === 'oauth2'
        ? {
            grant_type: 'refresh_token',
            refresh_token: auth.refreshToken,
            client_id: auth.clientId,
            client_secret: auth.clientSecret,
          }
        : { grant_type: JWT_BEARER, assertion: await signedAssertion(auth, Math.floor(ctx.now() / 1000)) };
  } catch (err) {
    return {
      status: 'fail',
      detail: `Could not sign the JWT with the service account key: ${(err as Error).message}.`,
      entryId: 'token-invalid-grant-invalid-jwt',
      fix: 'Use the JSON key file Google gave you for this service account, unedited.',
    };
  }
  let answer: { status: number; body: Record<string, unknown> };
  try {
    answer = await postForm(auth.tokenUrl, form, ctx.timeoutMs);
  } catch (err) {
    return {
      status: 'fail',
      detail: `The token endpoint ${auth.tokenUrl} did not answer: ${(err as Error).message}.`,
      entryId: 'conn-timeout',
      fix: `Allow outbound HTTPS to ${new URL(auth.tokenUrl).host}.`,
    };
  }
  const token = answer.body['access_token'];
  if (answer.status !== 200 || typeof token !== 'string')
    return grantFailure(answer.status, answer.body, auth.tokenUrl);
  ctx.accessToken = token;
  ctx.secrets.add(token);
  const expires = Number(answer.body['refresh_token_expires_in']);
  ctx.refreshTokenExpiresInS = Number.isFinite(expires) ? expires : undefined;
  const grant = auth.type === 'oauth2' ? 'Refresh-token grant' : `JWT-bearer grant as ${auth.subject}`;
  return {
    status: 'pass',
    detail: `${grant} for ${user} got an access token (expires_in ${String(answer.body['expires_in'] ?? '?')} s).`,
  };
}

/** `scope`: the token-info endpoint says the token carries `https://mail.google.com/`, for this user. */
export async function checkScope(ctx: DoctorContext): Promise<StepOutcome> {
  const { user } = resolvedOf(ctx);
  if (!ctx.accessToken) return { status: 'skip', detail: NO_TOKEN };
  let answer: { status: number; body: Record<string, unknown> };
  try {
    // POST, so the token is in no URL (proxies and servers log URLs).
    answer = await postForm(ctx.tokenInfoUrl, { access_token: ctx.accessToken }, ctx.timeoutMs);
  } catch (err) {
    return {
      status: 'warn',
      detail: `Could not reach the token-info endpoint ${ctx.tokenInfoUrl} (${(err as Error).message}); scopes not checked.`,
    };
  }
  if (answer.body['error'] === 'invalid_token') {
    return {
      status: 'fail',
      detail:
        'The token-info endpoint calls the access token invalid (expired or revoked as soon as issued); Gmail would answer AUTH with the 334 challenge.',
      entryId: '334-xoauth2-challenge',
      fix: 'Re-authorize for https://mail.google.com/ and store the new refresh token.',
    };
  }
  if (answer.status !== 200 || typeof answer.body['scope'] !== 'string') {
    return {
      status: 'warn',
      detail: `The token-info endpoint answered HTTP ${answer.status}; scopes not checked.`,
    };
  }
  const scopes = answer.body['scope'].split(' ').filter(Boolean);
  const email = typeof answer.body['email'] === 'string' ? answer.body['email'] : undefined;
  if (!scopes.includes(GMAIL_SCOPE)) {
    return {
      status: 'fail',
      detail: `The token carries ${scopes.join(' ') || 'no scope'}, not https://mail.google.com/; SMTP refuses it (334 challenge, then 535-5.7.8). Narrow scopes such as gmail.send work only with the Gmail API.`,
      entryId: '535-5.7.8-bad-credentials',
      fix: 'Re-run the consent flow asking for https://mail.google.com/ and store the new refresh token (service account: authorize that scope for its client ID).',
    };
  }
  if (email && email.toLowerCase() !== user.toLowerCase()) {
    return {
      status: 'fail',
      detail: `The token belongs to ${email}, but SMTP logs in as ${user}; Gmail answers with the 334 challenge.`,
      entryId: '334-xoauth2-challenge',
      fix: `Mint the refresh token while signed in as ${user}, or set user to ${email}.`,
    };
  }
  return { status: 'pass', detail: `Scopes: ${scopes.join(' ')}${email ? `; account ${email}` : ''}.` };
}

/** `refresh-token-expiry`: a refresh token with `refresh_token_expires_in` dies on a date. */
export function checkRefreshExpiry(ctx: DoctorContext): StepOutcome {
  const { auth } = resolvedOf(ctx);
  if (auth.type !== 'oauth2') {
    return {
      status: 'skip',
      detail: auth.type === 'password' ? NO_TOKEN : 'No refresh token: nothing expires on a schedule.',
    };
  }
  if (ctx.refreshTokenExpiresInS === undefined) {
    return {
      status: 'pass',
      detail:
        'The token response has no refresh_token_expires_in: the refresh token does not expire on a schedule.',
    };
  }
  const at = new Date(ctx.now() + ctx.refreshTokenExpiresInS * 1000);
  const days = (ctx.refreshTokenExpiresInS / 86_400).toFixed(1);
  return {
    status: 'warn',
    detail: `The refresh token expires on ${at.toISOString()} (in ${days} days; refresh_token_expires_in ${ctx.refreshTokenExpiresInS}). That is the 7-day life of tokens of an OAuth app whose consent screen is in "Testing"; after it every refresh gets invalid_grant.`,
    entryId: 'token-invalid-grant-expired-or-revoked',
    fix: 'Publish the OAuth consent screen to "In production" (Google Auth Platform > Audience), then re-authorize once and store the new refresh token.',
  };
}
