import { setTimeout as sleep } from 'node:timers/promises';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { describe, expect } from 'vitest';
import { AccountLimits } from './limits.js';
import { defaultLimits } from './options.js';
import type { GmailSim } from './sim.js';
import { APP_PASSWORD, mail, manualClock, RawSmtp, sendError, test, USER } from './test/fixture.js';

/** Opens a nodemailer SMTP connection and logs in; resolves with the connection or the AUTH error. */
async function nodemailerLogin(sim: GmailSim, pass = APP_PASSWORD) {
  const conn = new SMTPConnection({ ...sim.smtp, connectionTimeout: 3000 });
  await new Promise<void>((resolve, reject) =>
    conn.connect((err?: Error) => (err ? reject(err) : resolve())),
  );
  try {
    await new Promise<void>((resolve, reject) =>
      conn.login({ user: USER, pass }, (err?: Error | null) => (err ? reject(err) : resolve())),
    );
    return { conn, error: undefined };
  } catch (error) {
    return { conn, error: error as Error & { responseCode?: number; response?: string } };
  }
}

describe('sessions per account', () => {
  test('the session past the cap gets 454-4.7.0; closing one frees a slot', async ({ startSim }) => {
    const sim = await startSim({ limits: { sessionsPerAccount: 3 } });
    const logins = await Promise.all([1, 2, 3, 4].map(() => nodemailerLogin(sim)));
    const refused = logins.filter((l) => l.error);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.error?.responseCode).toBe(454);
    expect(refused[0]?.error?.response).toMatch(
      /^454[- ]4\.7\.0 Cannot authenticate due to temporary system problem/,
    );
    expect(sim.stats).toMatchObject({ auth454: 1, peakSessions: 3, peakSessionsByAccount: { [USER]: 3 } });
    const held = logins.find((l) => !l.error);
    held?.conn.quit();
    await sleep(50);
    expect(sim.stats.sessionsByAccount[USER]).toBe(2);
    const again = await nodemailerLogin(sim);
    expect(again.error).toBeUndefined();
    for (const l of [...logins, again]) l.conn.close();
  });

  test('default cap is 10', async ({ sim }) => {
    const clients = await Promise.all(Array.from({ length: 11 }, () => RawSmtp.connect(sim.smtp.port)));
    const replies = [];
    for (const c of clients) replies.push(await c.login());
    expect(replies.filter((r) => r.startsWith('235'))).toHaveLength(10);
    expect(replies[10]).toMatch(/^454[- ]4\.7\.0 /);
    for (const c of clients) c.close();
  });
});

describe('failed-login lockout', () => {
  test('N failures in the window lock every AUTH of the account with 454-4.7.0, until lockoutMs passes', async ({
    startSim,
    transport,
  }) => {
    const clock = manualClock();
    const sim = await startSim({
      now: clock.now,
      limits: { failedLoginsBeforeLockout: 3, lockoutMs: 60_000 },
    });
    for (let i = 0; i < 3; i++) {
      const err = await sendError(transport(sim, { auth: { user: USER, pass: 'wrong' } }).sendMail(mail()));
      expect(err.responseCode).toBe(535);
    }
    expect(sim.stats.lockouts).toBe(1);
    // Even the right app password is refused during the lockout.
    const locked = await sendError(transport(sim).sendMail(mail()));
    expect(locked.responseCode).toBe(454);
    expect(locked.response).toMatch(/^454[- ]4\.7\.0 Too many login attempts/);
    expect(sim.stats.replies['454-4.7.0-too-many-login-attempts']).toBe(1);
    clock.advance(60_001);
    await transport(sim).sendMail(mail());
    expect(sim.stats.delivered).toBe(1);
  });

  test('failures spread beyond the window do not lock', async ({ startSim, transport }) => {
    const clock = manualClock();
    const sim = await startSim({
      now: clock.now,
      limits: { failedLoginsBeforeLockout: 2, failedLoginWindowMs: 1000 },
    });
    await sendError(transport(sim, { auth: { user: USER, pass: 'wrong' } }).sendMail(mail()));
    clock.advance(1001);
    await sendError(transport(sim, { auth: { user: USER, pass: 'wrong' } }).sendMail(mail()));
    await transport(sim).sendMail(mail());
    expect(sim.stats.lockouts).toBe(0);
  });

  test('on real time, the lockout ends by itself', async ({ startSim }) => {
    const sim = await startSim({ limits: { failedLoginsBeforeLockout: 1, lockoutMs: 150 } });
    const c = await RawSmtp.connect(sim.smtp.port);
    expect(await c.login(USER, 'wrong')).toMatch(/^535/);
    const d = await RawSmtp.connect(sim.smtp.port);
    expect(await d.login()).toMatch(/^454[- ]4\.7\.0 /);
    await sleep(200);
    const e = await RawSmtp.connect(sim.smtp.port);
    expect(await e.login()).toMatch(/^235/);
    for (const x of [c, d, e]) x.close();
  });
});

