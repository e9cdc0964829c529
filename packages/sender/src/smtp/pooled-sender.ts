import { sleep } from '../backoff.js';
import type { AccountState, CredentialRejection, SessionLease } from '../coordinator.js';
import { type BuiltMessage, buildMessage, type MailMessage } from '../message.js';
import type { ResolvedSenderOptions } from '../options.js';
import { lastReply } from '../outcome.js';
import { QueuedSender } from '../queued-sender.js';
import type { SendOptions, SendResult } from '../sender.js';
import { FailureStreaks, sessionLimit } from './failure-policy.js';
import type { IdleSession } from './idle-wait.js';
import type { Job, SessionEnd } from './job.js';
import { Login } from './login.js';
import { SessionLife } from './session-life.js';
import { SessionRunner } from './session-runner.js';

/**
 * The SMTP transport's {@link Sender}: a queue served by up to `maxConnections` workers, each
 * holding one of the account's session slots (from the coordinator) and running sessions on it
 * ({@link SessionRunner}). This file schedules: which messages are due, which idle session or new
 * worker takes them, when to wake up, what fails at its deadline, and how a message is put back.
 */
export class PooledSender extends QueuedSender<Job> {
  private readonly idle: IdleSession[] = [];
  private readonly runner: SessionRunner;
  private workers = 0;
  private pausedUntil = 0;
  private pumpScheduled = false;
  /** Aborted when close() starts: ends back-off naps that would only delay the drain. */
  private readonly naps = new AbortController();

  constructor(options: ResolvedSenderOptions) {
    super(options, { refuser: 'Gmail', stopped: 'AUTH is attempted' });
    this.runner = new SessionRunner({
      o: options,
      outcomes: this.outcomes,
      queue: this.queue,
      signal: this.abort.signal,
      streaks: new FailureStreaks(),
      life: new SessionLife(),
      login: new Login(options, this.outcomes),
      idle: this.idle,
      closing: () => this.closing,
      takeJob: () => this.takeJob(),
      build: (job) => this.build(job),
      prefetch: () => this.prefetch(),
      requeue: (job, announce) => this.requeue(job, announce),
      retry: (job, delay) => this.retry(job, delay),
      stopWithRejection: (rejection: CredentialRejection) => this.stopWithRejection(rejection),
      pauseUntil: (until) => {
        this.pausedUntil = Math.max(this.pausedUntil, until);
      },
    });
  }

  private get counters() {
    return this.outcomes.counters;
  }

  protected transportStats() {
    return { connectionsOpen: this.runner.sessions.size };
  }

  /** Messages that wait for a retry or a pause cannot go before close() returns. */
  protected override waitsPastClose(job: Job, now: number): boolean {
    return job.notBefore > now || this.pausedUntil > now;
  }

  protected override closeStarted(): void {
    this.naps.abort();
  }

  protected override async closeTransport(): Promise<void> {
    await Promise.all([...this.runner.sessions].map((s) => s.quit(200)));
  }

  send(message: MailMessage, options?: SendOptions): Promise<SendResult> {
    return this.enqueue(
      message,
      options,
      { building: undefined, recycled: false, blocker: undefined, progress: undefined, resumes: false },
      () => {
        this.prefetch();
        this.schedulePump();
      },
    );
  }

  // ---- scheduling -------------------------------------------------------------------------

  private takeJob(): Job | undefined {
    return this.queue.take(this.o.clock.now());
  }

  private build(job: Job): Promise<BuiltMessage> {
    job.building = buildMessage(job.message, this.o.user);
    job.building.catch(() => undefined);
    return job.building;
  }

  /** Builds the next few messages ahead of the sessions that will send them (two per session). */
  private prefetch(): void {
    const ahead = Math.min(this.queue.length, 2 * this.o.maxConnections);
    for (let i = 0; i < ahead; i++) {
      const job = this.queue.jobs[i]!;
      if (!job.building) this.build(job);
    }
  }

