// Unknown keys are refused before any connection is made, so these need no Redis.
import { describe, expect, it } from 'vitest';
import { redisCoordinator } from './coordinator.js';
import { isRedisCoordinationError } from './errors.js';
import { createOutbox } from './outbox.js';

const sender = { user: 'app@example.test', auth: { type: 'password' as const, pass: 'abcdefghijklmnop' } };

function thrown(fn: () => unknown): Error & { code?: string } {
  try {
    fn();
  } catch (err) {
    return err as Error & { code?: string };
  }
  throw new Error('expected a throw');
}

describe('unknown option keys', () => {
  it.each([
    [{ sesionsPerAccount: 5 }, 'sesionsPerAccount is not an option: did you mean sessionsPerAccount?'],
    [
      { fallback: { sessionPerProcess: 2 } },
      'fallback.sessionPerProcess is not an option: did you mean fallback.sessionsPerProcess?',
    ],
    [{ URL: 'redis://127.0.0.1:1' }, 'URL is not an option: did you mean url?'],
  ])('redisCoordinator() names the key and the nearest valid one (%#)', (options, text) => {
    const err = thrown(() => redisCoordinator(options as never));
    expect(isRedisCoordinationError(err)).toBe(true);
    expect(err.code).toBe('INVALID_OPTION');
    expect(err.message).toContain(text);
  });

  it.each([
    [
      { sender: { ...sender, maxConection: 3 } },
      'sender.maxConection is not an option: did you mean sender.maxConnections?',
    ],
    [
      { sender: { ...sender, smtp: { hots: 'x' } } },
      'sender.smtp.hots is not an option: did you mean sender.smtp.host?',
    ],
    [{ sender, queue: { deadline: 5 } }, 'queue.deadline is not an option: did you mean queue.deadlineMs?'],
    [
      { sender, coordinator: { leaseTtl: 5 } },
      'coordinator.leaseTtl is not an option: did you mean coordinator.leaseTtlMs?',
    ],
    [
      { sender, coordinator: { url: 'redis://x' } },
      'coordinator.url is not an option: valid keys of coordinator: leaseTtlMs',
    ],
    [{ sender, url: 'redis://127.0.0.1:1' }, 'url is not an option'],
  ])('createOutbox() names the key at its full path (%#)', (options, text) => {
    const err = thrown(() => createOutbox(options as never));
    expect(isRedisCoordinationError(err)).toBe(true);
    expect(err.code).toBe('INVALID_OPTION');
    expect(err.message).toContain(text);
  });
});
