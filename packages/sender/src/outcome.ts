import { classify } from '@smtpfix/core';
import type { Clock, RetryOptions } from './backoff.js';
import type { AccessToken, Coordinator, CredentialRejection } from './coordinator.js';
import { SenderError, type SenderErrorCode, type SenderErrorDetails } from './errors.js';
import { Emitter, type SenderStats } from './events.js';
import type { QueuedJob } from './queue.js';
import type { SendResult } from './sender.js';

// How a queued message ends (sent, retried, failed), counted and told as events the same way by
// every transport: one place decides the wording of a failure and what the counters see.

/** The counters of {@link SenderStats} a sender keeps itself (the rest are read when asked). */
export type Counters = Omit<SenderStats, 'queued' | 'connectionsOpen' | 'gmailApi'>;

/** The job facts an outcome needs. */
type JobFacts = Pick<
  QueuedJob,
  'messageId' | 'attempts' | 'diagnosis' | 'lastError' | 'reached' | 'refused' | 'resolve' | 'reject'
>;

/** What a failure says about the recipients a message already reached or was refused for. */
function recipientFacts(job: Pick<QueuedJob, 'reached' | 'refused'>): {
  note: string;
  details: Pick<SenderErrorDetails, 'accepted' | 'rejectedRecipients'>;
} {
  const reached = job.reached ?? [];
  const refused = job.refused ?? [];
  return {
    // Said in the message too: a caller that only logs it must not resend to these.
    note: reached.length > 0 ? ` (${reached.length} recipient(s) already have it: see error.accepted)` : '',
    details: {
      ...(reached.length > 0 ? { accepted: [...reached] } : {}),
      ...(refused.length > 0 ? { rejectedRecipients: [...refused] } : {}),
    },
  };
}

/** `; last reply: …` for a failure message, or nothing when the message never got a reply. */
export function lastReply(job: Pick<QueuedJob, 'lastError'>): string {
  const text = job.lastError?.response ?? job.lastError?.message;
  return text ? `; last reply: ${text}` : '';
}

/** What a transport calls the credential's refusal, for {@link Outcomes.rejectionError}. */
export interface RejectionWording {
  /** Who refused the credential at AUTH: `'Gmail'`, `'The Gmail API'`. */
  refuser: string;
  /** What stops: `'AUTH is attempted'`, `'request is made'`. */
  stopped: string;
}

/** The counters, the events and the settling of messages of one sender. */
export class Outcomes {
  readonly emitter = new Emitter();
  readonly counters: Counters;

  /**
   * @param counts where {@link recordSent} counts the account's sends; without it (tests of one
   * part) nothing is counted.
   */
  constructor(
    private readonly user: string,
    sessionLimit: number,
    private readonly wording: RejectionWording,
    private readonly counts?: { coordinator: Coordinator; account: string },
  ) {
    this.counters = {
      sent: 0,
      retried: 0,
      failed: 0,
      failedByEntry: {},
      tokenRefreshes: 0,
      authAttempts: 0,
      auth454: 0,
      connectionsOpened: 0,
      sessionLimit,
      sentThisMinute: 0,
      sentToday: 0,
      recipientsToday: 0,
    };
  }

  /** A snapshot of the counters with what only the transport knows. */
  stats(now: Pick<SenderStats, 'queued' | 'connectionsOpen' | 'gmailApi'>): SenderStats {
    return { ...this.counters, failedByEntry: { ...this.counters.failedByEntry }, ...now };
  }

  /**
   * Wraps the token source so every request to the token endpoint is counted and told as a
   * `token` event (a token another sender fetched is neither).
   */
  countedTokens(source: () => Promise<AccessToken>, seen?: (token: AccessToken) => void) {
    return async (): Promise<AccessToken> => {
      this.counters.tokenRefreshes += 1;
      const token = await source();
      seen?.(token);
      this.emitter.emit('token', { expiresAt: token.expiresAt });
      return token;
    };
  }

  /** The message went through: counted, told, and its promise resolved. */
  sent(job: JobFacts, result: SendResult): void {
    this.counters.sent += 1;
    this.emitter.emit('sent', {
      messageId: result.messageId,
      attempts: result.attempts,
      response: result.response,
    });
    job.resolve(result);
  }

  /**
   * Counts a send that reached Gmail in the coordinator's minute and day windows and keeps the
   * counts for the stats (never fails the send). Called once per message: when it went through,
   * or when it fails after some of its recipients got it (see {@link reject}).
   */
  recordSent(recipients: number): void {
    if (!this.counts) return;
    this.counts.coordinator.recordSent(this.counts.account, recipients).then(
      (c) => {
        this.counters.sentThisMinute = c.minute;
        this.counters.sentToday = c.day;
        // A coordinator that counts messages only leaves the process's own count.
        this.counters.recipientsToday = c.dayRecipients ?? this.counters.recipientsToday + recipients;
      },
      () => undefined,
    );
  }

