import type { Clock } from './backoff.js';
import { SenderError } from './errors.js';
import type { Outcomes } from './outcome.js';
import type { JobQueue, QueuedJob, Wake } from './queue.js';

// close() of every transport: what cannot go before close() returns fails now, the rest is sent
// for up to closeTimeoutMs, then whatever is left fails with CLOSED. Nothing is dropped silently.

/** What a sender hands its shutdown: its queue, scheduler and the transport's own last steps. */
export interface ShutdownParts<J extends QueuedJob> {
  clock: Clock;
  closeTimeoutMs: number;
  queue: JobQueue<J>;
  outcomes: Outcomes;
  wake: Wake;
  /** Aborted once the drain is over: in-flight work stops and the scheduler no longer runs. */
  abort: AbortController;
  /** Runs the scheduler (it calls {@link Shutdown.settle}). */
  pump(): void;
  /** True for a queued message that cannot go before close() returns (a retry's or a pause's wait). */
  waits(job: J, now: number): boolean;
  /** The transport's first step (end back-off naps that would only delay the drain). */
  begin?(): void;
  /** The transport's last step (close its sessions). */
  end?(): Promise<void>;
}

/** The close() of one sender: started once, awaited by every caller. */
export class Shutdown<J extends QueuedJob> {
  /** True from the first close() on: send() refuses, back-offs are not waited out. */
  closing = false;
  private done: Promise<void> | undefined;
  private drained: (() => void) | undefined;

  constructor(private readonly parts: ShutdownParts<J>) {}

  /** Starts closing (once) and resolves when every message is sent or failed and the transport is closed. */
  close(): Promise<void> {
    this.done ??= this.run();
    return this.done;
  }

  /** Told by the scheduler whether the sender is idle (nothing queued, nothing in flight). */
  settle(idle: boolean): void {
    if (this.closing && idle) this.drained?.();
  }

  private async run(): Promise<void> {
    const p = this.parts;
    this.closing = true;
    p.begin?.();
    const now = p.clock.now();
    for (const job of p.queue.takeWhere((j) => p.waits(j, now))) {
      p.outcomes.closed(job);
    }
    const drained = new Promise<void>((resolve) => {
      this.drained = resolve;
    });
    p.pump();
    let timer: unknown;
    const timeout = new Promise<void>((resolve) => {
      timer = p.clock.setTimeout(resolve, p.closeTimeoutMs);
    });
    await Promise.race([drained, timeout]);
    p.clock.clearTimeout(timer);
    p.wake.cancel();
    p.abort.abort(new SenderError('CLOSED', 'The sender is closed'));
    for (const job of p.queue.takeAll()) {
      p.outcomes.closed(job);
    }
    await p.end?.();
  }
}
