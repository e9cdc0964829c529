import type { Diagnosis } from '@smtpfix/core';
import { SIM_USER, simTest as test } from '@smtpfix/test-utils';
import { describe, expect, it } from 'vitest';
import { InProcessCoordinator } from '../coordinator.js';
import type { WireError } from '../errors.js';
import { createSender } from '../sender.js';
import { fastRetry, rejection, senderOptions } from '../test/helpers.js';
import {
  everyRecipientRefused,
  recordAllRefused,
  recordTransaction,
  startProgress,
  tooManyRecipients,
} from './recipients.js';

const refusal = (recipient: string, responseCode: number, response: string): WireError =>
  Object.assign(new Error(response), {
    recipient,
    responseCode,
    response,
    command: 'RCPT TO',
    code: 'EENVELOPE',
  });

const entryOf = (err: Record<string, unknown>) => (err.diagnosis as Diagnosis | undefined)?.entry?.id;

const many = (n: number, domain = 'example.org') => Array.from({ length: n }, (_, i) => `r${i}@${domain}`);

/** Every recipient each delivery of the sim carried, in order. */
const carried = (sim: { messages: readonly { envelope: { rcptTo: string[] } }[] }) =>
  sim.messages.map((m) => m.envelope.rcptTo);

describe('what a transaction did to the recipients', () => {
  it('452 4.5.3 puts a recipient first in the next transaction; another refusal is final, with its entry', () => {
    const p = startProgress(['a@x.org', 'b@x.org', 'c@x.org', 'd@x.org']);
    recordTransaction(p, ['a@x.org', 'b@x.org', 'c@x.org'], {
      accepted: ['a@x.org'],
      rejected: ['b@x.org', 'c@x.org'],
      rejectedErrors: [
        refusal(
          'b@x.org',
          452,
          '452 4.5.3 Your message has too many recipients. For more information regarding - gsmtp',
        ),
        refusal(
          'c@x.org',
          550,
          '550-5.1.1 The email account that you tried to reach does not exist. Please try - gsmtp',
        ),
      ],
    });
    expect(p.accepted).toEqual(['a@x.org']);
    expect(p.remaining).toEqual(['b@x.org', 'd@x.org']);
    expect(p.refused.map((r) => [r.address, r.diagnosis.entry?.id])).toEqual([
      ['c@x.org', '550-5.1.1-no-such-user'],
    ]);
  });

  it('each address once whatever its case, and skipped ones counted', () => {
    const p = startProgress(['Ana@x.org', 'b@x.org', 'ana@x.org', 'C@x.org'], new Set(['c@x.org']));
    expect(p).toMatchObject({ remaining: ['Ana@x.org', 'b@x.org'], skipped: 1 });
  });

  it('in a transaction refused for all, a 452 4.5.3 recipient still goes next; the 5xx ones are final', () => {
    const p = startProgress(['a@x.org', 'b@x.org', 'c@x.org']);
    const err = Object.assign(new Error("Can't send mail - all recipients were rejected"), {
      command: 'RCPT TO',
      code: 'EENVELOPE',
      responseCode: 550,
      rejectedErrors: [
        refusal('a@x.org', 550, '550 5.1.1 <a@x.org>: Recipient address rejected: User unknown'),
        refusal('b@x.org', 452, '452 4.5.3 Error: too many recipients'),
      ],
    });
    expect(everyRecipientRefused(err)).toBe(true);
    recordAllRefused(p, ['a@x.org', 'b@x.org'], err);
    expect(p.remaining).toEqual(['b@x.org', 'c@x.org']);
    expect(p.refused.map((r) => [r.address, r.diagnosis.reason])).toEqual([['a@x.org', 'user-unknown']]);
  });

  it('reads "too many recipients" only from a 452', () => {
    expect(tooManyRecipients(refusal('a', 452, '452 4.5.3 Too many recipients'))).toBe(true);
    expect(tooManyRecipients(refusal('a', 452, '452 Too many recipients'))).toBe(true);
    expect(tooManyRecipients(refusal('a', 552, '552 5.5.3 Too many recipients'))).toBe(false);
    expect(
      tooManyRecipients(refusal('a', 452, "452 4.2.2 The recipient's inbox is out of storage space")),
    ).toBe(false);
    expect(tooManyRecipients(undefined)).toBe(false);
  });

  it('a transaction refused for all its recipients is per-recipient only when each got a 5xx', () => {
    expect(everyRecipientRefused(refusal('a', 550, '550 5.1.1 no such user'))).toBe(true);
    expect(everyRecipientRefused(refusal('a', 450, '450 4.2.1 receiving mail too quickly'))).toBe(false);
    expect(everyRecipientRefused(Object.assign(new Error('x'), { command: 'DATA', responseCode: 552 }))).toBe(
      false,
    );
  });
});

