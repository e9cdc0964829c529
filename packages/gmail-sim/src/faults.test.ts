import { classify } from '@smtpfix/core';
import { describe, expect } from 'vitest';
import { seededRandom } from './faults.js';
import { defaultFaults } from './options.js';
import { gmailReply } from './replies.js';
import { mail, RawSmtp, sendError, test } from './test/fixture.js';

describe('faults', () => {
  test('latency per command and per message', async ({ startSim, transport }) => {
    const sim = await startSim({ latencyMs: { perCommand: 40, perMessage: 100 } });
    const started = Date.now();
    await transport(sim).sendMail(mail());
    // EHLO, AUTH, MAIL, RCPT, DATA, QUIT at 40 ms each plus 100 ms for the message.
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  test('an injected transient reply comes back once, then mail flows', async ({ sim, transport }) => {
    sim.injectFault('transient', { replyId: '451-4.3.0-temporarily-rejected' });
    const err = await sendError(transport(sim).sendMail(mail()));
    expect(err.responseCode).toBe(451);
    expect(err.response).toMatch(/^451[- ]4\.3\.0 /);
    await transport(sim).sendMail(mail());
    expect(sim.stats.delivered).toBe(1);
  });

  test('random transient replies follow the seed: the same seed fails the same messages', async ({
    startSim,
    transport,
  }) => {
    const run = async () => {
      const sim = await startSim({ faults: { transientRate: 0.3, seed: 42 } });
      const outcomes: string[] = [];
      for (let i = 0; i < 8; i++) {
        try {
          await transport(sim).sendMail(mail());
          outcomes.push('ok');
        } catch (err) {
          outcomes.push(String((err as { responseCode?: number }).responseCode));
        }
      }
      return outcomes;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first.some((o) => o !== 'ok')).toBe(true);
    for (const o of first) expect(['ok', '421', '451', '450']).toContain(o);
  });

  test('a connection dropped during DATA: the client sees the socket close, nothing is delivered', async ({
    sim,
    transport,
  }) => {
    sim.injectFault('drop-during-data');
    const err = await sendError(transport(sim).sendMail(mail({ text: 'y'.repeat(100_000) })));
    expect(err.code).toMatch(/ECONNECTION|ESOCKET|ETIMEDOUT/);
    expect(sim.stats).toMatchObject({ droppedDuringData: 1, delivered: 0 });
  });

  test('a session closed with 421-4.7.0 mid-way', async ({ sim }) => {
    const raw = await RawSmtp.connect(sim.smtp.port);
    await raw.login();
    sim.injectFault('close-session');
    expect(await raw.command('MAIL FROM:<app@example.test>')).toMatch(/^421[- ]4\.7\.0 /);
    expect(await raw.reply(1000)).toBe('');
    expect(raw.closed).toBe(true);
  });

  test('a close-session fault aimed at one command waits for it', async ({ sim }) => {
    const raw = await RawSmtp.connect(sim.smtp.port);
    sim.injectFault('close-session', { command: 'auth' });
    expect(await raw.command('EHLO client.test')).toMatch(/^250/);
    expect(
      await raw.command(`AUTH PLAIN ${Buffer.from('\0app@example.test\0x').toString('base64')}`),
    ).toMatch(/^421[- ]4\.7\.0 /);
    expect(await raw.reply(1000)).toBe('');
    expect(raw.closed).toBe(true);
  });

  test('the seeded generator is deterministic', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  test('every default transient reply classifies back to its own entry', () => {
    for (const id of defaultFaults.transientReplies) {
      expect(classify(gmailReply(id, 'x').lines.join('\n')).entry?.id).toBe(id);
    }
  });
});
