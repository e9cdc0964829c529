import { classify, type Diagnosis } from '@smtpfix/core';
import { retryDelay, sleep } from '../backoff.js';
import type { AccessToken, AccountState } from '../coordinator.js';
import { isSenderError, SenderError, type WireError } from '../errors.js';
import { buildMessage, type MailMessage } from '../message.js';
import type { ResolvedSenderOptions } from '../options.js';
import { credentialRejection, lastReply } from '../outcome.js';
import type { QueuedJob } from '../queue.js';
import { QueuedSender } from '../queued-sender.js';
import type { SendOptions, SendResult } from '../sender.js';
import { TokenRequestError, tokenSource } from '../tokens.js';
import { type QuotaBucket, QuotaWaitTooLong, sharedBucket } from './bucket.js';
import { type ApiClient, apiClient } from './client.js';
import { type ApiFailure, verdict } from './failure.js';
import { assertGmailPeer } from './peer.js';

interface Job extends QueuedJob {
  /** The token a 401 was answered to, once: the next 401 after a refresh stops the account. */
  refreshedFrom: string | undefined;
}

/** How long a read of the coordinator's account state is reused: the hot path stays local. */
const STATE_TTL_MS = 1_000;

/**
 * The Gmail API transport: the same {@link Sender} as SMTP, sending each message built once as
 * RFC 5322 through `users.messages.send` over HTTPS. Up to `maxConnections` requests in flight;
 * quota units paced by a bucket shared by every sender of the account in the process, a 429 slows
 * it and pauses the account through the coordinator (so a fleet on `@smtpfix/redis` waits too).
 */
export class GmailApiSender extends QueuedSender<Job> {
  private readonly client: ApiClient;
  private readonly bucket: QuotaBucket;
  private readonly fetchToken: () => Promise<AccessToken>;
  private workers = 0;
  private verified = false;
  private inFlight = 0;
  private state: { value: AccountState; at: number } | undefined;
  private readonly api = { requests: 0, rateLimited: 0 };
  /** What paused the account (Google's "Retry after" answer), given to messages that wait for it. */
  private pauseReason: { diagnosis: Diagnosis; error: WireError } | undefined;

  /** @throws {SenderError} `MISSING_PEER` when `@googleapis/gmail` is not installed. */
  constructor(options: ResolvedSenderOptions) {
    assertGmailPeer();
    super(options, { refuser: 'The Gmail API', stopped: 'request is made' });
    this.client = apiClient(options.gmailApi);
    this.bucket = sharedBucket(options.coordinator, options.account, options.gmailApi, options.clock);
    const source = tokenSource(options.auth, options.clock);
    if (!source) throw new SenderError('INVALID_OPTION', "transport 'gmail-api' needs OAuth2 auth");
    this.fetchToken = this.outcomes.countedTokens(source);
  }

  protected transportStats() {
    return {
      connectionsOpen: 0,
      gmailApi: { ...this.api, unitsPerMinute: this.bucket.unitsPerMinute },
    };
  }

  send(message: MailMessage, options?: SendOptions): Promise<SendResult> {
    if (options?.skipRecipients?.length) {
      // One API call sends to every recipient in the headers: there is no envelope to leave some out of.
      return Promise.reject(
        new SenderError(
          'INVALID_MESSAGE',
          "skipRecipients needs the SMTP transport: the Gmail API sends to every recipient of the message's headers",
        ),
      );
    }
    return this.enqueue(message, options, { refreshedFrom: undefined }, () => this.pump());
  }

  // ---- scheduling -------------------------------------------------------------------------

