import { describe, expect, it } from 'vitest';
import { type BounceReason, reasonOfText } from './reason.js';
import { reasonOfProvider } from './reason-providers.js';
import { reasonOfMtaWords } from './reason-words.js';

// Seventh pass: the bounce, drop and suppression reasons sending services document, and the reply
// texts security gateways and ISPs document on their postmaster pages, each decided by the
// labelling guide (test/fixtures/bounces/LABELLING.md, cited per row). Sources are named beside each
// rule (reason-providers.ts for a provider's own wording, reason.ts / reason-words.ts for general
// words): SparkPost's bounce classes and delay notes, SendGrid's drop reasons, Postmark's bounce
// types, Elastic Email's categories, Salesforce Marketing Cloud's bounce reasons, Constant
// Contact's categories, Klaviyo's reasons, Zoho Campaigns' reasons, Iterable's categories,
// MailChannels' inbound and outbound codes, Sophos Email's XGEMAIL codes, AT&T/BellSouth's mailblock
// summary, Spectrum's postmaster page, Yandex's, Fastmail's and Libero/Virgilio's help pages. Every
// line is written here in the documented wording, with our own addresses; none is from a bounce.
const TAUGHT: readonly [string, BounceReason, string][] = [
  // §3 / §6 policy: a sending service's own suppression list, relay denied, sender's domain rules.
  [
    'The email was not delivered because the email address is currently in the "Bounce List".',
    'policy',
    '§6 suppression list (Elastic Email)',
  ],
  [
    'Suspended: addresses that consistently bounce as non-existent are placed on an internal hold.',
    'policy',
    '§6 suppression list, not a suspended account (Constant Contact)',
  ],
  ['550 5.7.1 [UNS] Recipient has unsubscribed from your list.', 'policy', '§6 (MailChannels)'],
  ["Admin Failure: The message was failed by SparkPost's configured policies.", 'policy', '§3 policy'],
  [
    'Prohibited Attachment: The message was blocked by the receiver because it contained an attachment.',
    'policy',
    '§3 forbidden attachment type (SparkPost)',
  ],
  ['550 5.7.1 This sender is not authorized to send from example.com', 'policy', '§3 sender domain rule'],
  ['550 [permfail] example.net requires valid sender domain', 'policy', '§3 sender domain (BellSouth)'],
  ['550 Relay Disabled', 'policy', '§3 relay denied (Libero/Virgilio), not a disabled account'],
  ['551 5.7.1 Not authorised to send from this header address', 'policy', '§3 not owned by user (Fastmail)'],
  ['450 [S09] Try Again Later', 'policy', '§3 greylisting (MailChannels)'],
  [
    'The recipient server has temporarily rejected the email (triplet check) to verify the sender.',
    'policy',
    '§3 greylisting (Elastic Email)',
  ],
  ['550 5.7.1 Message rejected (XGEMAIL_0009)', 'policy', '§6 the user block list (Sophos)'],
  // §3 blocked: the sender (IP, account) refused whatever the message.
  ['550 [S10] Blocked', 'blocked', '§3 IP refused (MailChannels)'],
  ['521 <192.0.2.1> is blocked', 'blocked', '§3 IP refused (AT&T)'],
  ['550 <192.0.2.1> blocked by ldap:ou=rblmx,dc=example,dc=net', 'blocked', '§3 block list (BellSouth)'],
  ['550 unauthorized interface for <192.0.2.1>', 'blocked', '§3 not a recognised source (BellSouth)'],
  ['554 Email Security Alert', 'blocked', '§3 the customer may not send (Spectrum)'],
  ['554 5.7.1 Blocked by spam statistics - see https://example.com/', 'blocked', '§3 (Yandex)'],
  [
    'Spam Block: The message was blocked by the receiver as coming from a known spam source.',
    'blocked',
    '§3 the sender, not the content (SparkPost)',
  ],
  ['Block bounce (Complaints): Your email is blocked due to complaints.', 'blocked', '§4 complaints'],
  [
    'Email is blocked due to the high quantity or percentage of unknown or inactive addresses on your list.',
    'blocked',
    '§3 reputation, not an inactive account (SFMC)',
  ],
  [
    '550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating from your account.',
    'blocked',
    '§3 the sending account refused (MailChannels)',
  ],
  ['550 5.7.1 Message rejected (XGEMAIL_0004)', 'blocked', '§3 RBL (Sophos)'],
  ['550 5.7.1 Message rejected (XGEMAIL_0005)', 'blocked', '§6 a named domain block list (Sophos)'],
  // §3 spam: this message's content.
  ['550 5.7.1 [SS] Message blocked.', 'spam', '§3 spam signature (MailChannels)'],
  ['Block bounce (URL Block): Emails containing your URLs are blocked.', 'spam', '§3 content (SFMC)'],
  // §3 auth-failure: SPF, DKIM, DMARC, the sending IP's reverse DNS.
  ['550 5.7.1 Message rejected (XGEMAIL_0003)', 'auth-failure', '§3 DMARC (Sophos)'],
  ['Block bounce (Authentication): Message lacks required authentication.', 'auth-failure', '§3 (SFMC)'],
  ['421-failure in DNS look-up.', 'auth-failure', '§3 the sending IP has no reverse DNS (AT&T)'],
  ['550 Error. Blocked for status: <unknown sender>', 'auth-failure', '§3 no DNS for the sender (AT&T)'],
  // §3 rate-limited: throttles, too many recipients per transaction, inbound rate limits.
  ['451 4.3.0 [internal] Sending IP temporarily suspended', 'rate-limited', '§3 throttled (SparkPost)'],
  ['452 4.5.3 Recipient policy mismatch', 'rate-limited', '§3 per-transaction limit (MailChannels)'],
  ['450 busy--Please try again later', 'rate-limited', '§3 too many connections (AT&T)'],
  ['451 4.7.1 Message rejected (XGEMAIL_0015)', 'rate-limited', '§3 inbound rate limit (Sophos)'],
  [
    'Frequency or volume too high: the mailbox provider is unwilling to process the number of messages you are sending.',
    'rate-limited',
    '§3 volume (Klaviyo)',
  ],
  // §3 user-unknown / host-unknown / suspended.
  ['NoMailbox: The address does not appear to exist.', 'user-unknown', '§3 (Elastic Email)'],
  ['554 5.5.1 Error: no correct recipients', 'user-unknown', '§3 (Yandex)'],
  ['550 5.1.1 Message rejected (XGEMAIL_0011)', 'user-unknown', '§3 (Sophos)'],
  ['DNS Failure: The message bounced due to a DNS failure.', 'host-unknown', '§3 DNS (SparkPost)'],
  ['Routing server failure', 'host-unknown', '§3 the domain does not resolve (Libero/Virgilio, X.4.3)'],
  ['550 5.7.1 Policy rejection on the target address', 'suspended', '§3 account blocked (Yandex)'],
  // §3 syntax, too-big, tls, system, network, expired.
  ['{"event":"dropped","reason":"Invalid SMTPAPI header"}', 'syntax', '§3 malformed (SendGrid)'],
  ['Recipient email address is invalid or malformed', 'syntax', '§3 address syntax (Zoho Campaigns)'],
  ['Message length: the per-message length limit has been exceeded.', 'too-big', '§3 (Klaviyo)'],
  ['552 5.3.4 Message rejected (XGEMAIL_0012)', 'too-big', '§3 (Sophos)'],
  ['550 5.7.1 Message rejected (XGEMAIL_0006)', 'tls', '§3 TLS version (Sophos)'],
  ['550 5.7.1 Message rejected (XGEMAIL_0007)', 'system', "§3 the receiver's own fault (Sophos)"],
  [
    'The server could not temporarily deliver your message (ex: Message is delayed due to network troubles).',
    'network',
    '§3 network (Postmark)',
  ],
  [
    "Undeliverable: When we attempted to send the email, the ISP wasn't responding.",
    'network',
    '§3 no response',
  ],
  ['The message timed out.', 'expired', '§3 the queue gave up, no cause (SparkPost class 24)'],
];

