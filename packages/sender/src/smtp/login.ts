import type { AccessToken, CredentialRejection } from '../coordinator.js';
import type { ResolvedSenderOptions } from '../options.js';
import type { Outcomes } from '../outcome.js';
import { refreshMargin, tokenSource } from '../tokens.js';
import { AuthGate } from './auth-gate.js';
import type { AuthFailure, Session } from './session.js';

/** How one AUTH attempt on a session ended. */
export type LoginOutcome =
  | { kind: 'ok' }
  /** The coordinator already holds a refusal of this credential (this or another process). */
  | { kind: 'rejected'; rejection: CredentialRejection }
  /** The server refused the AUTH (after one fresh token, for a `334` challenge). */
  | { kind: 'refused'; failure: AuthFailure }
  /** No access token could be obtained. */
  | { kind: 'no-token'; err: unknown };

/**
 * Logging sessions in with the sender's credential: the AUTH gate, the access tokens (shared
 * through the coordinator, refreshed a margin before expiry) and the XOAUTH2 `334` challenge,
 * answered with at most one forced refresh.
 */
export class Login {
  /** AUTHs one at a time until the credential is proven. */
  readonly gate = new AuthGate();
  private readonly fetchToken: (() => Promise<AccessToken>) | undefined;
  /** Lifetime of the last token this sender fetched: the refresh margin is a share of it. */
  private tokenLifetimeMs: number | undefined;
  /**
   * The coordinator's token key: the account AND this credential, so a sender never gets (and
   * never AUTHs with) a token another credential of the account obtained, even a revoked one.
   */
  private readonly tokenKey: string;

  constructor(
    private readonly o: ResolvedSenderOptions,
    private readonly outcomes: Outcomes,
  ) {
    this.tokenKey = `${o.account}#${o.credentialId}`;
    const source = tokenSource(o.auth, o.clock);
    this.fetchToken = source
      ? outcomes.countedTokens(source, (token) => {
          this.tokenLifetimeMs = token.expiresAt - o.clock.now();
        })
      : undefined;
  }

  /** True for the auth types that log in with an access token (fetched before a session opens). */
  get usesTokens(): boolean {
    return this.fetchToken !== undefined;
  }

  /** `refreshBeforeExpiryMs`, or a tenth of the token's lifetime when shorter (2-second tokens exist). */
  margin(): number {
    return refreshMargin(this.tokenLifetimeMs, this.o.refreshBeforeExpiryMs);
  }

  /** A token valid for at least the margin; with `rejected`, one other than that refused token. */
  token(rejected?: string): Promise<AccessToken> {
    return this.o.coordinator.token(this.tokenKey, this.fetchToken!, {
      minValidityMs: this.margin(),
      ...(rejected === undefined ? {} : { rejected }),
    });
  }

  /**
   * One AUTH on `session`, with `prefetched` (the token fetched before the session opened) for the
   * token auth types. The caller holds {@link gate} around it and what it decides from the outcome.
   */
  async attempt(session: Session, prefetched: AccessToken | undefined): Promise<LoginOutcome> {
    const counters = this.outcomes.counters;
    const state = await this.o.coordinator.state(this.o.account);
    const rejection = state.rejected.find((r) => r.fingerprint === this.o.credentialId);
    if (rejection) return { kind: 'rejected', rejection };
    let failure: AuthFailure | undefined;
    if (this.o.auth.type === 'password') {
      counters.authAttempts += 1;
      failure = await session.login({ kind: 'password', user: this.o.user, pass: this.o.auth.pass });
    } else {
      let token: AccessToken;
      try {
        // The prefetched token, unless the wait for the AUTH gate outlived its margin.
        token =
          prefetched && prefetched.expiresAt - this.o.clock.now() > this.margin()
            ? prefetched
            : await this.token();
      } catch (err) {
        return { kind: 'no-token', err };
      }
      counters.authAttempts += 1;
      failure = await session.login({ kind: 'xoauth2', user: this.o.user, token: token.token });
      if (failure?.challenged && session.isAlive) {
        // The 334 challenge: the token was refused. Refresh it once (shared) and try once more.
        try {
          token = await this.token(token.token);
        } catch (err) {
          return { kind: 'no-token', err };
        }
        counters.authAttempts += 1;
        failure = await session.login({ kind: 'xoauth2', user: this.o.user, token: token.token });
      }
    }
    return failure ? { kind: 'refused', failure } : { kind: 'ok' };
  }
}
