import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runSimCli, parseSimArgs } from './cli.js';
import { type GmailSim, startGmailSim } from './sim.js';
import { mail, test, USER } from './test/fixture.js';

describe('the sim object', () => {
  test('counts duplicate Message-IDs; reset() forgets history', async ({ sim, transport }) => {
    const t = transport(sim);
    await t.sendMail(mail({ messageId: '<same@example.test>' }));
    await t.sendMail(mail({ messageId: '<same@example.test>' }));
    expect(sim.stats.duplicates).toBe(1);
    expect(sim.messages[1]?.duplicate).toBe(true);
    expect(sim.commands.some((c) => c.command === 'AUTH PLAIN')).toBe(true);
    expect(JSON.stringify(sim.commands)).not.toContain('abcdefghijklmnop');
    sim.reset();
    expect(sim.stats).toMatchObject({ delivered: 0, duplicates: 0, authAttempts: 0 });
    expect(sim.messages).toHaveLength(0);
    await t.sendMail(mail({ messageId: '<same@example.test>' }));
    expect(sim.stats.duplicates).toBe(0);
  });

  test('one Message-ID to other recipients in another transaction is not a duplicate', async ({
    sim,
    transport,
  }) => {
    const t = transport(sim);
    await t.sendMail(mail({ messageId: '<split@example.test>', to: 'a@example.org' }));
    await t.sendMail(mail({ messageId: '<split@example.test>', to: 'b@example.org' }));
    expect(sim.stats.duplicates).toBe(0);
    await t.sendMail(mail({ messageId: '<split@example.test>', to: ['c@example.org', 'A@example.org'] }));
    expect(sim.stats.duplicates).toBe(1);
    expect(sim.messages.map((m) => m.duplicate)).toEqual([false, false, true]);
  });

  it('close() ends open sessions at once, and works with await using', async () => {
    let leaked: GmailSim | undefined;
    {
      await using sim = await startGmailSim();
      leaked = sim;
      const { RawSmtp } = await import('./test/fixture.js');
      const raw = await RawSmtp.connect(sim.smtp.port);
      await raw.login();
    }
    expect(() => leaked?.issueRefreshToken(USER)).toThrow(/closed/);
  });

  it('issueRefreshToken refuses an unknown account with UNKNOWN_ACCOUNT', async () => {
    await using sim = await startGmailSim();
    expect(() => sim.issueRefreshToken('who@example.test')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_ACCOUNT' }),
    );
  });
});

describe('runSimCli', () => {
  it('maps flags onto options', () => {
    const o = parseSimArgs([
      '--sessions-per-account',
      '3',
      '--messages-per-minute',
      'Infinity',
      '--unknown',
      'x@y.test',
      '--transient-rate',
      '0.5',
      '--tls',
    ]);
    expect(o.limits).toEqual({ sessionsPerAccount: 3, messagesPerMinute: Number.POSITIVE_INFINITY });
    expect(o.mailboxes?.unknown).toEqual(['x@y.test']);
    expect(o.faults).toEqual({ transientRate: 0.5 });
    expect(o.tls).toBe(true);
  });

  it('prints how to connect, runs until aborted, exits 0', async () => {
    const out: string[] = [];
    const controller = new AbortController();
    let started: GmailSim | undefined;
    const done = runSimCli(['--json'], {
      stdout: (s) => out.push(s),
      stderr: (s) => out.push(s),
      signal: controller.signal,
      onStarted: (sim) => {
        started = sim;
      },
    });
    while (!started) await sleep(5);
    const printed = JSON.parse(out.join('')) as { smtp: { port: number }; tokenUrl: string };
    expect(printed.smtp.port).toBe(started.smtp.port);
    controller.abort();
    expect(await done).toEqual({ exitCode: 0 });
  });

  it('a bad flag prints the usage and exits 1', async () => {
    const err: string[] = [];
    const result = await runSimCli(['--sessions-per-acount', '3'], {
      stdout: () => undefined,
      stderr: (s) => err.push(s),
    });
    expect(result.exitCode).toBe(1);
    expect(err.join('')).toMatch(/Usage: smtpfix sim/);
  });
});
