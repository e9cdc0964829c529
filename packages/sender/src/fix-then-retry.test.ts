import { simTest as test } from '@smtpfix/test-utils';
import { describe, expect } from 'vitest';
import { createSender } from './sender.js';
import { mail, rejection, senderOptions } from './test/helpers.js';

// A 4xx is a deferral, but some deferrals only a fix clears: Gmail answers 421 4.7.29 to every
// message that did not come over TLS, however often it is resent. The catalog marks such pages
// `fix-then-retry`; the sender must fail the message with the diagnosis, not resend it.
describe('a reply that only a fix clears', () => {
  test('421-4.7.29 (TLS required) fails at once with its diagnosis and what to fix, and is not resent', async ({
    startSim,
    cleanup,
  }) => {
    const sim = await startSim({ mailboxes: { replies: { 'bulk@example.org': '421-4.7.29-tls-required' } } });
    const sender = createSender(senderOptions(sim));
    cleanup(() => sender.close());
    const retries: unknown[] = [];
    sender.on('retry', (e) => retries.push(e));

    const err = await rejection(sender.send({ to: 'bulk@example.org', subject: 'hi', text: 'x' }));

    expect(err).toMatchObject({ code: 'SEND_REJECTED', attempts: 1 });
    const diagnosis = err.diagnosis as { entry: { id: string; retry: { kind: string } }; transient: boolean };
    expect(diagnosis.entry.id).toBe('421-4.7.29-tls-required');
    expect(diagnosis.entry.retry.kind).toBe('fix-then-retry');
    expect(diagnosis.transient).toBe(false);
    expect(err.message).toMatch(
      /^Gmail deferred the message and resending it cannot succeed until this is fixed/,
    );
    expect(err.message).toContain('421-4.7.29-tls-required');
    expect(err.message).toContain('First fix: Enable opportunistic TLS outbound.');
    expect(err.message).toMatch(/Reply: 421[- ]4\.7\.29 /);
    // Exactly one try reached the end of DATA, and nothing was scheduled again.
    expect(sim.stats.replies['421-4.7.29-tls-required']).toBe(1);
    expect(retries).toEqual([]);
    expect(sender.stats()).toMatchObject({ failed: 1, retried: 0 });
    expect(sender.stats().failedByEntry).toEqual({ '421-4.7.29-tls-required': 1 });

    // The same sender still delivers what Gmail takes, and a back-off 4xx is still resent.
    sim.injectFault('transient', { replyId: '451-4.3.0-temporarily-rejected' });
    const ok = await sender.send(mail(1));
    expect(ok.attempts).toBe(2);
    expect(retries).toHaveLength(1);
    expect(sim.stats.delivered).toBe(1);
  });
});
