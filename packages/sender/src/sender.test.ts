import { Socket } from 'node:net';
import { SIM_ACCOUNT_PASSWORD, simTest as test } from '@smtpfix/test-utils';
import { afterEach, describe, expect, vi } from 'vitest';
import { createSender } from './sender.js';
import { fastRetry, freshCoordinator, mail, rejection, senderOptions } from './test/helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('pooling and limits', () => {
  test('reuses connections across messages, with TCP_NODELAY on', async ({ sim, cleanup }) => {
    const noDelay = vi.spyOn(Socket.prototype, 'setNoDelay');
    const sender = createSender(senderOptions(sim, { maxConnections: 3 }));
    cleanup(() => sender.close());
    await Promise.all(Array.from({ length: 30 }, (_, i) => sender.send(mail(i))));
    expect(sim.stats.delivered).toBe(30);
    expect(sim.stats.connections).toBeLessThanOrEqual(3);
    expect(sim.stats.authAttempts).toBe(sim.stats.connections);
    expect(noDelay).toHaveBeenCalledWith(true);
    expect(sender.stats()).toMatchObject({ sent: 30, failed: 0 });
  });

  test('once the first AUTH proved the credential, the sessions waiting behind it log in together', async ({
    startSim,
    cleanup,
  }) => {
    const RTT = 60;
    const sim = await startSim({ latencyMs: { perReply: RTT, perMessage: 50 } });
    const sender = createSender(senderOptions(sim, { maxConnections: 8 }));
    cleanup(() => sender.close());
    const t0 = performance.now();
    let allIn = Number.POSITIVE_INFINITY;
    const poll = setInterval(() => {
      if (sim.stats.authSuccesses >= 8 && allIn === Number.POSITIVE_INFINITY) allIn = performance.now() - t0;
    }, 5);
    await Promise.all(Array.from({ length: 80 }, (_, i) => sender.send(mail(i))));
    clearInterval(poll);
    expect(sim.stats.authSuccesses).toBe(8);
    // Greeting, EHLO, the first AUTH, then the other seven AUTHs together: 4 round trips. One
    // after another the seven AUTHs alone would take 7.
    expect(allIn).toBeLessThan(7 * RTT);
  });

  test('never more sessions than the cap across every sender of the account', async ({
    startSim,
    cleanup,
  }) => {
    const sim = await startSim({ latencyMs: { perMessage: 5 } });
    const coordinator = freshCoordinator();
    const senders = [1, 2, 3].map(() => createSender(senderOptions(sim, { coordinator, maxConnections: 4 })));
    for (const s of senders) cleanup(() => s.close());
    await Promise.all(Array.from({ length: 60 }, (_, i) => senders[i % 3]!.send(mail(i))));
    expect(sim.stats.delivered).toBe(60);
    expect(sim.stats.peakSessions).toBeLessThanOrEqual(4);
    expect(sim.stats.auth454).toBe(0);
  });

  test('an idle session gives its slot up at once when another sender of the account waits for one', async ({
    sim,
    cleanup,
  }) => {
    const coordinator = freshCoordinator();
    // Idle sessions would otherwise be kept for a minute, far past this test's timeout.
    const options = senderOptions(sim, { coordinator, maxConnections: 1, idleTimeoutMs: 60_000 });
    const first = createSender(options);
    const second = createSender(options);
    cleanup(() => first.close());
    cleanup(() => second.close());
    await first.send(mail(1));
    expect(first.stats().connectionsOpen).toBe(1);
    await second.send(mail(2));
    expect(sim.stats.delivered).toBe(2);
    expect(first.stats().connectionsOpen).toBe(0);
    expect(sim.stats.peakSessions).toBe(1);
  });

  test('a 454 shrinks the pool to the real cap instead of reconnecting in a loop', async ({
    startSim,
    cleanup,
  }) => {
    const sim = await startSim({ limits: { sessionsPerAccount: 3 }, latencyMs: { perMessage: 10 } });
    const sender = createSender(senderOptions(sim, { maxConnections: 6 }));
    const throttled: unknown[] = [];
    sender.on('throttled', (e) => throttled.push(e));
    cleanup(() => sender.close());
    await Promise.all(Array.from({ length: 60 }, (_, i) => sender.send(mail(i))));
    expect(sim.stats.delivered).toBe(60);
    expect(sim.stats.auth454).toBeLessThanOrEqual(3);
    expect(sender.stats().auth454).toBe(sim.stats.auth454);
    expect(sender.stats().sessionLimit).toBe(3);
    expect(throttled.length).toBe(sim.stats.auth454);
    expect(sim.stats.lockouts).toBe(0);
  });
});

