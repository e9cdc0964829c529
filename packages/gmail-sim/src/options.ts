import type { KeyObject } from 'node:crypto';
import { createPublicKey } from 'node:crypto';
import { checkOptionKeys } from '@smtpfix/core';
import { resolveApiOptions, type SimApiOptions } from './api/options.js';
import { GmailSimError } from './errors.js';
import { gmailSimOptionShape } from './option-keys.js';

/** One Gmail account the sim accepts logins for. */
export interface SimAccount {
  /** The address, e.g. `app@example.test`. Matched case-insensitively, as Gmail does. */
  user: string;
  /** The 16-letter app password for PLAIN / LOGIN. Spaces are ignored, as Gmail ignores them. */
  appPassword?: string;
  /** The account's normal password. With `twoStep`, sending it gets `534 5.7.9`. */
  password?: string;
  /**
   * 2-Step Verification is on: the normal password never works for SMTP, only app passwords and OAuth2.
   * @default true
   */
  twoStep?: boolean;
}

/**
 * A service account allowed domain-wide delegation: the token endpoint accepts its RS256 JWTs
 * (`grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer`) whose `sub` is one of the accounts.
 */
export interface SimServiceAccount {
  /** The JWT's `iss`, e.g. `sender@project.iam.gserviceaccount.com`. */
  clientEmail: string;
  /** The public key (PEM, or a KeyObject) matching the service account's private key. */
  publicKey: string | KeyObject;
  /**
   * Scopes the Workspace admin authorised for it; other scopes get `unauthorized_client`. `[]` is a
   * service account without domain-wide delegation: every JWT grant gets `unauthorized_client`.
   * @default ['https://mail.google.com/']
   */
  scopes?: string[];
}

/** An OAuth client whose id and secret the refresh-token grant checks. */
export interface SimOAuthClient {
  clientId: string;
  clientSecret: string;
}

/** Per-account limits. Each has Gmail's value (or none, where Gmail publishes none) by default. */
export interface SimLimits {
  /** Concurrent authenticated sessions per account; the next AUTH gets `454 4.7.0`. @default 10 */
  sessionsPerAccount: number;
  /** Failed AUTHs within `failedLoginWindowMs` that start a lockout. @default 3 */
  failedLoginsBeforeLockout: number;
  /** The window failed AUTHs are counted in. @default 60_000 */
  failedLoginWindowMs: number;
  /** How long every AUTH of a locked-out account gets `454 4.7.0`. @default 60_000 */
  lockoutMs: number;
  /** Messages per rolling minute per account (Gmail publishes none). @default Infinity */
  messagesPerMinute: number;
  /** Messages per rolling 24 hours per account; past it `550 5.4.5`. @default 2000 */
  messagesPerDay: number;
  /** Recipients per message; the next RCPT gets `452 4.5.3`. @default 100 */
  recipientsPerMessage: number;
  /** Largest message in bytes (Gmail's advertised SIZE); past it `552 5.2.3`. @default 36_700_160 */
  maxMessageBytes: number;
  /** Idle time before the session is closed with `451 4.4.2` (real timers). @default 300_000 */
  idleTimeoutMs: number;
  /**
   * Longest session, as Gmail recycles its sessions: the first MAIL FROM after it gets
   * `421 4.7.0` and the session is closed. The message in flight is never cut, and an idle
   * session is not closed by it (only `idleTimeoutMs` does that). Measured on `now`. @default Infinity
   */
  maxSessionMs: number;
  /**
   * Most messages per session: the MAIL FROM of the next one gets `421 4.7.0` and the session is
   * closed, as for `maxSessionMs`. @default Infinity
   */
  maxMessagesPerSession: number;
}

/** Artificial latency, in milliseconds. */
export interface SimLatency {
  /** Before every SMTP command's reply. @default 0 */
  perCommand: number;
  /** Before the reply to the end of DATA. @default 0 */
  perMessage: number;
  /**
   * A simulated network round trip: every reply (the greeting included) reaches the client this
   * much later, without holding up the replies behind it, as on a real link. Pipelined commands
   * therefore cost one round trip together; a client that waits for each reply pays one per
   * command. @default 0
   */
  perReply: number;
}

