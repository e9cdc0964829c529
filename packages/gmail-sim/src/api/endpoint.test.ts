import { classify } from '@smtpfix/core';
import { describe, expect } from 'vitest';
import type { GmailSim } from '../sim.js';
import { manualClock, test, USER } from '../test/fixture.js';

const RAW = (to = 'ana@example.org', id = '<m1@example.test>') =>
  `From: ${USER}\r\nTo: ${to}\r\nSubject: Hi\r\nMessage-ID: ${id}\r\n\r\nHello\r\n`;
const b64url = (s: string) => Buffer.from(s).toString('base64url');

async function call(
  sim: GmailSim,
  path: string,
  init: { token?: string; body?: string | Buffer; type?: string; method?: string } = {},
) {
  const res = await fetch(new URL(path, sim.apiUrl), {
    method: init.method ?? 'POST',
    headers: {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      'content-type': init.type ?? 'application/json',
    },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { error?: { message: string; errors: { reason: string }[] } } & Record<
      string,
      unknown
    >,
  };
}
const sendRaw = (sim: GmailSim, token: string, raw = RAW(), user = 'me') =>
  call(sim, `gmail/v1/users/${user}/messages/send`, { token, body: JSON.stringify({ raw: b64url(raw) }) });

describe('users.messages.send on the sim', () => {
  test('delivers a raw base64url message and an upload, with the token of the account', async ({ sim }) => {
    const { accessToken } = sim.issueAccessToken(USER);
    const a = await sendRaw(sim, accessToken);
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ labelIds: ['SENT'] });
    const b = await call(
      sim,
      `upload/gmail/v1/users/${encodeURIComponent(USER)}/messages/send?uploadType=media`,
      {
        token: accessToken,
        body: RAW('bo@example.org', '<m2@example.test>'),
        type: 'message/rfc822',
      },
    );
    expect(b.status).toBe(200);
    expect(sim.messages.map((m) => [m.envelope.rcptTo, m.messageId, m.sessionId.startsWith('api-')])).toEqual(
      [
        [['ana@example.org'], '<m1@example.test>', true],
        [['bo@example.org'], '<m2@example.test>', true],
      ],
    );
    expect(sim.stats).toMatchObject({ delivered: 2, apiDelivered: 2, apiRequests: 2 });
  });

  test('reads a multipart/related upload as googleapis sends it', async ({ sim }) => {
    const { accessToken } = sim.issueAccessToken(USER);
    const body = `--xyz\r\nContent-Type: application/json\r\n\r\n{}\r\n--xyz\r\nContent-Type: message/rfc822\r\n\r\n${RAW()}\r\n--xyz--`;
    const r = await call(sim, 'upload/gmail/v1/users/me/messages/send?uploadType=multipart', {
      token: accessToken,
      body,
      type: 'multipart/related; boundary=xyz',
    });
    expect(r.status).toBe(200);
    expect(sim.messages[0]?.envelope.rcptTo).toEqual(['ana@example.org']);
  });

  test('refuses with the error bodies Google sends, each classifying back to its catalog page', async ({
    startSim,
  }) => {
    const sim = await startSim({
      accounts: [{ user: USER }, { user: 'off@example.test' }],
      api: { mailDisabled: ['off@example.test'] },
    });
    const good = sim.issueAccessToken(USER).accessToken;
    const readonly = sim.issueAccessToken(USER, {
      scope: 'https://www.googleapis.com/auth/gmail.readonly',
    }).accessToken;
    const off = sim.issueAccessToken('off@example.test').accessToken;
    const cases: [Promise<{ status: number; body: { error?: { message: string } } }>, number, string][] = [
      [sendRaw(sim, 'ya29.not-issued'), 401, 'api-invalid-credentials'],
      [sendRaw(sim, readonly), 403, 'api-insufficient-permission'],
      [sendRaw(sim, off), 400, 'api-mail-service-not-enabled'],
      [sendRaw(sim, good, RAW('ana@example.org'), 'other@example.test'), 403, 'token-delegation-denied'],
      [sendRaw(sim, good, `From: ${USER}\r\nSubject: x\r\n\r\nbody`), 400, 'api-recipient-address-required'],
      [sendRaw(sim, good, RAW('Last, First <ana@example.org>')), 400, 'api-invalid-to-header'],
      // A JSON body over Gmail's 1 MiB: base64url of 800 kB is about 1.07 MB.
      [
        sendRaw(sim, good, `${RAW('ana@example.org')}\r\n${'x'.repeat(800_000)}`),
        400,
        'api-request-payload-too-large',
      ],
    ];
    for (const [pending, status, id] of cases) {
      const r = await pending;
      expect(r.status, id).toBe(status);
      expect(classify(JSON.stringify(r.body)).entry?.id, JSON.stringify(r.body)).toBe(id);
    }
    // A send with no message proves auth and scope and sends nothing: doctor's dry request.
    const dry = await call(sim, 'gmail/v1/users/me/messages/send', { token: good, body: '{}' });
    expect(dry.status).toBe(400);
    expect(dry.body.error?.message).toMatch(/'raw' RFC822 payload message string/);
    expect(sim.stats.delivered).toBe(0);
    expect(sim.stats.apiErrors).toMatchObject({
      authError: 1,
      insufficientPermissions: 1,
      invalidArgument: 3,
    });
  });

  test('meters quota units per user per rolling minute: 100 a send, 429 past the limit', async ({
    startSim,
  }) => {
    const clock = manualClock();
    const sim = await startSim({ now: clock.now, api: { unitsPerUserPerMinute: 300 } });
    const { accessToken } = sim.issueAccessToken(USER, { ttlS: 100_000 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await sendRaw(sim, accessToken, RAW('a@example.org', `<q${i}@x>`))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await sendRaw(sim, accessToken);
    expect(classify(JSON.stringify(refused.body)).entry?.id).toBe('api-user-rate-limit-exceeded');
    clock.advance(60_001);
    expect((await sendRaw(sim, accessToken, RAW('a@example.org', '<q9@x>'))).status).toBe(200);
  });

  test('applies the daily quota shared with SMTP, saying when it ends', async ({ startSim }) => {
    const clock = manualClock();
    const sim = await startSim({
      now: clock.now,
      limits: { messagesPerDay: 2 },
      api: { unitsPerUserPerMinute: Number.POSITIVE_INFINITY },
    });
    const { accessToken } = sim.issueAccessToken(USER, { ttlS: 200_000 });
    const start = clock.now();
    await sendRaw(sim, accessToken, RAW('a@example.org', '<d1@x>'));
    clock.advance(1000);
    await sendRaw(sim, accessToken, RAW('a@example.org', '<d2@x>'));
    const refused = await sendRaw(sim, accessToken, RAW('a@example.org', '<d3@x>'));
    expect(refused.status).toBe(429);
    expect(refused.body.error?.message).toBe(
      `User-rate limit exceeded.  Retry after ${new Date(start + 86_400_000).toISOString()}`,
    );
    expect(classify(JSON.stringify(refused.body)).entry?.id).toBe('api-user-rate-limit-retry-after');
    expect(sim.stats.delivered).toBe(2);
  });

  test('an injected backend fault answers 503 once', async ({ sim }) => {
    const { accessToken } = sim.issueAccessToken(USER);
    sim.injectFault('api-backend-error');
    const first = await sendRaw(sim, accessToken);
    expect(first.status).toBe(503);
    expect(classify(JSON.stringify(first.body)).entry?.id).toBe('api-backend-error');
    expect((await sendRaw(sim, accessToken)).status).toBe(200);
  });

  test('getProfile answers with the account, for a token with a reading scope', async ({ sim }) => {
    const { accessToken } = sim.issueAccessToken(USER);
    const r = await call(sim, 'gmail/v1/users/me/profile', { token: accessToken, method: 'GET' });
    expect(r).toMatchObject({ status: 200, body: { emailAddress: USER } });
  });
});
