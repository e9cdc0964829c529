import { randomBytes } from 'node:crypto';

/** The scope Gmail's SMTP needs for XOAUTH2. */
export const GMAIL_SCOPE = 'https://mail.google.com/';

/** Options of `sim.issueRefreshToken()`. */
export interface IssueRefreshTokenOptions {
  /** Scopes granted to the refresh token (space-separated or a list). @default 'https://mail.google.com/' */
  scope?: string | string[];
  /** Refresh token lifetime in ms; after it the grant gets `invalid_grant`. @default no expiry */
  lifetimeMs?: number;
  /** Bind the token to this OAuth client id; other clients get `invalid_grant`. @default any client */
  clientId?: string;
}

/** A refresh token's grant. */
export interface RefreshToken {
  user: string;
  scope: string;
  expiresAt: number;
  clientId: string | undefined;
}

/** An issued access token. */
export interface AccessToken {
  user: string;
  scope: string;
  expiresAt: number;
  /** The OAuth client (or service account) it was issued to: token info's `aud`/`azp`. */
  clientId: string | undefined;
}

const scopeString = (scope: string | string[] | undefined): string =>
  Array.isArray(scope) ? scope.join(' ') : (scope ?? GMAIL_SCOPE);

/** Refresh and access tokens the token endpoint issued; XOAUTH2 checks against these. */
export class TokenStore {
  private readonly refresh = new Map<string, RefreshToken>();
  private readonly access = new Map<string, AccessToken>();

  constructor(private readonly now: () => number) {}

  issueRefreshToken(user: string, options: IssueRefreshTokenOptions = {}): string {
    // Google's refresh tokens start with "1//"; keeping the shape helps code that sniffs it.
    const token = `1//sim-${randomBytes(24).toString('base64url')}`;
    this.refresh.set(token, {
      user,
      scope: scopeString(options.scope),
      expiresAt:
        options.lifetimeMs === undefined ? Number.POSITIVE_INFINITY : this.now() + options.lifetimeMs,
      clientId: options.clientId,
    });
    return token;
  }

  /** The refresh token's grant, or undefined when it is unknown, revoked, expired or bound to another client. */
  lookupRefreshToken(token: string, clientId: string | undefined): RefreshToken | undefined {
    const found = this.refresh.get(token);
    if (!found || found.expiresAt <= this.now()) return undefined;
    if (found.clientId !== undefined && found.clientId !== clientId) return undefined;
    return found;
  }

  revokeRefreshToken(token: string): boolean {
    return this.refresh.delete(token);
  }

  issueAccessToken(
    user: string,
    scope: string,
    ttlS: number,
    clientId?: string,
  ): { token: string; expiresInS: number } {
    // "ya29." is the prefix of Google's access tokens.
    const token = `ya29.sim-${randomBytes(32).toString('base64url')}`;
    this.access.set(token, { user, scope, expiresAt: this.now() + ttlS * 1000, clientId });
    return { token, expiresInS: ttlS };
  }

  /** The live access token, or undefined when unknown, expired or revoked. */
  lookupAccessToken(token: string): AccessToken | undefined {
    const found = this.access.get(token);
    if (!found || found.expiresAt <= this.now()) return undefined;
    return found;
  }

  /** Revokes every access token of `user` (lower-cased key match), or of everyone. */
  revokeAccessTokens(userKey?: string): number {
    let n = 0;
    for (const [token, t] of this.access) {
      if (userKey === undefined || t.user.toLowerCase() === userKey) {
        this.access.delete(token);
        n += 1;
      }
    }
    return n;
  }
}