/** Recipients that do not receive: matched case-insensitively; `*@domain` matches a whole domain. */
export interface SimMailboxes {
  /** Addresses that do not exist: RCPT gets `550 5.1.1`. @default [] */
  unknown: string[];
  /** Mailboxes that are full: RCPT gets `452 4.2.2`. @default [] */
  overQuota: string[];
  /**
   * Scripted replies: each recipient (or `*@domain`) always gets the catalog reply named, at the
   * step its page names: after the end of DATA for a `DATA` page, at RCPT TO for any other. For a
   * reply that only a fix clears, e.g. `{ 'bulk@example.test': '421-4.7.29-tls-required' }`.
   * @default {}
   */
  replies: Record<string, string>;
}

/** Random faults. Rates are probabilities in [0, 1] drawn from a seeded generator. */
export interface SimFaults {
  /** Seed of the generator, so a run with faults can be replayed. @default 1 */
  seed: number;
  /** Chance per MAIL, RCPT and end of DATA of a random transient reply from `transientReplies`. @default 0 */
  transientRate: number;
  /**
   * Catalog ids of the transient replies to draw from.
   * @default ['421-4.3.0-temporary-system-problem', '451-4.3.0-temporarily-rejected', '450-4.2.1-receiving-too-quickly']
   */
  transientReplies: string[];
  /** Chance per message that the connection is dropped in the middle of DATA. @default 0 */
  dropDuringDataRate: number;
  /** Chance per command that the session is closed with `421 4.7.0` instead of a reply. @default 0 */
  closeSessionRate: number;
  /** Chance per token request of a `500` answer. @default 0 */
  tokenErrorRate: number;
  /** Latency of every token endpoint answer. @default 0 */
  tokenLatencyMs: number;
}

/** Options of `startGmailSim()`. Everything is optional; the defaults behave like Gmail. */
export interface GmailSimOptions {
  /** Accounts that can log in. @default [defaultAccount] */
  accounts?: SimAccount[];
  /** Service accounts for the JWT-bearer grant. @default [] */
  serviceAccounts?: SimServiceAccount[];
  /** OAuth clients checked by the refresh-token grant; when empty, any client id is accepted. @default [] */
  oauthClients?: SimOAuthClient[];
  limits?: Partial<SimLimits>;
  latencyMs?: Partial<SimLatency>;
  mailboxes?: Partial<SimMailboxes>;
  faults?: Partial<SimFaults>;
  /** Lifetime of issued access tokens (`expires_in`). @default 3600 */
  tokenTtlS?: number;
  /**
   * Offer STARTTLS on `sim.smtp` and open an implicit-TLS port `sim.smtps`, with a self-signed
   * certificate made at start (or the `key`/`cert` you pass). With TLS on, AUTH before STARTTLS
   * gets `530 5.7.0` as on Gmail's port 587.
   * @default false
   */
  tls?: boolean | { key: string; cert: string };
  /**
   * A rejected XOAUTH2 token gets Gmail's `334` challenge and then `535 5.7.8` (true), or `535 5.7.8`
   * at once (false), for clients that cannot answer the challenge.
   * @default true
   */
  xoauth2Challenge?: boolean;
  /**
   * Catalog id of the reply past `messagesPerMinute`.
   * @default '421-4.7.0-temporary-system-problem'
   */
  rateLimitReply?: string;
  /** Name in the greeting and EHLO. @default 'smtp.gmail.com' */
  hostname?: string;
  /**
   * Answer EHLO/HELO with a generic name (`localhost`, `localhost.localdomain`, `[127.0.0.1]`, a
   * bare IP, a name without a dot) with `421 4.7.0 Try again later, closing connection. (EHLO)`
   * and close, as smtp-relay.gmail.com does.
   * @default false
   */
  rejectGenericEhlo?: boolean;
  /**
   * Also open `sim.silent`: a port that accepts TCP connections and never says anything, like a
   * host whose outbound SMTP is swallowed by a firewall or proxy (the client's greeting or TLS
   * handshake times out).
   * @default false
   */
  silentPort?: boolean;
  /** Clock for lockouts, rates and token lifetimes, so tests need no sleeps. @default Date.now */
  now?: () => number;
  /** The Gmail API at `sim.apiUrl`: quota units and accounts with Gmail off. */
  api?: Partial<SimApiOptions>;
}

/** The account `startGmailSim()` uses when you pass none (what `smtpfix sim` prints). */
export const defaultAccount: Readonly<Required<SimAccount>> = Object.freeze({
  user: 'app@example.test',
  appPassword: 'abcdefghijklmnop',
  password: 'account-pw',
  twoStep: true,
});

