import { createSign, generateKeyPairSync } from 'node:crypto';
import { describe, expect } from 'vitest';
import { manualClock, RawSmtp, test, USER, xoauth2 } from './test/fixture.js';

const post = async (url: string, form: Record<string, string>) => {
  const res = await fetch(url, { method: 'POST', body: new URLSearchParams(form) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const refresh = (url: string, refreshToken: string) =>
  post(url, {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    client_id: 'cid',
    client_secret: 's',
  });

describe('token-info endpoint', () => {
  test('GET answers the scope, account and audience of a live token, as strings', async ({ sim }) => {
    const { body: token } = await refresh(sim.tokenUrl, sim.issueRefreshToken(USER));
    const res = await fetch(`${sim.tokenInfoUrl}?access_token=${String(token['access_token'])}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      scope: 'https://mail.google.com/',
      email: USER,
      aud: 'cid',
      azp: 'cid',
      expires_in: expect.stringMatching(/^3[56]\d\d$/),
    });
    expect(sim.stats).toMatchObject({ tokenInfoRequests: 1, tokenRequests: 1 });
  });

  test('POST works too, and an unknown or revoked token gets invalid_token', async ({ sim }) => {
    const { accessToken } = sim.issueAccessToken(USER, {
      scope: 'https://www.googleapis.com/auth/gmail.send',
    });
    expect((await post(sim.tokenInfoUrl, { access_token: accessToken })).body).toMatchObject({
      scope: 'https://www.googleapis.com/auth/gmail.send',
    });
    sim.revokeAccessTokens(USER);
    for (const t of [accessToken, 'ya29.unknown']) {
      const { status, body } = await post(sim.tokenInfoUrl, { access_token: t });
      expect(status).toBe(400);
      expect(body).toMatchObject({ error: 'invalid_token' });
    }
  });
});

describe('refresh tokens that expire or have a narrower scope', () => {
  test('a limited lifetime shows as refresh_token_expires_in, counting down', async ({ startSim }) => {
    const clock = manualClock();
    const sim = await startSim({ now: clock.now });
    const rt = sim.issueRefreshToken(USER, { lifetimeMs: 7 * 86_400_000 });
    expect((await refresh(sim.tokenUrl, rt)).body['refresh_token_expires_in']).toBe(604_800);
    clock.advance(86_400_000);
    expect((await refresh(sim.tokenUrl, rt)).body['refresh_token_expires_in']).toBe(518_400);
    expect((await refresh(sim.tokenUrl, sim.issueRefreshToken(USER))).body).not.toHaveProperty(
      'refresh_token_expires_in',
    );
  });

  test('a gmail.send token gets the 334 challenge then 535-5.7.8 over XOAUTH2', async ({ sim }) => {
    const rt = sim.issueRefreshToken(USER, { scope: 'https://www.googleapis.com/auth/gmail.send' });
    const { body } = await refresh(sim.tokenUrl, rt);
    expect(body['scope']).toBe('https://www.googleapis.com/auth/gmail.send');
    const smtp = await RawSmtp.connect(sim.smtp.port);
    await smtp.command('EHLO client.example.com');
    const challenge = await smtp.command(`AUTH XOAUTH2 ${xoauth2(USER, String(body['access_token']))}`);
    expect(challenge).toMatch(/^334 eyJzdGF0dXMiOiI0MDAi/);
    expect(await smtp.command('')).toMatch(/^535-5\.7\.8 /);
    smtp.close();
  });
});

describe('service account without domain-wide delegation', () => {
  test('scopes: [] refuses every JWT grant with unauthorized_client', async ({ startSim }) => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const sa = 'nodelegation@project.iam.gserviceaccount.com';
    const sim = await startSim({ serviceAccounts: [{ clientEmail: sa, publicKey, scopes: [] }] });
    const now = Math.floor(Date.now() / 1000);
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const claims = {
      iss: sa,
      sub: USER,
      scope: 'https://mail.google.com/',
      aud: sim.tokenUrl,
      iat: now,
      exp: now + 3600,
    };
    const unsigned = `${enc({ alg: 'RS256', typ: 'JWT' })}.${enc(claims)}`;
    const assertion = `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url')}`;
    const { status, body } = await post(sim.tokenUrl, {
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      assertion,
    });
    expect(status).toBe(401);
    expect(body['error']).toBe('unauthorized_client');
  });
});
