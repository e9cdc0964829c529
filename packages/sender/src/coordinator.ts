import { Semaphore } from './semaphore.js';

/** An access token and when it stops working (ms since the epoch). */
export interface AccessToken {
  token: string;
  expiresAt: number;
}

/** A session slot. Held for the whole SMTP session (not per message) and returned once. */
export interface SessionLease {
  /** Returns the slot. Safe to call twice. */
  release(): Promise<void>;
  /**
   * Optional. Calls `listener` once another sender is waiting for a slot of the account (at once
   * when one is waiting now) and returns the function that stops listening. An idle session then
   * gives its slot up at once instead of holding it for `idleTimeoutMs` while the other waits.
   */
  onWanted?(listener: () => void): () => void;
}

/** Why an account's credential was refused; serialisable, so a shared store can keep it. */
export interface CredentialRejection {
  /** A fingerprint of the refused credential (never the credential): a new one is not blocked. */
  fingerprint: string;
  /** The reply or token-endpoint error, as text the classifier reads (no secret in it). */
  reply: string;
  /** `'auth'` for an SMTP AUTH refusal, `'token'` for the token endpoint's. */
  stage: 'auth' | 'token';
  /** When it was seen (ms since the epoch). */
  at: number;
}

/** What every sender of an account must respect before opening a session. */
export interface AccountState {
  /** No new AUTH before this time (ms since the epoch): after a `454 4.7.0` or a lockout. 0 when not paused. */
  pausedUntil: number;
  /** Consecutive pauses without a successful AUTH in between; drives the exponential back-off. */
  pauses: number;
  /** Sessions learned to be the account's real cap after a `454`, or `undefined` when none was learned. */
  sessionLimit: number | undefined;
  /** When `sessionLimit` was learned; the sender grows the limit back from there. */
  sessionLimitAt: number;
  /** The refused credentials, by fingerprint. */
  rejected: readonly CredentialRejection[];
}

/** A change to the pause state of an account. */
export interface PauseUpdate {
  /** Pause new AUTH until this time; the later of this and the current pause wins. */
  until?: number;
  /** Lower (or set) the learned session cap. */
  sessionLimit?: number;
  /** Count this pause in `pauses`. @default true when `until` is given */
  count?: boolean;
}

/** Messages sent by an account in the current minute and day windows. */
export interface SendCounts {
  minute: number;
  day: number;
  /**
   * Recipients those messages reached in the day window, each counted every time a message is sent
   * to it: Google Workspace's daily limit of 10,000 recipients counts these, besides 2,000 messages.
   * Absent from a coordinator that counts messages only.
   */
  dayRecipients?: number;
}

/**
 * Everything a sender keeps per account and shares with every other sender of that account:
 * session slots under the account's cap, the access token with its single in-flight refresh, the
 * pause after a `454` or lockout, refused credentials, and send counters. The default is
 * in-process ({@link inProcessCoordinator}); `@smtpfix/redis` implements it for a fleet.
 *
 * Every method is async and keyed by the account (the lower-cased address), so an implementation
 * can live in another process. The hot path calls none of them per message except `recordSent`.
 */
export interface Coordinator {
  /** Waits until fewer than `limit` sessions of `account` are open, then takes a slot. Rejects when `signal` aborts. */
  acquireSession(account: string, limit: number, signal: AbortSignal): Promise<SessionLease>;
  /**
   * The shared access token. Returns the cached one while it has `minValidityMs` left and is not
   * `rejected`; otherwise runs `refresh` — once, however many callers ask at the same time — and
   * caches its result. A failed refresh rejects every waiting caller and caches nothing.
   *
   * The sender calls it with the account qualified by its credential's fingerprint
   * (`app@acme.com#3f2a…`, no secret in it) as `account`, so a token is shared only by senders of
   * the same credential and never handed to a sender whose own credential was revoked.
   */
  token(
    account: string,
    refresh: () => Promise<AccessToken>,
    options: { minValidityMs: number; rejected?: string },
  ): Promise<AccessToken>;
  /** The pause, learned cap and refused credentials of `account`. */
  state(account: string): Promise<AccountState>;
  /** Records a `454` / lockout pause or a learned session cap. */
  pause(account: string, update: PauseUpdate): Promise<void>;
  /** A successful AUTH: clears the run of pauses (the learned cap stays). */
  authSucceeded(account: string): Promise<void>;
  /** Stops AUTH with this credential for every sender of the account. */
  rejectCredential(account: string, rejection: CredentialRejection): Promise<void>;
  /**
   * Counts one delivered message that reached `recipients` recipients (default 1); returns the
   * counts of the current windows.
   */
  recordSent(account: string, recipients?: number): Promise<SendCounts>;
  /**
   * Optional: the Gmail API's quota units of `account`, shared by every process (a token bucket
   * of `burst` units refilled at `ratePerMinute`). Takes `units` when they fit and resolves 0;
   * otherwise takes nothing and resolves with the ms to wait before asking again. Without it
   * (the in-process coordinator), each process paces itself with its own bucket.
   */
  takeUnits?(account: string, units: number, budget: QuotaBudget): Promise<number>;
}