/** Gmail's limits, the defaults of {@link SimLimits}. */
export const defaultLimits: Readonly<SimLimits> = Object.freeze({
  sessionsPerAccount: 10,
  failedLoginsBeforeLockout: 3,
  failedLoginWindowMs: 60_000,
  lockoutMs: 60_000,
  messagesPerMinute: Number.POSITIVE_INFINITY,
  messagesPerDay: 2000,
  recipientsPerMessage: 100,
  maxMessageBytes: 36_700_160,
  idleTimeoutMs: 300_000,
  maxSessionMs: Number.POSITIVE_INFINITY,
  maxMessagesPerSession: Number.POSITIVE_INFINITY,
});

/** Defaults of {@link SimLatency}. */
export const defaultLatency: Readonly<SimLatency> = Object.freeze({
  perCommand: 0,
  perMessage: 0,
  perReply: 0,
});

/** Defaults of {@link SimFaults}. */
export const defaultFaults: Readonly<SimFaults> = Object.freeze({
  seed: 1,
  transientRate: 0,
  transientReplies: Object.freeze([
    '421-4.3.0-temporary-system-problem',
    '451-4.3.0-temporarily-rejected',
    '450-4.2.1-receiving-too-quickly',
  ]) as string[],
  dropDuringDataRate: 0,
  closeSessionRate: 0,
  tokenErrorRate: 0,
  tokenLatencyMs: 0,
});

/** Defaults of the scalar options of {@link GmailSimOptions}. */
export const defaultGmailSimOptions = Object.freeze({
  tokenTtlS: 3600,
  tls: false,
  xoauth2Challenge: true,
  rateLimitReply: '421-4.7.0-temporary-system-problem',
  hostname: 'smtp.gmail.com',
  rejectGenericEhlo: false,
  silentPort: false,
});

/** An account after normalisation; the secrets are not enumerable, so they never show in logs. */
export interface ResolvedAccount {
  readonly user: string;
  readonly key: string;
  readonly twoStep: boolean;
  readonly appPassword: string | undefined;
  readonly password: string | undefined;
}

/** A service account after normalisation. */
export interface ResolvedServiceAccount {
  readonly clientEmail: string;
  readonly publicKey: KeyObject;
  readonly scopes: readonly string[];
}

/** Every option filled in and checked; what the rest of the package reads. */
export interface ResolvedOptions {
  readonly accounts: ReadonlyMap<string, ResolvedAccount>;
  readonly serviceAccounts: ReadonlyMap<string, ResolvedServiceAccount>;
  readonly oauthClients: ReadonlyMap<string, string>;
  readonly limits: Readonly<SimLimits>;
  readonly latencyMs: Readonly<SimLatency>;
  readonly mailboxes: {
    readonly unknown: ReadonlySet<string>;
    readonly overQuota: ReadonlySet<string>;
    /** Lower-cased recipient (or `*@domain`) → catalog id of its scripted reply. */
    readonly replies: ReadonlyMap<string, string>;
  };
  readonly faults: Readonly<SimFaults>;
  readonly tokenTtlS: number;
  readonly tls: false | { key: string; cert: string } | 'generate';
  readonly xoauth2Challenge: boolean;
  readonly rateLimitReply: string;
  readonly hostname: string;
  readonly rejectGenericEhlo: boolean;
  readonly silentPort: boolean;
  readonly now: () => number;
  readonly api: Readonly<SimApiOptions>;
}

/** Gmail compares addresses without regard to case. */
export const accountKey = (user: string): string => user.trim().toLowerCase();

function hidden<T extends object>(target: T, key: string, value: unknown): T {
  Object.defineProperty(target, key, { value, enumerable: false });
  return target;
}

type Issues = string[];

function checkCount(issues: Issues, name: string, value: unknown, { min = 0, infinite = false } = {}): void {
  if (value === Number.POSITIVE_INFINITY && infinite) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    issues.push(
      `${name} must be an integer >= ${min}${infinite ? ' or Infinity' : ''}, got ${JSON.stringify(value)}`,
    );
  }
}

function checkRate(issues: Issues, name: string, value: unknown): void {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    issues.push(`${name} must be a probability between 0 and 1, got ${JSON.stringify(value)}`);
  }
}

