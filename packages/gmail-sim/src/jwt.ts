import { createVerify } from 'node:crypto';
import type { ResolvedServiceAccount } from './options.js';

/** Google's answer to a JWT it refuses: the OAuth error and its description, verbatim. */
export interface JwtRejection {
  status: number;
  error: string;
  description: string;
}

/** The claims of an accepted JWT-bearer assertion. */
export interface JwtGrant {
  iss: string;
  sub: string;
  scope: string;
}

const reject = (error: string, description: string, status = 400): JwtRejection => ({
  status,
  error,
  description,
});

function decodeJson(part: string | undefined): Record<string, unknown> | undefined {
  if (!part) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks a service account's assertion as Google's token endpoint does: RS256 signature by a
 * configured service account, audience, a lifetime of at most an hour around now, a `sub` to
 * impersonate and scopes the admin authorised. Error texts are Google's.
 */
export function verifyJwtAssertion(
  assertion: string,
  serviceAccounts: ReadonlyMap<string, ResolvedServiceAccount>,
  audiences: readonly string[],
  nowMs: number,
): JwtGrant | JwtRejection {
  const parts = assertion.split('.');
  const header = decodeJson(parts[0]);
  const claims = decodeJson(parts[1]);
  if (parts.length !== 3 || !header || !claims) return reject('invalid_grant', 'Invalid JWT: Malformed');
  if (header['alg'] !== 'RS256') return reject('invalid_grant', 'Invalid JWT Signature.');
  const iss = claims['iss'];
  const sa = typeof iss === 'string' ? serviceAccounts.get(iss) : undefined;
  if (!sa) return reject('invalid_grant', 'Invalid grant: account not found');
  const signature = Buffer.from(parts[2] ?? '', 'base64url');
  const ok = createVerify('RSA-SHA256').update(`${parts[0]}.${parts[1]}`).verify(sa.publicKey, signature);
  if (!ok) return reject('invalid_grant', 'Invalid JWT Signature.');
  if (typeof claims['aud'] !== 'string' || !audiences.includes(claims['aud'])) {
    return reject('invalid_grant', 'Invalid JWT: Failed audience check.');
  }
  const now = nowMs / 1000;
  const iat = claims['iat'];
  const exp = claims['exp'];
  if (
    typeof iat !== 'number' ||
    typeof exp !== 'number' ||
    exp - iat > 3600 ||
    iat > now + 300 ||
    exp < now - 300
  ) {
    return reject(
      'invalid_grant',
      'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.',
    );
  }
  const sub = claims['sub'];
  if (typeof sub !== 'string' || sub === '') {
    // Without `sub` Google would issue a token for the service account itself, which Gmail SMTP refuses.
    return reject('invalid_grant', 'Invalid email or User ID');
  }
  const scope = typeof claims['scope'] === 'string' ? claims['scope'] : '';
  const requested = scope.split(' ').filter(Boolean);
  if (requested.length === 0 || requested.some((s) => !sa.scopes.includes(s))) {
    return reject(
      'unauthorized_client',
      'Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.',
      401,
    );
  }
  return { iss: sa.clientEmail, sub, scope };
}

/** True when `verifyJwtAssertion` refused the assertion. */
export const isJwtRejection = (v: JwtGrant | JwtRejection): v is JwtRejection => 'error' in v;
