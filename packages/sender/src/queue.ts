import type { Diagnosis } from '@smtpfix/core';
import type { Clock } from './backoff.js';
import { SenderError, type WireError } from './errors.js';
import type { BuiltMessage, MailMessage } from './message.js';
import type { RejectedRecipient, SendResult } from './sender.js';

// The queue of one sender, whatever carries its messages (SMTP sessions or API calls): what a
// queued message keeps, the checks send() makes, and the one timer that wakes the scheduler.

/** A queued message, as every transport keeps it. */
export interface QueuedJob {
  /** The message as given (a copy: see {@link newJob}). */
  message: MailMessage;
  built: BuiltMessage | undefined;
  /** The Message-ID once built (or the one the caller set). */
  messageId: string | undefined;
  /** Attempts on the wire so far. */
  attempts: number;
  /** After this time (clock ms) the message fails with `RETRY_EXHAUSTED`. */
  deadline: number;
  /** Not to be tried before this time (a retry's back-off, a pause). */
  notBefore: number;
  /** The catalog's reading of the last failure. */
  diagnosis: Diagnosis | undefined;
  lastError: WireError | undefined;
  /** Recipients that already have the message (one sent in several transactions), for a failure's report. */
  reached?: readonly string[];
  /** Recipients refused for good so far, each with its reply, for a failure's report. */
  refused?: readonly RejectedRecipient[];
  /** Lower-cased recipients not to send to (`SendOptions.skipRecipients`). */
  skip?: ReadonlySet<string>;
  /** Told of the recipients reached between two transactions (`SendOptions.onReached`). */
  onReached?: (reached: readonly string[]) => void | Promise<void>;
  resolve(result: SendResult): void;
  reject(err: SenderError): void;
}

/**
 * Checks what send() was given, before anything is queued.
 * @throws {SenderError} `CLOSED` after close(), `INVALID_MESSAGE` for a non-object.
 */
export function admit(message: unknown, closing: boolean): asserts message is MailMessage {
  if (closing) throw new SenderError('CLOSED', 'This sender is closed; create a new one with createSender()');
  if (!message || typeof message !== 'object') {
    throw new SenderError('INVALID_MESSAGE', 'send() needs a message object: { to, subject, text }');
  }
}

/**
 * The recipients `options.skipRecipients` names, lower-cased; undefined when none.
 * @throws {SenderError} `INVALID_MESSAGE` when it is not an array of strings.
 */
export function skipSet(
  options: { skipRecipients?: readonly string[] } | undefined,
): ReadonlySet<string> | undefined {
  const list = options?.skipRecipients;
  if (list === undefined) return undefined;
  if (!Array.isArray(list) || list.some((a) => typeof a !== 'string')) {
    throw new SenderError(
      'INVALID_MESSAGE',
      "send(message, { skipRecipients }) takes an array of addresses, e.g. a failed send's error.accepted",
    );
  }
  return list.length === 0 ? undefined : new Set(list.map((a) => a.toLowerCase()));
}

/**
 * `options.onReached`, checked.
 * @throws {SenderError} `INVALID_MESSAGE` when it is given and not a function.
 */
export function reachedListener(
  options: { onReached?: unknown } | undefined,
): ((reached: readonly string[]) => void | Promise<void>) | undefined {
  const fn = options?.onReached;
  if (fn === undefined) return undefined;
  if (typeof fn !== 'function') {
    throw new SenderError(
      'INVALID_MESSAGE',
      'send(message, { onReached }) takes a function, called with the recipients reached so far',
    );
  }
  return fn as (reached: readonly string[]) => void | Promise<void>;
}

/**
 * A new job, due now. The message is copied (recipient arrays included): it is built later, and a
 * caller that reuses and changes its object after send() must not change what this send delivers.
 */
export function newJob(
  message: MailMessage,
  now: number,
  deadlineMs: number,
  resolve: (result: SendResult) => void,
  reject: (err: SenderError) => void,
): QueuedJob {
  const snapshot: MailMessage = { ...message };
  for (const k of ['to', 'cc', 'bcc'] as const) {
    const v = snapshot[k];
    if (Array.isArray(v)) snapshot[k] = [...v] as typeof v;
  }
  return {
    message: snapshot,
    built: undefined,
    messageId: message.messageId,
    attempts: 0,
    deadline: now + deadlineMs,
    notBefore: now,
    diagnosis: undefined,
    lastError: undefined,
    resolve,
    reject,
  };
}

/** The messages of one sender waiting to go, due now or after a back-off. */
export class JobQueue<J extends QueuedJob> {
  /** In order; the scheduler may read it (deadlines, blockers), changes go through the methods. */
  readonly jobs: J[] = [];

  get length(): number {
    return this.jobs.length;
  }

  push(job: J): void {
    this.jobs.push(job);
  }

  /** Puts a job at the head: it goes next. */
  unshift(job: J): void {
    this.jobs.unshift(job);
  }

  /** Messages due at `now`. */
  readyCount(now: number): number {
    let n = 0;
    for (const j of this.jobs) if (j.notBefore <= now) n += 1;
    return n;
  }

  /** Removes and returns the first message due at `now`. */
  take(now: number): J | undefined {
    const i = this.jobs.findIndex((j) => j.notBefore <= now);
    return i < 0 ? undefined : this.jobs.splice(i, 1)[0];
  }

  /** Removes and returns every message. */
  takeAll(): J[] {
    return this.jobs.splice(0);
  }

  /** Removes and returns the messages `pick` chooses, last first (the order they were always failed in). */
  takeWhere(pick: (job: J) => boolean): J[] {
    const out: J[] = [];
    for (let i = this.jobs.length - 1; i >= 0; i--) {
      const job = this.jobs[i]!;
      if (pick(job)) {
        this.jobs.splice(i, 1);
        out.push(job);
      }
    }
    return out;
  }
}

/**
 * The one timer of a scheduler: it runs `fn` at the earliest time asked for, and a later time
 * asked for meanwhile changes nothing (the run at the earlier time looks again).
 */
export class Wake {
  private at = Number.POSITIVE_INFINITY;
  private timer: unknown;

  constructor(
    private readonly clock: Clock,
    private readonly fn: () => void,
  ) {}

  /** Runs `fn` at `at` (clock ms) unless a run is due sooner; no-op for an infinite time. */
  set(at: number): void {
    if (!Number.isFinite(at) || at >= this.at) return;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.at = at;
    this.timer = this.clock.setTimeout(
      () => {
        this.timer = undefined;
        this.at = Number.POSITIVE_INFINITY;
        this.fn();
      },
      Math.max(0, at - this.clock.now()),
    );
  }

  /** Cancels the pending run (on close). */
  cancel(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