describe('sending quotas', () => {
  test('past messagesPerDay MAIL gets 550-5.4.5; a rolling day later it is accepted again', async ({
    startSim,
    transport,
  }) => {
    const clock = manualClock();
    const sim = await startSim({ now: clock.now, limits: { messagesPerDay: 2 } });
    const t = transport(sim);
    await t.sendMail(mail());
    await t.sendMail(mail());
    const err = await sendError(t.sendMail(mail()));
    expect(err.responseCode).toBe(550);
    expect(err.response).toMatch(/^550[- ]5\.4\.5 Daily user sending limit exceeded/);
    clock.advance(86_400_001);
    await t.sendMail(mail());
    expect(sim.stats.delivered).toBe(3);
  });

  test('past messagesPerMinute MAIL gets the rate-limit reply (421-4.7.0 by default)', async ({
    startSim,
    transport,
  }) => {
    const clock = manualClock();
    const sim = await startSim({ now: clock.now, limits: { messagesPerMinute: 1 } });
    await transport(sim).sendMail(mail());
    const err = await sendError(transport(sim).sendMail(mail()));
    expect(err.responseCode).toBe(421);
    expect(err.response).toMatch(/^421[- ]4\.7\.0 /);
    clock.advance(60_001);
    await transport(sim).sendMail(mail());
  });

  test('messagesPerMinute on real time, with 450-4.2.1 chosen as the reply', async ({
    startSim,
    transport,
  }) => {
    const sim = await startSim({
      limits: { messagesPerMinute: 1 },
      rateLimitReply: '450-4.2.1-receiving-too-quickly',
    });
    const t = transport(sim);
    await t.sendMail(mail());
    const err = await sendError(t.sendMail(mail()));
    expect(err.responseCode).toBe(450);
  });
});

describe('quota windows over many sends', () => {
  test('the minute and day windows slide send by send, across list compaction', () => {
    let now = 0;
    const limits = new AccountLimits(
      { ...defaultLimits, messagesPerDay: 6000, messagesPerMinute: 100 },
      () => now,
    );
    const verdicts: string[] = [];
    // 100 sends a minute for 60 minutes: the minute window is full every minute, the day fills at the last send.
    for (let minute = 0; minute < 60; minute++) {
      for (let i = 0; i < 100; i++) {
        now = minute * 60_000 + i * 10;
        expect(limits.checkQuota('a')).toBe('ok');
        limits.recordSent('a');
      }
      now += 1;
      verdicts.push(limits.checkQuota('a'));
    }
    expect(new Set(verdicts.slice(0, -1))).toEqual(new Set(['per-minute']));
    expect(verdicts.at(-1)).toBe('per-day');
    // 6,000 sent within the last day is messagesPerDay, even once the minute has passed.
    now = 60 * 60_000 + 60_000;
    expect(limits.checkQuota('a')).toBe('per-day');
    // A day on, the first 11 minutes (1,100 sends) have left the day window: 4,900 < 6,000.
    now = 86_400_000 + 10 * 60_000 + 991;
    expect(limits.checkQuota('a')).toBe('ok');
    // Later still, 5,100 have left and the list is compacted; the minute window counts from zero.
    now = 86_400_000 + 50 * 60_000 + 995;
    let accepted = 0;
    while (limits.checkQuota('a') === 'ok' && accepted < 1000) {
      limits.recordSent('a');
      accepted += 1;
      now += 1;
    }
    expect(accepted).toBe(100);
    expect(limits.checkQuota('a')).toBe('per-minute');
    expect(limits.checkQuota('b')).toBe('ok');
  });
});