describe('coordinator failures', () => {
  test('a coordinator that cannot be reached stops sending without spinning, and messages fail at their deadline', async ({
    sim,
    cleanup,
  }) => {
    const broken = freshCoordinator();
    let calls = 0;
    broken.state = async () => {
      calls += 1;
      throw new Error('coordinator unreachable');
    };
    const sender = createSender(
      senderOptions(sim, {
        coordinator: broken,
        retry: { ...fastRetry, deadlineMs: 400, defaultDelayMs: 100 },
      }),
    );
    const errors: string[] = [];
    sender.on('coordinator-error', (e) => errors.push(e.message));
    cleanup(() => sender.close());
    const results = await Promise.allSettled([sender.send(mail(1)), sender.send(mail(2))]);
    for (const r of results) {
      expect(r.status).toBe('rejected');
      expect((r as PromiseRejectedResult).reason.code).toBe('RETRY_EXHAUSTED');
    }
    expect(sim.stats.connections).toBe(0);
    expect(errors[0]).toBe('coordinator unreachable');
    // Waits between tries: a handful of calls in 400 ms, not thousands.
    expect(calls).toBeLessThan(20);
  });
});

describe('failures', () => {
  test('a wrong app password is tried once: every queued message fails with its diagnosis, no lockout', async ({
    sim,
    cleanup,
  }) => {
    const sender = createSender(
      senderOptions(sim, { auth: { type: 'password', pass: 'wrong-password-zz' } }),
    );
    cleanup(() => sender.close());
    const errors = await Promise.all(Array.from({ length: 10 }, (_, i) => rejection(sender.send(mail(i)))));
    for (const err of errors) {
      expect(err).toMatchObject({ code: 'CREDENTIALS_REJECTED' });
      expect((err.diagnosis as { entry: { id: string } }).entry.id).toBe('535-5.7.8-bad-credentials');
      expect(err.message).not.toContain('wrong-password-zz');
    }
    expect(sim.stats.authAttempts).toBe(1);
    expect(sim.stats.lockouts).toBe(0);
    expect(sender.stats().failedByEntry).toEqual({ '535-5.7.8-bad-credentials': 10 });
  });

  test('the account password of a 2-step account: 534 5.7.9, AUTH stops for every sender with it', async ({
    sim,
    cleanup,
  }) => {
    const coordinator = freshCoordinator();
    const auth = { type: 'password' as const, pass: SIM_ACCOUNT_PASSWORD };
    const a = createSender(senderOptions(sim, { auth, coordinator }));
    cleanup(() => a.close());
    const err = await rejection(a.send(mail(1)));
    expect((err.diagnosis as { entry: { id: string } }).entry.id).toBe('534-5.7.9-app-password-required');
    const b = createSender(senderOptions(sim, { auth, coordinator }));
    cleanup(() => b.close());
    expect(await rejection(b.send(mail(2)))).toMatchObject({ code: 'CREDENTIALS_REJECTED' });
    expect(sim.stats.authAttempts).toBe(1);
  });

  test('transient replies are retried with backoff; permanent ones fail at once', async ({
    startSim,
    cleanup,
  }) => {
    const sim = await startSim({ mailboxes: { unknown: ['ghost@example.org'] } });
    const sender = createSender(senderOptions(sim));
    const retries: { entryId: string | null }[] = [];
    sender.on('retry', (e) => retries.push(e));
    cleanup(() => sender.close());
    sim.injectFault('transient', { times: 2, replyId: '451-4.3.0-temporarily-rejected' });
    const ok = await sender.send(mail(1));
    expect(ok.attempts).toBe(3);
    expect(retries.map((r) => r.entryId)).toEqual([
      '451-4.3.0-temporarily-rejected',
      '451-4.3.0-temporarily-rejected',
    ]);
    const err = await rejection(sender.send({ to: 'ghost@example.org', text: 'x' }));
    expect(err).toMatchObject({ code: 'SEND_REJECTED', attempts: 1 });
    expect((err.diagnosis as { entry: { id: string } }).entry.id).toBe('550-5.1.1-no-such-user');
    expect(sim.stats.delivered).toBe(1);
    expect(sim.stats.duplicates).toBe(0);
  });

  test('a session closed mid-way (421, dropped DATA) is reopened and the message resent', async ({
    sim,
    cleanup,
  }) => {
    const sender = createSender(senderOptions(sim, { maxConnections: 1 }));
    cleanup(() => sender.close());
    await sender.send(mail(0));
    sim.injectFault('close-session');
    const a = await sender.send(mail(1));
    sim.injectFault('drop-during-data');
    const b = await sender.send(mail(2));
    expect(a.attempts).toBe(2);
    expect(b.attempts).toBe(2);
    expect(sim.stats.delivered).toBe(3);
    expect(sim.messages.map((m) => m.messageId)).toEqual([expect.any(String), a.messageId, b.messageId]);
  });

  test('a transient failure past the deadline fails with the last diagnosis', async ({
    startSim,
    cleanup,
  }) => {
    const sim = await startSim({
      faults: { transientRate: 1, transientReplies: ['451-4.3.0-temporarily-rejected'] },
    });
    const sender = createSender(senderOptions(sim, { retry: { delayScale: 0.001, deadlineMs: 300 } }));
    cleanup(() => sender.close());
    const err = await rejection(sender.send(mail(1)));
    expect(err).toMatchObject({ code: 'RETRY_EXHAUSTED' });
    expect((err.diagnosis as { entry: { id: string } }).entry.id).toBe('451-4.3.0-temporarily-rejected');
    expect(err.attempts as number).toBeGreaterThan(1);
  });
});

