import type { TokenStore } from './tokens.js';

/** Google's token-info endpoint, where a client reads the scopes and account of an access token. */
export const GOOGLE_TOKENINFO_URL = 'https://oauth2.googleapis.com/tokeninfo';

/** What the token-info endpoint answers: the status and Google's JSON body. */
export interface TokenInfoAnswer {
  status: number;
  body: Record<string, string>;
}

/**
 * Answers `…/tokeninfo?access_token=…` as Google does: the token's scopes, account, audience and
 * remaining life — every value a string, as in Google's JSON — or `400 invalid_token` for a token
 * that is unknown, expired or revoked.
 */
export function tokenInfo(tokens: TokenStore, accessToken: string | null, nowMs: number): TokenInfoAnswer {
  const found = accessToken ? tokens.lookupAccessToken(accessToken) : undefined;
  if (!found) return { status: 400, body: { error: 'invalid_token', error_description: 'Invalid Value' } };
  const aud = found.clientId ?? 'gmail-sim.apps.googleusercontent.com';
  return {
    status: 200,
    body: {
      azp: aud,
      aud,
      scope: found.scope,
      exp: String(Math.floor(found.expiresAt / 1000)),
      expires_in: String(Math.max(0, Math.floor((found.expiresAt - nowMs) / 1000))),
      email: found.user,
      email_verified: 'true',
      access_type: 'offline',
    },
  };
}