describe('message limits and mailboxes', () => {
  test('the recipient past recipientsPerMessage gets 452-4.5.3', async ({ startSim, transport }) => {
    const sim = await startSim({ limits: { recipientsPerMessage: 2 } });
    // nodemailer sends to the accepted recipients and lists the refused one.
    const info = await transport(sim).sendMail(mail({ to: ['a@x.test', 'b@x.test', 'c@x.test'] }));
    expect(info.accepted).toEqual(['a@x.test', 'b@x.test']);
    expect(info.rejected).toEqual(['c@x.test']);
    expect(info.rejectedErrors?.[0]?.response).toMatch(/^452[- ]4\.5\.3 /);
    expect(sim.stats.replies['452-4.5.3-too-many-recipients']).toBe(1);
  });

  test('a scripted recipient gets its reply at the step its page names, every time', async ({
    startSim,
    transport,
  }) => {
    const sim = await startSim({
      mailboxes: {
        replies: {
          'bulk@x.test': '421-4.7.29-tls-required',
          '*@strict.test': '421-4.7.0-tls-required-for-rcpt-domain',
        },
      },
    });
    // 421 4.7.29 is a DATA page: the whole message goes over, then the reply comes, on each try.
    for (const attempt of [1, 2]) {
      const err = await sendError(transport(sim).sendMail(mail({ to: 'bulk@x.test' })));
      expect(err.responseCode, `attempt ${attempt}`).toBe(421);
      expect(err.command).toBe('DATA');
      expect(err.response).toMatch(/^421[- ]4\.7\.29 .*TLS connection/s);
    }
    // The RCPT page answers RCPT TO, for any address of the domain, case-insensitively.
    const rcpt = await sendError(transport(sim).sendMail(mail({ to: 'Someone@Strict.test' })));
    expect(rcpt.responseCode).toBe(421);
    expect(rcpt.response).toMatch(/TLS required for RCPT domain/);
    expect(sim.stats.replies['421-4.7.29-tls-required']).toBe(2);
    expect(sim.stats.delivered).toBe(0);
    // Other recipients are untouched.
    await transport(sim).sendMail(mail({ to: 'other@x.test' }));
    expect(sim.stats.delivered).toBe(1);
  });

  test('a scripted reply must name a catalog page', async ({ startSim }) => {
    await expect(
      startSim({ mailboxes: { replies: { 'a@x.test': '421-no-such-page' } } }),
    ).rejects.toMatchObject({
      code: 'INVALID_OPTION',
      message: expect.stringContaining('mailboxes.replies'),
    });
  });

  test('a message over maxMessageBytes gets 552-5.2.3, whether announced with SIZE or not', async ({
    startSim,
    transport,
  }) => {
    const sim = await startSim({ limits: { maxMessageBytes: 2000 } });
    const err = await sendError(transport(sim).sendMail(mail({ text: 'x'.repeat(5000) })));
    expect(err.responseCode).toBe(552);
    expect(err.response).toMatch(/^552[- ]5\.2\.3 /);
    const raw = await RawSmtp.connect(sim.smtp.port);
    await raw.login();
    expect(await raw.command('MAIL FROM:<app@example.test> SIZE=5000')).toMatch(/^552[- ]5\.2\.3 /);
    raw.close();
  });

  test('unknown and over-quota mailboxes get 550-5.1.1 and 452-4.2.2 at RCPT', async ({ startSim }) => {
    const sim = await startSim({
      mailboxes: { unknown: ['ghost@example.org'], overQuota: ['*@full.example'] },
    });
    const raw = await RawSmtp.connect(sim.smtp.port);
    await raw.login();
    await raw.command('MAIL FROM:<app@example.test>');
    expect(await raw.command('RCPT TO:<Ghost@example.org>')).toMatch(/^550[- ]5\.1\.1 /);
    expect(await raw.command('RCPT TO:<anyone@full.example>')).toMatch(/^452[- ]4\.2\.2 /);
    expect(await raw.command('RCPT TO:<real@example.org>')).toMatch(/^250 2\.1\.5 OK /);
    raw.close();
  });
});