describe('a message to more recipients than one transaction takes', () => {
  test('250 recipients: three transactions of the same message, each recipient once', async ({
    sim,
    cleanup,
  }) => {
    const sender = createSender(senderOptions(sim));
    cleanup(() => sender.close());
    const to = many(250);
    const result = await sender.send({ to, subject: 'all hands', text: 'hi' });
    expect(result.accepted).toEqual(to);
    expect(result).toMatchObject({ rejected: [], rejectedRecipients: [], attempts: 1 });
    expect(carried(sim).map((r) => r.length)).toEqual([100, 100, 50]);
    expect(carried(sim).flat()).toEqual(to);
    expect(new Set(sim.messages.map((m) => m.messageId))).toEqual(new Set([result.messageId]));
    expect(sim.stats.duplicates).toBe(0);
    expect(sim.stats.replies['452-4.5.3-too-many-recipients'] ?? 0).toBe(0);
  });

  test('a server that takes fewer than the cap: its 452 4.5.3 recipients go in the next transaction', async ({
    startSim,
    cleanup,
  }) => {
    const sim = await startSim({ limits: { recipientsPerMessage: 40 } });
    const sender = createSender(senderOptions(sim));
    cleanup(() => sender.close());
    const to = many(130);
    const result = await sender.send({ to, subject: 's', text: 'x' });
    expect([...result.accepted].sort()).toEqual([...to].sort());
    expect(result.rejected).toEqual([]);
    expect(sim.stats.replies['452-4.5.3-too-many-recipients']).toBeGreaterThan(0);
    expect(carried(sim).every((r) => r.length <= 40)).toBe(true);
    expect(carried(sim).flat().sort()).toEqual([...to].sort());
    expect(sim.stats.duplicates).toBe(0);
  });

  test('unknown mailboxes among them: refused one by one with their catalog entry, the rest delivered', async ({
    startSim,
    cleanup,
  }) => {
    const sim = await startSim({ mailboxes: { unknown: ['ghost1@example.org', 'ghost2@example.org'] } });
    const sender = createSender(senderOptions(sim, { maxRecipientsPerMessage: 2 }));
    cleanup(() => sender.close());
    // The first transaction carries only the two unknown mailboxes: refused whole, yet not the message.
    const result = await sender.send({
      to: [
        'ghost1@example.org',
        'ghost2@example.org',
        'ok1@example.org',
        'ok2@example.org',
        'ok3@example.org',
      ],
      text: 'x',
    });
    expect(result.accepted).toEqual(['ok1@example.org', 'ok2@example.org', 'ok3@example.org']);
    expect(result.rejected).toEqual(['ghost1@example.org', 'ghost2@example.org']);
    expect(result.rejectedRecipients.map((r) => r.diagnosis.entry?.id)).toEqual([
      '550-5.1.1-no-such-user',
      '550-5.1.1-no-such-user',
    ]);
    expect(result.rejectedRecipients[0]?.response).toMatch(/^550/);
    expect(sim.stats.delivered).toBe(2);
  });

  test('every recipient refused, over several transactions: the message fails with the catalog entry', async ({
    startSim,
    cleanup,
  }) => {
    const sim = await startSim({ mailboxes: { unknown: ['*@nowhere.example'] } });
    const sender = createSender(senderOptions(sim, { maxRecipientsPerMessage: 2 }));
    cleanup(() => sender.close());
    const err = await rejection(sender.send({ to: many(5, 'nowhere.example'), text: 'x' }));
    expect(err).toMatchObject({ code: 'SEND_REJECTED', accepted: [] });
    expect(entryOf(err)).toBe('550-5.1.1-no-such-user');
    expect(sim.stats.delivered).toBe(0);
  });

  test('a later transaction refused for the message: the error names who already has it', async ({
    startSim,
    cleanup,
  }) => {
    // The second transaction's recipient draws a DATA-stage refusal: the message, not a recipient.
    const sim = await startSim({
      mailboxes: { replies: { 'big@example.org': '552-5.3.4-message-too-large' } },
    });
    const sender = createSender(senderOptions(sim, { maxRecipientsPerMessage: 2 }));
    cleanup(() => sender.close());
    const err = await rejection(
      sender.send({ to: ['a@example.org', 'b@example.org', 'big@example.org'], text: 'x' }),
    );
    expect(err.code).toBe('SEND_REJECTED');
    expect(entryOf(err)).toBe('552-5.3.4-message-too-large');
    expect(err.accepted).toEqual(['a@example.org', 'b@example.org']);
    expect(err.message).toContain('2 recipient(s) already have it');
    expect(sim.stats.delivered).toBe(1);
  });

  test('one mailbox written in two cases gets the message once', async ({ sim, cleanup }) => {
    const sender = createSender(senderOptions(sim, { maxRecipientsPerMessage: 2 }));
    cleanup(() => sender.close());
    const r = await sender.send({
      to: ['Ana@example.org', 'b@example.org'],
      cc: 'ana@example.org',
      text: 'x',
    });
    expect(r.accepted).toEqual(['Ana@example.org', 'b@example.org']);
    expect(carried(sim)).toEqual([['Ana@example.org', 'b@example.org']]);
    expect(sim.stats.duplicates).toBe(0);
  });

  test('a message that fails later still reports the recipients refused earlier, with their entry', async ({
    startSim,
    cleanup,
  }) => {
    const sim = await startSim({
      mailboxes: {
        unknown: ['ghost@example.org'],
        replies: { 'big@example.org': '552-5.3.4-message-too-large' },
      },
    });
    const sender = createSender(senderOptions(sim, { maxRecipientsPerMessage: 2 }));
    cleanup(() => sender.close());
    const err = await rejection(
      sender.send({ to: ['ghost@example.org', 'a@example.org', 'big@example.org'], text: 'x' }),
    );
    expect(err).toMatchObject({ code: 'SEND_REJECTED', accepted: ['a@example.org'] });
    const refused = err.rejectedRecipients as { address: string; diagnosis: Diagnosis }[];
    expect(refused.map((r) => [r.address, r.diagnosis.entry?.id])).toEqual([
      ['ghost@example.org', '550-5.1.1-no-such-user'],
    ]);
  });

  test('a sent-before resend whose remaining recipients are all refused reports each of them', async ({
    startSim,
    cleanup,
  }) => {
    const sim = await startSim({ mailboxes: { unknown: ['g1@example.org', 'g2@example.org'] } });
    const sender = createSender(senderOptions(sim, { maxRecipientsPerMessage: 2 }));
    cleanup(() => sender.close());
    const to = ['a@example.org', 'b@example.org', 'g1@example.org', 'g2@example.org'];
    const err = await rejection(
      sender.send({ to, text: 'x' }, { skipRecipients: ['a@example.org', 'b@example.org'] }),
    );
    expect(err.code).toBe('SEND_REJECTED');
    expect((err.rejectedRecipients as { address: string }[]).map((r) => r.address)).toEqual([
      'g1@example.org',
      'g2@example.org',
    ]);
    expect(sim.stats.delivered).toBe(0);
  });

  test('the credential refused between two transactions: the error still names who has the message', async ({
    startSim,
    cleanup,
  }) => {
    // Gmail closes each session after one message (421), so the second transaction needs a new
    // session, whose token request the revoked grant fails.
    const sim = await startSim({ limits: { maxMessagesPerSession: 1 } });
    const user = 'app@example.test';
    const refreshToken = sim.issueRefreshToken(user);
    const sender = createSender(
      senderOptions(sim, {
        user,
        auth: { type: 'oauth2', clientId: 'any', clientSecret: 'any', refreshToken, tokenUrl: sim.tokenUrl },
        maxRecipientsPerMessage: 2,
      }),
    );
    cleanup(() => sender.close());
    sender.on('retry', () => {
      sim.revokeRefreshToken(refreshToken);
      sim.revokeAccessTokens();
    });
    const err = await rejection(
      sender.send({ to: ['a@example.org', 'b@example.org', 'c@example.org'], text: 'x' }),
    );
    expect(err.code).toBe('TOKEN_REJECTED');
    expect(err.accepted).toEqual(['a@example.org', 'b@example.org']);
    expect(err.message).toContain('2 recipient(s) already have it');
    expect(carried(sim)).toEqual([['a@example.org', 'b@example.org']]);
  });

  test('a transient failure after the first transaction retries only those not yet sent to', async ({
    startSim,
    cleanup,
  }) => {
    // slow@ draws a 451 at DATA every time: its transaction is retried until the deadline, and the
    // recipients of the first transaction are never sent to again.
    const sim = await startSim({
      mailboxes: { replies: { 'slow@example.org': '451-4.3.0-temporarily-rejected' } },
    });
    const sender = createSender(
      senderOptions(sim, { maxRecipientsPerMessage: 2, retry: { ...fastRetry, deadlineMs: 1_500 } }),
    );
    cleanup(() => sender.close());
    const err = await rejection(
      sender.send({ to: ['a@example.org', 'b@example.org', 'slow@example.org', 'c@example.org'], text: 'x' }),
    );
    expect(err.code).toBe('RETRY_EXHAUSTED');
    expect(err.attempts).toBeGreaterThan(1);
    expect(err.accepted).toEqual(['a@example.org', 'b@example.org']);
    expect(entryOf(err)).toBe('451-4.3.0-temporarily-rejected');
    expect(carried(sim)).toEqual([['a@example.org', 'b@example.org']]);
    expect(sim.stats.replies['451-4.3.0-temporarily-rejected']).toBe(err.attempts);
    expect(err.message).toContain('2 recipient(s) already have it');
  });
});

