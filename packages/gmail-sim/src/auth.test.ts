import { describe, expect } from 'vitest';
import { XOAUTH2_CHALLENGE } from './smtp.js';
import {
  ACCOUNT_PASSWORD,
  APP_PASSWORD,
  mail,
  manualClock,
  RawSmtp,
  sendError,
  test,
  USER,
  xoauth2,
} from './test/fixture.js';

const CHALLENGE_B64 = Buffer.from(
  '{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}',
).toString('base64');

async function accessToken(tokenUrl: string, refreshToken: string): Promise<string> {
  const res = await fetch(tokenUrl, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: 'c',
      client_secret: 's',
    }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

describe('PLAIN and LOGIN', () => {
  test('an app password logs in and the message is delivered, parsed', async ({ sim, transport }) => {
    const info = await transport(sim).sendMail(mail({ messageId: '<m1@example.test>' }));
    expect(info.response).toMatch(/^250 2\.0\.0 OK {2}\d+ \S+ - gsmtp$/);
    expect(sim.messages).toHaveLength(1);
    expect(sim.messages[0]?.subject).toBe('hello');
    expect((await sim.messages[0]?.parse())?.subject).toBe('hello');
    expect(sim.messages[0]?.messageId).toBe('<m1@example.test>');
    expect(sim.messages[0]?.envelope).toEqual({ mailFrom: USER, rcptTo: ['someone@example.org'] });
    expect(sim.stats).toMatchObject({ authAttempts: 1, authSuccesses: 1, delivered: 1, peakSessions: 1 });
  });

  test('LOGIN and an app password typed with spaces work too', async ({ sim, transport }) => {
    const t = transport(sim, {
      authMethod: 'LOGIN',
      auth: { user: USER.toUpperCase(), pass: 'abcd efgh ijkl mnop' },
    });
    await t.sendMail(mail());
    expect(sim.stats.authSuccesses).toBe(1);
  });

  test('a wrong password gets Gmail`s two-line 535-5.7.8', async ({ sim }) => {
    const client = await RawSmtp.connect(sim.smtp.port);
    const reply = await client.login(USER, 'wrong-password');
    const lines = reply.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toMatch(/^535-5\.7\.8 Username and Password not accepted\./);
    expect(lines.at(-1)).toMatch(
      /^535 5\.7\.8 https:\/\/support\.google\.com\/mail\/\?p=BadCredentials \S+ - gsmtp$/,
    );
    client.close();
  });

  test('the account password of a 2-step account gets 534-5.7.9 through nodemailer', async ({
    sim,
    transport,
  }) => {
    const err = await sendError(
      transport(sim, { auth: { user: USER, pass: ACCOUNT_PASSWORD } }).sendMail(mail()),
    );
    expect(err.responseCode).toBe(534);
    expect(err.response).toMatch(/^534-5\.7\.9 Application-specific password required/);
    expect(sim.stats.replies['534-5.7.9-app-password-required']).toBe(1);
  });

  test('without 2-step the account password is accepted', async ({ startSim, transport }) => {
    const sim = await startSim({ accounts: [{ user: USER, password: ACCOUNT_PASSWORD, twoStep: false }] });
    await transport(sim, { auth: { user: USER, pass: ACCOUNT_PASSWORD } }).sendMail(mail());
    expect(sim.stats.delivered).toBe(1);
  });

  test('an unknown user gets 535-5.7.8', async ({ sim, transport }) => {
    const err = await sendError(
      transport(sim, { auth: { user: 'nobody@example.test', pass: APP_PASSWORD } }).sendMail(mail()),
    );
    expect(err.responseCode).toBe(535);
  });

  test('MAIL before AUTH gets 530-5.7.0 Authentication Required', async ({ sim, transport }) => {
    const err = await sendError(transport(sim, { auth: undefined }).sendMail(mail()));
    expect(err.responseCode).toBe(530);
    expect(err.response).toMatch(/^530-5\.7\.0 /);
  });
});

describe('XOAUTH2', () => {
  test('a token from the sim`s endpoint logs in, through nodemailer`s refresh flow', async ({
    sim,
    transport,
  }) => {
    const refreshToken = sim.issueRefreshToken(USER);
    const t = transport(sim, {
      auth: {
        type: 'OAuth2',
        user: USER,
        clientId: 'c',
        clientSecret: 's',
        refreshToken,
        accessUrl: sim.tokenUrl,
      },
    });
    await t.sendMail(mail());
    expect(sim.stats).toMatchObject({ tokenRequests: 1, tokensIssued: 1, authSuccesses: 1, delivered: 1 });
  });

  test('an unknown token gets the 334 challenge, then 535-5.7.8 after the empty line', async ({ sim }) => {
    const client = await RawSmtp.connect(sim.smtp.port);
    await client.command('EHLO client.test');
    const challenge = await client.command(`AUTH XOAUTH2 ${xoauth2(USER, 'ya29.not-issued')}`);
    expect(challenge).toBe(`334 ${CHALLENGE_B64}`);
    expect(JSON.parse(Buffer.from(challenge.slice(4), 'base64').toString())).toEqual(XOAUTH2_CHALLENGE);
    const final = await client.command('');
    expect(final).toMatch(
      /^535-5\.7\.8 Username and Password not accepted.*\r\n535 5\.7\.8 https:\/\/support\.google\.com\/mail\/\?p=BadCredentials \S+ - gsmtp$/s,
    );
    expect(sim.stats.replies).toMatchObject({ '334-xoauth2-challenge': 1, '535-5.7.8-bad-credentials': 1 });
    client.close();
  });

  test('an expired token gets the challenge; the clock is injected', async ({ startSim }) => {
    const clock = manualClock();
    const sim = await startSim({ now: clock.now, tokenTtlS: 60 });
    const token = await accessToken(sim.tokenUrl, sim.issueRefreshToken(USER));
    const first = await RawSmtp.connect(sim.smtp.port);
    await first.command('EHLO c');
    expect(await first.command(`AUTH XOAUTH2 ${xoauth2(USER, token)}`)).toBe('235 2.7.0 Accepted');
    clock.advance(60_000);
    const second = await RawSmtp.connect(sim.smtp.port);
    await second.command('EHLO c');
    expect(await second.command(`AUTH XOAUTH2 ${xoauth2(USER, token)}`)).toBe(`334 ${CHALLENGE_B64}`);
    first.close();
    second.close();
  });

  test('a token issued for another user, or without the mail scope, is refused', async ({ startSim }) => {
    const sim = await startSim({ accounts: [{ user: USER }, { user: 'other@example.test' }] });
    const other = sim.issueAccessToken('other@example.test').accessToken;
    const noScope = sim.issueAccessToken(USER, {
      scope: 'https://www.googleapis.com/auth/gmail.send',
    }).accessToken;
    for (const token of [other, noScope]) {
      const client = await RawSmtp.connect(sim.smtp.port);
      await client.command('EHLO c');
      expect(await client.command(`AUTH XOAUTH2 ${xoauth2(USER, token)}`)).toMatch(/^334 /);
      client.close();
    }
  });

  test('with xoauth2Challenge: false the refusal is a direct 535-5.7.8 (what nodemailer reports)', async ({
    startSim,
    transport,
  }) => {
    const sim = await startSim({ xoauth2Challenge: false });
    const err = await sendError(
      transport(sim, { auth: { type: 'OAuth2', user: USER, accessToken: 'ya29.bad' } }).sendMail(mail()),
    );
    expect(err.responseCode).toBe(535);
    expect(err.response).toMatch(/^535-5\.7\.8 Username and Password not accepted/);
    expect(sim.stats.replies['334-xoauth2-challenge']).toBeUndefined();
  });
});