describe('session time', () => {
  test('an idle session is closed with 451-4.4.2 after idleTimeoutMs', async ({ startSim }) => {
    const sim = await startSim({ limits: { idleTimeoutMs: 150 } });
    const raw = await RawSmtp.connect(sim.smtp.port);
    expect(await raw.reply(2000)).toMatch(/^451[- ]4\.4\.2 /);
    await sleep(50);
    expect(raw.closed).toBe(true);
  });

  test('past maxSessionMs the NEXT MAIL FROM gets 421-4.7.0 and the session closes; nothing is cut or counted', async ({
    startSim,
  }) => {
    const sim = await startSim({ limits: { maxSessionMs: 150 } });
    const raw = await RawSmtp.connect(sim.smtp.port);
    await raw.login();
    expect(await raw.command('MAIL FROM:<app@example.test>')).toMatch(/^250 /);
    // Past the age while a transaction is open: the message in flight still goes through.
    await sleep(200);
    expect(await raw.command('RCPT TO:<a@example.org>')).toMatch(/^250 /);
    expect(await raw.command('DATA')).toMatch(/^354 /);
    expect(await raw.command('Subject: one\r\n\r\nbody\r\n.')).toMatch(/^250 /);
    expect(raw.closed).toBe(false);
    expect(await raw.command('MAIL FROM:<app@example.test>')).toMatch(/^421[- ]4\.7\.0 /);
    await sleep(50);
    expect(raw.closed).toBe(true);
    expect(sim.stats.delivered).toBe(1);
  });

  test('an idle session past maxSessionMs is not closed by it', async ({ startSim }) => {
    const sim = await startSim({ limits: { maxSessionMs: 50 } });
    const raw = await RawSmtp.connect(sim.smtp.port);
    await raw.login();
    await expect(raw.reply(200)).rejects.toThrow(/no complete reply/);
    expect(raw.closed).toBe(false);
    expect(await raw.command('NOOP')).toMatch(/^250 /);
    raw.close();
  });

  test('maxMessagesPerSession: the MAIL FROM after the limit gets 421-4.7.0 and closes', async ({
    startSim,
  }) => {
    const sim = await startSim({ limits: { maxMessagesPerSession: 2 } });
    const raw = await RawSmtp.connect(sim.smtp.port);
    await raw.login();
    for (const i of [1, 2]) {
      expect(await raw.command('MAIL FROM:<app@example.test>')).toMatch(/^250 /);
      expect(await raw.command('RCPT TO:<a@example.org>')).toMatch(/^250 /);
      expect(await raw.command('DATA')).toMatch(/^354 /);
      expect(await raw.command(`Subject: ${i}\r\n\r\nbody\r\n.`)).toMatch(/^250 /);
    }
    expect(await raw.command('MAIL FROM:<app@example.test>')).toMatch(/^421[- ]4\.7\.0 /);
    await sleep(50);
    expect(raw.closed).toBe(true);
    expect(sim.stats.delivered).toBe(2);
  });
});

describe('latencyMs.perReply', () => {
  test('each reply arrives a round trip later, pipelined replies together', async ({ startSim }) => {
    const sim = await startSim({ latencyMs: { perReply: 80 } });
    const t0 = performance.now();
    const raw = await RawSmtp.connect(sim.smtp.port);
    const greeted = performance.now() - t0;
    await raw.login();
    const t1 = performance.now();
    raw.socket.write('MAIL FROM:<app@example.test>\r\nRCPT TO:<a@example.org>\r\n');
    expect(await raw.reply()).toMatch(/^250 /);
    expect(await raw.reply()).toMatch(/^250 /);
    const pipelined = performance.now() - t1;
    expect(greeted).toBeGreaterThanOrEqual(75);
    expect(pipelined).toBeGreaterThanOrEqual(75);
    // Two replies to two pipelined commands: one round trip, not two.
    expect(pipelined).toBeLessThan(155);
    raw.close();
  });
});