describe('sending again to those who do not have it yet (skipRecipients)', () => {
  test('the recipients named are left out of the envelope, the headers unchanged', async ({
    sim,
    cleanup,
  }) => {
    const sender = createSender(senderOptions(sim));
    cleanup(() => sender.close());
    const to = ['a@example.org', 'b@example.org', 'c@example.org'];
    const result = await sender.send({ to, subject: 's', text: 'x' }, { skipRecipients: ['A@Example.org'] });
    expect(result.accepted).toEqual(['b@example.org', 'c@example.org']);
    expect(carried(sim)).toEqual([['b@example.org', 'c@example.org']]);
    expect(sim.messages[0]?.raw.toString()).toContain('To: a@example.org, b@example.org, c@example.org');
  });

  test('every recipient skipped, or not a list: INVALID_MESSAGE, nothing sent', async ({ sim, cleanup }) => {
    const sender = createSender(senderOptions(sim));
    cleanup(() => sender.close());
    const all = await rejection(
      sender.send({ to: 'a@example.org', text: 'x' }, { skipRecipients: ['a@example.org'] }),
    );
    expect(all).toMatchObject({ code: 'INVALID_MESSAGE' });
    expect(all.message).toContain('nothing to send');
    const bad = await rejection(
      sender.send(
        { to: 'a@example.org', text: 'x' },
        { skipRecipients: 'a@example.org' as unknown as string[] },
      ),
    );
    expect(bad).toMatchObject({ code: 'INVALID_MESSAGE' });
    expect(sim.stats.delivered).toBe(0);
  });
});