  /**
   * One pump for a burst of send() calls, in a microtask after the last: a pump looks at the whole
   * queue, and one per call made enqueuing n messages cost n² (20,000 took 2.7 s).
   */
  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    queueMicrotask(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  /** Hands ready messages to idle sessions, starts workers for the rest, and sets the next wake-up. */
  protected pump(): void {
    if (this.abort.signal.aborted) return;
    const now = this.o.clock.now();
    this.expire(now);
    let ready = this.queue.readyCount(now);
    for (const waiter of [...this.idle]) {
      if (ready === 0) break;
      if (waiter.take()) ready -= 1;
    }
    if (this.closing && ready === 0) for (const waiter of [...this.idle]) waiter.stop();
    if (this.pausedUntil <= now) {
      while (ready > this.workers - this.runner.busy && this.workers < this.o.maxConnections) {
        void this.worker();
        ready -= 1;
      }
    }
    let next = Number.POSITIVE_INFINITY;
    for (const j of this.queue.jobs) next = Math.min(next, j.notBefore > now ? j.notBefore : j.deadline);
    if (this.queue.length > 0 && this.pausedUntil > now) next = Math.min(next, this.pausedUntil);
    this.wake.set(next);
    this.shutdown.settle(this.queue.length === 0 && this.workers === 0);
  }

  /** Fails queued messages whose deadline passed while they waited (a pause, a full account). */
  private expire(now: number): void {
    for (const job of this.queue.takeWhere((j) => j.deadline <= now)) {
      if (job.attempts === 0 && job.blocker !== undefined) {
        // Never on the wire: say what kept every session from opening, not "after 0 attempts".
        this.outcomes.fail(
          job,
          'TOKEN_UNAVAILABLE',
          `Not sent within retry.deadlineMs (${this.o.retry.deadlineMs} ms): ${job.blocker}. No SMTP connection was opened for it; check that the token endpoint is reachable from this host.`,
        );
      } else if (job.attempts === 0) {
        this.outcomes.fail(
          job,
          'RETRY_EXHAUSTED',
          `Not sent within retry.deadlineMs (${this.o.retry.deadlineMs} ms): no session could take it${lastReply(job)}`,
        );
      } else this.outcomes.expired(job, this.o.retry.deadlineMs);
    }
  }

  // ---- workers: one per session slot -------------------------------------------------------

  private async worker(): Promise<void> {
    this.workers += 1;
    try {
      while (!this.abort.signal.aborted && this.queue.readyCount(this.o.clock.now()) > 0) {
        let state: AccountState;
        try {
          state = await this.o.coordinator.state(this.o.account);
        } catch (err) {
          await this.coordinatorFailed(err);
          return;
        }
        const rejected = state.rejected.find((r) => r.fingerprint === this.o.credentialId);
        if (rejected) {
          this.stopWithRejection(rejected);
          return;
        }
        const now = this.o.clock.now();
        if (state.pausedUntil > now) {
          this.pausedUntil = state.pausedUntil;
          return;
        }
        const limit = sessionLimit(state, now, this.o);
        this.counters.sessionLimit = limit;
        let lease: SessionLease;
        try {
          lease = await this.o.coordinator.acquireSession(this.o.account, limit, this.abort.signal);
        } catch (err) {
          if (!this.abort.signal.aborted) await this.coordinatorFailed(err);
          return;
        }
        let end: SessionEnd;
        try {
          end =
            this.queue.readyCount(this.o.clock.now()) > 0 ? await this.runner.run(lease) : { kind: 'done' };
        } finally {
          await lease.release();
        }
        if (end.kind === 'stop') return;
        if (end.kind === 'backoff') {
          if (this.closing) {
            // close() does not wait out a back-off: what cannot go now fails now.
            for (const job of this.queue.takeAll()) {
              this.outcomes.closed(job, 'while sending was backing off');
            }
            return;
          }
          await sleep(this.o.clock, end.ms, this.naps.signal);
        }
      }
    } catch (err) {
      // A coordinator call inside the session (pause, authSucceeded, …) failed: same as above.
      await this.coordinatorFailed(err);
    } finally {
      this.workers -= 1;
      this.pump();
    }
  }

  /**
   * The coordinator (e.g. Redis) could not be reached. Nothing is sent without it (fail-closed):
   * the worker says so, waits before the next try instead of spinning, and queued messages keep
   * waiting until it answers or their deadline fails them with RETRY_EXHAUSTED.
   */
  private async coordinatorFailed(err: unknown): Promise<void> {
    this.emitter.emit('coordinator-error', { message: err instanceof Error ? err.message : String(err) });
    await sleep(this.o.clock, Math.min(this.o.retry.defaultDelayMs, 5_000), this.naps.signal);
  }

  // ---- putting messages back ----------------------------------------------------------------

  /**
   * Puts a message a closing session could not carry back at the head of the queue, due now; a
   * hand-over the sender chose itself is no retry, so `announce: false` emits no retry event.
   */
  private requeue(job: Job, announce = true): void {
    const now = this.o.clock.now();
    if (this.abort.signal.aborted) {
      // close() gave up draining: the queue is no longer read, so the message fails here.
      this.outcomes.closed(job);
      return;
    }
    if (now >= job.deadline) {
      this.outcomes.fail(
        job,
        'RETRY_EXHAUSTED',
        `Not sent within retry.deadlineMs after ${job.attempts} attempt(s)${lastReply(job)}`,
      );
      return;
    }
    job.notBefore = now;
    this.queue.unshift(job);
    if (announce) this.outcomes.retrying(job, 0);
    // An idle session (or a new one) takes it now, not when this worker has reconnected.
    this.pump();
  }

  private retry(job: Job, delay: number): void {
    const now = this.o.clock.now();
    const closed = (this.closing && delay > 0) || this.abort.signal.aborted;
    if (!this.outcomes.mayRetry(job, delay, closed, now, this.o.retry)) return;
    job.notBefore = now + delay;
    this.queue.push(job);
    this.outcomes.retrying(job, delay);
    this.pump();
  }
}
