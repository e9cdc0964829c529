import { getEntry } from '@smtpfix/core';
import { describe, expect, it } from 'vitest';
import { defaultRetryOptions, retryDelay } from './backoff.js';

describe('retryDelay', () => {
  const advice = getEntry('454-4.7.0-cannot-authenticate')!.retry;
  const noJitter = { ...defaultRetryOptions, jitter: 0 };

  it('starts from the catalog delay and grows exponentially up to its maximum', () => {
    expect(advice.kind).toBe('backoff');
    expect(retryDelay(advice, 1, noJitter, () => 0)).toBe(30_000);
    expect(retryDelay(advice, 2, noJitter, () => 0)).toBe(60_000);
    expect(retryDelay(advice, 20, noJitter, () => 0)).toBe(300_000);
  });

  it('scales the catalog delays and draws the jitter share from the random source', () => {
    const opts = { ...defaultRetryOptions, delayScale: 0.001, jitter: 0.5 };
    expect(retryDelay(advice, 1, opts, () => 0)).toBe(15);
    expect(retryDelay(advice, 1, opts, () => 0.999)).toBe(30);
  });

  it('never retries what the catalog says to fix first or never retry', () => {
    expect(retryDelay(getEntry('535-5.7.8-bad-credentials')!.retry, 1, noJitter, () => 0)).toBeUndefined();
    expect(retryDelay(getEntry('550-5.1.1-no-such-user')!.retry, 1, noJitter, () => 0)).toBeUndefined();
  });

  it('uses defaultDelayMs for an unknown transient reply', () => {
    expect(retryDelay(null, 1, noJitter, () => 0)).toBe(5_000);
  });
});