// Near misses: the new words must not capture these.
const NOT: readonly [string, BounceReason | null, string][] = [
  // A disabled mailbox is still an account disabled; only relaying disabled is relay denied.
  ['550 5.2.1 Mailbox disabled', 'suspended', '§3 suspended'],
  ['550 Relaying is disabled', 'policy', '§3 relay denied'],
  // A reverse lookup or SPF's DNS failing is about the sender, not the recipient's domain.
  ['550 Reverse DNS failure for 192.0.2.1', 'auth-failure', '§3 reverse DNS'],
  ['451 4.7.0 SPF DNS failure for example.com', 'auth-failure', '§3 SPF'],
  // A connection or session that timed out on an attempt stays network.
  ['421 Connection timed out', 'network', '§3 network'],
  ['451 4.4.2 SMTP session timed out', 'network', '§3 network'],
  // A stock "invalid address" stays the recipient's; only "malformed" names the syntax.
  ['550 5.1.1 <a@example.net>: invalid address', 'user-unknown', '§3 stock words'],
  // A host or IP not authorised is the sender's IP (blocked), not the From address.
  ['554 Client host 192.0.2.1 not authorized to send mail', 'blocked', '§3 IP refused'],
  // Complaints named as spam with no "blocked"/"deferred" stay this message's content.
  ['550 Message rejected due to spam complaints', 'spam', '§3 spam'],
  // Negated or bare words say nothing.
  ['The server is responding normally', null, 'no failure named'],
  ['550 Message length is fine', null, 'no limit named'],
  ['The domain does not appear to exist', null, 'not a mailbox: no user-unknown'],
  ['This is not a known spam source', 'spam', 'the negation is not a block (the word spam remains)'],
  // Unknown codes of the same families name nothing.
  ['421 failure in DNS lookup for example.net', null, "not AT&T's hyphenated greeting"],
];

