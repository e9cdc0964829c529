import { SIM_USER, simTest as test } from '@smtpfix/test-utils';
import { describe, expect } from 'vitest';
import { isSenderError } from '../errors.js';
import { createSender } from '../sender.js';
import { apiSenderOptions, fastClock } from '../test/gmail-api.js';
import { freshCoordinator, mail, rejection } from '../test/helpers.js';

describe("transport: 'gmail-api' against the sim", () => {
  test('sends built messages raw over HTTPS with one token for all of them', async ({ sim, cleanup }) => {
    const sender = createSender(apiSenderOptions(sim, { maxConnections: 4 }));
    cleanup(() => sender.close());
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => sender.send(mail(i))));
    expect(sim.stats).toMatchObject({ apiDelivered: 20, duplicates: 0, tokenRequests: 1, connections: 0 });
    expect(new Set(sim.messages.map((m) => m.messageId))).toEqual(new Set(results.map((r) => r.messageId)));
    expect(results[0]).toMatchObject({ attempts: 1, accepted: ['rcpt0@example.org'], rejected: [] });
    expect(sender.stats()).toMatchObject({
      sent: 20,
      failed: 0,
      tokenRefreshes: 1,
      gmailApi: { requests: 20 },
    });
  });

  test('skipRecipients is refused: one API call sends to every header recipient', async ({
    sim,
    cleanup,
  }) => {
    const sender = createSender(apiSenderOptions(sim));
    cleanup(() => sender.close());
    const err = await rejection(sender.send(mail(1), { skipRecipients: ['rcpt1@example.org'] }));
    expect(err).toMatchObject({ code: 'INVALID_MESSAGE' });
    expect(err.message).toContain('SMTP transport');
    expect((await sender.send(mail(2), { skipRecipients: [] })).rejectedRecipients).toEqual([]);
    expect(sim.stats.apiDelivered).toBe(1);
  });

  test('keeps Bcc recipients (the API reads them from the headers) and uploads large messages', async ({
    sim,
    cleanup,
  }) => {
    const sender = createSender(apiSenderOptions(sim, { gmailApi: { uploadAboveBytes: 10_000 } }));
    cleanup(() => sender.close());
    const attachment = Buffer.alloc(50_000, 7);
    await sender.send({
      ...mail(1),
      bcc: 'hidden@example.org',
      attachments: [{ filename: 'a.bin', content: attachment }],
    });
    await sender.send(mail(2));
    const [big, small] = sim.messages;
    expect(big?.envelope.rcptTo).toEqual(['rcpt1@example.org', 'hidden@example.org']);
    expect((await big!.parse()).attachments[0]?.content.equals(attachment)).toBe(true);
    expect(small?.envelope.rcptTo).toEqual(['rcpt2@example.org']);
  });

  test("with the defaults, a message that would exceed Gmail's 1 MiB JSON body goes through the upload endpoint", async ({
    sim,
    cleanup,
  }) => {
    // A 900 kB attachment makes a message of about 1.2 MB (MIME base64), a JSON body of about 1.6 MB
    // (base64url again): over the 1 MiB the sim enforces as Gmail does.
    const attachment = Buffer.alloc(900_000, 3);
    const sender = createSender(apiSenderOptions(sim));
    cleanup(() => sender.close());
    await sender.send({ ...mail(1), attachments: [{ filename: 'b.bin', content: attachment }] });
    expect((await sim.messages[0]!.parse()).attachments[0]?.content.equals(attachment)).toBe(true);
  });

  test('a JSON body over the limit is refused with the catalog page, not retried', async ({
    sim,
    cleanup,
  }) => {
    const sender = createSender(apiSenderOptions(sim, { gmailApi: { uploadAboveBytes: 5_000_000 } }));
    cleanup(() => sender.close());
    const err = await rejection(
      sender.send({ ...mail(1), attachments: [{ filename: 'b.bin', content: Buffer.alloc(900_000, 3) }] }),
    );
    expect(err).toMatchObject({
      code: 'SEND_REJECTED',
      diagnosis: { entry: { id: 'api-request-payload-too-large' } },
    });
    expect(sim.stats.apiDelivered).toBe(0);
    // "Not retried": the one request that was refused, no second one.
    expect(sim.stats.apiRequests).toBe(1);
  });

  test('a revoked token is refreshed once and the message goes through', async ({ sim, cleanup }) => {
    const sender = createSender(apiSenderOptions(sim));
    cleanup(() => sender.close());
    await sender.send(mail(1));
    sim.revokeAccessTokens();
    const second = await sender.send(mail(2));
    expect(second.attempts).toBe(2);
    expect(sim.stats).toMatchObject({ apiDelivered: 2, tokenRequests: 2, apiErrors: { authError: 1 } });
  });

  test('a token without a sending scope stops the account after one request, every message failing with the page', async ({
    sim,
    cleanup,
  }) => {
    const sender = createSender(
      apiSenderOptions(sim, { scope: 'https://www.googleapis.com/auth/gmail.readonly' }),
    );
    cleanup(() => sender.close());
    const errors = await Promise.all([1, 2, 3, 4].map((i) => rejection(sender.send(mail(i)))));
    for (const err of errors) {
      expect(isSenderError(err)).toBe(true);
      expect(err).toMatchObject({
        code: 'CREDENTIALS_REJECTED',
        diagnosis: { entry: { id: 'api-insufficient-permission' } },
      });
    }
    expect(sim.stats.apiRequests).toBe(1);
    await expect(sender.send(mail(5))).rejects.toMatchObject({ code: 'CREDENTIALS_REJECTED' });
    expect(sim.stats.apiRequests).toBe(1);
  });

  test('a backend 503 is retried with the same Message-ID; a bad To header fails that message alone', async ({
    sim,
    cleanup,
  }) => {
    const sender = createSender(apiSenderOptions(sim));
    cleanup(() => sender.close());
    sim.injectFault('api-backend-error');
    const ok = await sender.send(mail(1));
    expect(ok.attempts).toBe(2);
    const bad = await rejection(
      // nodemailer quotes display names itself; an address without a dotted domain gets through it.
      sender.send({ to: 'human@f', subject: 's', text: 't' }),
    );
    expect(bad).toMatchObject({
      code: 'SEND_REJECTED',
      diagnosis: { entry: { id: 'api-invalid-to-header' } },
      attempts: 1,
    });
    await sender.send(mail(3));
    expect(sim.stats).toMatchObject({ apiDelivered: 2, duplicates: 0 });
    expect(sender.stats()).toMatchObject({
      sent: 2,
      retried: 1,
      failed: 1,
      failedByEntry: { 'api-invalid-to-header': 1 },
    });
  });

  test('the daily limit pauses the account until the time Google names; queued mail fails with that page, no 429 spiral', async ({
    startSim,
    cleanup,
  }) => {
    const sim = await startSim({ limits: { messagesPerDay: 5 } });
    const sender = createSender(apiSenderOptions(sim, { maxConnections: 3 }));
    cleanup(() => sender.close());
    const settled = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => sender.send(mail(i))));
    const failed = settled
      .filter((s) => s.status === 'rejected')
      .map((s) => (s as PromiseRejectedResult).reason);
    expect(sim.stats.apiDelivered).toBe(5);
    expect(failed).toHaveLength(7);
    for (const err of failed) {
      expect(err).toMatchObject({
        code: 'RETRY_EXHAUSTED',
        diagnosis: { entry: { id: 'api-user-rate-limit-retry-after' } },
      });
    }
    // Once told "retry after <tomorrow>", nobody asks again: at most the requests already in flight.
    expect(sim.stats.apiErrors.rateLimitExceeded ?? 0).toBeLessThanOrEqual(3);
  });

  test('close() while messages wait for quota units: every promise settles, none is left behind', async ({
    sim,
    cleanup,
  }) => {
    // One send at once, then 5 a minute: the other four wait in the bucket when close() gives up.
    const sender = createSender(
      apiSenderOptions(sim, {
        closeTimeoutMs: 200,
        retry: { delayScale: 0.001, deadlineMs: 600_000 },
        gmailApi: { unitsPerMinute: 600, burstUnits: 100 },
      }),
    );
    cleanup(() => sender.close());
    const all = Promise.allSettled([1, 2, 3, 4, 5].map((i) => sender.send(mail(i))));
    await new Promise((r) => setTimeout(r, 100));
    await sender.close();
    const settled = await Promise.race([all, new Promise((r) => setTimeout(() => r('stuck'), 2000))]);
    expect(settled).not.toBe('stuck');
    const results = settled as PromiseSettledResult<unknown>[];
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((x) => x.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'CLOSED' });
    expect(sim.stats.apiDelivered).toBe(1);
  });

  test('options: the API needs OAuth2, a valid rootUrl and known keys', ({ sim }) => {
    const base = apiSenderOptions(sim);
    expect(() => createSender({ ...base, auth: { type: 'password', pass: 'abcdefghijklmnop' } })).toThrow(
      /app passwords work only over SMTP/,
    );
    expect(() => createSender({ ...base, gmailApi: { rootUrl: 'ftp://x' } })).toThrow(/gmailApi.rootUrl/);
    expect(() =>
      createSender({ ...base, gmailApi: { rootUrl: sim.apiUrl, unitPerMinute: 5 } as never }),
    ).toThrow(/unitPerMinute/);
    expect(() => createSender({ ...base, transport: 'http' as never })).toThrow(/transport must be/);
  });
});

