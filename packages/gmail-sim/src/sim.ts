import { type ApiEndpoint, startApiEndpoint } from './api/endpoint.js';
import { UnitQuota } from './api/quota.js';
import { GmailSimError } from './errors.js';
import { FaultPlan, type FaultKind, type InjectFaultOptions } from './faults.js';
import { AccountLimits } from './limits.js';
import type { DeliveredMessage } from './messages.js';
import { accountKey, type GmailSimOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { assertReplyIds } from './replies.js';
import { type SmtpCommandRecord, type SmtpListener, startSmtpListener } from './smtp.js';
import { createStats, type GmailSimStats, snapshotStats } from './stats.js';
import { type SilentListener, startSilentListener } from './silent.js';
import { selfSignedCertificate, type SimTlsMaterial } from './tls.js';
import { startTokenEndpoint, type TokenEndpoint, type TokenRequestRecord } from './token-endpoint.js';
import { GMAIL_SCOPE, type IssueRefreshTokenOptions, TokenStore } from './tokens.js';

/** Where to connect: the shape nodemailer's `createTransport` takes. */
export interface SimEndpoint {
  host: '127.0.0.1';
  /** A free port picked at start. */
  port: number;
  /** true for implicit TLS (`sim.smtps`), false for plain with optional STARTTLS (`sim.smtp`). */
  secure: boolean;
}

/** Options of `sim.issueAccessToken()`. */
export interface IssueAccessTokenOptions {
  /** Granted scopes (space-separated or a list). @default 'https://mail.google.com/' */
  scope?: string | string[];
  /** Lifetime in seconds. @default the sim's `tokenTtlS` */
  ttlS?: number;
}

/** A running sim. Close it with `await sim.close()` or `await using sim = await startGmailSim()`. */
export interface GmailSim extends AsyncDisposable {
  /** The submission port: plain, with STARTTLS when `tls` is on. */
  readonly smtp: SimEndpoint;
  /** The implicit-TLS port (like Gmail's 465); only with `tls`. */
  readonly smtps: SimEndpoint | undefined;
  /** The certificate to trust (`tls: { ca: sim.tls.ca }`); only with `tls`. */
  readonly tls: { ca: string } | undefined;
  /**
   * A port that accepts TCP connections and never answers (no greeting, no TLS handshake); only
   * with `silentPort`. Connect to it to see what a host that swallows outbound SMTP looks like.
   */
  readonly silent: { host: '127.0.0.1'; port: number } | undefined;
  /** POST here: `refresh_token` and JWT-bearer grants, answered in Google's JSON shapes. */
  readonly tokenUrl: string;
  /**
   * The Gmail API's root URL (ends in `/`): `POST {apiUrl}gmail/v1/users/{userId}/messages/send`
   * (JSON `{ raw }`, base64url) and `{apiUrl}upload/gmail/v1/users/{userId}/messages/send`
   * (`uploadType=media` or `multipart`), `GET {apiUrl}gmail/v1/users/{userId}/profile`; bearer token
   * and scope checked, the account's limits, quota units and daily quota applied, Google's JSON
   * error bodies. Give it as `gmailApi: { rootUrl: sim.apiUrl }`.
   */
  readonly apiUrl: string;
  /**
   * Google's token-info endpoint: `GET ?access_token=…` (or a POSTed form) answers
   * `{ azp, aud, scope, exp, expires_in, email, email_verified, access_type }`, or
   * `400 {"error":"invalid_token"}` for a token that is unknown, expired or revoked.
   */
  readonly tokenInfoUrl: string;
  /** The options in force, every default filled in. */
  readonly options: ResolvedOptions;
  /** A snapshot of the counters. */
  readonly stats: GmailSimStats;
  /** Messages delivered since start or the last reset, oldest first. */
  readonly messages: readonly DeliveredMessage[];
  /** Every SMTP command received, AUTH data redacted. */
  readonly commands: readonly SmtpCommandRecord[];
  /** Every token request and its outcome. */
  readonly tokenRequests: readonly TokenRequestRecord[];
  /**
   * A refresh token the endpoint exchanges for access tokens for `user`.
   * @throws {GmailSimError} `UNKNOWN_ACCOUNT` when `user` is not an account of the sim.
   */
  issueRefreshToken(user: string, options?: IssueRefreshTokenOptions): string;
  /** An access token for XOAUTH2 without a trip to the token endpoint. */
  issueAccessToken(
    user: string,
    options?: IssueAccessTokenOptions,
  ): { accessToken: string; expiresAt: number };
  /** Revokes a refresh token: the next grant with it gets `invalid_grant`. */
  revokeRefreshToken(token: string): boolean;
  /** Revokes the access tokens of `user` (of everyone without it); returns how many. */
  revokeAccessTokens(user?: string): number;
  /** Makes a fault happen at its next occasion (`times` occasions). */
  injectFault(kind: FaultKind, options?: InjectFaultOptions): void;
  /** Zeroes counters, forgets messages, lockouts, quotas and pending faults; keeps tokens and open sessions. */
  reset(): void;
  /** Closes every listener and socket. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts the SMTP server(s) and the token endpoint on 127.0.0.1, on free ports.
 * @throws {GmailSimError} `INVALID_OPTION` for a wrong option, `START_FAILED` when a server cannot start.
 * @example
 * ```ts
 * await using sim = await startGmailSim({ accounts: [{ user: 'app@example.test', appPassword: 'abcdefghijklmnop' }] });
 * const transport = nodemailer.createTransport({ ...sim.smtp, auth: { user: 'app@example.test', pass: 'abcdefghijklmnop' } });
 * ```
 */
export async function startGmailSim(options: GmailSimOptions = {}): Promise<GmailSim> {
  const resolved = resolveOptions(options);
  assertReplyIds(resolved.faults.transientReplies, 'faults.transientReplies');
  assertReplyIds([resolved.rateLimitReply], 'rateLimitReply');
  assertReplyIds(resolved.mailboxes.replies.values(), 'mailboxes.replies');

  let tls: SimTlsMaterial | undefined;
  if (resolved.tls === 'generate') {
    try {
      tls = await selfSignedCertificate();
    } catch (cause) {
      throw new GmailSimError(
        'START_FAILED',
        'Could not make a self-signed certificate; pass tls: { key, cert }',
        {
          cause,
        },
      );
    }
  } else if (resolved.tls) tls = resolved.tls;

  const stats = createStats();
  const messages: DeliveredMessage[] = [];
  const commands: SmtpCommandRecord[] = [];
  const tokenLog: TokenRequestRecord[] = [];
  const seenMessageIds = new Set<string>();
  const tokens = new TokenStore(resolved.now);
  const limits = new AccountLimits(resolved.limits, resolved.now);
  const faults = new FaultPlan(resolved.faults.seed);
  const quota = new UnitQuota(resolved.api.unitsPerUserPerMinute, resolved.now);
  const deps = {
    options: resolved,
    tokens,
    limits,
    faults,
    stats,
    messages,
    commands,
    seenMessageIds,
    tls,
    log: tokenLog,
  };

  const started: { close(): Promise<void> }[] = [];
  let smtp: SmtpListener;
  let smtps: SmtpListener | undefined;
  let silent: SilentListener | undefined;
  let token: TokenEndpoint;
  let api: ApiEndpoint;
  try {
    token = await startTokenEndpoint(deps);
    started.push(token);
    api = await startApiEndpoint({ ...deps, quota });
    started.push(api);
    smtp = await startSmtpListener(deps, false);
    started.push(smtp);
    if (tls) {
      smtps = await startSmtpListener(deps, true);
      started.push(smtps);
    }
    if (resolved.silentPort) {
      silent = await startSilentListener();
      started.push(silent);
    }
  } catch (cause) {
    await Promise.all(started.map((s) => s.close()));
    throw new GmailSimError('START_FAILED', `gmail-sim could not listen on 127.0.0.1: ${String(cause)}`, {
      cause,
    });
  }

  let closing: Promise<void> | undefined;
  const knownAccount = (user: string) => {
    const account = resolved.accounts.get(accountKey(user));
    if (!account) {
      throw new GmailSimError(
        'UNKNOWN_ACCOUNT',
        `${user} is not an account of this sim; add it to accounts: [{ user: '${user}', ... }]`,
      );
    }
    return account;
  };
  const assertOpen = () => {
    if (closing) throw new GmailSimError('CLOSED', 'The sim is closed; start a new one with startGmailSim()');
  };

  const sim: GmailSim = {
    smtp: Object.freeze({ host: '127.0.0.1', port: smtp.port, secure: false }),
    smtps: smtps ? Object.freeze({ host: '127.0.0.1', port: smtps.port, secure: true }) : undefined,
    tls: tls ? Object.freeze({ ca: tls.cert }) : undefined,
    silent: silent ? Object.freeze({ host: '127.0.0.1', port: silent.port }) : undefined,
    tokenUrl: token.url,
    apiUrl: api.url,
    tokenInfoUrl: token.tokenInfoUrl,
    options: resolved,
    get stats() {
      return snapshotStats(stats);
    },
    get messages() {
      return messages;
    },
    get commands() {
      return commands;
    },
    get tokenRequests() {
      return tokenLog;
    },
    issueRefreshToken(user, opts) {
      assertOpen();
      return tokens.issueRefreshToken(knownAccount(user).user, opts);
    },
    issueAccessToken(user, opts = {}) {
      assertOpen();
      const scope = Array.isArray(opts.scope) ? opts.scope.join(' ') : (opts.scope ?? GMAIL_SCOPE);
      const ttl = opts.ttlS ?? resolved.tokenTtlS;
      const issued = tokens.issueAccessToken(knownAccount(user).user, scope, ttl);
      return { accessToken: issued.token, expiresAt: resolved.now() + ttl * 1000 };
    },
    revokeRefreshToken: (t) => tokens.revokeRefreshToken(t),
    revokeAccessTokens: (user) =>
      tokens.revokeAccessTokens(user === undefined ? undefined : accountKey(user)),
    injectFault(kind, opts) {
      assertOpen();
      faults.inject(kind, opts);
    },
    reset() {
      // Live state (open connections and sessions) stays true after a reset; only history goes.
      const { openConnections, sessionsByAccount } = stats;
      Object.assign(stats, createStats(), { openConnections, sessionsByAccount });
      messages.length = 0;
      commands.length = 0;
      tokenLog.length = 0;
      seenMessageIds.clear();
      limits.reset();
      quota.reset();
      faults.reset();
    },
    close() {
      closing ??= Promise.all(started.map((s) => s.close())).then(() => undefined);
      return closing;
    },
    [Symbol.asyncDispose]() {
      return sim.close();
    },
  };
  return sim;
}
