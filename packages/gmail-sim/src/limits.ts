import type { SimLimits } from './options.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** What the sim remembers per account between sessions. */
interface AccountState {
  sessions: number;
  failures: number[];
  lockedUntil: number;
  /**
   * Send times in the order they happened; entries before `dayStart` left the day window and
   * those before `minuteStart` the minute window. Cursors instead of filtering keep the check
   * O(1) per message: a sim that slows down as it fills up would bill a benchmark for its own cost.
   */
  sent: number[];
  dayStart: number;
  minuteStart: number;
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
      s = { sessions: 0, failures: [], lockedUntil: 0, sent: [], dayStart: 0, minuteStart: 0 };
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
    while (s.dayStart < s.sent.length && s.sent[s.dayStart]! <= now - DAY_MS) s.dayStart += 1;
    if (s.dayStart > 1024 && s.dayStart * 2 > s.sent.length) {
      s.sent = s.sent.slice(s.dayStart);
      s.minuteStart = Math.max(0, s.minuteStart - s.dayStart);
      s.dayStart = 0;
    }
    s.minuteStart = Math.max(s.minuteStart, s.dayStart);
    while (s.minuteStart < s.sent.length && s.sent[s.minuteStart]! <= now - MINUTE_MS) s.minuteStart += 1;
    if (s.sent.length - s.dayStart >= this.limits.messagesPerDay) return 'per-day';
    if (s.sent.length - s.minuteStart >= this.limits.messagesPerMinute) return 'per-minute';
    return 'ok';
  }

  /** When the oldest message of the rolling day leaves it: the earliest a refused message can go. */
  dayWindowEnd(key: string): number {
    const s = this.get(key);
    const oldest = s.sent[s.dayStart];
    return oldest === undefined ? this.now() : oldest + DAY_MS;
  }

  recordSent(key: string): void {
    const s = this.get(key);
    // An injected clock may step back; keeping the list in order keeps the cursors right.
    s.sent.push(Math.max(this.now(), s.sent[s.sent.length - 1] ?? 0));
  }

  /** Forgets lockouts, failures and quotas; keeps the count of sessions that are still open. */
  reset(): void {
    for (const s of this.state.values()) {
      s.failures = [];
      s.lockedUntil = 0;
      s.sent = [];
      s.dayStart = 0;
      s.minuteStart = 0;
    }
  }
}
