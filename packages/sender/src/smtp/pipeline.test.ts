import { simTest as test } from '@smtpfix/test-utils';
import { describe, expect } from 'vitest';
import { dotStuff } from './pipeline.js';
import { createSender } from '../sender.js';
import { mail, rejection, senderOptions } from '../test/helpers.js';

describe('dotStuff', () => {
  test('doubles a leading dot on any line, makes line ends CRLF and adds the terminator', () => {
    expect(dotStuff(Buffer.from('.a\nb\r\n..c\r\nd')).toString()).toBe('..a\r\nb\r\n...c\r\nd\r\n.\r\n');
  });

  test('a composed message (CRLF, no leading dot) keeps its bytes', () => {
    const raw = Buffer.from('Subject: x\r\n\r\nbody\r\n');
    expect(dotStuff(raw).toString()).toBe('Subject: x\r\n\r\nbody\r\n.\r\n');
  });
});

describe('pipelined transactions over the real sim', () => {
  /** The sim's delay before each reply in the timing test. */
  const RTT = 60;

  test('one round trip per message: 10 messages over one session with a 60 ms round trip', async ({
    startSim,
    cleanup,
  }) => {
    const sim = await startSim({ latencyMs: { perReply: RTT } });
    const sender = createSender(senderOptions(sim, { maxConnections: 1, idleTimeoutMs: 5_000 }));
    cleanup(() => sender.close());
    // The session is open and logged in first, so only message round trips are timed.
    await sender.send(mail(0));
    const t0 = performance.now();
    await Promise.all(Array.from({ length: 10 }, (_, i) => sender.send(mail(i + 1))));
    const elapsed = performance.now() - t0;
    expect(sim.stats.delivered).toBe(11);
    expect(sim.stats.connections).toBe(1);
    // nodemailer's send() takes two round trips per message (1 200 ms here); ours one (600 ms).
    expect(elapsed).toBeGreaterThanOrEqual(10 * RTT - 20);
    expect(elapsed).toBeLessThan(10 * RTT * 1.5);
  });

  test('bodies arrive byte for byte; refused recipients do not stop the session', async ({
    startSim,
    cleanup,
  }) => {
    const sim = await startSim({ mailboxes: { unknown: ['ghost@example.org'] } });
    const sender = createSender(senderOptions(sim, { maxConnections: 1 }));
    cleanup(() => sender.close());
    const dotted = sender.send({ to: 'a@example.org', subject: 'dots', text: '.leading\n..two\nend' });
    const partial = sender.send({ to: ['b@example.org', 'ghost@example.org'], subject: 'p', text: 'x' });
    const none = rejection(sender.send({ to: 'ghost@example.org', subject: 'n', text: 'x' }));
    const after = sender.send(mail(9));
    expect((await partial).rejected).toEqual(['ghost@example.org']);
    expect((await partial).accepted).toEqual(['b@example.org']);
    const err = await none;
    expect(err).toMatchObject({ code: 'SEND_REJECTED' });
    expect((err.diagnosis as { entry: { id: string } }).entry.id).toBe('550-5.1.1-no-such-user');
    await dotted;
    await after;
    expect(sim.stats.delivered).toBe(3);
    expect(sim.stats.connections).toBe(1);
    const body = sim.messages.find((m) => m.subject === 'dots')!.raw.toString();
    expect(body).toMatch(/\r\n\.leading\r\n\.\.two\r\nend/);
  });
});
