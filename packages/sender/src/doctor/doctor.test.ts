import { generateKeyPairSync } from 'node:crypto';
import type { GmailSim } from '@smtpfix/gmail-sim';
import { SIM_ACCOUNT_PASSWORD, SIM_APP_PASSWORD, SIM_USER, simTest as test } from '@smtpfix/test-utils';
import { describe, expect } from 'vitest';
import type { AuthOptions, SenderOptions } from '../options.js';
import { DOCTOR_STEPS, doctor, renderDoctorReport } from './index.js';
import type { DoctorReport } from './types.js';

const SA = 'mailer@project.iam.gserviceaccount.com';
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const privateKey = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const GMAIL_SEND = 'https://www.googleapis.com/auth/gmail.send';

/** Options for `sim`: STARTTLS port by default, a real EHLO name, short timeouts. */
function setup(
  sim: GmailSim,
  auth: AuthOptions,
  smtp: SenderOptions['smtp'] = {},
  user = SIM_USER,
): SenderOptions {
  return {
    user,
    auth,
    smtp: {
      ...sim.smtp,
      name: 'mail.example.com',
      ...(sim.tls ? { tls: { ca: sim.tls.ca, servername: 'localhost' } } : {}),
      ...smtp,
    },
  };
}
const oauth = (sim: GmailSim, refreshToken: string): AuthOptions => ({
  type: 'oauth2',
  clientId: 'client-id',
  clientSecret: 'client-secret-value',
  refreshToken,
  tokenUrl: sim.tokenUrl,
});
const serviceAccount = (sim: GmailSim, subject?: string): AuthOptions => ({
  type: 'service-account',
  credentials: { client_email: SA, private_key: privateKey },
  tokenUrl: sim.tokenUrl,
  ...(subject ? { subject } : {}),
});
const run = (sim: GmailSim, options: SenderOptions) =>
  doctor(options, { tokenInfoUrl: sim.tokenInfoUrl, timeoutMs: 300 });

/** The first failed step (the report stops there), or undefined. */
const failure = (r: DoctorReport) => r.steps.find((s) => s.status === 'fail');
const step = (r: DoctorReport, id: string) => r.steps.find((s) => s.id === id)!;

