import type { SimLimits } from './options.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** What the sim remembers per account between sessions. */
interface AccountState {
  sessions: number;
  failures: number[];
  lockedUntil: number;
  sent: number[];
}

/** Why a message is refused before it is sent, if it is. */
export type QuotaVerdict = 'ok' | 'per-minute' | 'per-day';

/**
 * Per-account limits: the session cap, the failed-login lockout and the send quotas. Pure state
 * with an injected clock, so windows can be crossed in tests without sleeping.
 */
export class AccountLimits {
  private readonly state = new Map<string, AccountState>();

  constructor(
    private readonly limits: Readonly<SimLimits>,
    private readonly now: () => number,
  ) {}

  private get(key: string): AccountState {
    let s = this.state.get(key);
    if (!s) {
      s = { sessions: 0, failures: [], lockedUntil: 0, sent: [] };
      this.state.set(key, s);
    }
    return s;
  }

  /** True while the account is locked out after failed logins. */
  isLockedOut(key: string): boolean {
    return this.get(key).lockedUntil > this.now();
  }

  /** Records a failed login; returns true when this failure starts a lockout. */
  recordFailure(key: string): boolean {
    const s = this.get(key);
    const now = this.now();
    s.failures = s.failures.filter((t) => t > now - this.limits.failedLoginWindowMs);
    s.failures.push(now);
    if (s.failures.length >= this.limits.failedLoginsBeforeLockout) {
      s.failures = [];
      s.lockedUntil = now + this.limits.lockoutMs;
      return true;
    }
    return false;
  }

  /** A good login clears the run of failures, as a correct password does on Gmail. */
  recordSuccess(key: string): void {
    this.get(key).failures = [];
  }

  /** Takes a session slot; false when the account is at its cap. */
  openSession(key: string): number | false {
    const s = this.get(key);
    if (s.sessions >= this.limits.sessionsPerAccount) return false;
    s.sessions += 1;
    return s.sessions;
  }

  closeSession(key: string): number {
    const s = this.get(key);
    s.sessions = Math.max(0, s.sessions - 1);
    return s.sessions;
  }

  sessions(key: string): number {
    return this.get(key).sessions;
  }

  /** Whether one more message fits the rolling per-minute and per-day quotas. */
  checkQuota(key: string): QuotaVerdict {
    const s = this.get(key);
    const now = this.now();
    s.sent = s.sent.filter((t) => t > now - DAY_MS);
    if (s.sent.length >= this.limits.messagesPerDay) return 'per-day';
    let lastMinute = 0;
    for (const t of s.sent) if (t > now - MINUTE_MS) lastMinute += 1;
    if (lastMinute >= this.limits.messagesPerMinute) return 'per-minute';
    return 'ok';
  }

  recordSent(key: string): void {
    this.get(key).sent.push(this.now());
  }

  /** Forgets lockouts, failures and quotas; keeps the count of sessions that are still open. */
  reset(): void {
    for (const s of this.state.values()) {
      s.failures = [];
      s.lockedUntil = 0;
      s.sent = [];
    }
  }
}
