import type { BuiltMessage } from '../message.js';
import type { QueuedJob } from '../queue.js';
import type { RecipientProgress } from './recipients.js';

/** A message queued for the SMTP transport. */
export interface Job extends QueuedJob {
  /**
   * Started when the job comes near the head of the queue (the pool's prefetch), awaited by the
   * worker that takes it: building 600 messages at once at send() would hold the event loop for
   * the first sessions' connect and AUTH.
   */
  building: Promise<BuiltMessage> | undefined;
  /**
   * True once a closing session (a `421`, a dropped connection) handed this message back for a
   * fresh one at once: a second such close on a fresh session is met with the catalog's back-off.
   */
  recycled: boolean;
  /** Where its recipients stand once its first transaction was tried; a retry sends only `remaining`. */
  progress: RecipientProgress | undefined;
  /**
   * True when its last try reached recipients before the server recycled the session under a
   * later transaction: the next try goes on with the same attempt. Gmail recycles sessions by
   * count and age, so a message of n transactions meets n times the recycles of a one-transaction
   * message, and counting each would use up `retry.maxAttempts` n times faster for tries that
   * never failed the message.
   */
  resumes: boolean;
  /** Why no session could take the message yet (the token endpoint failing), for its deadline error. */
  blocker: string | undefined;
}

/** What a session ended with, as far as its worker is concerned. */
export type SessionEnd = { kind: 'done' } | { kind: 'stop' } | { kind: 'backoff'; ms: number };

/** What one delivery did to its session: carry on, or end it (the session is closed). */
export type Delivery = 'sent' | 'refused' | 'closed' | SessionEnd;
