import { createSign, generateKeyPairSync } from 'node:crypto';
import { describe, expect } from 'vitest';
import { manualClock, test, USER } from './test/fixture.js';

const post = async (url: string, form: Record<string, string>) => {
  const res = await fetch(url, { method: 'POST', body: new URLSearchParams(form) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const SA = 'sender@project.iam.gserviceaccount.com';

function jwt(claims: Record<string, unknown>, key = privateKey): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${enc({ alg: 'RS256', typ: 'JWT' })}.${enc(claims)}`;
  return `${body}.${createSign('RSA-SHA256').update(body).sign(key).toString('base64url')}`;
}

describe('refresh-token grant', () => {
  test('issues an access token with expires_in, in Google`s shape', async ({ sim }) => {
    const { status, body } = await post(sim.tokenUrl, {
      grant_type: 'refresh_token',
      refresh_token: sim.issueRefreshToken(USER),
      client_id: 'id',
      client_secret: 'secret',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ expires_in: 3600, token_type: 'Bearer', scope: 'https://mail.google.com/' });
    expect(body['access_token']).toMatch(/^ya29\./);
    expect(sim.stats.tokenRequests).toBe(1);
  });

  test('unknown, revoked and expired refresh tokens get invalid_grant', async ({ startSim }) => {
    const clock = manualClock();
    const sim = await startSim({ now: clock.now });
    const revoked = sim.issueRefreshToken(USER);
    sim.revokeRefreshToken(revoked);
    const shortLived = sim.issueRefreshToken(USER, { lifetimeMs: 1000 });
    clock.advance(1000);
    for (const token of ['1//unknown', revoked, shortLived]) {
      const { status, body } = await post(sim.tokenUrl, {
        grant_type: 'refresh_token',
        refresh_token: token,
      });
      expect(status).toBe(400);
      expect(body).toEqual({
        error: 'invalid_grant',
        error_description: 'Token has been expired or revoked.',
      });
    }
  });

  test('configured clients are checked; an unknown grant type is refused', async ({ startSim }) => {
    const sim = await startSim({ oauthClients: [{ clientId: 'id', clientSecret: 'secret' }] });
    const rt = sim.issueRefreshToken(USER);
    const bad = await post(sim.tokenUrl, {
      grant_type: 'refresh_token',
      refresh_token: rt,
      client_id: 'id',
      client_secret: 'x',
    });
    expect(bad).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    const unsupported = await post(sim.tokenUrl, { grant_type: 'password' });
    expect(unsupported).toMatchObject({ status: 400, body: { error: 'unsupported_grant_type' } });
  });

  test('faults: a 500 answer, then a slow one', async ({ sim }) => {
    const rt = sim.issueRefreshToken(USER);
    sim.injectFault('token-error');
    expect((await post(sim.tokenUrl, { grant_type: 'refresh_token', refresh_token: rt })).status).toBe(500);
    sim.injectFault('token-slow', { delayMs: 200 });
    const started = Date.now();
    expect((await post(sim.tokenUrl, { grant_type: 'refresh_token', refresh_token: rt })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });
});

describe('JWT-bearer grant (service account, domain-wide delegation)', () => {
  const grant = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
  const claims = (over: Record<string, unknown> = {}) => {
    const iat = Math.floor(Date.now() / 1000);
    return {
      iss: SA,
      sub: USER,
      scope: 'https://mail.google.com/',
      aud: 'https://oauth2.googleapis.com/token',
      iat,
      exp: iat + 3600,
      ...over,
    };
  };

  test('a signed assertion for an account gets a token that logs in with XOAUTH2', async ({ startSim }) => {
    const sim = await startSim({
      serviceAccounts: [
        { clientEmail: SA, publicKey: publicKey.export({ type: 'spki', format: 'pem' }) as string },
      ],
    });
    const { status, body } = await post(sim.tokenUrl, { grant_type: grant, assertion: jwt(claims()) });
    expect(status).toBe(200);
    expect(body['expires_in']).toBe(3600);
  });

  test('bad signature, bad sub, unauthorised scope and a too-long lifetime are refused as Google does', async ({
    startSim,
  }) => {
    const sim = await startSim({ serviceAccounts: [{ clientEmail: SA, publicKey }] });
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const cases: [string, Record<string, unknown>, number][] = [
      [jwt(claims(), other), { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' }, 400],
      [
        jwt(claims({ sub: 'stranger@example.test' })),
        { error: 'invalid_grant', error_description: 'Invalid email or User ID' },
        400,
      ],
      [
        jwt(claims({ scope: 'https://www.googleapis.com/auth/drive' })),
        { error: 'unauthorized_client' },
        401,
      ],
      [jwt(claims({ exp: Math.floor(Date.now() / 1000) + 7200 })), { error: 'invalid_grant' }, 400],
    ];
    for (const [assertion, body, status] of cases) {
      expect(await post(sim.tokenUrl, { grant_type: grant, assertion })).toMatchObject({ status, body });
    }
  });
});