describe('pacing to the quota units of the account (real delays, on a 60x clock)', () => {
  test('paced to the per-user quota: every message sent, not one 429, and it takes the time the quota says', async ({
    startSim,
    cleanup,
  }) => {
    const clock = fastClock(60);
    // 1,000 units a minute = 10 sends a minute; a minute passes in a second.
    const sim = await startSim({ now: clock.now, api: { unitsPerUserPerMinute: 1000 } });
    const coordinator = freshCoordinator();
    const options = apiSenderOptions(sim, {
      clock,
      coordinator,
      gmailApi: { unitsPerMinute: 1000 },
      retry: { deadlineMs: 3_600_000 },
    });
    const senders = [createSender(options), createSender(options)];
    for (const s of senders) cleanup(() => s.close());
    const start = clock.now();
    await Promise.all(Array.from({ length: 24 }, (_, i) => senders[i % 2]!.send(mail(i))));
    const minutes = (clock.now() - start) / 60_000;
    expect(sim.stats).toMatchObject({ apiDelivered: 24, duplicates: 0 });
    expect(sim.stats.apiErrors).toEqual({});
    // 2,400 units, 166 at once then 834 a minute: at least 2.6 minutes; well under double that.
    expect(minutes).toBeGreaterThan(2.5);
    expect(minutes).toBeLessThan(5);
  }, 30_000);

  test('a sender told a quota 3x too high meets 429s, slows its bucket, loses nothing and does not spiral', async ({
    startSim,
    cleanup,
  }) => {
    const clock = fastClock(60);
    const sim = await startSim({ now: clock.now, api: { unitsPerUserPerMinute: 1000 } });
    const sender = createSender(
      apiSenderOptions(sim, {
        clock,
        maxConnections: 5,
        gmailApi: { unitsPerMinute: 3000 },
        retry: { deadlineMs: 3_600_000, maxAttempts: 20 },
      }),
    );
    cleanup(() => sender.close());
    let throttled = 0;
    sender.on('throttled', () => {
      throttled += 1;
    });
    await Promise.all(Array.from({ length: 40 }, (_, i) => sender.send(mail(i))));
    const refused = sim.stats.apiErrors.userRateLimitExceeded ?? 0;
    expect(sim.stats).toMatchObject({ apiDelivered: 40, duplicates: 0 });
    expect(refused).toBeGreaterThan(0);
    expect(throttled).toBe(refused);
    // No spiral: far fewer refusals than messages, and the bucket runs below what it was told.
    expect(refused).toBeLessThan(20);
    expect(sender.stats().gmailApi?.unitsPerMinute).toBeLessThan(2500);
    expect(sender.stats()).toMatchObject({ sent: 40, failed: 0 });
  }, 30_000);
});

describe('sim user', () => {
  test('is the account of the helpers', () => {
    expect(SIM_USER).toContain('@');
  });
});
