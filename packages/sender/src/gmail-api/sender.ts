import { classify, type Diagnosis } from '@smtpfix/core';
import { retryDelay, sleep } from '../backoff.js';
import type { AccessToken, AccountState, CredentialRejection } from '../coordinator.js';
import { SenderError, type SenderErrorCode, type WireError } from '../errors.js';
import { Emitter, type SenderEventName, type SenderListener, type SenderStats } from '../events.js';
import { type BuiltMessage, buildMessage, type MailMessage } from '../message.js';
import type { ResolvedSenderOptions } from '../options.js';
import type { Sender, SendResult } from '../sender.js';
import { TokenRequestError, tokenSource } from '../tokens.js';
import { type QuotaBucket, QuotaWaitTooLong, sharedBucket } from './bucket.js';
import { type ApiClient, type ApiFailure, apiClient } from './client.js';
import { verdict } from './failure.js';

interface Job {
  message: MailMessage;
  built: BuiltMessage | undefined;
  messageId: string | undefined;
  attempts: number;
  deadline: number;
  notBefore: number;
  /** The token a 401 was answered to, once: the next 401 after a refresh stops the account. */
  refreshedFrom: string | undefined;
  diagnosis: Diagnosis | undefined;
  lastError: WireError | undefined;
  resolve(result: SendResult): void;
  reject(err: SenderError): void;
}

/** How long a read of the coordinator's account state is reused: the hot path stays local. */
const STATE_TTL_MS = 1_000;

/**
 * The Gmail API transport: the same {@link Sender} as SMTP, sending each message built once as
 * RFC 5322 through `users.messages.send` over HTTPS. Up to `maxConnections` requests in flight;
 * quota units paced by a bucket shared by every sender of the account in the process, a 429 slows
 * it and pauses the account through the coordinator (so a fleet on `@smtpfix/redis` waits too).
 */
export class GmailApiSender implements Sender {
  readonly user: string;
  private readonly o: ResolvedSenderOptions;
  private readonly emitter = new Emitter();
  private readonly client: ApiClient;
  private readonly bucket: QuotaBucket;
  private readonly fetchToken: () => Promise<AccessToken>;
  private readonly abort = new AbortController();
  private readonly queue: Job[] = [];
  private workers = 0;
  private verified = false;
  private inFlight = 0;
  private rejection: CredentialRejection | undefined;
  private state: { value: AccountState; at: number } | undefined;
  private wakeAt = Number.POSITIVE_INFINITY;
  private wakeTimer: unknown;
  private closing = false;
  private closed: Promise<void> | undefined;
  private drained: (() => void) | undefined;
  private readonly counters = {
    sent: 0,
    retried: 0,
    failed: 0,
    failedByEntry: {} as Record<string, number>,
    tokenRefreshes: 0,
    authAttempts: 0,
    auth454: 0,
    connectionsOpened: 0,
    sessionLimit: 0,
    sentThisMinute: 0,
    sentToday: 0,
  };
  private readonly api = { requests: 0, rateLimited: 0 };
  /** What paused the account (Google's "Retry after" answer), given to messages that wait for it. */
  private pauseReason: { diagnosis: Diagnosis; error: WireError } | undefined;

  constructor(options: ResolvedSenderOptions) {
    this.o = options;
    this.user = options.user;
    this.counters.sessionLimit = options.maxConnections;
    this.client = apiClient(options.gmailApi);
    this.bucket = sharedBucket(options.coordinator, options.account, options.gmailApi, options.clock);
    const source = tokenSource(options.auth, options.clock);
    if (!source) throw new SenderError('INVALID_OPTION', "transport 'gmail-api' needs OAuth2 auth");
    this.fetchToken = async () => {
      this.counters.tokenRefreshes += 1;
      const token = await source();
      this.emitter.emit('token', { expiresAt: token.expiresAt });
      return token;
    };
  }

  on<E extends SenderEventName>(event: E, listener: SenderListener<E>): () => void {
    return this.emitter.on(event, listener);
  }

