import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import { checkOptionKeys } from '@smtpfix/core';
import { type Clock, defaultRetryOptions, type RetryOptions, systemClock } from './backoff.js';
import { type AccessToken, type Coordinator, inProcessCoordinator } from './coordinator.js';
import { SenderError } from './errors.js';
import { type GmailApiOptions, resolveGmailApiOptions } from './gmail-api/options.js';
import { senderOptionShape } from './option-keys.js';

/** OAuth2 with a refresh token (installed or web app flow). */
export interface OAuth2Auth {
  type: 'oauth2';
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  /** The token endpoint. @default 'https://oauth2.googleapis.com/token' */
  tokenUrl?: string;
}

/** A Google service account's key, as in its JSON key file. */
export interface ServiceAccountKey {
  client_email: string;
  private_key: string;
}

/** A service account with domain-wide delegation, impersonating `subject` (the sending user). */
export interface ServiceAccountAuth {
  type: 'service-account';
  /** The key, as parsed from the JSON key file. Give this or `keyFile`. */
  credentials?: ServiceAccountKey;
  /** Path of the JSON key file. Give this or `credentials`. */
  keyFile?: string;
  /** The user to impersonate. @default the sender's `user` */
  subject?: string;
  /** The token endpoint. @default 'https://oauth2.googleapis.com/token' */
  tokenUrl?: string;
}

/** An app password (PLAIN). */
export interface PasswordAuth {
  type: 'password';
  /** The 16-letter app password; spaces are ignored, as Gmail ignores them. */
  pass: string;
}

/** Your own token source (a secrets manager, another service). Called once per refresh, shared by every session. */
export interface TokenAuth {
  type: 'token';
  getAccessToken: () => Promise<AccessToken>;
}

/** How the sender logs in. */
export type AuthOptions = OAuth2Auth | ServiceAccountAuth | PasswordAuth | TokenAuth;

/** Where and how to connect. Every field has Gmail's value by default. */
export interface SmtpOptions {
  /** @default 'smtp.gmail.com' */
  host: string;
  /** @default 465 (587 when `secure` is false) */
  port: number;
  /** Implicit TLS (port 465). With false, STARTTLS is used when offered. @default true */
  secure: boolean;
  /** Fail unless STARTTLS succeeds (port 587). @default false */
  requireTLS: boolean;
  /** Options for `tls.connect`, e.g. `{ ca }` to trust a test certificate. Never turn verification off globally. */
  tls: ConnectionOptions | undefined;
  /** The EHLO name. @default the machine's host name (nodemailer's default) */
  name: string | undefined;
  /** @default 30_000 */
  connectionTimeoutMs: number;
  /** @default 30_000 */
  greetingTimeoutMs: number;
  /** Inactivity on an open socket before it is dropped. @default 120_000 */
  socketTimeoutMs: number;
}

/** Options of `createSender()`. Only `user` and `auth` are required. */
export interface SenderOptions {
  /** The Gmail or Workspace address that sends. */
  user: string;
  auth: AuthOptions;
  smtp?: Partial<SmtpOptions>;
  /**
   * How messages leave: `'smtp'` (XOAUTH2 or app password, pooled sessions) or `'gmail-api'`
   * (Gmail's HTTP API, `users.messages.send` over HTTPS on port 443, for hosts that block SMTP
   * ports). Same API, events, stats and guarantees; the Gmail API needs OAuth2 auth.
   * @default 'smtp'
   */
  transport?: 'smtp' | 'gmail-api';
  /** Options of the Gmail API transport (endpoint, quota units). Every field has Google's value by default. */
  gmailApi?: Partial<GmailApiOptions>;
  /**
   * Most concurrent SMTP sessions of this account, shared by every sender of the account that
   * uses the same coordinator. A `454 4.7.0` lowers it to what the account really allows.
   * @default 10
   */
  maxConnections?: number;
  /**
   * Most recipients in one SMTP transaction. A message to more is sent in several transactions of
   * the same bytes (as MTAs do), so every recipient gets it once; a recipient the server still
   * refuses with `452 4.5.3` (too many recipients) goes into the next transaction. Gmail takes 100
   * recipients per message over SMTP.
   * @default 100
   */
  maxRecipientsPerMessage?: number;
  /** Where per-account state lives. @default inProcessCoordinator() */
  coordinator?: Coordinator;
  retry?: Partial<RetryOptions>;
  /** How long an idle session is kept open for the next message before QUIT. @default 30_000 */
  idleTimeoutMs?: number;
  /** Refresh an access token this long before it expires. @default 300_000 */
  refreshBeforeExpiryMs?: number;
  /** After a `454` lowered the session cap, give one slot back per this many ms without a new one. @default 60_000 */
  growBackAfterMs?: number;
  /** How long `close()` lets queued messages drain before failing them with `CLOSED`. @default 30_000 */
  closeTimeoutMs?: number;
  /** The clock (tests). @default the system clock */
  clock?: Clock;
  /** The random source of the jitter, in [0, 1). @default Math.random */
  random?: () => number;
}

