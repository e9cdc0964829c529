import { describe, expect, it } from 'vitest';
import { createMemo } from './dedupe.js';

describe('createMemo', () => {
  it('claims a key once while it is remembered, again after it expires', () => {
    let now = 0;
    const memo = createMemo({ ttlMs: 1000, now: () => now });
    expect(memo.claim('Ev1', true)).toBe(true);
    expect(memo.claim('Ev1', true)).toBe(false);
    now = 1001;
    expect(memo.claim('Ev1', true)).toBe(true);
  });

  it('keeps at most max keys, evicting the oldest', () => {
    const memo = createMemo({ max: 2 });
    memo.set('a', true);
    memo.set('b', true);
    memo.set('c', true);
    expect(memo.size).toBe(2);
    expect(memo.get('a')).toBeUndefined();
    expect(memo.get('c')).toBe(true);
  });
});
