import { describe, expect, it } from 'vitest';
import { Semaphore } from './semaphore.js';

describe('Semaphore', () => {
  it('admits callers while fewer than their limit are held, first come first served', async () => {
    const s = new Semaphore();
    await s.acquire(2);
    await s.acquire(2);
    const order: string[] = [];
    const third = s.acquire(2).then(() => order.push('third'));
    const lower = s.acquire(1).then(() => order.push('lower'));
    await Promise.resolve();
    expect(order).toEqual([]);
    s.release();
    await third;
    expect(order).toEqual(['third']);
    s.release();
    s.release();
    await lower;
    expect(order).toEqual(['third', 'lower']);
    expect(s.size).toBe(1);
  });

  it('rejects a waiter whose signal aborts', async () => {
    const s = new Semaphore();
    await s.acquire(1);
    const ac = new AbortController();
    const waiting = s.acquire(1, ac.signal);
    ac.abort(new Error('closed'));
    await expect(waiting).rejects.toThrow('closed');
    expect(s.size).toBe(1);
  });

  it('tells a holder once someone waits, at once when someone already does', async () => {
    const s = new Semaphore();
    await s.acquire(1);
    const told: string[] = [];
    const stop = s.onWaiter(() => told.push('early'));
    s.onWaiter(() => told.push('other'))();
    expect(told).toEqual([]);
    const waiting = s.acquire(1);
    expect(told).toEqual(['early']);
    s.onWaiter(() => told.push('late'));
    expect(told).toEqual(['early', 'late']);
    stop();
    s.release();
    await waiting;
    // Admitted at once: nobody waited, nobody is told.
    s.onWaiter(() => told.push('after'));
    await s.acquire(2);
    expect(told).toEqual(['early', 'late']);
  });
});
