/**
 * Counting semaphore whose limit is given by each caller: `acquire(limit)` waits until fewer than
 * `limit` permits are held. Callers that learned a lower limit (after a `454`) are admitted later
 * than callers with a higher one, and the count never exceeds the highest limit anyone passed.
 */
export class Semaphore {
  private held = 0;
  private readonly waiters: { limit: number; grant: () => void }[] = [];
  private readonly watchers = new Set<() => void>();

  /** Permits held now. */
  get size(): number {
    return this.held;
  }

  /** Takes a permit when fewer than `limit` are held; otherwise waits. Rejects when `signal` aborts. */
  acquire(limit: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.held < limit && this.waiters.length === 0) {
      this.held += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        limit,
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        const i = this.waiters.indexOf(waiter);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(signal?.reason);
        this.drain();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(waiter);
      this.drain();
      if (this.waiters.includes(waiter)) this.notifyWatchers();
    });
  }

  /**
   * Calls `listener` once someone waits for a permit: now when someone already does, else when the
   * next caller has to wait. Returns the function that stops listening.
   */
  onWaiter(listener: () => void): () => void {
    if (this.waiters.length > 0) {
      listener();
      return () => undefined;
    }
    this.watchers.add(listener);
    return () => this.watchers.delete(listener);
  }

  private notifyWatchers(): void {
    const due = [...this.watchers];
    this.watchers.clear();
    for (const listener of due) listener();
  }

  /** Returns a permit. */
  release(): void {
    this.held = Math.max(0, this.held - 1);
    this.drain();
  }

  private drain(): void {
    // First come, first served among the waiters that fit.
    for (let i = 0; i < this.waiters.length; ) {
      const w = this.waiters[i]!;
      if (this.held < w.limit) {
        this.waiters.splice(i, 1);
        this.held += 1;
        w.grant();
      } else i += 1;
    }
  }
}