  /** A retry is scheduled after `delayMs`: counted and told. */
  retrying(
    job: Pick<QueuedJob, 'messageId' | 'attempts' | 'diagnosis' | 'lastError'>,
    delayMs: number,
  ): void {
    this.counters.retried += 1;
    this.emitter.emit('retry', {
      messageId: job.messageId ?? '',
      attempt: job.attempts,
      delayMs,
      entryId: job.diagnosis?.entry?.id ?? null,
      reply: job.lastError?.response ?? job.lastError?.message ?? '',
    });
  }

  /**
   * Fails the message and returns false when a retry after `delay` cannot be: the sender is
   * `closed` to retries, or the retry would pass the attempt limit or the deadline.
   */
  mayRetry(job: QueuedJob, delay: number, closed: boolean, now: number, retry: RetryOptions): boolean {
    if (closed) {
      this.closed(job, 'while the message waited to be retried');
      return false;
    }
    if (job.attempts >= retry.maxAttempts || now + delay > job.deadline) {
      this.fail(
        job,
        'RETRY_EXHAUSTED',
        `Gave up after ${job.attempts} attempt(s): the next retry would pass retry.deadlineMs or retry.maxAttempts${lastReply(job)}`,
      );
      return false;
    }
    return true;
  }

  /** Fails a message with `CLOSED`: the sender closed `when` (before it could be sent, by default). */
  closed(job: JobFacts, when = 'before the message could be sent'): void {
    this.fail(job, 'CLOSED', `The sender closed ${when}${lastReply(job)}`);
  }

  /** Fails a message whose deadline passed while it waited. */
  expired(job: QueuedJob, deadlineMs: number): void {
    this.fail(
      job,
      'RETRY_EXHAUSTED',
      `Not sent within retry.deadlineMs (${deadlineMs} ms) after ${job.attempts} attempt(s)${lastReply(job)}`,
    );
  }

  /** A failure counted (by catalog entry) and told as a `failed` event. */
  count(job: Pick<QueuedJob, 'messageId' | 'attempts'> | undefined, err: SenderError): void {
    this.counters.failed += 1;
    const id = err.diagnosis?.entry?.id ?? 'unknown';
    this.counters.failedByEntry[id] = (this.counters.failedByEntry[id] ?? 0) + 1;
    this.emitter.emit('failed', {
      messageId: job?.messageId,
      code: err.code,
      entryId: err.diagnosis?.entry?.id ?? null,
      attempts: job?.attempts ?? 0,
    });
  }

  /**
   * Rejects the message with `err`, counted. A message that reached some recipients before it
   * failed (one sent in several transactions) was sent as far as Gmail's daily limits go, so it
   * is counted as sent too, once: a message settles once.
   */
  reject(job: JobFacts, err: SenderError): void {
    if ((job.reached?.length ?? 0) > 0) this.recordSent(job.reached!.length);
    this.count(job, err);
    job.reject(err);
  }

  /** Rejects the message with a new error carrying its last diagnosis and reply. */
  fail(job: JobFacts, code: SenderErrorCode, message: string): void {
    const recipients = recipientFacts(job);
    this.reject(
      job,
      new SenderError(code, `${message}${recipients.note}`, {
        ...(job.diagnosis === undefined ? {} : { diagnosis: job.diagnosis }),
        ...(job.lastError === undefined ? {} : { cause: job.lastError }),
        messageId: job.messageId,
        attempts: job.attempts,
        ...recipients.details,
      }),
    );
  }

  /** The error of a message refused because the credential (or its grant) was rejected. */
  rejectionError(
    rejection: CredentialRejection,
    messageId?: string,
    attempts = 0,
    job?: Pick<QueuedJob, 'reached' | 'refused'>,
  ): SenderError {
    const diagnosis = classify(rejection.reply);
    const what =
      rejection.stage === 'token'
        ? 'The token endpoint refused the grant'
        : `${this.wording.refuser} refused the credential`;
    const fix = diagnosis.entry ? ` (${diagnosis.entry.id}: ${diagnosis.entry.title})` : '';
    // A message can meet the refusal between two of its transactions (a 421, then a revoked token).
    const recipients = recipientFacts(job ?? {});
    return new SenderError(
      rejection.stage === 'token' ? 'TOKEN_REJECTED' : 'CREDENTIALS_REJECTED',
      `${what} for ${this.user}: ${rejection.reply}${fix}. No further ${this.wording.stopped} with this credential; fix it and create a new sender.${recipients.note}`,
      { diagnosis, ...(messageId === undefined ? {} : { messageId }), attempts, ...recipients.details },
    );
  }

  /** Rejects the message because its credential was rejected. */
  rejectWith(job: JobFacts, rejection: CredentialRejection): void {
    this.reject(job, this.rejectionError(rejection, job.messageId, job.attempts, job));
  }
}

/** The record of a credential refused at `stage`, as the coordinator keeps it. */
export function credentialRejection(
  credentialId: string,
  reply: string,
  stage: CredentialRejection['stage'],
  clock: Clock,
): CredentialRejection {
  return { fingerprint: credentialId, reply, stage, at: clock.now() };
}
