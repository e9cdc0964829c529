import { describe, expect, test } from 'vitest';
import { systemClock } from '../backoff.js';
import { InProcessCoordinator } from '../coordinator.js';
import { type IdleSession, WANTED_GRACE_MS, waitForJob } from './idle-wait.js';

// The idle wait with real timers and a real coordinator lease: how long a warm session is kept,
// and that another sender waiting for the account's slot cuts the wait short.

function setup(over: { idleTimeoutMs?: number; spentInMs?: number } = {}) {
  const idle: IdleSession[] = [];
  const jobs: string[] = [];
  const abort = new AbortController();
  let closeSession!: () => void;
  const gone = new Promise<void>((resolve) => {
    closeSession = resolve;
  });
  const wait = (lease: Parameters<typeof waitForJob>[0]['lease'] = {}) =>
    waitForJob({
      clock: systemClock,
      idleTimeoutMs: over.idleTimeoutMs ?? 300,
      spentInMs: over.spentInMs ?? Number.POSITIVE_INFINITY,
      signal: abort.signal,
      gone,
      lease,
      next: () => jobs.shift(),
      idle,
    });
  return { idle, jobs, abort, closeSession, wait };
}

const timed = async <T>(p: Promise<T>): Promise<{ value: T; ms: number }> => {
  const started = performance.now();
  const value = await p;
  return { value, ms: performance.now() - started };
};

describe('waitForJob', () => {
  test('keeps an idle session for idleTimeoutMs, then lets it go; the scheduler sees it meanwhile', async () => {
    const s = setup({ idleTimeoutMs: 150 });
    const waiting = timed(s.wait());
    expect(s.idle).toHaveLength(1);
    const { value, ms } = await waiting;
    expect(value).toBeUndefined();
    expect(ms).toBeGreaterThanOrEqual(140);
    expect(s.idle).toHaveLength(0);
  });

  test('a message handed over by the scheduler ends the wait with it', async () => {
    const s = setup();
    const waiting = s.wait();
    expect(s.idle[0]!.take()).toBe(false);
    s.jobs.push('m1');
    expect(s.idle[0]!.take()).toBe(true);
    expect(await waiting).toBe('m1');
    expect(s.idle).toHaveLength(0);
  });

  test('retired before the learned session age, when that comes before the idle time', async () => {
    const s = setup({ idleTimeoutMs: 5_000, spentInMs: 80 });
    const { value, ms } = await timed(s.wait());
    expect(value).toBeUndefined();
    expect(ms).toBeLessThan(2_000);
  });

  test('ends at once when the server closes the session or the sender gives up', async () => {
    const closed = setup({ idleTimeoutMs: 5_000 });
    const a = timed(closed.wait());
    closed.closeSession();
    expect((await a).ms).toBeLessThan(2_000);

    const aborted = setup({ idleTimeoutMs: 5_000 });
    const b = timed(aborted.wait());
    aborted.abort.abort();
    expect((await b).ms).toBeLessThan(2_000);
  });

  test('another sender waiting for the slot: the session gives it up after a short grace', async () => {
    const coordinator = new InProcessCoordinator();
    const ours = await coordinator.acquireSession('acct', 1, new AbortController().signal);
    const s = setup({ idleTimeoutMs: 5_000 });
    const waiting = timed(s.wait(ours));
    // Another sender of the account asks for the only slot; it gets it once ours is released.
    const theirs = coordinator.acquireSession('acct', 1, new AbortController().signal);
    const { value, ms } = await waiting;
    expect(value).toBeUndefined();
    expect(ms).toBeGreaterThanOrEqual(WANTED_GRACE_MS - 5);
    expect(ms).toBeLessThan(2_000);
    await ours.release();
    await (await theirs).release();
  });
});
