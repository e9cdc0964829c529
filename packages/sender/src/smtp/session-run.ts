import type { Clock } from '../backoff.js';
import type { SessionLife } from './session-life.js';

/**
 * One session's life as the recycling policy sees it: when it opened, how many messages it carried
 * and when the last one was answered. It feeds what it sees to the sender's {@link SessionLife}
 * (how long a message takes, when the server recycled a session) and asks it whether the session
 * may start another message or should be retired just before the server would close it.
 */
export class SessionRun {
  /**
   * Clock time before the connection was made: the server's clock starts when it accepts it, and
   * a session that took long to open is no younger to the server.
   */
  readonly openedAt: number;
  private carried = 0;
  /**
   * When its last message was answered: the server starts a pipelined message only then, so that
   * is when its MAIL FROM is read (and checked against the session's age).
   */
  private lastDoneAt: number;

  constructor(
    private readonly life: SessionLife,
    private readonly clock: Clock,
  ) {
    this.openedAt = clock.now();
    this.lastDoneAt = this.openedAt;
  }

  /** Messages delivered over the session so far. */
  get delivered(): number {
    return this.carried;
  }

  /**
   * True when the session should start no more messages: the next one, queued behind `inflight`
   * others, would reach the server's learned limits (it starts when those are done).
   */
  spent(inflight: number): boolean {
    const startsAt = this.clock.now() - this.openedAt + inflight * this.life.expectedMessageMs();
    return this.life.spent(startsAt, this.carried + inflight);
  }

  /** Milliseconds until an idle session is spent by age (`Infinity` while no age limit is known). */
  msUntilSpent(): number {
    return this.life.msUntilSpent(this.clock.now() - this.openedAt);
  }

  /**
   * A message handed to the session at `startedAt` was accepted now. Counted at once, not when the
   * session's loop reads it: a pipelined message behind it may fail in the same tick, and the
   * recycling policy must see this one as delivered.
   */
  sent(startedAt: number): void {
    this.carried += 1;
    const doneAt = this.clock.now();
    this.life.messageTook(doneAt - Math.max(startedAt, this.lastDoneAt));
    this.lastDoneAt = doneAt;
  }

  /**
   * The server answered a message handed over at `startedAt` with `421` and closed the session.
   * Only a session that had carried messages says when the server recycles sessions; the age is
   * taken where the server began that message (its MAIL FROM).
   */
  recycled(startedAt: number): void {
    if (this.carried > 0)
      this.life.recycled(Math.max(startedAt, this.lastDoneAt) - this.openedAt, this.carried);
  }
}