describe('a message of several transactions across recycled sessions', () => {
  test('a session recycled after a transaction went through is not a failed attempt', async ({
    startSim,
    cleanup,
  }) => {
    // Gmail recycles a session after some messages with 421 4.7.0 at the next MAIL FROM; here after
    // one, so each of the three transactions needs its own session. Then one transient 451: with
    // maxAttempts 3 it must still be retried, since no try before it failed the message.
    const sim = await startSim({ limits: { maxMessagesPerSession: 1 } });
    const sender = createSender(
      senderOptions(sim, { maxRecipientsPerMessage: 2, retry: { ...fastRetry, maxAttempts: 3 } }),
    );
    cleanup(() => sender.close());
    const retries: number[] = [];
    const sent: number[] = [];
    sender.on('retry', ({ attempt }) => {
      retries.push(attempt);
      if (retries.length === 2) sim.injectFault('transient', { replyId: '451-4.3.0-temporarily-rejected' });
    });
    sender.on('sent', ({ attempts }) => sent.push(attempts));
    const to = many(6);
    const result = await sender.send({ to, text: 'x' });
    expect(result.accepted).toEqual(to);
    expect(carried(sim)).toEqual([to.slice(0, 2), to.slice(2, 4), to.slice(4)]);
    // Two recycles (attempt 1 goes on), then the 451 (attempt 1 failed), then attempt 2 succeeds.
    expect(retries).toEqual([1, 1, 1]);
    expect(result.attempts).toBe(2);
    expect(sent).toEqual([2]);
    expect(sim.stats.duplicates).toBe(0);
  });

  test('a recycle before any transaction went through still counts, as for a one-transaction message', async ({
    startSim,
    cleanup,
  }) => {
    const sim = await startSim();
    const sender = createSender(senderOptions(sim, { maxRecipientsPerMessage: 2 }));
    cleanup(() => sender.close());
    // The first MAIL FROM of the message meets a closing session: nothing reached, a failed try.
    sim.injectFault('close-session', { command: 'MAIL' });
    const result = await sender.send({ to: many(4), text: 'x' });
    expect(result.attempts).toBe(2);
    expect(carried(sim).map((r) => r.length)).toEqual([2, 2]);
  });
});

