// The Redis coordinator in one process, two instances standing in for two processes.
import { REDIS_SKIP_MESSAGE, redisAvailable } from '@smtpfix/test-utils';
import { classify } from '@smtpfix/core';
import { type AccessToken, TokenRequestError } from '@smtpfix/sender';
import { describe, expect, it } from 'vitest';
import { type RedisCoordinator, redisCoordinator } from './coordinator.js';
import { isRedisCoordinationError, type RedisCoordinationError } from './errors.js';
import type { CoordinatorEvent } from './options.js';
import { redisCoordinators } from './test/coordinators.js';

const canRun = redisAvailable();
if (!canRun) console.warn(REDIS_SKIP_MESSAGE);

describe('options', () => {
  it('are checked at construction, and a URL with a password is never echoed', () => {
    const bad = () => redisCoordinator({ url: 'http://:hunter2@x', leaseTtlMs: 5, prefix: 'has space' });
    expect(bad).toThrow(/url must be a redis:\/\/.*\n.*prefix.*\n.*leaseTtlMs/s);
    try {
      bad();
    } catch (err) {
      expect(isRedisCoordinationError(err) && err.code).toBe('INVALID_OPTION');
      expect(String((err as Error).message)).not.toContain('hunter2');
    }
  });
});

describe.skipIf(!canRun)('redisCoordinator', () => {
  let n = 0;
  const { make, track } = redisCoordinators(() => ({
    prefix: `unit${process.pid}-${n}`,
    leaseTtlMs: 1_000,
    slotPollMs: 10,
  }));

  it('refreshes the token once for two processes, and once more when it is refused', async () => {
    n += 1;
    const [a, b] = [make(), make()];
    let refreshes = 0;
    const refresh = async () => {
      refreshes += 1;
      await new Promise((r) => setTimeout(r, 50));
      return { token: `tok-${refreshes}`, expiresAt: Date.now() + 3_600_000 };
    };
    const opts = { minValidityMs: 60_000 };
    const got = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).token('x@example.test', refresh, opts)),
    );
    expect(new Set(got.map((t) => t.token))).toEqual(new Set(['tok-1']));
    expect(refreshes).toBe(1);
    const again = await Promise.all(
      [a, b].map((c) => c.token('x@example.test', refresh, { ...opts, rejected: 'tok-1' })),
    );
    expect(again.map((t) => t.token)).toEqual(['tok-2', 'tok-2']);
    expect(refreshes).toBe(2);
    // The token is a value under a namespaced key, never part of a key.
    const keys = await a.client.keys(`unit${process.pid}-${n}:*`);
    expect(keys.join(' ')).not.toContain('tok-');
  });

  it("a refresh refused for good in one process fails the others' waits as permanent, with the diagnosis", async () => {
    n += 1;
    const [a, b] = [make(), make()];
    const text = 'invalid_grant: Token has been expired or revoked.';
    // b asks once a holds the refresh lock (its refresh has started), not after a guessed delay:
    // under load a fixed head start let b take the lock first.
    let refreshing: () => void = () => undefined;
    const aHoldsLock = new Promise<void>((r) => {
      refreshing = r;
    });
    const refused = async (): Promise<AccessToken> => {
      refreshing();
      await new Promise((r) => setTimeout(r, 100));
      throw new TokenRequestError(`Token request failed: ${text}`, true, classify(text));
    };
    const opts = { minValidityMs: 60_000 };
    const first = a.token('t@example.test', refused, opts);
    await aHoldsLock;
    const waiting = b.token('t@example.test', refused, opts);
    await expect(first).rejects.toBeInstanceOf(TokenRequestError);
    const err = await waiting.catch((e: unknown) => e);
    expect(isRedisCoordinationError(err) && err.code).toBe('TOKEN_REFRESH_FAILED');
    expect((err as RedisCoordinationError).permanent).toBe(true);
    expect((err as RedisCoordinationError).diagnosis?.entry?.id).toBe(classify(text).entry?.id);
    expect(classify(text).entry).toBeTruthy();
  });

  it('shares pauses and refused credentials, and counts sends fleet-wide in fewer round trips than messages', async () => {
    n += 1;
    const [a, b] = [make(), make()];
    const until = Date.now() + 60_000;
    await a.pause('y@example.test', { until, sessionLimit: 3 });
    await a.rejectCredential('y@example.test', {
      fingerprint: 'f1',
      reply: '535-5.7.8 Username and Password not accepted',
      stage: 'auth',
      at: 1,
    });
    const s = await b.state('y@example.test');
    expect(s).toMatchObject({ pausedUntil: until, pauses: 1, sessionLimit: 3 });
    expect(s.rejected.map((r) => r.fingerprint)).toEqual(['f1']);
    const before = b.stats().roundTrips;
    const counts = await Promise.all(Array.from({ length: 50 }, () => b.recordSent('y@example.test', 3)));
    await a.recordSent('y@example.test');
    expect(Math.max(...counts.map((c) => c.day))).toBe(50);
    const last = await a.recordSent('y@example.test', 7);
    expect(last.day).toBe(52);
    // Recipients are summed across processes as messages are: 50 × 3, then 1 (the default), then 7.
    expect(last.dayRecipients).toBe(50 * 3 + 1 + 7);
    expect(b.stats().roundTrips - before).toBeLessThan(50);
  });

  it('allows one session until an AUTH succeeded, then the limit', async () => {
    n += 1;
    const c = make();
    const ctl = new AbortController();
    await c.acquireSession('z@example.test', 5, ctl.signal);
    const probe = new AbortController();
    setTimeout(() => probe.abort(new Error('probing')), 100);
    await expect(c.acquireSession('z@example.test', 5, probe.signal)).rejects.toThrow('probing');
    await c.authSucceeded('z@example.test');
    for (let i = 0; i < 4; i++) await c.acquireSession('z@example.test', 5, ctl.signal);
    expect(await c.sessionsInUse('z@example.test')).toBe(5);
  });

  it("caps the fleet at Gmail's 10 sessions by default, whatever each process's own limit", async () => {
    n += 1;
    const [a, b, c] = [make(), make(), make()];
    const ctl = new AbortController();
    await a.authSucceeded('v@example.test');
    const leases = [];
    for (const p of [a, b, c]) {
      for (let i = 0; i < 4; i++) {
        const full = new AbortController();
        setTimeout(() => full.abort(new Error('fleet full')), 300);
        leases.push(await p.acquireSession('v@example.test', 4, full.signal).catch(() => undefined));
      }
    }
    expect(leases.filter(Boolean)).toHaveLength(10);
    expect(await a.sessionsInUse('v@example.test')).toBe(10);
    await Promise.all(leases.map((l) => l?.release()));
    expect(await a.sessionsInUse('v@example.test')).toBe(0);
    await a.acquireSession('v@example.test', 4, ctl.signal);
  });

  it('a returned slot wakes a waiter in another process at once, and a waiter is announced to holders', async () => {
    n += 1;
    // Polls far apart: only the pub/sub news can make the waiter quick.
    const [a, b] = [0, 1].map(() => make({ slotPollMs: 60_000, sessionsPerAccount: 1 })) as [
      RedisCoordinator,
      RedisCoordinator,
    ];
    const ctl = new AbortController();
    await a.authSucceeded('u@example.test');
    const held = await a.acquireSession('u@example.test', 1, ctl.signal);
    let wanted = 0;
    const wantedNow = new Promise<void>((resolve) =>
      held.onWanted?.(() => {
        wanted += 1;
        resolve();
      }),
    );
    const waiting = b.acquireSession('u@example.test', 1, ctl.signal);
    await wantedNow;
    expect(wanted).toBe(1);
    // Without the news the waiter would sleep 30-90 s, past this test's timeout.
    await held.release();
    const next = await waiting;
    expect(await b.sessionsInUse('u@example.test')).toBe(1);
    await next.release();
  }, 20_000);

  it('Redis unreachable: a typed error once, no session (fail-closed), or the opt-in in-process fallback', async () => {
    const events: CoordinatorEvent[] = [];
    const closed = redisCoordinator({
      url: 'redis://127.0.0.1:1',
      commandTimeoutMs: 200,
      onEvent: (e) => events.push(e),
    });
    const fallback = redisCoordinator({
      url: 'redis://127.0.0.1:1',
      commandTimeoutMs: 200,
      fallback: { sessionsPerProcess: 1 },
    });
    track(closed, fallback);
    const ctl = new AbortController();
    await expect(closed.acquireSession('w@example.test', 5, ctl.signal)).rejects.toMatchObject({
      code: 'REDIS_UNAVAILABLE',
    });
    const state = await closed.state('w@example.test');
    expect(state.pausedUntil).toBeGreaterThan(Date.now());
    expect(events.filter((e) => e.type === 'unavailable')).toHaveLength(1);
    const lease = await fallback.acquireSession('w@example.test', 5, ctl.signal);
    const second = new AbortController();
    setTimeout(() => second.abort(new Error('capped')), 300);
    await expect(fallback.acquireSession('w@example.test', 5, second.signal)).rejects.toThrow('capped');
    await lease.release();
  }, 20_000);
});
