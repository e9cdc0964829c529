import { createServer } from 'node:net';
import { SIM_USER, simTest as test } from '@smtpfix/test-utils';
import { describe, expect } from 'vitest';
import { InProcessCoordinator } from './coordinator.js';
import { createSender } from './sender.js';
import { mail, rejection, senderOptions } from './test/helpers.js';

// Gmail's own session lifecycle, with real delays (nothing scaled): sessions recycled with a 421
// at the next MAIL FROM, short-lived access tokens, revoked refresh tokens, a token endpoint that
// cannot be reached.

const oauth = (sim: { tokenUrl: string; issueRefreshToken(user: string): string }) => ({
  type: 'oauth2' as const,
  clientId: 'lifecycle-client',
  clientSecret: 'lifecycle-secret',
  refreshToken: sim.issueRefreshToken(SIM_USER),
  tokenUrl: sim.tokenUrl,
});

/**
 * A token endpoint that resets every connection. The port stays bound for the test, so no other
 * test's server can be given it (a bound-then-closed port can be, and then the "unreachable"
 * endpoint answers).
 */
async function resettingEndpoint(cleanup: (fn: () => unknown) => void): Promise<string> {
  const server = createServer((socket) => socket.resetAndDestroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as { port: number };
  return `http://127.0.0.1:${port}/token`;
}

describe('session recycling and short tokens', () => {
  test('300 messages while the server recycles every session after 1 s and tokens live 2 s: all delivered once, few token requests, near capacity', async ({
    startSim,
    cleanup,
  }) => {
    const CAP = 10;
    const PER_MESSAGE_MS = 200;
    const MESSAGES = 300;
    const sim = await startSim({
      limits: { maxSessionMs: 1000, sessionsPerAccount: CAP },
      latencyMs: { perMessage: PER_MESSAGE_MS },
      tokenTtlS: 2,
    });
    const sender = createSender(
      senderOptions(sim, {
        auth: oauth(sim),
        maxConnections: CAP,
        // Catalog delays as they are: a 60 s back-off would show as a failed deadline here.
        retry: { deadlineMs: 60_000 },
        closeTimeoutMs: 10_000,
      }),
    );
    cleanup(() => sender.close());
    const started = Date.now();
    const results = await Promise.allSettled(
      Array.from({ length: MESSAGES }, (_, i) => sender.send(mail(i))),
    );
    const elapsedMs = Date.now() - started;
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(sim.stats.delivered).toBe(MESSAGES);
    expect(sim.stats.duplicates).toBe(0);
    expect(new Set(sim.messages.map((m) => m.messageId)).size).toBe(MESSAGES);
    // The server did recycle sessions, and the sender learned to retire them first.
    expect(sim.stats.replies['421-4.7.0-session-recycled'] ?? 0).toBeGreaterThan(0);
    expect(sim.stats.replies['421-4.7.0-session-recycled']).toBeLessThan(MESSAGES / 10);
    expect(sim.stats.auth454).toBe(0);
    // At most one token request per token lifetime, plus one.
    expect(sim.stats.tokenRequests).toBeLessThanOrEqual(Math.ceil(elapsedMs / 2000) + 1);
    expect(sim.stats.authFailures).toBe(0);
    // Capacity: CAP sessions × 1 message per 200 ms; the issue's goal is 70% of it, with real
    // delays. A clean CI run measures about 94% (6.35 s for 6 s of work). A host under heavy load
    // stretches every 200 ms timer (47–80% seen at a load average of 25 on 2 cores), so
    // SMTPFIX_LOADED_HOST=1 lowers the bound to 50%: still far above the 9% of a sender that
    // treats the recycle as an account problem.
    const capacityMs = (MESSAGES * PER_MESSAGE_MS) / CAP;
    const share = capacityMs / elapsedMs;
    console.log(
      `recycling: ${MESSAGES} messages in ${elapsedMs} ms = ${(100 * share).toFixed(0)}% of capacity`,
    );
    expect(share).toBeGreaterThanOrEqual(process.env.SMTPFIX_LOADED_HOST ? 0.5 : 0.7);
  }, 40_000);

  test('a 421 on a session that has been working hands the message to a fresh session at once', async ({
    startSim,
    cleanup,
  }) => {
    const sim = await startSim({ limits: { maxMessagesPerSession: 3 } });
    const sender = createSender(
      // Real catalog delays: a back-off of even 100 ms per message would show in `delayMs`.
      senderOptions(sim, { maxConnections: 1, retry: { deadlineMs: 30_000 } }),
    );
    const retries: { delayMs: number; entryId: string | null }[] = [];
    sender.on('retry', (e) => retries.push(e));
    cleanup(() => sender.close());
    const sent = await Promise.all(Array.from({ length: 12 }, (_, i) => sender.send(mail(i))));
    expect(sim.stats.delivered).toBe(12);
    expect(sim.stats.duplicates).toBe(0);
    // Every close handed its message (and the one pipelined behind it) to a fresh session at once:
    // no back-off, and no message needed more than one resend.
    expect(retries.length).toBeGreaterThanOrEqual(3);
    expect(retries.every((r) => r.delayMs === 0)).toBe(true);
    expect(retries.some((r) => r.entryId === '421-4.7.0-session-recycled')).toBe(true);
    expect(sim.stats.replies['421-4.7.0-session-recycled']).toBeGreaterThanOrEqual(3);
    expect(Math.max(...sent.map((r) => r.attempts))).toBeLessThanOrEqual(3);
    // Closes after 3 messages, a few ms after opening, teach a count, not an age so short that
    // sessions log in and close without sending (that loop opened thousands of sessions on a busy host).
    expect(sim.stats.connections).toBeLessThanOrEqual(12);
  });

  test('a message of several transactions moves to a fresh session where the learned count would end it, not after a refused one', async ({
    startSim,
    cleanup,
  }) => {
    const sim = await startSim({ limits: { maxMessagesPerSession: 3 } });
    const sender = createSender(
      senderOptions(sim, { maxConnections: 1, maxRecipientsPerMessage: 2, retry: { deadlineMs: 30_000 } }),
    );
    const retries: string[] = [];
    sender.on('retry', (e) => retries.push(e.entryId ?? ''));
    cleanup(() => sender.close());
    // One at a time: each session carries three and its fourth MAIL FROM is refused, until the
    // sender has seen three such closes and believes the count.
    for (let i = 0; i < 12; i++) await sender.send(mail(i));
    const recycledBefore = sim.stats.replies['421-4.7.0-session-recycled'] ?? 0;
    expect(recycledBefore).toBeGreaterThanOrEqual(3);
    // Eleven transactions of at most two recipients: four sessions' worth.
    const to = Array.from({ length: 21 }, (_, i) => `long${i}@example.org`);
    const retriesBefore = retries.length;
    const result = await sender.send({ ...mail(99), to });
    expect([...result.accepted].sort()).toEqual([...to].sort());
    expect(result.attempts).toBe(1);
    // Every hand-over came before the server's limit: no further 421, no retry event.
    expect(sim.stats.replies['421-4.7.0-session-recycled'] ?? 0).toBe(recycledBefore);
    expect(retries.length).toBe(retriesBefore);
    expect(sim.stats.duplicates).toBe(0);
    expect(sim.stats.delivered).toBe(12 + 11);
  });

  test('with real delays: a message of several transactions longer than the learned session age moves on before the server would recycle it', async ({
    startSim,
    cleanup,
  }) => {
    const sim = await startSim({ limits: { maxSessionMs: 600 }, latencyMs: { perMessage: 100 } });
    const sender = createSender(
      senderOptions(sim, { maxConnections: 1, maxRecipientsPerMessage: 2, retry: { deadlineMs: 30_000 } }),
    );
    cleanup(() => sender.close());
    // About six messages a session, then a 421 at the next MAIL FROM; three closes at one age teach it.
    let i = 0;
    while ((sim.stats.replies['421-4.7.0-session-recycled'] ?? 0) < 3) await sender.send(mail(i++));
    const recycledBefore = sim.stats.replies['421-4.7.0-session-recycled'] ?? 0;
    const connectionsBefore = sim.stats.connections;
    // Eleven transactions of 100 ms each: about twice the session's life.
    const to = Array.from({ length: 21 }, (_, n) => `long${n}@example.org`);
    const result = await sender.send({ ...mail(999), to });
    expect([...result.accepted].sort()).toEqual([...to].sort());
    expect(sim.stats.replies['421-4.7.0-session-recycled'] ?? 0).toBe(recycledBefore);
    expect(sim.stats.connections - connectionsBefore).toBeGreaterThanOrEqual(1);
    expect(sim.stats.duplicates).toBe(0);
  }, 30_000);

  test('a fresh session refused the same way gets the catalog back-off, not an instant loop', async ({
    startSim,
    cleanup,
  }) => {
    // Every session is "too old" at its first MAIL FROM: refused like a throttled account.
    const sim = await startSim({ limits: { maxSessionMs: 1 }, latencyMs: { perCommand: 2 } });
    const sender = createSender(senderOptions(sim, { maxConnections: 1, retry: { deadlineMs: 1_500 } }));
    const retries: number[] = [];
    sender.on('retry', (e) => retries.push(e.delayMs));
    cleanup(() => sender.close());
    const err = await rejection(sender.send(mail(1)));
    expect(err).toMatchObject({ code: 'RETRY_EXHAUSTED' });
    expect((err.diagnosis as { entry: { id: string } }).entry.id).toBe('421-4.7.0-session-recycled');
    // The first close is retried at once, then the catalog's 100 ms doubling (jitter up to half).
    expect(retries[0]).toBe(0);
    expect(retries.slice(1).every((d) => d >= 50)).toBe(true);
    expect(sim.stats.connections).toBeLessThan(12);
    expect(sim.stats.delivered).toBe(0);
  });

  test.for(['EHLO', 'AUTH'])(
    'one 421 at %s (closeSessionRate) is a session event: retried at once, the account not paused',
    async (command, { sim, cleanup }) => {
      const sender = createSender(senderOptions(sim, { maxConnections: 1, retry: { deadlineMs: 30_000 } }));
      const throttled: unknown[] = [];
      sender.on('throttled', (e) => throttled.push(e));
      cleanup(() => sender.close());
      sim.injectFault('close-session', { command });
      const t0 = Date.now();
      await sender.send(mail(1));
      // Before: the catalog's 60 s EHLO-stage back-off (a ~46 s pause of the whole account).
      expect(Date.now() - t0).toBeLessThan(2_000);
      expect(throttled).toEqual([]);
      expect(sim.stats.connections).toBe(2);
      expect(sim.stats.delivered).toBe(1);
    },
  );

  test('a run of 421s during AUTH pauses the account with the catalog back-off', async ({ sim, cleanup }) => {
    const sender = createSender(senderOptions(sim, { maxConnections: 1 }));
    const throttled: { pausedUntil: number }[] = [];
    sender.on('throttled', (e) => throttled.push(e));
    cleanup(() => sender.close());
    sim.injectFault('close-session', { command: 'AUTH', times: 2 });
    await sender.send(mail(1));
    expect(throttled).toHaveLength(1);
    expect(throttled[0]!.pausedUntil).toBeGreaterThan(0);
    expect(sim.stats.delivered).toBe(1);
  });
});

describe('credentials and token endpoint', () => {
  test('a revoked refresh token after a good sender of the same account in the same process: zero AUTH', async ({
    sim,
    cleanup,
  }) => {
    const coordinator = new InProcessCoordinator();
    const good = createSender(senderOptions(sim, { auth: oauth(sim), coordinator }));
    cleanup(() => good.close());
    await good.send(mail(1));
    const authBefore = sim.stats.authAttempts;
    const revoked = oauth(sim);
    sim.revokeRefreshToken(revoked.refreshToken);
    const bad = createSender(senderOptions(sim, { auth: revoked, coordinator }));
    cleanup(() => bad.close());
    const errors = await Promise.all([1, 2, 3].map((i) => rejection(bad.send(mail(i)))));
    for (const err of errors) expect(err).toMatchObject({ code: 'TOKEN_REJECTED' });
    expect(sim.stats.authAttempts).toBe(authBefore);
    expect(bad.stats()).toMatchObject({ authAttempts: 0, connectionsOpened: 0 });
    // The good sender is not stopped by the other credential's refusal.
    await good.send(mail(4));
    expect(sim.stats.delivered).toBe(2);
  });

  test('an unreachable token endpoint: zero SMTP connections, and each message fails with a diagnosis at its deadline', async ({
    sim,
    cleanup,
  }) => {
    const tokenUrl = await resettingEndpoint(cleanup);
    const sender = createSender(
      senderOptions(sim, {
        auth: { ...oauth(sim), tokenUrl },
        retry: { deadlineMs: 1_000, delayScale: 0.01 },
      }),
    );
    cleanup(() => sender.close());
    const t0 = Date.now();
    const errors = await Promise.all([1, 2, 3].map((i) => rejection(sender.send(mail(i)))));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    for (const err of errors) {
      expect(err).toMatchObject({ code: 'TOKEN_UNAVAILABLE', attempts: 0 });
      expect(err.message).not.toMatch(/after 0 attempt/);
      expect(err.message).toMatch(/token/);
      expect(err.diagnosis).toBeDefined();
      expect(err.message).not.toContain('lifecycle-secret');
    }
    expect(sim.stats.connections).toBe(0);
    expect(sender.stats().connectionsOpened).toBe(0);
  });
});
