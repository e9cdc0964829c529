import { describe, expect, it } from 'vitest';
import type { Clock } from '../backoff.js';
import { QuotaBucket, QuotaWaitTooLong } from './bucket.js';

/** A clock whose timers run when the test advances it: minutes of pacing checked in microseconds. */
function manualClock(): Clock & { run(untilIdle?: number): Promise<void> } {
  let t = 1_700_000_000_000;
  let timers: { at: number; fn: () => void }[] = [];
  return {
    now: () => t,
    setTimeout: (fn, ms) => {
      const timer = { at: t + ms, fn };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (h) => {
      timers = timers.filter((x) => x !== h);
    },
    async run(steps = 100_000) {
      for (let i = 0; i < steps; i++) {
        await new Promise((r) => setImmediate(r));
        if (timers.length === 0) return;
        timers.sort((a, b) => a.at - b.at);
        const next = timers.shift()!;
        t = Math.max(t, next.at);
        next.fn();
      }
    },
  };
}

const never = new AbortController().signal;

describe('QuotaBucket', () => {
  it('never spends more than unitsPerMinute in any rolling minute', async () => {
    const clock = manualClock();
    const bucket = new QuotaBucket({ unitsPerMinute: 1000, burstUnits: 300, sendCost: 100 }, clock);
    const times: number[] = [];
    const all = Array.from({ length: 60 }, () => bucket.take(100, never).then(() => times.push(clock.now())));
    await clock.run();
    await Promise.all(all);
    expect(times).toHaveLength(60);
    let worst = 0;
    for (let i = 0; i < times.length; i++) {
      const inWindow = times.filter((x) => x >= times[i]! && x < times[i]! + 60_000).length;
      worst = Math.max(worst, inWindow * 100);
    }
    expect(worst).toBeLessThanOrEqual(1000);
    // ... and uses the quota: 6,000 units less the 300 of the burst at 650 a minute (95% planned).
    expect((times.at(-1)! - times[0]!) / 60_000).toBeCloseTo(5700 / 650, 0);
  });

  it('a 429 halves the rate and empties the bucket; quiet minutes double it back', async () => {
    const clock = manualClock();
    const bucket = new QuotaBucket({ unitsPerMinute: 1200, burstUnits: 200, sendCost: 100 }, clock);
    // 95% of 1,200 planned, less the 200 of the burst.
    expect(bucket.unitsPerMinute).toBe(940);
    bucket.slowDown();
    bucket.slowDown();
    expect(bucket.unitsPerMinute).toBe(235);
    const start = clock.now();
    const p = bucket.take(100, never);
    await clock.run();
    await p;
    // Empty after the 429s: 100 units at 235 a minute.
    expect(clock.now() - start).toBe(Math.ceil((100 / 235) * 60_000));
    clock.setTimeout(() => undefined, 60_000 - (clock.now() - start));
    await clock.run();
    expect(bucket.unitsPerMinute).toBe(470);
    for (let i = 0; i < 5; i++) bucket.slowDown();
    expect(bucket.unitsPerMinute).toBe(Math.round(940 / 16));
  });

  it('refuses a wait past the deadline and holds takers during a named pause', async () => {
    const clock = manualClock();
    const bucket = new QuotaBucket({ unitsPerMinute: 600, burstUnits: 100, sendCost: 100 }, clock);
    const until = clock.now() + 3_600_000;
    bucket.slowDown(until);
    await expect(bucket.take(100, never, clock.now() + 60_000)).rejects.toBeInstanceOf(QuotaWaitTooLong);
    const p = bucket.take(100, never);
    await clock.run();
    await p;
    expect(clock.now()).toBeGreaterThanOrEqual(until);
  });
});
