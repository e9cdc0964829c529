import type { CredentialRejection } from './coordinator.js';
import type { SenderEventName, SenderListener, SenderStats } from './events.js';
import type { MailMessage } from './message.js';
import type { ResolvedSenderOptions } from './options.js';
import { type RejectionWording, Outcomes } from './outcome.js';
import { admit, JobQueue, newJob, type QueuedJob, reachedListener, skipSet, Wake } from './queue.js';
import type { Sender, SendOptions, SendResult } from './sender.js';
import { Shutdown } from './shutdown.js';

/**
 * What every transport's {@link Sender} is made of: options, a queue with its wake-up timer, the
 * outcomes (counters, events, failures) and the shutdown, wired together once. A transport adds
 * how messages leave (SMTP sessions, API calls) by implementing {@link pump}.
 */
export abstract class QueuedSender<J extends QueuedJob> implements Sender {
  readonly user: string;
  protected readonly o: ResolvedSenderOptions;
  protected readonly outcomes: Outcomes;
  /** Aborted when close() is done waiting: in-flight work stops, the scheduler no longer runs. */
  protected readonly abort = new AbortController();
  protected readonly queue = new JobQueue<J>();
  protected readonly wake: Wake;
  protected readonly shutdown: Shutdown<J>;
  /** Set once the credential was refused: every later send fails fast with it. */
  protected rejection: CredentialRejection | undefined;

  constructor(options: ResolvedSenderOptions, wording: RejectionWording) {
    this.o = options;
    this.user = options.user;
    this.outcomes = new Outcomes(options.user, options.maxConnections, wording, {
      coordinator: options.coordinator,
      account: options.account,
    });
    this.wake = new Wake(options.clock, () => this.pump());
    this.shutdown = new Shutdown({
      clock: options.clock,
      closeTimeoutMs: options.closeTimeoutMs,
      queue: this.queue,
      outcomes: this.outcomes,
      wake: this.wake,
      abort: this.abort,
      pump: () => this.pump(),
      waits: (job, now) => this.waitsPastClose(job, now),
      begin: () => this.closeStarted(),
      end: () => this.closeTransport(),
    });
  }

  /** Hands ready messages to the transport and sets the next wake-up; calls `shutdown.settle`. */
  protected abstract pump(): void;

  /** The transport's counters for {@link stats}. */
  protected abstract transportStats(): Pick<SenderStats, 'connectionsOpen' | 'gmailApi'>;

  /** True for a queued message that cannot go before close() returns. @default waits for a retry */
  protected waitsPastClose(job: J, now: number): boolean {
    return job.notBefore > now;
  }

  /** The transport's first step of close(). */
  protected closeStarted(): void {}

  /** The transport's last step of close(), after every message is settled. */
  protected async closeTransport(): Promise<void> {}

  protected get emitter() {
    return this.outcomes.emitter;
  }

  /** True from the first close() on. */
  protected get closing(): boolean {
    return this.shutdown.closing;
  }

  on<E extends SenderEventName>(event: E, listener: SenderListener<E>): () => void {
    return this.emitter.on(event, listener);
  }

  off<E extends SenderEventName>(event: E, listener: SenderListener<E>): void {
    this.emitter.off(event, listener);
  }

  stats(): SenderStats {
    return this.outcomes.stats({ queued: this.queue.length, ...this.transportStats() });
  }

  close(): Promise<void> {
    return this.shutdown.close();
  }

  abstract send(message: MailMessage): Promise<SendResult>;

  /**
   * Checks and queues a message with the transport's own job fields, then calls `queued` (which
   * starts the scheduler); resolves or rejects when the message is settled. Async, so a refused
   * message rejects the promise instead of throwing at the call.
   */
  protected async enqueue(
    message: MailMessage,
    options: SendOptions | undefined,
    extra: Omit<J, keyof QueuedJob>,
    queued: () => void,
  ): Promise<SendResult> {
    admit(message, this.closing);
    const skip = skipSet(options);
    const onReached = reachedListener(options);
    if (this.rejection) throw this.outcomes.rejectionError(this.rejection, message.messageId);
    const now = this.o.clock.now();
    return new Promise<SendResult>((resolve, reject) => {
      const job = { ...newJob(message, now, this.o.retry.deadlineMs, resolve, reject), ...extra } as J;
      if (skip) job.skip = skip;
      if (onReached) job.onReached = onReached;
      this.queue.push(job);
      queued();
    });
  }

  /** Fails every queued message at once with the rejection; later sends fail fast. */
  protected stopWithRejection(rejection: CredentialRejection): void {
    this.rejection = rejection;
    for (const job of this.queue.takeAll()) this.outcomes.rejectWith(job, rejection);
  }
}