describe('doctor() against gmail-sim', () => {
  test('a healthy OAuth2 setup over STARTTLS passes every step and sends nothing', async ({ startSim }) => {
    const sim = await startSim({ tls: true });
    const report = await run(sim, setup(sim, oauth(sim, sim.issueRefreshToken(SIM_USER))));
    expect(report.steps.map((s) => s.id)).toEqual(DOCTOR_STEPS);
    // `api` is the Gmail API transport's step: skipped for SMTP.
    expect(report.steps.filter((s) => s.status !== 'pass').map((s) => [s.id, s.status])).toEqual([
      ['api', 'skip'],
    ]);
    expect(report.ok).toBe(true);
    expect(sim.commands.map((c) => c.command)).not.toContain('MAIL');
    expect(sim.commands.map((c) => c.command)).toContain('QUIT');
    expect(sim.stats.delivered).toBe(0);
  });

  test('a healthy app password over implicit TLS passes; token steps are skipped', async ({ startSim }) => {
    const sim = await startSim({ tls: true });
    const report = await run(sim, setup(sim, { type: 'password', pass: SIM_APP_PASSWORD }, { ...sim.smtps }));
    expect(report.ok).toBe(true);
    expect(step(report, 'token').status).toBe('skip');
    expect(step(report, 'starttls').status).toBe('skip');
    expect(step(report, 'auth').status).toBe('pass');
  });

  test('a dead refresh token fails at token with its catalog page', async ({ sim }) => {
    const rt = sim.issueRefreshToken(SIM_USER);
    sim.revokeRefreshToken(rt);
    const report = await run(sim, setup(sim, oauth(sim, rt)));
    expect(report.ok).toBe(false);
    expect(failure(report)).toMatchObject({
      id: 'token',
      entry: { id: 'token-invalid-grant-expired-or-revoked' },
    });
    expect(failure(report)?.fix).toMatch(/In production/);
    expect(step(report, 'auth').status).toBe('skip');
  });

  test('a Testing-mode refresh token (7 days) is a warning with its date', async ({ sim }) => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    const rt = sim.issueRefreshToken(SIM_USER, { lifetimeMs: 7 * 86_400_000 });
    const report = await doctor(setup(sim, oauth(sim, rt)), {
      tokenInfoUrl: sim.tokenInfoUrl,
      timeoutMs: 300,
      now: () => now,
    });
    expect(report.ok).toBe(true);
    const expiry = step(report, 'refresh-token-expiry');
    expect(expiry).toMatchObject({ status: 'warn', entry: { id: 'token-invalid-grant-expired-or-revoked' } });
    expect(expiry.detail).toMatch(/2030-01-0[78]T/);
  });

  test('a gmail.send token fails at scope: SMTP needs https://mail.google.com/', async ({ sim }) => {
    const rt = sim.issueRefreshToken(SIM_USER, { scope: GMAIL_SEND });
    const report = await run(sim, setup(sim, oauth(sim, rt)));
    expect(failure(report)).toMatchObject({ id: 'scope', entry: { id: '535-5.7.8-bad-credentials' } });
    expect(failure(report)?.detail).toContain('gmail.send');
  });

  test('a token Gmail refuses gets its 334 challenge decoded at auth', async ({ sim }) => {
    const rt = sim.issueRefreshToken(SIM_USER, { scope: GMAIL_SEND });
    // Token info unreachable (a warning), so the refusal is seen where Gmail gives it: AUTH.
    const report = await doctor(setup(sim, oauth(sim, rt)), {
      tokenInfoUrl: 'http://127.0.0.1:1/tokeninfo',
      timeoutMs: 300,
    });
    expect(step(report, 'scope').status).toBe('warn');
    const auth = failure(report);
    expect(auth).toMatchObject({ id: 'auth', entry: { id: '334-xoauth2-challenge' } });
    expect(auth?.detail).toContain('"scope":"https://mail.google.com/"');
    expect(auth?.detail).toMatch(/535-5\.7\.8|535 5\.7\.8/);
  });

  test('a service account without domain-wide delegation fails at token: unauthorized_client', async ({
    startSim,
  }) => {
    const sim = await startSim({
      serviceAccounts: [{ clientEmail: SA, publicKey: keys.publicKey, scopes: [] }],
    });
    const report = await run(sim, setup(sim, serviceAccount(sim)));
    expect(failure(report)).toMatchObject({ id: 'token', entry: { id: 'token-unauthorized-client' } });
  });

  test('a delegated service account passes (subject defaults to user)', async ({ startSim }) => {
    const sim = await startSim({ serviceAccounts: [{ clientEmail: SA, publicKey: keys.publicKey }] });
    const report = await run(sim, setup(sim, serviceAccount(sim)));
    expect(report.ok).toBe(true);
    expect(step(report, 'auth-kind').detail).toMatch(/subject defaults to user/);
  });

  test('a service account for another subject, or for @gmail.com, fails at auth-kind', async ({ sim }) => {
    const other = await run(sim, setup(sim, serviceAccount(sim, 'boss@example.test')));
    expect(failure(other)).toMatchObject({ id: 'auth-kind', entry: { id: 'token-delegation-denied' } });
    const consumer = await run(sim, setup(sim, serviceAccount(sim), {}, 'someone@gmail.com'));
    expect(failure(consumer)).toMatchObject({ id: 'auth-kind', entry: { id: 'token-unauthorized-client' } });
  });

  test('secure: true on a STARTTLS port fails at tls: wrong version number', async ({ startSim }) => {
    const sim = await startSim({ tls: true });
    const report = await run(sim, setup(sim, { type: 'password', pass: SIM_APP_PASSWORD }, { secure: true }));
    expect(failure(report)).toMatchObject({ id: 'tls', entry: { id: 'tls-wrong-version-number' } });
    expect(failure(report)?.detail).toMatch(/greets in plain text: "220/);
  });

  test('secure: false on an implicit-TLS port fails at tls: greeting never received', async ({
    startSim,
  }) => {
    const sim = await startSim({ tls: true });
    const report = await run(
      sim,
      setup(sim, { type: 'password', pass: SIM_APP_PASSWORD }, { port: sim.smtps!.port, secure: false }),
    );
    expect(failure(report)).toMatchObject({ id: 'tls', entry: { id: 'conn-greeting-never-received' } });
    expect(failure(report)?.fix).toMatch(/secure to true/);
  });

  test('port 465 with secure: false, and 587 with secure: true, fail at tls-mode before any connection', async ({
    sim,
  }) => {
    const a = await run(
      sim,
      setup(sim, { type: 'password', pass: SIM_APP_PASSWORD }, { port: 465, secure: false }),
    );
    expect(failure(a)).toMatchObject({ id: 'tls-mode', entry: { id: 'conn-greeting-never-received' } });
    const b = await run(
      sim,
      setup(sim, { type: 'password', pass: SIM_APP_PASSWORD }, { port: 587, secure: true }),
    );
    expect(failure(b)).toMatchObject({ id: 'tls-mode', entry: { id: 'tls-wrong-version-number' } });
    expect(sim.stats.connections).toBe(0);
  });

  test('a port that never answers fails at tls as a host that blocks SMTP', async ({ startSim }) => {
    const sim = await startSim({ silentPort: true });
    const report = await run(
      sim,
      setup(sim, { type: 'password', pass: SIM_APP_PASSWORD }, { port: sim.silent!.port, secure: false }),
    );
    expect(failure(report)).toMatchObject({ id: 'tls', entry: { id: 'conn-timeout' } });
    expect(failure(report)?.detail).toMatch(/swallows SMTP/);
  });

  test('a closed port fails at tcp: connection refused', async ({ sim }) => {
    const port = sim.smtp.port;
    await sim.close();
    const report = await run(sim, setup(sim, { type: 'password', pass: SIM_APP_PASSWORD }, { port }));
    expect(failure(report)).toMatchObject({ id: 'tcp', entry: { id: 'conn-refused' } });
  });

  test('a host that does not resolve fails at dns', async ({ sim }) => {
    const report = await run(
      sim,
      setup(sim, { type: 'password', pass: SIM_APP_PASSWORD }, { host: 'smtp.no-such-host.invalid' }),
    );
    expect(failure(report)).toMatchObject({ id: 'dns', entry: { id: 'conn-dns-failure' } });
  });

  test('EHLO localhost is a warning, and fails at ehlo with 421 (EHLO) where it is refused', async ({
    startSim,
  }) => {
    const sim = await startSim({ rejectGenericEhlo: true });
    const report = await run(
      sim,
      setup(sim, { type: 'password', pass: SIM_APP_PASSWORD }, { name: 'localhost' }),
    );
    expect(step(report, 'ehlo-name')).toMatchObject({
      status: 'warn',
      entry: { id: '421-4.7.0-try-again-later-closing-connection' },
    });
    expect(failure(report)).toMatchObject({
      id: 'ehlo',
      entry: { id: '421-4.7.0-try-again-later-closing-connection' },
    });
    expect(failure(report)?.fix).toMatch(/real host name/);
  });

  test.for([
    ['the account password', SIM_ACCOUNT_PASSWORD, '534-5.7.9-app-password-required'],
    ['a wrong app password', 'zzzzzzzzzzzzzzzz', '535-5.7.8-bad-credentials'],
  ] as const)('%s fails at auth with its page', async ([, pass, entry], { sim }) => {
    const report = await run(sim, setup(sim, { type: 'password', pass }));
    expect(failure(report)).toMatchObject({ id: 'auth', entry: { id: entry } });
  });

  test('no secret appears in the report or its text', async ({ sim }) => {
    const rt = sim.issueRefreshToken(SIM_USER, { scope: GMAIL_SEND });
    const report = await run(sim, setup(sim, oauth(sim, rt)));
    const all = JSON.stringify(report) + renderDoctorReport(report);
    for (const secret of [rt, 'client-secret-value']) expect(all).not.toContain(secret);
    expect(all).not.toMatch(/ya29\./);
  });

  test('invalid options fail the options step instead of throwing', async ({ sim }) => {
    const report = await run(sim, { user: 'not-an-address', auth: { type: 'password', pass: '' } });
    expect(failure(report)?.id).toBe('options');
    expect(report.steps.slice(1).every((s) => s.status === 'skip')).toBe(true);
  });
});