function resolveAccounts(issues: Issues, accounts: SimAccount[] | undefined): Map<string, ResolvedAccount> {
  const out = new Map<string, ResolvedAccount>();
  const list = accounts ?? [defaultAccount];
  if (!Array.isArray(list) || list.length === 0) {
    issues.push('accounts must list at least one account, e.g. [{ user, appPassword }]');
    return out;
  }
  for (const [i, account] of list.entries()) {
    if (!account || typeof account.user !== 'string' || !account.user.includes('@')) {
      issues.push(`accounts[${i}].user must be an email address, got ${JSON.stringify(account?.user)}`);
      continue;
    }
    const key = accountKey(account.user);
    if (out.has(key))
      issues.push(`accounts[${i}].user ${account.user} is listed twice; list each account once`);
    if (account.appPassword === undefined && account.password === undefined) {
      // Still valid: an OAuth-only account logs in with XOAUTH2 alone.
    }
    const resolved = { user: account.user.trim(), key, twoStep: account.twoStep ?? true } as ResolvedAccount;
    hidden(resolved, 'appPassword', account.appPassword?.replaceAll(' ', ''));
    hidden(resolved, 'password', account.password);
    out.set(key, Object.freeze(resolved));
  }
  return out;
}

function resolveServiceAccounts(
  issues: Issues,
  list: SimServiceAccount[] | undefined,
): Map<string, ResolvedServiceAccount> {
  const out = new Map<string, ResolvedServiceAccount>();
  for (const [i, sa] of (list ?? []).entries()) {
    if (!sa || typeof sa.clientEmail !== 'string' || sa.clientEmail === '') {
      issues.push(`serviceAccounts[${i}].clientEmail must be the service account's email (the JWT's iss)`);
      continue;
    }
    let publicKey: KeyObject;
    try {
      publicKey = typeof sa.publicKey === 'string' ? createPublicKey(sa.publicKey) : sa.publicKey;
      if (publicKey.asymmetricKeyType !== 'rsa') throw new Error('not an RSA key');
    } catch {
      issues.push(
        `serviceAccounts[${i}].publicKey must be the RSA public key (PEM) of ${sa.clientEmail}, e.g. from crypto.generateKeyPairSync('rsa')`,
      );
      continue;
    }
    out.set(sa.clientEmail, {
      clientEmail: sa.clientEmail,
      publicKey,
      scopes: sa.scopes ?? ['https://mail.google.com/'],
    });
  }
  return out;
}

/**
 * Fills in every default and checks every option, so a mistake fails at `startGmailSim()` with a
 * message that says what to change, never later on the wire.
 * @throws {GmailSimError} `INVALID_OPTION`
 */