/** The shape of an account's Gmail API quota bucket, in units. */
export interface QuotaBudget {
  /** Units the bucket refills per minute. */
  ratePerMinute: number;
  /** Units it holds at most (what may go at once after a quiet spell). */
  burst: number;
}

interface AccountRecord {
  slots: Semaphore;
  token: AccessToken | undefined;
  refreshing: Promise<AccessToken> | undefined;
  pausedUntil: number;
  pauses: number;
  sessionLimit: number | undefined;
  sessionLimitAt: number;
  rejected: CredentialRejection[];
  minute: { start: number; count: number };
  day: { start: number; count: number; recipients: number };
}

/**
 * A {@link Coordinator} that keeps its state in this process. Every call of
 * `inProcessCoordinator()` without a `now` returns the same module-level instance, so all senders
 * of an account in the process share one set of slots and one token.
 */
export class InProcessCoordinator implements Coordinator {
  private readonly accounts = new Map<string, AccountRecord>();

  constructor(private readonly now: () => number = Date.now) {}

  private get(account: string): AccountRecord {
    let r = this.accounts.get(account);
    if (!r) {
      r = {
        slots: new Semaphore(),
        token: undefined,
        refreshing: undefined,
        pausedUntil: 0,
        pauses: 0,
        sessionLimit: undefined,
        sessionLimitAt: 0,
        rejected: [],
        minute: { start: 0, count: 0 },
        day: { start: 0, count: 0, recipients: 0 },
      };
      this.accounts.set(account, r);
    }
    return r;
  }

  /** Sessions of `account` open now in this process (for tests and metrics). */
  openSessions(account: string): number {
    return this.get(account).slots.size;
  }

  async acquireSession(account: string, limit: number, signal: AbortSignal): Promise<SessionLease> {
    const slots = this.get(account).slots;
    await slots.acquire(limit, signal);
    let released = false;
    return {
      release: async () => {
        if (released) return;
        released = true;
        slots.release();
      },
      onWanted: (listener) => slots.onWaiter(listener),
    };
  }

  token(
    account: string,
    refresh: () => Promise<AccessToken>,
    options: { minValidityMs: number; rejected?: string },
  ): Promise<AccessToken> {
    const r = this.get(account);
    const cached = r.token;
    if (
      cached &&
      cached.token !== options.rejected &&
      cached.expiresAt - this.now() > options.minValidityMs
    ) {
      return Promise.resolve(cached);
    }
    if (cached && cached.token === options.rejected) r.token = undefined;
    if (!r.refreshing) {
      const p = refresh().then(
        (t) => {
          if (r.refreshing === p) r.refreshing = undefined;
          r.token = t;
          return t;
        },
        (err: unknown) => {
          if (r.refreshing === p) r.refreshing = undefined;
          throw err;
        },
      );
      r.refreshing = p;
    }
    return r.refreshing;
  }

  async state(account: string): Promise<AccountState> {
    const r = this.get(account);
    return {
      pausedUntil: r.pausedUntil,
      pauses: r.pauses,
      sessionLimit: r.sessionLimit,
      sessionLimitAt: r.sessionLimitAt,
      rejected: [...r.rejected],
    };
  }

  async pause(account: string, update: PauseUpdate): Promise<void> {
    const r = this.get(account);
    if (update.until !== undefined) {
      r.pausedUntil = Math.max(r.pausedUntil, update.until);
      if (update.count ?? true) r.pauses += 1;
    }
    if (update.sessionLimit !== undefined) {
      r.sessionLimit = Math.max(1, update.sessionLimit);
      r.sessionLimitAt = this.now();
    }
  }

  async authSucceeded(account: string): Promise<void> {
    this.get(account).pauses = 0;
  }

  async rejectCredential(account: string, rejection: CredentialRejection): Promise<void> {
    const r = this.get(account);
    r.rejected = [...r.rejected.filter((x) => x.fingerprint !== rejection.fingerprint), rejection];
  }

  async recordSent(account: string, recipients = 1): Promise<SendCounts> {
    const r = this.get(account);
    const now = this.now();
    if (now - r.minute.start >= 60_000) r.minute = { start: now, count: 0 };
    if (now - r.day.start >= 86_400_000) r.day = { start: now, count: 0, recipients: 0 };
    r.minute.count += 1;
    r.day.count += 1;
    r.day.recipients += Math.max(0, Math.floor(recipients));
    return { minute: r.minute.count, day: r.day.count, dayRecipients: r.day.recipients };
  }
}

let shared: InProcessCoordinator | undefined;

/**
 * The process-wide in-process coordinator: the default of `createSender({ coordinator })`.
 * Pass `now` to get a private instance on another clock (tests).
 */
export function inProcessCoordinator(options: { now?: () => number } = {}): InProcessCoordinator {
  if (options.now) return new InProcessCoordinator(options.now);
  shared ??= new InProcessCoordinator();
  return shared;
}
