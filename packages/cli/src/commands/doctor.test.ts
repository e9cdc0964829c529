import { generateKeyPairSync } from 'node:crypto';
import { type GmailSim, type GmailSimOptions, startGmailSim } from '@smtpfix/gmail-sim';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT } from '../errors.js';
import type { CliIo } from '../io.js';
import type { DoctorJson } from '../json.js';
import { run } from '../run.js';

const USER = 'app@example.test';
const APP_PASSWORD = 'abcdefghijklmnop';
const SA = 'mailer@project.iam.gserviceaccount.com';
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const KEY_FILE = JSON.stringify({
  client_email: SA,
  private_key: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
});

const sims: GmailSim[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});
async function startSim(options: GmailSimOptions = {}): Promise<GmailSim> {
  const sim = await startGmailSim({
    accounts: [{ user: USER, appPassword: APP_PASSWORD, password: 'account-pw', twoStep: true }],
    ...options,
  });
  sims.push(sim);
  return sim;
}

function fakeIo(env: Record<string, string> = {}, files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: async () => null,
    readFile: async (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return Buffer.from(f);
    },
    env,
  };
  return {
    io,
    out: () => out.join(''),
    err: () => err.join(''),
    json: () => JSON.parse(out.join('')) as DoctorJson,
  };
}

/** argv and io for `smtpfix doctor` against `sim`: secrets in env, as the README advises. */
function against(
  sim: GmailSim,
  env: Record<string, string>,
  flags: string[] = [],
  { plainPort = true } = {},
) {
  const t = fakeIo(
    { SMTPFIX_USER: USER, SMTPFIX_HOST: '127.0.0.1', SMTPFIX_TOKENINFO_URL: sim.tokenInfoUrl, ...env },
    { '/ca.pem': sim.tls?.ca ?? '', '/key.json': KEY_FILE },
  );
  const argv = [
    'doctor',
    ...(plainPort ? ['--port', String(sim.smtp.port)] : []),
    '--ehlo-name',
    'mail.example.com',
    '--timeout-ms',
    '300',
    ...(sim.tls ? ['--ca-file', '/ca.pem'] : []),
    ...flags,
  ];
  return { t, argv };
}
const oauthEnv = (sim: GmailSim, refreshToken: string) => ({
  GOOGLE_CLIENT_ID: 'client-id',
  GOOGLE_CLIENT_SECRET: 'client-secret-value',
  GOOGLE_REFRESH_TOKEN: refreshToken,
  SMTPFIX_TOKEN_URL: sim.tokenUrl,
});
const failed = (j: DoctorJson) => j.steps.find((s) => s.status === 'fail');