  off<E extends SenderEventName>(event: E, listener: SenderListener<E>): void {
    this.emitter.off(event, listener);
  }

  stats(): SenderStats {
    return {
      ...this.counters,
      failedByEntry: { ...this.counters.failedByEntry },
      queued: this.queue.length,
      connectionsOpen: 0,
      gmailApi: { ...this.api, unitsPerMinute: this.bucket.unitsPerMinute },
    };
  }

  async send(message: MailMessage): Promise<SendResult> {
    if (this.closing)
      throw new SenderError('CLOSED', 'This sender is closed; create a new one with createSender()');
    if (!message || typeof message !== 'object') {
      throw new SenderError('INVALID_MESSAGE', 'send() needs a message object: { to, subject, text }');
    }
    if (this.rejection) throw this.rejectionError(this.rejection, message.messageId);
    const now = this.o.clock.now();
    const snapshot: MailMessage = { ...message };
    for (const k of ['to', 'cc', 'bcc'] as const) {
      const v = snapshot[k];
      if (Array.isArray(v)) snapshot[k] = [...v] as typeof v;
    }
    return new Promise<SendResult>((resolve, reject) => {
      this.queue.push({
        message: snapshot,
        built: undefined,
        messageId: message.messageId,
        attempts: 0,
        deadline: now + this.o.retry.deadlineMs,
        notBefore: now,
        refreshedFrom: undefined,
        diagnosis: undefined,
        lastError: undefined,
        resolve,
        reject,
      });
      this.pump();
    });
  }

  close(): Promise<void> {
    this.closed ??= this.shutdown();
    return this.closed;
  }

  // ---- scheduling -------------------------------------------------------------------------

  private takeJob(): Job | undefined {
    const now = this.o.clock.now();
    const i = this.queue.findIndex((j) => j.notBefore <= now);
    return i < 0 ? undefined : this.queue.splice(i, 1)[0];
  }

  private pump(): void {
    if (this.abort.signal.aborted) return;
    const now = this.o.clock.now();
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const job = this.queue[i]!;
      if (job.deadline <= now) {
        this.queue.splice(i, 1);
        this.fail(
          job,
          'RETRY_EXHAUSTED',
          `Not sent within retry.deadlineMs (${this.o.retry.deadlineMs} ms) after ${job.attempts} attempt(s)${this.lastReply(job)}`,
        );
      }
    }
    let ready = 0;
    let next = Number.POSITIVE_INFINITY;
    for (const j of this.queue) {
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
    this.wake(next);
    if (this.closing && this.queue.length === 0 && this.inFlight === 0) this.drained?.();
  }

  private wake(at: number): void {
    if (!Number.isFinite(at) || at >= this.wakeAt) return;
    if (this.wakeTimer !== undefined) this.o.clock.clearTimeout(this.wakeTimer);
    this.wakeAt = at;
    this.wakeTimer = this.o.clock.setTimeout(
      () => {
        this.wakeTimer = undefined;
        this.wakeAt = Number.POSITIVE_INFINITY;
        this.pump();
      },
      Math.max(0, at - this.o.clock.now()),
    );
  }