describe("the coordinator's counts", () => {
  test('a message that reached some recipients and then failed is counted once; one never sent is not', async ({
    startSim,
    cleanup,
  }) => {
    const sim = await startSim({
      mailboxes: { replies: { 'big@example.org': '552-5.3.4-message-too-large' } },
    });
    const coordinator = new InProcessCoordinator();
    const sender = createSender(senderOptions(sim, { maxRecipientsPerMessage: 2, coordinator }));
    cleanup(() => sender.close());
    const partial = await rejection(
      sender.send({ to: ['a@example.org', 'b@example.org', 'big@example.org'], text: 'x' }),
    );
    expect(partial.accepted).toEqual(['a@example.org', 'b@example.org']);
    const none = await rejection(sender.send({ to: 'big@example.org', text: 'y' }));
    expect(none.code).toBe('SEND_REJECTED');
    await sender.send({ to: ['c@example.org', 'd@example.org', 'e@example.org'], text: 'z' });
    // The partial send and the full one; recordSent returns the day's count after its own.
    const counts = await coordinator.recordSent(SIM_USER.toLowerCase(), 4);
    expect(counts.day).toBe(3);
    // Recipients reached, as Workspace's daily recipient limit counts them: the partial message's
    // two, the full one's three, and the four just recorded; the refused one counts nothing.
    expect(counts.dayRecipients).toBe(2 + 3 + 4);
    expect(sender.stats().recipientsToday).toBe(5);
  });
});