  protected pump(): void {
    if (this.abort.signal.aborted) return;
    const now = this.o.clock.now();
    for (const job of this.queue.takeWhere((j) => j.deadline <= now)) {
      this.outcomes.expired(job, this.o.retry.deadlineMs);
    }
    let ready = 0;
    let next = Number.POSITIVE_INFINITY;
    for (const j of this.queue.jobs) {
      if (j.notBefore <= now) ready += 1;
      // Wake for the next retry, and for the next deadline of a message that waits for a pause.
      next = Math.min(next, j.deadline, j.notBefore > now ? j.notBefore : next);
    }
    // Until one request with this credential has gone through, one at a time: a wrong scope or a
    // missing mailbox is then refused once, not once per concurrent request.
    const limit = this.verified ? this.o.maxConnections : 1;
    while (ready > 0 && this.workers < limit) {
      void this.worker();
      ready -= 1;
    }
    this.wake.set(next);
    this.shutdown.settle(this.queue.length === 0 && this.inFlight === 0);
  }

  private async worker(): Promise<void> {
    this.workers += 1;
    try {
      for (;;) {
        if (this.abort.signal.aborted) return;
        const job = this.queue.take(this.o.clock.now());
        if (!job) return;
        this.inFlight += 1;
        try {
          await this.attempt(job);
        } finally {
          this.inFlight -= 1;
        }
      }
    } finally {
      this.workers -= 1;
      this.pump();
    }
  }

  /** The coordinator's view of the account, read at most once a second per sender. */
  private async accountState(): Promise<AccountState> {
    const now = this.o.clock.now();
    if (this.state && now - this.state.at < STATE_TTL_MS) return this.state.value;
    const value = await this.o.coordinator.state(this.o.account);
    this.state = { value, at: now };
    return value;
  }

  private requeue(job: Job, notBefore: number): void {
    if (this.abort.signal.aborted) {
      // close() gave up while this message waited for quota: it fails now, it is not left behind.
      this.outcomes.closed(job);
      return;
    }
    job.notBefore = notBefore;
    this.queue.push(job);
  }

  // ---- one attempt ------------------------------------------------------------------------

  private async attempt(job: Job): Promise<void> {
    if (this.rejection) {
      this.outcomes.rejectWith(job, this.rejection);
      return;
    }
    let state: AccountState;
    try {
      state = await this.accountState();
    } catch (err) {
      this.emitter.emit('coordinator-error', { message: err instanceof Error ? err.message : String(err) });
      this.requeue(job, this.o.clock.now() + Math.min(this.o.retry.defaultDelayMs, 5_000));
      return;
    }
    const rejected = state.rejected.find((r) => r.fingerprint === this.o.credentialId);
    if (rejected) {
      this.stopWithRejection(rejected);
      this.outcomes.rejectWith(job, rejected);
      return;
    }
    const now = this.o.clock.now();
    if (state.pausedUntil > now) {
      // Another sender (maybe another process) was told to wait: so are we.
      this.bucket.pause(state.pausedUntil);
      job.diagnosis ??= this.pauseReason?.diagnosis;
      job.lastError ??= this.pauseReason?.error;
      if (state.pausedUntil > job.deadline) {
        this.outcomes.fail(
          job,
          'RETRY_EXHAUSTED',
          `Gmail paused sending for ${this.o.user} until ${new Date(state.pausedUntil).toISOString()}, past this message's retry.deadlineMs${lastReply(job)}`,
        );
        return;
      }
      this.requeue(job, state.pausedUntil);
      return;
    }
    if (!job.built) {
      try {
        job.built = await buildMessage(job.message, this.o.user, { keepBcc: true });
        job.messageId = job.built.messageId;
      } catch (err) {
        const e = err instanceof SenderError ? err : new SenderError('INVALID_MESSAGE', String(err));
        this.outcomes.reject(job, e);
        return;
      }
      if (job.built.raw.length > this.o.gmailApi.maxMessageBytes) {
        this.outcomes.fail(
          job,
          'INVALID_MESSAGE',
          `The message is ${job.built.raw.length} bytes; the Gmail API takes at most ${this.o.gmailApi.maxMessageBytes} (gmailApi.maxMessageBytes)`,
        );
        return;
      }
    }
    let token: AccessToken;
    try {
      token = await this.token(job.refreshedFrom);
    } catch (err) {
      await this.tokenFailed(job, err);
      return;
    }
    try {
      await this.bucket.take(this.o.gmailApi.sendCost, this.abort.signal, job.deadline);
    } catch (err) {
      if (err instanceof QuotaWaitTooLong) {
        job.diagnosis ??= this.pauseReason?.diagnosis;
        job.lastError ??= this.pauseReason?.error;
        this.outcomes.fail(
          job,
          'RETRY_EXHAUSTED',
          `The account's Gmail API quota has no room for this message before its retry.deadlineMs (next room at ${new Date(err.availableAt).toISOString()})${lastReply(job)}`,
        );
      } else this.requeue(job, this.o.clock.now());
      return;
    }
    if (!(await this.fleetUnits(job))) return;
    job.attempts += 1;
    this.api.requests += 1;
    try {
      const sent = await this.client.send(job.built.raw, token.token, this.abort.signal);
      this.delivered(job, sent.id, sent.status);
    } catch (e) {
      // The peer went missing after createSender() checked it (a changed install): not an API answer.
      if (isSenderError(e) && e.code === 'MISSING_PEER') this.outcomes.reject(job, e);
      else await this.failed(job, e as ApiFailure, token.token);
    }
  }

