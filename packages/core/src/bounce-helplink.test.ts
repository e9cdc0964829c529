import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';

// Gmail's "Delivery incomplete" notice, in the layout Google writes it (heading, "Learn more here:"
// with its generic help link answer 7720, then "The response was:" and the remote reply), built for
// these tests with documentation addresses.
const delayNotice = (reply: string) => `From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@example.org
Subject: Delivery Status Notification (Delay)
Content-Type: text/plain; charset=UTF-8

** Delivery incomplete **

There was a temporary problem delivering your message to u@example.com. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

Learn more here: https://support.google.com/mail/answer/7720

The response was:

${reply}
`;

describe("Gmail's generic help link (answer 7720) is a last fallback only", () => {
  it("never beats the quoted reply's own reason (guide §2: no notice page of that meaning → not-gmail)", () => {
    const full = classify(delayNotice('452 4.2.2 <u@example.com>: Recipient address rejected: Mailbox full'));
    expect(full.entry?.provider).not.toBe('gmail');
    expect(full.reason).toBe('mailbox-full');
    const grey = classify(
      delayNotice(
        '450 4.2.0 <u@example.com>: Recipient address rejected: Greylisted, see https://example.com/greylisting',
      ),
    );
    expect(grey.entry?.provider).not.toBe('gmail');
    expect(grey.reason).toBe('policy');
  });

  it('names the did-not-accept page by its words only, never by the link alone (LABELLING.md §8)', () => {
    const timedOut = classify(
      delayNotice(
        'The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [example.com 192.0.2.1: timed out]',
      ),
    );
    expect(timedOut.entry?.id).toBe('notice-recipient-server-did-not-accept');
    expect(timedOut.reason).toBe('network');
    // The notice with no reply quoted at all: the link is in every delay notice, so it names no
    // page (§2: no reply quoted → not-gmail, other).
    const bare = classify(delayNotice('').replace(/\n\nThe response was:\n\n\n$/, '\n'));
    expect(bare.entry?.provider).not.toBe('gmail');
    expect(bare.reason).toBe('other');
  });
});