/** The auth after normalisation; secrets are not enumerable, so they never show in logs or JSON. */
export type ResolvedAuth =
  | {
      readonly type: 'oauth2';
      readonly clientId: string;
      readonly tokenUrl: string;
      readonly clientSecret: string;
      readonly refreshToken: string;
    }
  | {
      readonly type: 'service-account';
      readonly clientEmail: string | undefined;
      readonly keyFile: string | undefined;
      readonly subject: string;
      readonly tokenUrl: string;
      readonly privateKey: string | undefined;
    }
  | { readonly type: 'password'; readonly pass: string }
  | { readonly type: 'token'; readonly getAccessToken: () => Promise<AccessToken> };

/** Every option filled in and checked: what the rest of the package reads. */
export interface ResolvedSenderOptions {
  readonly user: string;
  /** The account key: the lower-cased address. */
  readonly account: string;
  readonly auth: ResolvedAuth;
  /** A fingerprint of the credential (a hash prefix, or a random id for a token provider). */
  readonly credentialId: string;
  readonly smtp: Readonly<SmtpOptions>;
  readonly transport: 'smtp' | 'gmail-api';
  readonly gmailApi: Readonly<GmailApiOptions>;
  readonly maxConnections: number;
  readonly maxRecipientsPerMessage: number;
  readonly coordinator: Coordinator;
  readonly retry: Readonly<RetryOptions>;
  readonly idleTimeoutMs: number;
  readonly refreshBeforeExpiryMs: number;
  readonly growBackAfterMs: number;
  readonly closeTimeoutMs: number;
  readonly clock: Clock;
  readonly random: () => number;
}

/** Google's token endpoint. */
export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';

const SECRET_KEYS = new Set(['clientSecret', 'refreshToken', 'privateKey', 'pass', 'getAccessToken']);

function freezeAuth(fields: Record<string, unknown>): ResolvedAuth {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    Object.defineProperty(out, k, { value: v, enumerable: !SECRET_KEYS.has(k) });
  }
  return Object.freeze(out) as unknown as ResolvedAuth;
}

const isNonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const fingerprint = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 16);

function checkUrl(issues: string[], name: string, value: unknown): string {
  if (value === undefined) return GOOGLE_TOKEN_URL;
  try {
    const u = new URL(String(value));
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('scheme');
    return u.toString();
  } catch {
    issues.push(`${name} must be an http(s) URL such as ${GOOGLE_TOKEN_URL}, got ${JSON.stringify(value)}`);
    return GOOGLE_TOKEN_URL;
  }
}

