import { describe, expect, test } from 'vitest';
import type { Clock } from '../backoff.js';
import { SessionLife } from './session-life.js';
import { SessionRun } from './session-run.js';

/** A clock the test moves by hand (the sender's clock is injectable for this). */
function handClock(start = 1_000_000): Clock & { advance(ms: number): void } {
  let t = start;
  return {
    now: () => t,
    setTimeout: () => undefined,
    clearTimeout: () => undefined,
    advance(ms) {
      t += ms;
    },
  };
}

/** A new session that carries one message: handed over `waitMs` after it opened, answered `messageMs` later. */
function carryOne(life: SessionLife, clock: ReturnType<typeof handClock>, waitMs: number, messageMs: number) {
  const run = new SessionRun(life, clock);
  clock.advance(waitMs);
  const started = clock.now();
  clock.advance(messageMs);
  run.sent(started);
  return { run, started };
}

/** Three sessions recycled by the server `ageMs` after they opened, each after one message. */
function learnAge(life: SessionLife, clock: ReturnType<typeof handClock>, ageMs: number): void {
  for (let i = 0; i < 3; i++) {
    const { run } = carryOne(life, clock, 10, 20);
    clock.advance(ageMs - 30);
    run.recycled(clock.now());
  }
}

describe('SessionRun', () => {
  test('with nothing learned a session is never spent', () => {
    const clock = handClock();
    const run = new SessionRun(new SessionLife(), clock);
    clock.advance(3_600_000);
    expect(run.spent(0)).toBe(false);
    expect(run.spent(5)).toBe(false);
    expect(run.msUntilSpent()).toBe(Number.POSITIVE_INFINITY);
  });

  test('closes the server made at one age teach that age; a new session retires just before it', () => {
    const clock = handClock();
    const life = new SessionLife();
    learnAge(life, clock, 1_000);
    expect(life.limits().ageMs).toBe(1_000);
    expect(life.expectedMessageMs()).toBe(20);

    const run = new SessionRun(life, clock);
    clock.advance(900);
    // A session carries its first message whatever its age.
    expect(run.spent(0)).toBe(false);
    const started = clock.now();
    clock.advance(20);
    run.sent(started);
    expect(run.delivered).toBe(1);
    // At 920 ms the next message would start before the retire age (1000 - 50)…
    expect(run.spent(0)).toBe(false);
    // …but one queued behind the message in flight would start at 940 + 20 ms: past it.
    clock.advance(20);
    expect(run.spent(1)).toBe(true);
    expect(run.msUntilSpent()).toBe(life.msUntilSpent(940));
  });

  test('a session that carried nothing teaches nothing when the server closes it', () => {
    const clock = handClock();
    const life = new SessionLife();
    for (let i = 0; i < 3; i++) {
      const run = new SessionRun(life, clock);
      clock.advance(1_000);
      run.recycled(clock.now());
    }
    expect(life.limits()).toEqual({ ageMs: Number.POSITIVE_INFINITY, messages: Number.POSITIVE_INFINITY });
  });

  test('a pipelined message is timed from the answer to the one before it, not from its hand-over', () => {
    const clock = handClock();
    const life = new SessionLife();
    const run = new SessionRun(life, clock);
    const firstStarted = clock.now();
    const secondStarted = clock.now(); // handed over with the first one's body
    clock.advance(30);
    run.sent(firstStarted);
    clock.advance(30);
    run.sent(secondStarted);
    expect(life.expectedMessageMs()).toBe(30);
    expect(run.delivered).toBe(2);
  });

  test('the age of a recycled session counts from before it connected, up to where the server began the message', () => {
    const clock = handClock();
    const life = new SessionLife();
    for (let i = 0; i < 3; i++) {
      const { run, started } = carryOne(life, clock, 500, 100);
      // Handed over long before the server began it: the age is taken at the previous answer.
      run.recycled(started);
      clock.advance(5);
    }
    expect(life.limits().ageMs).toBe(600);
  });
});