export function resolveOptions(options: GmailSimOptions = {}): ResolvedOptions {
  const issues: Issues = [];
  // Unknown keys first: a misspelt limit would otherwise leave Gmail's default in force.
  for (const unknown of checkOptionKeys(gmailSimOptionShape, options)) issues.push(unknown.message);
  const accounts = resolveAccounts(issues, options.accounts);
  const serviceAccounts = resolveServiceAccounts(issues, options.serviceAccounts);
  const oauthClients = new Map<string, string>();
  for (const [i, c] of (options.oauthClients ?? []).entries()) {
    if (!c || typeof c.clientId !== 'string' || typeof c.clientSecret !== 'string') {
      issues.push(`oauthClients[${i}] must be { clientId, clientSecret } strings`);
    } else oauthClients.set(c.clientId, c.clientSecret);
  }

  const limits: SimLimits = { ...defaultLimits, ...options.limits };
  for (const key of Object.keys(limits) as (keyof SimLimits)[]) {
    if (!(key in defaultLimits)) continue; // reported above, with the nearest limit
    const infinite =
      key === 'messagesPerMinute' ||
      key === 'messagesPerDay' ||
      key === 'maxSessionMs' ||
      key === 'maxMessagesPerSession' ||
      key === 'sessionsPerAccount' ||
      key === 'recipientsPerMessage' ||
      key === 'maxMessageBytes' ||
      key === 'failedLoginsBeforeLockout' ||
      key === 'idleTimeoutMs';
    const min = key === 'lockoutMs' || key === 'failedLoginWindowMs' ? 0 : 1;
    checkCount(issues, `limits.${key}`, limits[key], { min, infinite });
  }

  const latencyMs: SimLatency = { ...defaultLatency, ...options.latencyMs };
  checkCount(issues, 'latencyMs.perCommand', latencyMs.perCommand);
  checkCount(issues, 'latencyMs.perMessage', latencyMs.perMessage);
  checkCount(issues, 'latencyMs.perReply', latencyMs.perReply);

  const faults: SimFaults = { ...defaultFaults, ...options.faults };
  checkCount(issues, 'faults.seed', faults.seed);
  checkRate(issues, 'faults.transientRate', faults.transientRate);
  checkRate(issues, 'faults.dropDuringDataRate', faults.dropDuringDataRate);
  checkRate(issues, 'faults.closeSessionRate', faults.closeSessionRate);
  checkRate(issues, 'faults.tokenErrorRate', faults.tokenErrorRate);
  checkCount(issues, 'faults.tokenLatencyMs', faults.tokenLatencyMs);
  if (!Array.isArray(faults.transientReplies) || faults.transientReplies.length === 0) {
    issues.push(
      'faults.transientReplies must list at least one catalog id, e.g. 451-4.3.0-temporarily-rejected',
    );
  }

  const lower = (list: string[] | undefined, name: string) => {
    if (list !== undefined && !Array.isArray(list))
      issues.push(`mailboxes.${name} must be an array of addresses`);
    return new Set((list ?? []).map((a) => a.trim().toLowerCase()));
  };
  const replies = new Map<string, string>();
  const scripted: unknown = options.mailboxes?.replies;
  if (
    scripted !== undefined &&
    (scripted === null || typeof scripted !== 'object' || Array.isArray(scripted))
  ) {
    issues.push(
      "mailboxes.replies must map recipients to catalog ids, e.g. { 'bulk@example.test': '421-4.7.29-tls-required' }",
    );
  } else {
    for (const [address, id] of Object.entries((scripted ?? {}) as Record<string, unknown>)) {
      if (typeof id !== 'string') issues.push(`mailboxes.replies["${address}"] must be a catalog id string`);
      else replies.set(address.trim().toLowerCase(), id);
    }
  }
  const mailboxes = {
    unknown: lower(options.mailboxes?.unknown, 'unknown'),
    overQuota: lower(options.mailboxes?.overQuota, 'overQuota'),
    replies,
  };

  const tokenTtlS = options.tokenTtlS ?? defaultGmailSimOptions.tokenTtlS;
  checkCount(issues, 'tokenTtlS', tokenTtlS, { min: 1 });

  let tls: ResolvedOptions['tls'] = false;
  if (options.tls === true) tls = 'generate';
  else if (options.tls && typeof options.tls === 'object') {
    if (typeof options.tls.key !== 'string' || typeof options.tls.cert !== 'string') {
      issues.push('tls must be true (make a self-signed certificate) or { key, cert } as PEM strings');
    } else tls = { key: options.tls.key, cert: options.tls.cert };
  } else if (options.tls !== undefined && options.tls !== false) {
    issues.push('tls must be a boolean or { key, cert }');
  }

  const api = resolveApiOptions(issues, options.api);
  if (options.now !== undefined && typeof options.now !== 'function') {
    issues.push('now must be a function returning milliseconds, like Date.now');
  }

  if (issues.length > 0) {
    throw new GmailSimError('INVALID_OPTION', `Invalid gmail-sim options:\n- ${issues.join('\n- ')}`);
  }
  return Object.freeze({
    accounts,
    serviceAccounts,
    oauthClients,
    limits: Object.freeze(limits),
    latencyMs: Object.freeze(latencyMs),
    mailboxes,
    faults: Object.freeze({ ...faults, transientReplies: [...faults.transientReplies] }),
    tokenTtlS,
    tls,
    xoauth2Challenge: options.xoauth2Challenge ?? defaultGmailSimOptions.xoauth2Challenge,
    rateLimitReply: options.rateLimitReply ?? defaultGmailSimOptions.rateLimitReply,
    hostname: options.hostname ?? defaultGmailSimOptions.hostname,
    rejectGenericEhlo: options.rejectGenericEhlo ?? defaultGmailSimOptions.rejectGenericEhlo,
    silentPort: options.silentPort ?? defaultGmailSimOptions.silentPort,
    now: options.now ?? Date.now,
    api: Object.freeze(api),
  });
}