function resolveAuth(issues: string[], user: string, auth: AuthOptions | undefined): [ResolvedAuth, string] {
  const none: [ResolvedAuth, string] = [freezeAuth({ type: 'password', pass: '' }), ''];
  if (!auth || typeof auth !== 'object') {
    issues.push(
      "auth is required: { type: 'oauth2', clientId, clientSecret, refreshToken } | { type: 'service-account', credentials | keyFile } | { type: 'password', pass } | { type: 'token', getAccessToken }",
    );
    return none;
  }
  switch (auth.type) {
    case 'oauth2': {
      for (const k of ['clientId', 'clientSecret', 'refreshToken'] as const) {
        if (!isNonEmpty(auth[k]))
          issues.push(`auth.${k} is required for type 'oauth2' (from your OAuth client and consent flow)`);
      }
      const tokenUrl = checkUrl(issues, 'auth.tokenUrl', auth.tokenUrl);
      return [
        freezeAuth({
          type: 'oauth2',
          clientId: auth.clientId,
          tokenUrl,
          clientSecret: auth.clientSecret,
          refreshToken: auth.refreshToken,
        }),
        fingerprint('oauth2', String(auth.clientId), String(auth.refreshToken)),
      ];
    }
    case 'service-account': {
      const key = auth.credentials;
      if (key === undefined && auth.keyFile === undefined) {
        issues.push(
          "auth.credentials (the parsed JSON key) or auth.keyFile (its path) is required for type 'service-account'",
        );
      }
      if (key !== undefined && (!isNonEmpty(key?.client_email) || !isNonEmpty(key?.private_key))) {
        issues.push(
          'auth.credentials must have client_email and private_key, as in the JSON key file Google gives you',
        );
      }
      if (auth.keyFile !== undefined && (!isNonEmpty(auth.keyFile) || !existsSync(auth.keyFile))) {
        issues.push(
          `auth.keyFile must be the path of an existing JSON key file, got ${JSON.stringify(auth.keyFile)}`,
        );
      }
      const subject = auth.subject ?? user;
      if (!isNonEmpty(subject) || !subject.includes('@')) {
        issues.push('auth.subject must be the address of the user to impersonate (domain-wide delegation)');
      }
      const tokenUrl = checkUrl(issues, 'auth.tokenUrl', auth.tokenUrl);
      return [
        freezeAuth({
          type: 'service-account',
          clientEmail: key?.client_email,
          keyFile: auth.keyFile,
          subject,
          tokenUrl,
          privateKey: key?.private_key,
        }),
        fingerprint('sa', String(key?.client_email ?? auth.keyFile), String(key?.private_key ?? ''), subject),
      ];
    }
    case 'password': {
      if (!isNonEmpty(auth.pass))
        issues.push(
          "auth.pass is required for type 'password': an app password (myaccount.google.com/apppasswords)",
        );
      const pass = String(auth.pass ?? '').replaceAll(' ', '');
      return [freezeAuth({ type: 'password', pass }), fingerprint('password', pass)];
    }
    case 'token': {
      if (typeof auth.getAccessToken !== 'function') {
        issues.push(
          "auth.getAccessToken must be a function returning Promise<{ token, expiresAt }> for type 'token'",
        );
      }
      return [
        freezeAuth({ type: 'token', getAccessToken: auth.getAccessToken }),
        `token-${randomUUID().slice(0, 8)}`,
      ];
    }
    default:
      issues.push(
        `auth.type must be 'oauth2', 'service-account', 'password' or 'token', got ${JSON.stringify((auth as { type?: unknown }).type)}`,
      );
      return none;
  }
}

function checkInt(
  issues: string[],
  name: string,
  value: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    issues.push(
      `${name} must be an integer from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}, got ${JSON.stringify(value)}`,
    );
  }
}

function checkNumber(
  issues: string[],
  name: string,
  value: number,
  min: number,
  max = Number.POSITIVE_INFINITY,
): void {
  if (typeof value !== 'number' || Number.isNaN(value) || value < min || value > max) {
    issues.push(
      `${name} must be a number from ${min}${Number.isFinite(max) ? ` to ${max}` : ''}, got ${JSON.stringify(value)}`,
    );
  }
}

/**
 * Fills in every default and checks every option, so a mistake fails at `createSender()` with a
 * message that says what to change. Never mutates `options`.
 * @throws {SenderError} `INVALID_OPTION`
 */