  /**
   * The fleet's share of the quota, when the coordinator keeps one (`@smtpfix/redis`): waits for
   * it after the process's own bucket. False when the message was handled (requeued or failed).
   */
  private async fleetUnits(job: Job): Promise<boolean> {
    const take = this.o.coordinator.takeUnits?.bind(this.o.coordinator);
    if (!take) return true;
    for (;;) {
      let wait: number;
      try {
        wait = await take(this.o.account, this.o.gmailApi.sendCost, this.bucket.budget);
      } catch (err) {
        this.emitter.emit('coordinator-error', { message: err instanceof Error ? err.message : String(err) });
        this.requeue(job, this.o.clock.now() + Math.min(this.o.retry.defaultDelayMs, 5_000));
        return false;
      }
      if (wait <= 0) return true;
      if (this.o.clock.now() + wait > job.deadline) {
        job.diagnosis ??= this.pauseReason?.diagnosis;
        job.lastError ??= this.pauseReason?.error;
        this.outcomes.fail(
          job,
          'RETRY_EXHAUSTED',
          `The account's fleet-wide Gmail API quota has no room for this message before its retry.deadlineMs${lastReply(job)}`,
        );
        return false;
      }
      await sleep(this.o.clock, wait, this.abort.signal);
      if (this.abort.signal.aborted) {
        this.requeue(job, this.o.clock.now());
        return false;
      }
    }
  }

  private token(rejected?: string): Promise<AccessToken> {
    return this.o.coordinator.token(this.o.account, this.fetchToken, {
      minValidityMs: this.o.refreshBeforeExpiryMs,
      ...(rejected === undefined ? {} : { rejected }),
    });
  }

  private delivered(job: Job, id: string, status: number): void {
    const built = job.built!;
    const response = `${status} OK Gmail API message ${id}`;
    if (!this.verified) {
      this.verified = true;
      this.pump();
    }
    this.outcomes.sent(job, {
      messageId: built.messageId,
      // The API accepts or refuses the message as a whole; refused recipients bounce later.
      accepted: [...built.envelope.to],
      rejected: [],
      rejectedRecipients: [],
      response,
      attempts: job.attempts,
    });
    this.outcomes.recordSent(built.envelope.to.length);
  }

