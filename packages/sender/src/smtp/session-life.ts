/**
 * How long the server lets one session live, learned from the sessions it recycled.
 *
 * Gmail ends sessions that are old or have carried many messages by answering the next MAIL FROM
 * (or RCPT TO, or the end of DATA) with `421 4.7.0` and closing. Each such close of a session that
 * had been working says at what age and after how many messages it happened. Once the last
 * {@link SAMPLES} closes agree — ages within {@link AGE_SPREAD} of each other (an age limit), or
 * else the same message count at ages far apart (a count limit) — the sender retires its sessions just before that point instead of handing them messages
 * that would be refused. Closes that do not agree (random ones, a front end restarting) teach
 * nothing, so a few stray closes never shrink every session to one message.
 */
export class SessionLife {
  private readonly closes: { ageMs: number; messages: number }[] = [];
  private maxAgeMs = Number.POSITIVE_INFINITY;
  private maxMessages = Number.POSITIVE_INFINITY;
  /** How long one message takes on a session (moving average), to see where a queued one would start. */
  private messageMs = 0;

  /**
   * A session that had delivered `messages` (at least one) was recycled by the server when it
   * began a transaction at `ageMs` after it was opened.
   */
  recycled(ageMs: number, messages: number): void {
    if (messages < 1) return;
    this.closes.push({ ageMs, messages });
    if (this.closes.length > SAMPLES) this.closes.shift();
    if (this.closes.length < SAMPLES) return;
    const ages = this.closes.map((c) => c.ageMs);
    const youngest = Math.min(...ages);
    const sameCount = new Set(this.closes.map((c) => c.messages)).size === 1;
    // Closes a few milliseconds after opening come from a count limit (or chance), never from an
    // age limit: believing one would leave no time to send anything on a session.
    if (youngest < MIN_AGE_LIMIT_MS) {
      if (sameCount) this.maxMessages = Math.min(this.maxMessages, messages);
      return;
    }
    if (Math.max(...ages) <= youngest * (1 + AGE_SPREAD)) {
      // Closes at one age: an age limit. Their message counts only say how busy the sessions
      // were (a session that took long to open carried fewer), so they teach nothing.
      this.maxAgeMs = Math.min(this.maxAgeMs, youngest);
      return;
    }
    // The same count at ages far apart (twice the youngest or more): a count limit. Equal counts at
    // nearby ages are what an age limit looks like under steady traffic, so they are not enough.
    if (Math.max(...ages) >= youngest * 2 && sameCount) {
      this.maxMessages = Math.min(this.maxMessages, messages);
    }
  }

  /** A message took `ms` from the moment the server began it (its MAIL FROM) to its final reply. */
  messageTook(ms: number): void {
    this.messageMs = this.messageMs === 0 ? ms : this.messageMs * 0.8 + ms * 0.2;
  }

  /** The average time of one message (0 before the first). */
  expectedMessageMs(): number {
    return this.messageMs;
  }

  /** The learned limits (`Infinity` while none is known), for stats and tests. */
  limits(): { ageMs: number; messages: number } {
    return { ageMs: this.maxAgeMs, messages: this.maxMessages };
  }

  /** True when a session this old, having carried this many messages, should not start another. */
  spent(ageMs: number, messages: number): boolean {
    // A session always carries its first message, whatever was learned: a limit that spent fresh
    // sessions would have the sender open, log in and close sessions in a loop, which is what gets
    // an account locked out with 454.
    if (messages === 0) return false;
    return messages >= this.maxMessages || ageMs >= this.retireAgeMs();
  }

  /** Milliseconds until a session of age `ageMs` is spent by age (`Infinity` when no age limit is known). */
  msUntilSpent(ageMs: number): number {
    return Math.max(0, this.retireAgeMs() - ageMs);
  }

  /** A little before the learned age: the client's clock starts before the server's, and timers slip. */
  private retireAgeMs(): number {
    if (!Number.isFinite(this.maxAgeMs)) return Number.POSITIVE_INFINITY;
    return this.maxAgeMs - Math.max(RETIRE_EARLY_MIN_MS, this.maxAgeMs * RETIRE_EARLY_SHARE);
  }
}

/** Closes that must agree before a limit is believed. */
const SAMPLES = 3;
/**
 * How far apart (as a share of the youngest) the ages of agreeing closes may be: the close comes at
 * the first MAIL FROM past the limit, so up to one message later, and later still on a busy host.
 */
const AGE_SPREAD = 0.5;
/** The youngest close an age limit is believed from (Gmail's are minutes; the simulator's, seconds). */
const MIN_AGE_LIMIT_MS = 100;
/** Retire this share of the learned age early … */
const RETIRE_EARLY_SHARE = 0.05;
/** … and at least this much. */
const RETIRE_EARLY_MIN_MS = 20;