describe('close', () => {
  test('drains what is queued, then refuses new messages', async ({ startSim, cleanup }) => {
    const sim = await startSim({ latencyMs: { perMessage: 5 } });
    const sender = createSender(senderOptions(sim, { maxConnections: 2, idleTimeoutMs: 10_000 }));
    cleanup(() => sender.close());
    const sends = Array.from({ length: 20 }, (_, i) => sender.send(mail(i)));
    await sender.close();
    expect((await Promise.allSettled(sends)).every((r) => r.status === 'fulfilled')).toBe(true);
    expect(sender.stats()).toMatchObject({ sent: 20, connectionsOpen: 0, queued: 0 });
    expect(await rejection(sender.send(mail(99)))).toMatchObject({ code: 'CLOSED' });
  });

  test('fails (never drops) a message that waits for a retry', async ({ sim, cleanup }) => {
    const sender = createSender(senderOptions(sim, { retry: { delayScale: 1, deadlineMs: 600_000 } }));
    cleanup(() => sender.close());
    sim.injectFault('transient', { replyId: '451-4.3.0-temporarily-rejected' });
    const pending = rejection(sender.send(mail(1)));
    await new Promise<void>((resolve) => sender.on('retry', () => resolve()));
    await sender.close();
    const err = await pending;
    expect(err).toMatchObject({ code: 'CLOSED' });
    expect((err.diagnosis as { entry: { id: string } }).entry.id).toBe('451-4.3.0-temporarily-rejected');
  });
});
