import { describe, expect, it } from 'vitest';
import { getEntry } from './catalog.js';
import { classify } from './classify.js';
import { providerReplies, reasonOfProvider } from './reason-providers.js';
import { reasonFor, reasonOfText } from './reason.js';

// Each entry's `example` is its documented wording (vendor page or MTA source, with documentation
// addresses and IPs), so every entry is exercised here.
describe('documented provider and MTA replies', () => {
  it('has a source and an example for every entry', () => {
    expect(providerReplies.length).toBeGreaterThanOrEqual(60);
    for (const p of providerReplies) {
      expect(p.source.length, p.who).toBeGreaterThan(5);
      expect(p.re.test(p.example), `${p.who}: ${p.example}`).toBe(true);
    }
  });

  it.each(providerReplies.map((p) => [p.who, p.example, p.reason] as const))(
    '%s: %s → %s',
    (_who, example, reason) => {
      // No earlier entry of another reason takes the example first, and the whole reading of a
      // reply (unfolded, before the general words) gives the same reason.
      expect(reasonOfProvider(example)).toBe(reason);
      expect(reasonOfText(example)).toBe(reason);
    },
  );

  it('reads the shorter forms the same markers take', () => {
    // Exim without the host in the message (the host is in the H= field before it).
    expect(reasonOfProvider('Remote host closed connection in response to end of data')).toBe('network');
    // Yahoo's older bracketed code.
    expect(
      reasonOfProvider('421 4.7.0 [GL01] Message from (192.0.2.1) temporarily deferred - 4.16.50.'),
    ).toBe('blocked');
    // Comcast's older codes.
    expect(reasonOfProvider('550 Comcast block BL004 see help.comcast.net')).toBe('blocked');
  });

  it('reads a reply wrapped over lines as its unfolded words', () => {
    expect(
      reasonOfText(
        '<someone@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1\n    <someone@example.com>: Recipient address rejected: User unknown in\n    local recipient table (in reply to RCPT TO command)',
      ),
    ).toBe('user-unknown');
  });
});

describe('near misses that must not match', () => {
  it('does not take a bare word or code that other servers use with another meaning', () => {
    // "Access denied" alone is not Microsoft's "Access denied, please try again later".
    expect(reasonOfProvider('550 Access denied')).toBeNull();
    // RFC 3463's X.7.13 (user account disabled) and X.7.12 (password transition) from another
    // server are not Microsoft's "sender not authenticated" refusals.
    expect(reasonOfProvider('550 5.7.13 User account disabled')).toBeNull();
    expect(reasonOfProvider('535 5.7.12 Password transition needed')).toBeNull();
    // A message's size limit is not the mailbox's.
    expect(reasonOfProvider('552 5.3.4 Message size limit exceeded')).toBeNull();
    // Bracketed codes only: the same letters inside other words or without brackets say nothing.
    expect(reasonOfProvider('550 5.7.1 CS01 policy')).toBeNull();
    expect(reasonOfProvider('421 GRP-001 group limit')).toBeNull();
    expect(reasonOfProvider('550 ISC-001 rejected')).toBeNull();
    expect(reasonOfProvider('550 BL0001234 listed')).toBeNull();
    expect(reasonOfProvider('421 code _104 busy')).toBeNull();
    // A sender refused by address is not a client host refused.
    expect(reasonOfProvider('554 5.7.1 <a@example.com>: Sender address rejected: Access denied')).toBeNull();
    // JSON subtypes are read whole: "NoEmailFound" is not SES's NoEmail.
    expect(reasonOfProvider('{"bounceSubType":"NoEmailFound"}')).toBeNull();
    // Mailgun's "No MX for" needs a domain after it.
    expect(reasonOfProvider('No MX for you')).toBeNull();
  });

  it('leaves a queue that only says it gave up to the general words, so a reported cause wins', () => {
    expect(reasonOfProvider('retry timeout exceeded')).toBeNull();
    expect(
      reasonOfProvider("I'm not going to try again; this message has been in the queue too long."),
    ).toBeNull();
    expect(reasonOfText('550 4.4.7 QUEUE.Expired; message expired')).toBe('expired');
    // The connection failure a Postfix notice reports wins over its "timed out".
    expect(
      reasonOfText(
        'message could not be delivered for 5 days; delivery temporarily suspended: connect to mx.example.com[192.0.2.1]:25: Connection timed out',
      ),
    ).toBe('network');
  });

  it('leaves a permanent refusal at the greeting to the greeting rule, except a block or reverse DNS', () => {
    // "Local policy" at the greeting is still the greeting's block (the guide, §4).
    const greeting =
      'host mx.example.com[192.0.2.1] refused to talk to me: 554 5.7.1 [CS01] Message rejected due to local policy';
    expect(reasonOfProvider(greeting)).toBeNull();
    expect(reasonOfText(greeting)).toBe('blocked');
    // Reverse DNS said at the greeting is about the sending IP's name: auth-failure.
    expect(
      reasonOfText(
        'host mx1.comcast.net[192.0.2.9] refused to talk to me: 554 IMTA08.westchester.pa.mail.comcast.net comcast 192.0.2.1 Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry.',
      ),
    ).toBe('auth-failure');
  });

  it('changes the words that the general rules misread', () => {
    // "size limit" alone reads as too-big; a mailbox's size limit is the mailbox's quota.
    expect(reasonOfText('552 5.2.2 Mailbox size limit exceeded')).toBe('mailbox-full');
    // "does not exist" alone reads as an unknown user; here the sender's domain does not exist.
    expect(
      reasonOfText(
        '553 5.1.8 <sender@example.invalid>... Domain of sender address sender@example.invalid does not exist',
      ),
    ).toBe('policy');
    // Exchange Online's 5.2.2 is a sending quota, not a full mailbox.
    expect(reasonOfText('550 5.2.2 Submission quota exceeded')).toBe('rate-limited');
  });
});

describe("a Google page's own reason", () => {
  it('is not changed by a provider marker in the same text', () => {
    const blocked = getEntry('notice-message-blocked');
    expect(blocked).toBeDefined();
    // Mimecast's blocked-senders refusal is policy by its words, but the Google notice page decides.
    const text = '550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550';
    expect(reasonOfProvider(text)).toBe('policy');
    expect(reasonFor(blocked ?? null, '5.0.0', text, 550)).toBe(reasonFor(blocked ?? null, null, '', null));
  });

  it("keeps a Gmail reply's page and reason", () => {
    const d = classify(
      "550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient's email address for typos or\n550-5.1.1 unnecessary spaces. For more information, go to\n550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si1 - gsmtp",
    );
    expect(d.entry?.provider).toBe('gmail');
    expect(d.reason).toBe('user-unknown');
  });
});

describe('pathological input', () => {
  it('reads a 100 KB line without a marker, and one with a marker at its end', () => {
    // Linear regexes: these return (a catastrophic backtrack would never finish the test).
    const line = 'x'.repeat(100_000);
    expect(reasonOfProvider(line)).toBeNull();
    expect(reasonOfProvider(`connect to ${line}`)).toBeNull();
    expect(reasonOfProvider(`No MX for ${'a.'.repeat(50_000)}`)).toBe('host-unknown');
    expect(reasonOfProvider(`cannot update mailbox ${'a.'.repeat(50_000)}`)).toBeNull();
    expect(reasonOfProvider(`Blocked by ${'a'.repeat(100_000)} pphosted`)).toBeNull();
    expect(reasonOfProvider(`${'a '.repeat(50_000)}Relay access denied`)).toBe('policy');
  });
});
