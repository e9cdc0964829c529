import { describe, expect, test } from 'vitest';
import { SessionLife } from './session-life.js';

describe('SessionLife', () => {
  test('learns nothing until three closes agree', () => {
    const life = new SessionLife();
    life.recycled(1010, 5);
    life.recycled(1004, 5);
    expect(life.spent(5000, 50)).toBe(false);
    life.recycled(1020, 5);
    expect(life.limits()).toEqual({ ageMs: 1004, messages: Number.POSITIVE_INFINITY });
    expect(life.spent(900, 40)).toBe(false);
    expect(life.spent(960, 4)).toBe(true);
    expect(life.msUntilSpent(900)).toBe(1004 - 50.2 - 900);
  });

  test('a message-count limit: same count, ages far apart', () => {
    const life = new SessionLife();
    for (const age of [300, 2000, 900]) life.recycled(age, 100);
    expect(life.limits()).toEqual({ ageMs: Number.POSITIVE_INFINITY, messages: 100 });
    expect(life.spent(60_000, 99)).toBe(false);
    expect(life.msUntilSpent(60_000)).toBe(Number.POSITIVE_INFINITY);
  });

  test('an age limit on a slow machine: sessions that opened late carried one message each', () => {
    const life = new SessionLife();
    for (const age of [1010, 1090, 1040]) life.recycled(age, 1);
    expect(life.limits()).toEqual({ ageMs: 1010, messages: Number.POSITIVE_INFINITY });
  });

  test('random closes teach nothing; a fresh session refused (0 messages) is not a sample', () => {
    const life = new SessionLife();
    life.recycled(30, 1);
    life.recycled(4000, 40);
    life.recycled(700, 9);
    // Equal counts at nearby ages (an age limit under steady traffic, or chance) are no count limit.
    for (const age of [1000, 1600, 1900]) life.recycled(age, 2);
    life.recycled(10, 0);
    expect(life.limits()).toEqual({ ageMs: Number.POSITIVE_INFINITY, messages: Number.POSITIVE_INFINITY });
  });

  test('closes a few ms after opening, each after the same count, are a count limit (not an age that leaves no time to send)', () => {
    const life = new SessionLife();
    for (const age of [9, 12, 11]) life.recycled(age, 3);
    expect(life.limits()).toEqual({ ageMs: Number.POSITIVE_INFINITY, messages: 3 });
    expect(life.spent(5_000, 2)).toBe(false);
    expect(life.spent(5, 3)).toBe(true);
  });

  test('a fresh session is never spent, whatever was learned', () => {
    const life = new SessionLife();
    for (const age of [150, 160, 155]) life.recycled(age, 1);
    expect(life.limits().ageMs).toBe(150);
    expect(life.spent(10_000, 0)).toBe(false);
    expect(life.spent(10_000, 1)).toBe(true);
  });
});