  private async worker(): Promise<void> {
    this.workers += 1;
    try {
      for (;;) {
        if (this.abort.signal.aborted) return;
        const job = this.takeJob();
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
      this.fail(job, 'CLOSED', `The sender closed before the message could be sent${this.lastReply(job)}`);
      return;
    }
    job.notBefore = notBefore;
    this.queue.push(job);
  }

  // ---- one attempt ------------------------------------------------------------------------

  private async attempt(job: Job): Promise<void> {
    if (this.rejection) {
      this.rejectJob(job, this.rejection);
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
      this.rejectJob(job, rejected);
      return;
    }
    const now = this.o.clock.now();
    if (state.pausedUntil > now) {
      // Another sender (maybe another process) was told to wait: so are we.
      this.bucket.pause(state.pausedUntil);
      job.diagnosis ??= this.pauseReason?.diagnosis;
      job.lastError ??= this.pauseReason?.error;
      if (state.pausedUntil > job.deadline) {
        this.fail(
          job,
          'RETRY_EXHAUSTED',
          `Gmail paused sending for ${this.o.user} until ${new Date(state.pausedUntil).toISOString()}, past this message's retry.deadlineMs${this.lastReply(job)}`,
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
        this.count(job, e);
        job.reject(e);
        return;
      }
      if (job.built.raw.length > this.o.gmailApi.maxMessageBytes) {
        this.fail(
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
        this.fail(
          job,
          'RETRY_EXHAUSTED',
          `The account's Gmail API quota has no room for this message before its retry.deadlineMs (next room at ${new Date(err.availableAt).toISOString()})${this.lastReply(job)}`,
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
      await this.failed(job, e as ApiFailure, token.token);
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
        this.fail(
          job,
          'RETRY_EXHAUSTED',
          `The account's fleet-wide Gmail API quota has no room for this message before its retry.deadlineMs${this.lastReply(job)}`,
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
    this.counters.sent += 1;
    this.emitter.emit('sent', { messageId: built.messageId, attempts: job.attempts, response });
    job.resolve({
      messageId: built.messageId,
      // The API accepts or refuses the message as a whole; refused recipients bounce later.
      accepted: [...built.envelope.to],
      rejected: [],
      response,
      attempts: job.attempts,
    });
    this.o.coordinator.recordSent(this.o.account).then(
      (c) => {
        this.counters.sentThisMinute = c.minute;
        this.counters.sentToday = c.day;
      },
      () => undefined,
    );
  }

  private async failed(job: Job, failure: ApiFailure, token: string): Promise<void> {
    const diagnosis = classify(failure);
    job.diagnosis = diagnosis;
    job.lastError = failure;
    if (this.abort.signal.aborted) {
      this.fail(job, 'CLOSED', `The sender closed while the message was being sent${this.lastReply(job)}`);
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
        const rejection: CredentialRejection = {
          fingerprint: this.o.credentialId,
          reply: failure.message,
          stage: 'auth',
          at: this.o.clock.now(),
        };
        await this.o.coordinator.rejectCredential(this.o.account, rejection).catch(() => undefined);
        this.stopWithRejection(rejection);
        this.rejectJob(job, rejection);
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
          this.fail(
            job,
            'CONNECTION_FAILED',
            `Cannot reach the Gmail API at ${this.o.gmailApi.rootUrl}: ${failure.message}`,
          );
          for (const other of this.queue.splice(0)) {
            other.diagnosis = diagnosis;
            other.lastError = failure;
            this.fail(
              other,
              'CONNECTION_FAILED',
              `Cannot reach the Gmail API at ${this.o.gmailApi.rootUrl}: ${failure.message}`,
            );
          }
          return;
        }
        this.fail(job, 'SEND_REJECTED', `Gmail refused the message: ${failure.message}`);
        return;
    }
  }

  private async tokenFailed(job: Job, err: unknown): Promise<void> {
    const e = err instanceof TokenRequestError ? err : undefined;
    const reply = e?.message.replace(/^Token request failed: /, '') ?? String(err);
    this.emitter.emit('auth-failed', { entryId: e?.diagnosis.entry?.id ?? null, reply, stage: 'token' });
    if (e?.permanent) {
      const rejection: CredentialRejection = {
        fingerprint: this.o.credentialId,
        reply,
        stage: 'token',
        at: this.o.clock.now(),
      };
      await this.o.coordinator.rejectCredential(this.o.account, rejection).catch(() => undefined);
      this.stopWithRejection(rejection);
      this.rejectJob(job, rejection);
      return;
    }
    if (e) job.diagnosis = e.diagnosis;
    job.lastError = Object.assign(new Error(reply), {});
    const advice = e?.diagnosis.entry?.retry.kind === 'backoff' ? e.diagnosis.entry.retry : null;
    this.retry(job, retryDelay(advice, job.attempts + 1, this.o.retry, this.o.random) ?? 0);
  }

  private retry(job: Job, delay: number): void {
    const now = this.o.clock.now();
    if (this.closing && delay > 0) {
      this.fail(
        job,
        'CLOSED',
        `The sender closed while the message waited to be retried${this.lastReply(job)}`,
      );
      return;
    }
    if (job.attempts >= this.o.retry.maxAttempts || now + delay > job.deadline) {
      this.fail(
        job,
        'RETRY_EXHAUSTED',
        `Gave up after ${job.attempts} attempt(s): the next retry would pass retry.deadlineMs or retry.maxAttempts${this.lastReply(job)}`,
      );
      return;
    }
    this.counters.retried += 1;
    this.emitter.emit('retry', {
      messageId: job.messageId ?? '',
      attempt: job.attempts,
      delayMs: delay,
      entryId: job.diagnosis?.entry?.id ?? null,
      reply: job.lastError?.response ?? job.lastError?.message ?? '',
    });
    this.requeue(job, now + delay);
    this.pump();
  }

  // ---- failures ---------------------------------------------------------------------------

  private lastReply(job: Job): string {
    const text = job.lastError?.response ?? job.lastError?.message;
    return text ? `; last reply: ${text}` : '';
  }

  private rejectionError(rejection: CredentialRejection, messageId?: string, attempts = 0): SenderError {
    const diagnosis = classify(rejection.reply);
    const what =
      rejection.stage === 'token'
        ? 'The token endpoint refused the grant'
        : 'The Gmail API refused the credential';
    const fix = diagnosis.entry ? ` (${diagnosis.entry.id}: ${diagnosis.entry.title})` : '';
    return new SenderError(
      rejection.stage === 'token' ? 'TOKEN_REJECTED' : 'CREDENTIALS_REJECTED',
      `${what} for ${this.o.user}: ${rejection.reply}${fix}. No further request is made with this credential; fix it and create a new sender.`,
      { diagnosis, ...(messageId === undefined ? {} : { messageId }), attempts },
    );
  }

  private rejectJob(job: Job, rejection: CredentialRejection): void {
    const err = this.rejectionError(rejection, job.messageId, job.attempts);
    this.count(job, err);
    job.reject(err);
  }

  /** Fails every queued message at once with the rejection; later sends fail fast. */
  private stopWithRejection(rejection: CredentialRejection): void {
    this.rejection = rejection;
    for (const job of this.queue.splice(0)) this.rejectJob(job, rejection);
  }

  private count(job: Job | undefined, err: SenderError): void {
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

  private fail(job: Job, code: SenderErrorCode, message: string): void {
    const err = new SenderError(code, message, {
      ...(job.diagnosis === undefined ? {} : { diagnosis: job.diagnosis }),
      ...(job.lastError === undefined ? {} : { cause: job.lastError }),
      messageId: job.messageId,
      attempts: job.attempts,
    });
    this.count(job, err);
    job.reject(err);
  }

  // ---- close ------------------------------------------------------------------------------

  private async shutdown(): Promise<void> {
    this.closing = true;
    const now = this.o.clock.now();
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const job = this.queue[i]!;
      if (job.notBefore > now) {
        this.queue.splice(i, 1);
        this.fail(job, 'CLOSED', `The sender closed before the message could be sent${this.lastReply(job)}`);
      }
    }
    const drained = new Promise<void>((resolve) => {
      this.drained = resolve;
    });
    this.pump();
    let timer: unknown;
    const timeout = new Promise<void>((resolve) => {
      timer = this.o.clock.setTimeout(resolve, this.o.closeTimeoutMs);
    });
    await Promise.race([drained, timeout]);
    this.o.clock.clearTimeout(timer);
    if (this.wakeTimer !== undefined) this.o.clock.clearTimeout(this.wakeTimer);
    this.abort.abort(new SenderError('CLOSED', 'The sender is closed'));
    for (const job of this.queue.splice(0)) {
      this.fail(job, 'CLOSED', `The sender closed before the message could be sent${this.lastReply(job)}`);
    }
  }
}