export function resolveSenderOptions(options: SenderOptions): ResolvedSenderOptions {
  const issues: string[] = [];
  if (!options || typeof options !== 'object') {
    throw new SenderError('INVALID_OPTION', 'createSender() needs an options object: { user, auth }');
  }
  // Unknown keys first: a misspelt `smtp.hots` or a top-level `tokenUrl` would otherwise be ignored
  // and Gmail's default used in its place (Google's real token endpoint, smtp.gmail.com).
  for (const unknown of checkOptionKeys(senderOptionShape, options)) issues.push(unknown.message);
  const user = typeof options.user === 'string' ? options.user.trim() : '';
  if (!/^[^\s@]+@[^\s@]+$/.test(user)) {
    issues.push(
      `user must be the sending address, e.g. 'app@example.com', got ${JSON.stringify(options.user)}`,
    );
  }
  const [auth, credentialId] = resolveAuth(issues, user, options.auth);

  const given = options.smtp ?? {};
  const secure = given.secure ?? true;
  const smtp: SmtpOptions = {
    host: given.host ?? 'smtp.gmail.com',
    port: given.port ?? (secure ? 465 : 587),
    secure,
    requireTLS: given.requireTLS ?? false,
    tls: given.tls === undefined ? undefined : { ...given.tls },
    name: given.name,
    connectionTimeoutMs: given.connectionTimeoutMs ?? 30_000,
    greetingTimeoutMs: given.greetingTimeoutMs ?? 30_000,
    socketTimeoutMs: given.socketTimeoutMs ?? 120_000,
  };
  if (!isNonEmpty(smtp.host)) issues.push(`smtp.host must be a host name, got ${JSON.stringify(smtp.host)}`);
  checkInt(issues, 'smtp.port', smtp.port, 1, 65_535);
  if (typeof smtp.secure !== 'boolean')
    issues.push('smtp.secure must be true (port 465) or false (587 with STARTTLS)');
  if (smtp.tls && (smtp.tls as { rejectUnauthorized?: unknown }).rejectUnauthorized === false) {
    issues.push(
      'smtp.tls.rejectUnauthorized: false is refused; pass the certificate to trust as smtp.tls.ca instead',
    );
  }
  checkInt(issues, 'smtp.connectionTimeoutMs', smtp.connectionTimeoutMs, 1);
  checkInt(issues, 'smtp.greetingTimeoutMs', smtp.greetingTimeoutMs, 1);
  checkInt(issues, 'smtp.socketTimeoutMs', smtp.socketTimeoutMs, 1);

  const transport = options.transport ?? 'smtp';
  if (transport !== 'smtp' && transport !== 'gmail-api')
    issues.push(`transport must be 'smtp' or 'gmail-api', got ${JSON.stringify(options.transport)}`);
  if (transport === 'gmail-api' && options.auth?.type === 'password')
    issues.push(
      "transport 'gmail-api' needs OAuth2 (auth type 'oauth2', 'service-account' or 'token'): app passwords work only over SMTP",
    );
  const gmailApi = resolveGmailApiOptions(issues, options.gmailApi);

  const maxConnections = options.maxConnections ?? 10;
  checkInt(issues, 'maxConnections', maxConnections, 1, 100);
  const maxRecipientsPerMessage = options.maxRecipientsPerMessage ?? 100;
  checkInt(issues, 'maxRecipientsPerMessage', maxRecipientsPerMessage, 1);

  const retry: RetryOptions = { ...defaultRetryOptions, ...options.retry };
  checkInt(issues, 'retry.deadlineMs', retry.deadlineMs, 0);
  checkInt(issues, 'retry.maxAttempts', retry.maxAttempts, 1);
  checkNumber(issues, 'retry.delayScale', retry.delayScale, 0);
  checkNumber(issues, 'retry.factor', retry.factor, 1);
  checkNumber(issues, 'retry.jitter', retry.jitter, 0, 1);
  checkNumber(issues, 'retry.defaultDelayMs', retry.defaultDelayMs, 0);
  checkNumber(issues, 'retry.maxDelayMs', retry.maxDelayMs, 0);

  const idleTimeoutMs = options.idleTimeoutMs ?? 30_000;
  checkInt(issues, 'idleTimeoutMs', idleTimeoutMs, 0);
  const refreshBeforeExpiryMs = options.refreshBeforeExpiryMs ?? 300_000;
  checkInt(issues, 'refreshBeforeExpiryMs', refreshBeforeExpiryMs, 0);
  const growBackAfterMs = options.growBackAfterMs ?? 60_000;
  checkInt(issues, 'growBackAfterMs', growBackAfterMs, 1);
  const closeTimeoutMs = options.closeTimeoutMs ?? 30_000;
  checkInt(issues, 'closeTimeoutMs', closeTimeoutMs, 0);

  const coordinator = options.coordinator ?? inProcessCoordinator();
  for (const m of [
    'acquireSession',
    'token',
    'state',
    'pause',
    'authSucceeded',
    'rejectCredential',
    'recordSent',
  ] as const) {
    if (typeof (coordinator as unknown as Record<string, unknown>)[m] !== 'function') {
      issues.push(
        `coordinator.${m} must be a function: pass an object implementing Coordinator, e.g. redisCoordinator()`,
      );
    }
  }
  const clock = options.clock ?? systemClock;
  if (
    typeof clock?.now !== 'function' ||
    typeof clock.setTimeout !== 'function' ||
    typeof clock.clearTimeout !== 'function'
  ) {
    issues.push('clock must have now(), setTimeout(fn, ms) and clearTimeout(handle)');
  }
  const random = options.random ?? Math.random;
  if (typeof random !== 'function')
    issues.push('random must be a function returning a number in [0, 1), like Math.random');

  if (issues.length > 0) {
    throw new SenderError('INVALID_OPTION', `Invalid @smtpfix/sender options:\n- ${issues.join('\n- ')}`);
  }
  return Object.freeze({
    user,
    account: user.toLowerCase(),
    auth,
    credentialId,
    smtp: Object.freeze(smtp),
    transport,
    gmailApi,
    maxConnections,
    maxRecipientsPerMessage,
    coordinator,
    retry: Object.freeze(retry),
    idleTimeoutMs,
    refreshBeforeExpiryMs,
    growBackAfterMs,
    closeTimeoutMs,
    clock,
    random,
  });
}