describe('smtpfix doctor', () => {
  it('passes a healthy OAuth2 setup (STARTTLS) and exits 0, printing the checklist', async () => {
    const sim = await startSim({ tls: true });
    const { t, argv } = against(sim, oauthEnv(sim, sim.issueRefreshToken(USER)));
    expect(await run(argv, t.io)).toBe(EXIT.ok);
    expect(t.out()).toMatch(/✓ auth\s+AUTH accepts the credential/);
    expect(t.out()).toMatch(/OK: nothing was sent/);
    expect(sim.stats.delivered).toBe(0);
  });

  it('--transport gmail-api checks the Gmail API instead of SMTP, and sends nothing', async () => {
    const sim = await startSim();
    const { t, argv } = against(sim, oauthEnv(sim, sim.issueRefreshToken(USER)), [
      '--transport',
      'gmail-api',
      '--gmail-api-url',
      sim.apiUrl,
    ]);
    expect(await run(argv, t.io)).toBe(EXIT.ok);
    expect(t.out()).toMatch(/via the Gmail API at http:\/\/127\.0\.0\.1/);
    expect(t.out()).toMatch(/✓ api\s+Gmail API accepts the token/);
    expect(sim.stats).toMatchObject({ delivered: 0, connections: 0 });
  });

  it('--json prints the documented shape', async () => {
    const sim = await startSim();
    const { t, argv } = against(sim, { SMTPFIX_PASS: APP_PASSWORD }, ['--json']);
    expect(await run(argv, t.io)).toBe(EXIT.ok);
    const json = t.json();
    expect(json.ok).toBe(true);
    for (const s of json.steps) {
      expect(Object.keys(s).sort()).toEqual(
        expect.arrayContaining(['detail', 'durationMs', 'id', 'status', 'title']),
      );
      expect(['pass', 'warn', 'skip']).toContain(s.status);
    }
  });

  it('an expired or revoked refresh token: exit 4, token step, its page and fix', async () => {
    const sim = await startSim();
    const rt = sim.issueRefreshToken(USER);
    sim.revokeRefreshToken(rt);
    const { t, argv } = against(sim, oauthEnv(sim, rt), ['--json']);
    expect(await run(argv, t.io)).toBe(EXIT.failed);
    expect(failed(t.json())).toMatchObject({
      id: 'token',
      entry: { id: 'token-invalid-grant-expired-or-revoked' },
    });
  });

  it('a Testing-mode refresh token: exit 0 with a warning that gives the date', async () => {
    const sim = await startSim({ tls: true });
    const rt = sim.issueRefreshToken(USER, { lifetimeMs: 7 * 86_400_000 });
    const { t, argv } = against(sim, oauthEnv(sim, rt));
    expect(await run(argv, t.io)).toBe(EXIT.ok);
    expect(t.out()).toMatch(/! refresh-token-expiry .*expires on \d{4}-\d\d-\d\dT/);
    expect(t.out()).toMatch(/entry: token-invalid-grant-expired-or-revoked/);
    expect(t.out()).toMatch(/OK with 1 warning/);
  });

  it('a gmail.send token: fails at scope with 535-5.7.8', async () => {
    const sim = await startSim();
    const rt = sim.issueRefreshToken(USER, { scope: 'https://www.googleapis.com/auth/gmail.send' });
    const { t, argv } = against(sim, oauthEnv(sim, rt), ['--json']);
    expect(await run(argv, t.io)).toBe(EXIT.failed);
    expect(failed(t.json())).toMatchObject({ id: 'scope', entry: { id: '535-5.7.8-bad-credentials' } });
  });

  it('the XOAUTH2 334 challenge is decoded at auth', async () => {
    const sim = await startSim();
    const rt = sim.issueRefreshToken(USER, { scope: 'https://www.googleapis.com/auth/gmail.send' });
    const { t, argv } = against(
      sim,
      { ...oauthEnv(sim, rt), SMTPFIX_TOKENINFO_URL: 'http://127.0.0.1:1/tokeninfo' },
      ['--json'],
    );
    expect(await run(argv, t.io)).toBe(EXIT.failed);
    const step = failed(t.json());
    expect(step).toMatchObject({ id: 'auth', entry: { id: '334-xoauth2-challenge' } });
    expect(step?.detail).toContain('{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}');
  });

  it('a service account without domain-wide delegation: unauthorized_client', async () => {
    const sim = await startSim({
      serviceAccounts: [{ clientEmail: SA, publicKey: keys.publicKey, scopes: [] }],
    });
    const { t, argv } = against(
      sim,
      { GOOGLE_APPLICATION_CREDENTIALS: '/key.json', SMTPFIX_TOKEN_URL: sim.tokenUrl },
      ['--json'],
    );
    expect(await run(argv, t.io)).toBe(EXIT.failed);
    expect(failed(t.json())).toMatchObject({ id: 'token', entry: { id: 'token-unauthorized-client' } });
  });

  it('a service account on a consumer @gmail.com account fails at auth-kind', async () => {
    const sim = await startSim();
    const { t, argv } = against(
      sim,
      { GOOGLE_APPLICATION_CREDENTIALS: '/key.json', SMTPFIX_USER: 'me@gmail.com' },
      ['--json'],
    );
    expect(await run(argv, t.io)).toBe(EXIT.failed);
    expect(failed(t.json())).toMatchObject({ id: 'auth-kind', entry: { id: 'token-unauthorized-client' } });
  });

  it('--secure on a STARTTLS port: wrong version number', async () => {
    const sim = await startSim({ tls: true });
    const { t, argv } = against(sim, { SMTPFIX_PASS: APP_PASSWORD }, ['--secure', '--json']);
    expect(await run(argv, t.io)).toBe(EXIT.failed);
    expect(failed(t.json())).toMatchObject({ id: 'tls', entry: { id: 'tls-wrong-version-number' } });
  });

  it('--no-secure on an implicit-TLS port: greeting never received', async () => {
    const sim = await startSim({ tls: true });
    const { t, argv } = against(
      sim,
      { SMTPFIX_PASS: APP_PASSWORD },
      ['--port', String(sim.smtps!.port), '--no-secure', '--json'],
      {
        plainPort: false,
      },
    );
    expect(await run(argv, t.io)).toBe(EXIT.failed);
    expect(failed(t.json())).toMatchObject({ id: 'tls', entry: { id: 'conn-greeting-never-received' } });
  });

  it('a port that never answers: the host blocks outbound SMTP (conn-timeout)', async () => {
    const sim = await startSim({ silentPort: true });
    const { t, argv } = against(sim, { SMTPFIX_PASS: APP_PASSWORD }, ['--port', String(sim.silent!.port)], {
      plainPort: false,
    });
    expect(await run(argv, t.io)).toBe(EXIT.failed);
    expect(t.out()).toMatch(/✗ tls .*swallows SMTP/);
    expect(t.out()).toMatch(/entry: conn-timeout/);
  });

  it('a generic EHLO name refused with 421 4.7.0 (EHLO)', async () => {
    const sim = await startSim({ rejectGenericEhlo: true });
    const { t, argv } = against(sim, { SMTPFIX_PASS: APP_PASSWORD }, ['--ehlo-name', 'localhost', '--json']);
    expect(await run(argv, t.io)).toBe(EXIT.failed);
    const json = t.json();
    expect(json.steps.find((s) => s.id === 'ehlo-name')?.status).toBe('warn');
    expect(failed(json)).toMatchObject({
      id: 'ehlo',
      entry: { id: '421-4.7.0-try-again-later-closing-connection' },
    });
  });

  it.each([
    ['account-pw', '534-5.7.9-app-password-required'],
    ['zzzzzzzzzzzzzzzz', '535-5.7.8-bad-credentials'],
  ])('password %s fails at auth with %s', async (pass, entry) => {
    const sim = await startSim();
    const { t, argv } = against(sim, { SMTPFIX_PASS: pass }, ['--json']);
    expect(await run(argv, t.io)).toBe(EXIT.failed);
    expect(failed(t.json())).toMatchObject({ id: 'auth', entry: { id: entry } });
  });

  it('never prints a secret, and warns when one is given as a flag', async () => {
    const sim = await startSim();
    const rt = sim.issueRefreshToken(USER, { scope: 'https://www.googleapis.com/auth/gmail.send' });
    const env = oauthEnv(sim, rt);
    const { t, argv } = against(sim, { ...env, GOOGLE_CLIENT_SECRET: '' }, [
      '--client-secret',
      'client-secret-value',
    ]);
    expect(await run(argv, t.io)).toBe(EXIT.failed);
    expect(t.err()).toMatch(/prefer GOOGLE_CLIENT_SECRET/);
    expect(t.out() + t.err()).not.toContain('client-secret-value');
    expect(t.out()).not.toContain(rt);
  });

  it.each([
    [['doctor'], /needs --user \(or SMTPFIX_USER\)/],
    [['doctor', '--user', USER], /Say how to log in/],
    [['doctor', '--user', USER, '--auth', 'oauth2'], /--client-id \(or GOOGLE_CLIENT_ID\)/],
    [['doctor', '--user', USER, '--auth', 'kerberos'], /oauth2, service-account or password/],
    [['doctor', '--user', USER, '--pass', 'x', '--port', 'abc'], /positive integer/],
    [['doctor', '--bogus'], /Unknown option/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const t = fakeIo();
    expect(await run(argv, t.io)).toBe(EXIT.usage);
    expect(t.err()).toMatch(message);
  });
});
