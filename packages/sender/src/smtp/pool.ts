import type { CredentialRejection } from '../coordinator.js';
import type { BuiltMessage } from '../message.js';
import type { ResolvedSenderOptions } from '../options.js';
import type { Outcomes } from '../outcome.js';
import type { JobQueue } from '../queue.js';
import type { FailureStreaks } from './failure-policy.js';
import type { IdleSession } from './idle-wait.js';
import type { Job } from './job.js';
import type { Login } from './login.js';
import type { SessionLife } from './session-life.js';

/**
 * What a session's run (and its AUTH) needs of the pool that schedules it: shared state and the
 * pool's scheduling steps, so the session side never reaches into the pool's own fields.
 */
export interface SessionPool {
  readonly o: ResolvedSenderOptions;
  readonly outcomes: Outcomes;
  readonly queue: JobQueue<Job>;
  /** Aborted when close() is done waiting. */
  readonly signal: AbortSignal;
  readonly streaks: FailureStreaks;
  /** The server's session age and message limits, learned from the sessions it recycled. */
  readonly life: SessionLife;
  readonly login: Login;
  /** Idle sessions the pump hands messages to. */
  readonly idle: IdleSession[];
  /** True from the first close() on. */
  closing(): boolean;
  /** Removes and returns the next due message. */
  takeJob(): Job | undefined;
  /** Builds a message (once; the promise is kept on the job). */
  build(job: Job): Promise<BuiltMessage>;
  /** Builds the next few messages ahead of the sessions. */
  prefetch(): void;
  /**
   * Puts a message back at the head of the queue, due now. `announce: false` for a hand-over the
   * sender chose (a session retired between two transactions of the message): no retry event.
   */
  requeue(job: Job, announce?: boolean): void;
  /** Schedules a retry after `delay`, or fails the message when it cannot be. */
  retry(job: Job, delay: number): void;
  /** Fails every queued message with the rejection; later sends fail fast. */
  stopWithRejection(rejection: CredentialRejection): void;
  /** No worker of this sender starts a session before `until`. */
  pauseUntil(until: number): void;
}
