import type { GmailSim } from '@smtpfix/gmail-sim';
import { SIM_USER, simTest as test } from '@smtpfix/test-utils';
import { describe, expect } from 'vitest';
import type { SenderOptions } from '../options.js';
import { doctor } from './index.js';
import type { DoctorReport } from './types.js';

const oauth = (sim: GmailSim, scope?: string): SenderOptions['auth'] => ({
  type: 'oauth2',
  clientId: 'client-id',
  clientSecret: 'client-secret-value',
  refreshToken: sim.issueRefreshToken(SIM_USER, scope ? { scope } : {}),
  tokenUrl: sim.tokenUrl,
});
const run = (sim: GmailSim, options: SenderOptions) =>
  doctor(options, { tokenInfoUrl: sim.tokenInfoUrl, timeoutMs: 300 });
const failure = (r: DoctorReport) => r.steps.find((s) => s.status === 'fail');
const statuses = (r: DoctorReport) => Object.fromEntries(r.steps.map((s) => [s.id, s.status]));

describe('doctor() and the Gmail API', () => {
  test("SMTP swallowed by the network but HTTPS open: the failure names transport: 'gmail-api'", async ({
    startSim,
  }) => {
    const sim = await startSim({ silentPort: true });
    const report = await run(sim, {
      user: SIM_USER,
      auth: oauth(sim),
      smtp: { host: '127.0.0.1', port: sim.silent!.port, secure: true, name: 'mail.example.com' },
      gmailApi: { rootUrl: sim.apiUrl },
    });
    expect(report.ok).toBe(false);
    const failed = failure(report)!;
    expect(failed).toMatchObject({ id: 'tls', entry: { id: 'conn-timeout' } });
    expect(failed.detail).toMatch(/HTTPS to 127\.0\.0\.1:\d+ works from here/);
    expect(failed.fix).toMatch(/transport: 'gmail-api'/);
  });

  test('SMTP blocked and HTTPS blocked too: no Gmail API hint', async ({ startSim }) => {
    const sim = await startSim({ silentPort: true });
    const closed = await startSim();
    const deadApi = closed.apiUrl;
    await closed.close();
    const report = await run(sim, {
      user: SIM_USER,
      auth: oauth(sim),
      smtp: { host: '127.0.0.1', port: sim.silent!.port, secure: true, name: 'mail.example.com' },
      gmailApi: { rootUrl: deadApi },
    });
    expect(failure(report)?.fix ?? '').not.toMatch(/gmail-api/);
  });

  test("with transport 'gmail-api': API host, sending scope and a dry request instead of SMTP, nothing sent", async ({
    sim,
  }) => {
    const report = await run(sim, {
      user: SIM_USER,
      auth: oauth(sim, 'https://www.googleapis.com/auth/gmail.send'),
      transport: 'gmail-api',
      gmailApi: { rootUrl: sim.apiUrl },
    });
    expect(report.ok).toBe(true);
    expect(statuses(report)).toMatchObject({
      dns: 'pass',
      tcp: 'pass',
      tls: 'skip',
      token: 'pass',
      scope: 'pass',
      api: 'pass',
      ehlo: 'skip',
      auth: 'skip',
      quit: 'skip',
    });
    expect(sim.stats).toMatchObject({ delivered: 0, connections: 0 });
    // The one send request was the dry one, refused for having no message.
    expect(sim.stats.apiErrors.invalidArgument).toBe(1);
  });

  test('a token without a sending scope fails at scope; a mailbox without Gmail fails the dry request with its page', async ({
    startSim,
  }) => {
    const sim = await startSim({ api: { mailDisabled: [SIM_USER] } });
    const narrow = await run(sim, {
      user: SIM_USER,
      auth: oauth(sim, 'https://www.googleapis.com/auth/gmail.readonly'),
      transport: 'gmail-api',
      gmailApi: { rootUrl: sim.apiUrl },
    });
    expect(failure(narrow)).toMatchObject({ id: 'scope', entry: { id: 'api-insufficient-permission' } });
    const off = await run(sim, {
      user: SIM_USER,
      auth: oauth(sim),
      transport: 'gmail-api',
      gmailApi: { rootUrl: sim.apiUrl },
    });
    expect(failure(off)).toMatchObject({ id: 'api', entry: { id: 'api-mail-service-not-enabled' } });
    expect(failure(off)?.detail).toMatch(/Mail service not enabled/);
  });
});