describe('being told who has the message between transactions (onReached)', () => {
  test('called before each next transaction with everyone reached so far, and waited for', async ({
    sim,
    cleanup,
  }) => {
    const sender = createSender(senderOptions(sim, { maxRecipientsPerMessage: 2 }));
    cleanup(() => sender.close());
    const told: { reached: string[]; deliveredBefore: number; deliveredAfter: number }[] = [];
    const to = many(5);
    const result = await sender.send(
      { to, text: 'x' },
      {
        skipRecipients: ['r0@example.org'],
        onReached: async (reached) => {
          const deliveredBefore = sim.stats.delivered;
          // The next transaction must not start while a store is still writing.
          await new Promise((r) => setTimeout(r, 50));
          told.push({ reached: [...reached], deliveredBefore, deliveredAfter: sim.stats.delivered });
        },
      },
    );
    expect(result.accepted).toEqual(to.slice(1));
    // Not after the last transaction; skipped recipients are not this send's.
    expect(told).toEqual([{ reached: to.slice(1, 3), deliveredBefore: 1, deliveredAfter: 1 }]);
  });

  test('a listener that throws changes nothing; a non-function is refused', async ({ sim, cleanup }) => {
    const sender = createSender(senderOptions(sim, { maxRecipientsPerMessage: 1 }));
    cleanup(() => sender.close());
    let calls = 0;
    const r = await sender.send(
      { to: many(3), text: 'x' },
      {
        onReached: () => {
          calls += 1;
          throw new Error('store down');
        },
      },
    );
    expect(r.accepted).toEqual(many(3));
    expect(calls).toBe(2);
    const bad = await rejection(
      sender.send({ to: 'a@example.org', text: 'x' }, { onReached: 'x' as unknown as () => void }),
    );
    expect(bad.code).toBe('INVALID_MESSAGE');
  });

  test('a listener that never settles is waited for at most smtp.socketTimeoutMs, not forever', async ({
    sim,
    cleanup,
  }) => {
    const opts = senderOptions(sim, { maxRecipientsPerMessage: 1 });
    const sender = createSender({ ...opts, smtp: { ...opts.smtp, socketTimeoutMs: 300 } });
    cleanup(() => sender.close());
    let calls = 0;
    const startedAt = Date.now();
    const r = await sender.send(
      { to: many(2), text: 'x' },
      {
        onReached: () => {
          calls += 1;
          return new Promise<void>(() => {});
        },
      },
    );
    expect(r.accepted).toEqual(many(2));
    expect(calls).toBe(1);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(250);
    expect(sim.stats.duplicates).toBe(0);
  }, 4000);

  test('close() does not wait on a listener that never settles: the message fails CLOSED, naming who has it', async ({
    sim,
    cleanup,
  }) => {
    const opts = senderOptions(sim, { maxRecipientsPerMessage: 1, closeTimeoutMs: 100 });
    const sender = createSender({ ...opts, smtp: { ...opts.smtp, socketTimeoutMs: 60_000 } });
    cleanup(() => sender.close());
    let told!: () => void;
    const called = new Promise<void>((r) => {
      told = r;
    });
    const sending = rejection(
      sender.send(
        { to: many(2), text: 'x' },
        {
          onReached: () => {
            told();
            return new Promise<void>(() => {});
          },
        },
      ),
    );
    await called;
    await sender.close();
    const err = await sending;
    expect(err.code).toBe('CLOSED');
    expect(err.accepted).toEqual(many(1));
    expect(carried(sim)).toEqual([many(1)]);
  }, 4000);
});

describe('a message of several transactions on a pipelining session', () => {
  test('the session takes the next message while the long one goes on, not only after it', async ({
    startSim,
    cleanup,
  }) => {
    // One session, two messages in flight. A needs three transactions: once B is answered, C goes
    // out between A's, keeping two transactions in flight, instead of waiting for all of A.
    const sim = await startSim({ latencyMs: { perReply: 20 } });
    const sender = createSender(senderOptions(sim, { maxConnections: 1, maxRecipientsPerMessage: 2 }));
    cleanup(() => sender.close());
    await sender.send({ to: 'warm@example.org', text: 'logs in first' });
    const a = ['a1@example.org', 'a2@example.org', 'a3@example.org', 'a4@example.org', 'a5@example.org'];
    await Promise.all([
      sender.send({ to: a, text: 'a' }),
      sender.send({ to: 'b@example.org', text: 'b' }),
      sender.send({ to: 'c@example.org', text: 'c' }),
    ]);
    const order = carried(sim)
      .slice(1)
      .map((r) => r.join(' '));
    expect([...order].sort()).toEqual([
      'a1@example.org a2@example.org',
      'a3@example.org a4@example.org',
      'a5@example.org',
      'b@example.org',
      'c@example.org',
    ]);
    // Before, C waited for all of A: A's three transactions, then C. (Which of A and B is built
    // first, and so goes first, is up to the message builder.)
    expect(order.indexOf('c@example.org')).toBeLessThan(order.indexOf('a5@example.org'));
    expect(sim.stats.authSuccesses).toBe(1);
  });
});