  private async failed(job: Job, failure: ApiFailure, token: string): Promise<void> {
    const diagnosis = classify(failure);
    job.diagnosis = diagnosis;
    job.lastError = failure;
    if (this.abort.signal.aborted) {
      this.outcomes.closed(job, 'while the message was being sent');
      return;
    }
    const v = verdict(failure, diagnosis, job.refreshedFrom !== undefined);
    const entryId = diagnosis.entry?.id ?? null;
    switch (v.kind) {
      case 'refresh':
        // The 401 of the API is the 334 of SMTP: refresh once (shared) and try again at once.
        job.refreshedFrom = token;
        this.emitter.emit('auth-failed', { entryId, reply: failure.message, stage: 'auth' });
        this.requeue(job, this.o.clock.now());
        this.pump();
        return;
      case 'credential': {
        this.emitter.emit('auth-failed', { entryId, reply: failure.message, stage: 'auth' });
        const rejection = credentialRejection(this.o.credentialId, failure.message, 'auth', this.o.clock);
        await this.o.coordinator.rejectCredential(this.o.account, rejection).catch(() => undefined);
        this.stopWithRejection(rejection);
        this.outcomes.rejectWith(job, rejection);
        return;
      }
      case 'rate': {
        this.api.rateLimited += 1;
        const now = this.o.clock.now();
        const backoff =
          retryDelay(
            diagnosis.entry?.retry.kind === 'backoff' ? diagnosis.entry.retry : null,
            job.attempts,
            this.o.retry,
            this.o.random,
          ) ?? 0;
        const until = v.until !== undefined && v.until > now ? v.until : undefined;
        this.bucket.slowDown(until);
        if (until !== undefined) {
          // A named time (the daily limit): every sender of the account waits for it.
          this.pauseReason = { diagnosis, error: failure };
          await this.o.coordinator.pause(this.o.account, { until, count: false }).catch(() => undefined);
          this.state = undefined;
        }
        this.emitter.emit('throttled', {
          entryId,
          sessionLimit: this.bucket.unitsPerMinute,
          pausedUntil: until ?? 0,
        });
        this.retry(job, Math.max(backoff, until === undefined ? 0 : until - now));
        return;
      }
      case 'retry': {
        const advice = diagnosis.entry?.retry.kind === 'backoff' ? diagnosis.entry.retry : null;
        const delay = retryDelay(advice, job.attempts, this.o.retry, this.o.random) ?? 0;
        this.retry(job, delay);
        return;
      }
      case 'reject':
        if (failure.status === undefined) {
          // ECONNREFUSED, a name that does not resolve: no message can go; say so for all of them.
          this.outcomes.fail(
            job,
            'CONNECTION_FAILED',
            `Cannot reach the Gmail API at ${this.o.gmailApi.rootUrl}: ${failure.message}`,
          );
          for (const other of this.queue.takeAll()) {
            other.diagnosis = diagnosis;
            other.lastError = failure;
            this.outcomes.fail(
              other,
              'CONNECTION_FAILED',
              `Cannot reach the Gmail API at ${this.o.gmailApi.rootUrl}: ${failure.message}`,
            );
          }
          return;
        }
        this.outcomes.fail(job, 'SEND_REJECTED', `Gmail refused the message: ${failure.message}`);
        return;
    }
  }

  private async tokenFailed(job: Job, err: unknown): Promise<void> {
    const e = err instanceof TokenRequestError ? err : undefined;
    const reply = e?.message.replace(/^Token request failed: /, '') ?? String(err);
    this.emitter.emit('auth-failed', { entryId: e?.diagnosis.entry?.id ?? null, reply, stage: 'token' });
    if (e?.permanent) {
      const rejection = credentialRejection(this.o.credentialId, reply, 'token', this.o.clock);
      await this.o.coordinator.rejectCredential(this.o.account, rejection).catch(() => undefined);
      this.stopWithRejection(rejection);
      this.outcomes.rejectWith(job, rejection);
      return;
    }
    if (e) job.diagnosis = e.diagnosis;
    job.lastError = Object.assign(new Error(reply), {});
    const advice = e?.diagnosis.entry?.retry.kind === 'backoff' ? e.diagnosis.entry.retry : null;
    this.retry(job, retryDelay(advice, job.attempts + 1, this.o.retry, this.o.random) ?? 0);
  }

  private retry(job: Job, delay: number): void {
    const now = this.o.clock.now();
    if (!this.outcomes.mayRetry(job, delay, this.closing && delay > 0, now, this.o.retry)) return;
    this.outcomes.retrying(job, delay);
    this.requeue(job, now + delay);
    this.pump();
  }
}
