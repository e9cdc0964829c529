import { generateKeyPairSync } from 'node:crypto';
import { inspect } from 'node:util';
import { SIM_USER, simTest as test } from '@smtpfix/test-utils';
import { describe, expect } from 'vitest';
import { createSender } from './sender.js';
import { freshCoordinator, mail, rejection, senderOptions } from './test/helpers.js';

describe('tokens', () => {
  test('one token request for many connections and two senders of the account', async ({ sim, cleanup }) => {
    const coordinator = freshCoordinator();
    const auth = {
      type: 'oauth2' as const,
      clientId: 'c',
      clientSecret: 's',
      refreshToken: sim.issueRefreshToken(SIM_USER),
      tokenUrl: sim.tokenUrl,
    };
    const a = createSender(senderOptions(sim, { auth, coordinator, maxConnections: 4 }));
    const b = createSender(senderOptions(sim, { auth, coordinator, maxConnections: 4 }));
    cleanup(() => a.close());
    cleanup(() => b.close());
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).send(mail(i))));
    expect(sim.stats.delivered).toBe(20);
    expect(sim.stats.tokenRequests).toBe(1);
    expect(a.stats().tokenRefreshes + b.stats().tokenRefreshes).toBe(1);
    expect(sim.stats.connections).toBeGreaterThan(1);
  });

  test('refreshes ahead of expiry, by a margin that scales with the token lifetime', async ({
    startSim,
    cleanup,
  }) => {
    const sim = await startSim({ tokenTtlS: 2 });
    const auth = {
      type: 'oauth2' as const,
      clientId: 'c',
      clientSecret: 's',
      refreshToken: sim.issueRefreshToken(SIM_USER),
      tokenUrl: sim.tokenUrl,
    };
    // Tokens live 2 s. With refreshBeforeExpiryMs 1500 alone a session opened 0.6 s later would
    // need a new one; the margin is the smaller of that and 10% of the lifetime (200 ms).
    const sender = createSender(senderOptions(sim, { auth, refreshBeforeExpiryMs: 1500, idleTimeoutMs: 0 }));
    cleanup(() => sender.close());
    const started = Date.now();
    await sender.send(mail(1));
    await new Promise((r) => setTimeout(r, 600));
    await sender.send(mail(2));
    expect(sim.stats.tokenRequests).toBe(1);
    // Inside the last 200 ms of the token's life (or past it): a new one.
    await new Promise((r) => setTimeout(r, Math.max(0, 1850 - (Date.now() - started))));
    await sender.send(mail(3));
    expect(sim.stats.tokenRequests).toBe(2);
    expect(sim.stats.authFailures).toBe(0);
    expect(sim.stats.connections).toBe(3);
  });

  test('a token the server rejects (334) is refreshed once and AUTH retried once', async ({
    sim,
    cleanup,
  }) => {
    const coordinator = freshCoordinator();
    const auth = {
      type: 'oauth2' as const,
      clientId: 'c',
      clientSecret: 's',
      refreshToken: sim.issueRefreshToken(SIM_USER),
      tokenUrl: sim.tokenUrl,
    };
    const first = createSender(senderOptions(sim, { auth, coordinator, idleTimeoutMs: 0 }));
    cleanup(() => first.close());
    await first.send(mail(1));
    sim.revokeAccessTokens(SIM_USER);
    // A second sender of the account gets the cached (now revoked) token from the coordinator.
    const second = createSender(senderOptions(sim, { auth, coordinator }));
    cleanup(() => second.close());
    await second.send(mail(2));
    expect(sim.stats.replies['334-xoauth2-challenge']).toBe(1);
    expect(sim.stats.tokenRequests).toBe(2);
    expect(sim.stats.authAttempts).toBe(3);
    expect(sim.stats.delivered).toBe(2);
  });

  test('invalid_grant fails every queued message at once, typed, with no SMTP AUTH', async ({
    sim,
    cleanup,
  }) => {
    const refreshToken = sim.issueRefreshToken(SIM_USER);
    sim.revokeRefreshToken(refreshToken);
    const sender = createSender(
      senderOptions(sim, {
        auth: {
          type: 'oauth2',
          clientId: 'c',
          clientSecret: 'client-secret-x',
          refreshToken,
          tokenUrl: sim.tokenUrl,
        },
      }),
    );
    cleanup(() => sender.close());
    const errors = await Promise.all(Array.from({ length: 5 }, (_, i) => rejection(sender.send(mail(i)))));
    for (const err of errors) {
      expect(err).toMatchObject({ name: 'SenderError', code: 'TOKEN_REJECTED' });
      expect((err.diagnosis as { entry: { id: string } }).entry.id).toMatch(/^token-invalid-grant/);
      expect(err.message).toContain('invalid_grant');
      expect(inspect(err, { depth: 10 })).not.toContain('client-secret-x');
      expect(inspect(err, { depth: 10 })).not.toContain(refreshToken);
    }
    expect(sim.stats.authAttempts).toBe(0);
    expect(sim.stats.tokenRequests).toBe(1);
    // Later sends fail fast, without another token request.
    expect(await rejection(sender.send(mail(9)))).toMatchObject({ code: 'TOKEN_REJECTED' });
    expect(sim.stats.tokenRequests).toBe(1);
  });

  test('service account with domain-wide delegation (subject = the user)', async ({ startSim, cleanup }) => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const clientEmail = 'sender@project.iam.gserviceaccount.com';
    const sim = await startSim({
      serviceAccounts: [
        { clientEmail, publicKey: publicKey.export({ type: 'spki', format: 'pem' }) as string },
      ],
    });
    const sender = createSender(
      senderOptions(sim, {
        auth: {
          type: 'service-account',
          credentials: {
            client_email: clientEmail,
            private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
          },
          tokenUrl: sim.tokenUrl,
        },
      }),
    );
    cleanup(() => sender.close());
    await Promise.all([sender.send(mail(1)), sender.send(mail(2)), sender.send(mail(3))]);
    expect(sim.stats.delivered).toBe(3);
    expect(sim.tokenRequests).toEqual([
      expect.objectContaining({
        grantType: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        user: SIM_USER,
        status: 200,
      }),
    ]);
  });

  test('a custom token provider is called once and shared', async ({ sim, cleanup }) => {
    let calls = 0;
    const sender = createSender(
      senderOptions(sim, {
        auth: {
          type: 'token',
          getAccessToken: async () => {
            calls += 1;
            return { token: sim.issueAccessToken(SIM_USER).accessToken, expiresAt: Date.now() + 3_600_000 };
          },
        },
        maxConnections: 3,
      }),
    );
    cleanup(() => sender.close());
    await Promise.all(Array.from({ length: 9 }, (_, i) => sender.send(mail(i))));
    expect(calls).toBe(1);
    expect(sim.stats.delivered).toBe(9);
  });
});