describe("sending services' and gateways' documented reasons (seventh pass)", () => {
  it.each(TAUGHT)('%s -> %s (%s)', (line, reason) => {
    expect(reasonOfText(line, line.match(/\b[245]\.\d{1,3}\.\d{1,3}\b/)?.[0] ?? null)).toBe(reason);
  });
  it.each(NOT)('near miss: %s -> %s (%s)', (line, reason) => {
    expect(reasonOfText(line, line.match(/\b[245]\.\d{1,3}\.\d{1,3}\b/)?.[0] ?? null)).toBe(reason);
  });

  it("takes the bracketed codes only with the provider's own marker", () => {
    expect(reasonOfProvider('550 5.7.1 SS Message blocked')).toBeNull();
    expect(reasonOfProvider('550 [S1] Blocked')).toBeNull();
    expect(reasonOfProvider('550 5.7.1 Message rejected (XGEMAIL_00011)')).toBeNull();
    expect(reasonOfProvider('550 5.7.1 Message rejected (XGEMAIL_0016)')).toBeNull();
    expect(reasonOfProvider('451 Sending IP temporarily suspended')).toBeNull();
    expect(reasonOfMtaWords('This is not a known spam source')).toBeNull();
  });

  it('stays linear on long runs of the words it looks for', () => {
    const runs = [
      `server ${'x'.repeat(200_000)} is not responding`,
      'relaying is '.repeat(40_000),
      'known spam '.repeat(40_000),
      `XGEMAIL_${'0'.repeat(200_000)}`,
      'dns dns '.repeat(50_000),
    ];
    for (const text of runs) {
      const t0 = performance.now();
      reasonOfText(text);
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});
