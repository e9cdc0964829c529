import { describe, expect, it } from 'vitest';
import { type BounceReason, reasonFor, reasonOfEntry, reasonOfStatus, reasonOfText } from './reason.js';
import { getEntry } from './catalog.js';

// audit9: every reason rule walked against the labelling guide as it stands
// (test/fixtures/bounces/LABELLING.md, §3 rows and the §4-§6 clarifications). Each line below is
// written here in the documented wording (vendor docs, RFCs, MTA source strings), never copied from
// a bounce. `status` is the enhanced code the reply carries, read as `reasonFor` reads it.
type Row = readonly [line: string, status: string | null, reason: BounceReason, why: string];

const read = ([line, status]: Row) => reasonFor(null, status, line, Number(line.slice(0, 3)) || null);

const FIXED: readonly Row[] = [
  // §6: a sending service's own suppression list is policy. Amazon SES's "Suppressed" bounce
  // (global list) and its account-level list (notification-contents, bounceSubType).
  [
    'Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.',
    null,
    'policy',
    '§6 suppression list',
  ],
  ['{"bounceType":"Permanent","bounceSubType":"Suppressed"}', null, 'policy', '§6 suppression list'],
  [
    '{"bounceType":"Permanent","bounceSubType":"OnAccountSuppressionList"}',
    null,
    'policy',
    '§6 suppression list',
  ],
  // §3 policy row, "sender domain not found": RFC 7505 §4.2's X.7.27 for a sender whose domain has a
  // null MX, and Postfix's sender check in its own words.
  ['550 5.7.27 Sender address has null MX', '5.7.27', 'policy', '§3 sender domain refused'],
  [
    '550 5.7.27 <sender@example.org>: Sender address rejected: Domain example.org does not accept mail (nullMX)',
    '5.7.27',
    'policy',
    '§3 sender domain refused',
  ],
  // §3 policy row, "sender domain not found", said as "no MX": Haraka's mail_from.is_resolvable, and
  // the "has no … MX DNS records" form the later sender rule named but "no MX" reached first.
  ['550 No MX for your FROM address', null, 'policy', '§3 sender domain refused'],
  ['450 4.1.8 No MX for your FROM address', '4.1.8', 'policy', '§3 sender domain refused'],
  [
    '550 5.7.1 Sender <sender@example.org> has no MX DNS records',
    '5.7.1',
    'policy',
    '§3 sender domain refused',
  ],
  // §3 IP refused (blocked) and §3/§5 no reverse DNS (auth-failure), not AOL's "member does not want
  // your mail": postoffice's smtpd.c paranoid check, and an IP named outright.
  [
    '421 mx.example.net is not accepting mail from 192.0.2.10, because we cannot resolve your IP address. Try again later, okay?',
    null,
    'auth-failure',
    '§3/§5 no reverse DNS',
  ],
  [
    '554 5.7.1 We are not accepting mail from your IP address 192.0.2.10',
    '5.7.1',
    'blocked',
    '§3 IP refused',
  ],
  // §5: refused at the greeting, but the words name an identity check of the sending IP.
  [
    'host mx.example.net[192.0.2.20] refused to talk to me: 554 5.7.1 Reverse DNS lookup failed for 192.0.2.10',
    null,
    'auth-failure',
    '§5 identity check at the greeting',
  ],
  [
    'host mx.example.net[192.0.2.20] refused to talk to me: 550 5.7.1 The IP address 192.0.2.10 has no valid PTR record',
    null,
    'auth-failure',
    '§5 identity check at the greeting',
  ],
  [
    'host mx.example.net[192.0.2.20] refused to talk to me: 550 5.7.1 SPF check failed for 192.0.2.10',
    null,
    'auth-failure',
    '§5 identity check at the greeting',
  ],
];

// Near-misses the fixes must leave as they were.
const UNCHANGED: readonly Row[] = [
  // The recipient's domain with a null MX stays host-unknown (RFC 7505 X.1.10, Postfix's wording).
  ['556 5.1.10 Recipient address has null MX', '5.1.10', 'host-unknown', '§3 recipient domain'],
  [
    '556 5.1.10 <someone@example.org>: Recipient address rejected: Domain example.org does not accept mail (nullMX)',
    '5.1.10',
    'host-unknown',
    '§3 recipient domain',
  ],
  ['<someone@example.org>: Domain example.org does not accept mail (nullMX)', null, 'host-unknown', '§3'],
  // "no MX" for the recipient's domain stays host-unknown (Mailgun's 498, a domain named outright).
  ['498 No MX for example.org', null, 'host-unknown', '§3 no MX'],
  ['550 5.1.2 Domain example.org has no MX records', '5.1.2', 'host-unknown', '§3 no MX'],
  ['550 5.4.4 Unrouteable address: no MX for example.org', '5.4.4', 'host-unknown', '§3 no MX'],
  // SES's verdicts about the recipient's own server keep theirs.
  ['{"bounceType":"Permanent","bounceSubType":"NoEmail"}', null, 'user-unknown', '§3 unknown user'],
  ['{"bounceType":"Transient","bounceSubType":"MailboxFull"}', null, 'mailbox-full', '§3 mailbox full'],
  // AOL's member who refuses this sender stays policy (§4 "Recipient does not want your mail").
  ['550 user not accepting mail from this sender', null, 'policy', '§4 recipient does not want your mail'],
  ['550 Recipient is not accepting mail from sender@example.org', null, 'policy', '§4'],
  // The greeting refused for other words stays blocked (§4), for rate words rate-limited (§3).
  [
    'host mx.example.net[192.0.2.20] refused to talk to me: 554 Local Policy Violation',
    null,
    'blocked',
    '§4',
  ],
  [
    'host mx.example.net[192.0.2.20] refused to talk to me: 554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org',
    null,
    'blocked',
    '§4 named block list',
  ],
  [
    'host mx.example.net[192.0.2.20] refused to talk to me: 421 4.7.0 Too many connections from your IP',
    null,
    'rate-limited',
    '§3 too many connections',
  ],
  // A spelled-out word that only contains the identity words is no identity check.
  [
    'host mx.example.net[192.0.2.20] refused to talk to me: 554 5.7.1 Service unavailable for spfexample.net',
    null,
    'blocked',
    '§4',
  ],
];

describe('reason rules fixed by the audit against the labelling guide', () => {
  for (const row of FIXED) {
    it(`${row[3]}: ${row[0].slice(0, 70)}`, () => expect(read(row)).toBe(row[2]));
  }
  it('X.7.27 (RFC 7505, sender address has null MX) is the sender-domain policy row', () => {
    expect(reasonOfStatus('5.7.27')).toBe('policy');
    expect(reasonOfStatus('5.1.10')).toBe('host-unknown');
    expect(reasonOfEntry(getEntry('generic-5.7.27-sender-address-has-null-mx')!)).toBe('policy');
    expect(reasonOfEntry(getEntry('generic-5.1.10-recipient-address-has-null-mx')!)).toBe('host-unknown');
  });
});

describe('near-misses the audit fixes leave alone', () => {
  for (const row of UNCHANGED) {
    it(`${row[3]}: ${row[0].slice(0, 70)}`, () => expect(read(row)).toBe(row[2]));
  }
  it('reads the words alone the same way', () => {
    expect(reasonOfText('550 user not accepting mail from this sender')).toBe('policy');
  });
});
