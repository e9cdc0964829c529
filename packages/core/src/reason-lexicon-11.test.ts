import { describe, expect, it } from 'vitest';
import { type BounceReason, reasonFor, reasonOfText } from './reason.js';

// Eleventh pass: the classic MTAs' own failure and refusal texts, read in their source (Exim
// src/src/routers/rf_self_action.c, smtp_in.c, transports/smtp.c, pipe.c, appendfile.c; sendmail 8
// sendmail/err.c, deliver.c, mci.c, srvrsmtp.c and cf/m4/proto.m4; qmail-1.03 / notqmail
// qmail-remote.c, qmail-local.c, qmail-lspawn.c, qmail-rspawn.c, qmail-smtpd.c; Postfix
// src/dns/dns_lookup.c, src/smtp/smtp_proto.c, src/qmgr/qmgr_message.c). Each line is written here
// in the documented wording with our own hosts and addresses, none copied from a bounce, and decided
// by the labelling guide (test/fixtures/bounces/LABELLING.md, row cited per line).
const status = (line: string) => line.match(/\b[245]\.\d{1,3}\.\d{1,3}\b/)?.[0] ?? null;
const replyCode = (line: string) => {
  const code = Number(line.match(/^[245]\d\d\b/)?.[0] ?? Number.NaN);
  return Number.isNaN(code) ? null : code;
};

const TAUGHT: readonly [string, BounceReason, string][] = [
  // Exim: DNS could not find the recipient's mail hosts, temporarily or for good (§3 host-unknown).
  ['all host address lookups failed temporarily', 'host-unknown', '§3 DNS, temporarily (Exim)'],
  [
    'missing MX, or all MXs point to missing A records, and defer requested',
    'host-unknown',
    '§3 no MX (Exim dnslookup)',
  ],
  // Exim and Postfix: the next hop is this host itself, mail would loop back (§3 routing loop).
  ['lowest numbered MX record points to local host', 'network', '§3 routing loop (Exim)'],
  ['remote host address is the local host', 'network', '§3 routing loop (Exim)'],
  [
    'host mx.example.net[192.0.2.20] greeted me with my own hostname relay.example.org',
    'network',
    '§3 routing loop (Postfix)',
  ],
  [
    'host mx.example.net[192.0.2.20] replied to HELO/EHLO with my own hostname relay.example.org',
    'network',
    '§3 routing loop (Postfix)',
  ],
  // Exim: the other side's reply is no SMTP; its own conversation rules broken (§3 syntax).
  [
    'Malformed SMTP reply (an empty line) in response to RCPT TO:<ada@example.net>',
    'syntax',
    '§3 malformed conversation (Exim)',
  ],
  ['554 SMTP synchronization error', 'syntax', '§3 out-of-sequence commands (Exim)'],
  ['503 AUTH command used when not advertised', 'syntax', '§3 out-of-sequence commands (Exim)'],
  // Exim: the local server's own fault (§3/§4 system).
  ['pipe delivery process timed out', 'system', '§4 a delivery program that failed (Exim)'],
  ['failed to lock mailbox /var/mail/ada (lock file)', 'system', '§3 local fault (Exim appendfile)'],
  ['mailbox /var/mail/ada has wrong uid (1001 != 1002)', 'system', '§3 local fault (Exim appendfile)'],
  ['mailbox /var/mail/ada is not a regular file', 'system', '§3 local fault (Exim appendfile)'],
  ['452 Space shortage, please try later', 'system', '§3 disk full (Exim)'],
  // sendmail: DNS (§3 host-unknown), a host down (§3 network), its queue's notices (§3 expired).
  ['Deferred: Name server: mx.example.net.: no data known', 'host-unknown', '§3 DNS (sendmail)'],
  ['Name server timeout', 'host-unknown', '§3 DNS, temporarily (sendmail)'],
  ['Deferred: Host mx.example.net is down', 'network', '§3 could not connect (sendmail)'],
  ['Cannot send message for 5 days', 'expired', '§3 gave up, no cause (sendmail)'],
  ['Warning: could not send message for past 4 hours', 'expired', '§3 still trying, no cause (sendmail)'],
  // sendmail: a local mailer or the server itself failing (§4 system).
  ['554 5.3.0 unknown mailer error 1', 'system', '§4 a delivery program that failed (sendmail)'],
  ['Deferred: user database error', 'system', '§3 local fault (sendmail)'],
  // sendmail: MAIL before HELO (§3 syntax); the client IP's name not matching it (§3 reverse DNS).
  ['503 5.0.0 I demand that you introduce yourself first', 'syntax', '§3 out-of-sequence commands'],
  [
    '550 5.7.1 <ada@example.net>... Relaying denied. IP name possibly forged relay.example.org',
    'auth-failure',
    '§3 mismatched reverse DNS (sendmail check_relay)',
  ],
  // qmail: DNS, temporarily (§3 host-unknown); bare LF (§3 syntax); local faults (§3/§4 system).
  ['CNAME lookup failed temporarily. (#4.4.3)', 'host-unknown', '§3 DNS, temporarily (qmail-remote)'],
  ['451 See https://cr.yp.to/docs/smtplf.html.', 'syntax', '§3 bare LF (notqmail qmail-smtpd)'],
  ['Unable to chdir to maildir. (#4.2.1)', 'system', '§3 local fault, whatever #4.2.1 (qmail-local)'],
  ['Timeout on maildir delivery. (#4.3.0)', 'system', '§3 local fault, not a connection (qmail-local)'],
  ['Uh-oh: .qmail file is writable. (#4.7.0)', 'system', '§3 local fault, whatever #4.7.0 (qmail-local)'],
  ['Uh-oh: home directory is writable. (#4.7.0)', 'system', '§3 local fault (qmail-local)'],
  ['Unable to run qmail-remote.', 'system', '§3 local fault (qmail-rspawn)'],
  ['qmail-local crashed.', 'system', '§3 local fault (qmail-lspawn)'],
  ['451 qqt failure (#4.3.0)', 'system', '§3 local fault (qmail-smtpd)'],
  // Postfix: a CNAME chain without end (§3 host-unknown); its resolver down (§3 system).
  ['Name server loop for example.net', 'host-unknown', '§3 DNS (Postfix dns_lookup)'],
  ['address resolver failure', 'system', '§3 local fault (Postfix qmgr)'],
];

// Lines the rules above must leave to the words or status they had.
const NOT: readonly [string, BounceReason | null, string][] = [
  // A queue notice that states its cause: the cause wins (§3 gave up after retrying).
  [
    'Warning: could not send message for past 4 hours\nDeferred: Connection refused by mx.example.net.',
    'network',
    '§3 the cause it reports wins',
  ],
  [
    'Cannot send message for 5 days\n550 5.1.1 <ada@example.net>... User unknown',
    'user-unknown',
    '§3 the quoted reply wins',
  ],
  // An SMTP timeout is a connection's, not a delivery program's.
  ['SMTP timeout after RCPT TO:<ada@example.net>', 'network', '§3 timed out on an attempt'],
  // A mailbox over quota or missing is not appendfile's local fault.
  ['552 5.2.2 Mailbox is full', 'mailbox-full', '§3 mailbox full'],
  ['550 5.1.1 mailbox ada@example.net does not exist', 'user-unknown', '§3 no such mailbox'],
  // A relay refused without a reverse-DNS check stays policy.
  ['550 5.7.1 <ada@example.net>... Relaying denied', 'policy', '§3 relay denied'],
  // qmail's permanent DNS and connection texts keep their reasons.
  ["Sorry, I couldn't find any host by that name. (#4.1.2)", 'host-unknown', '§3 DNS (qmail-remote)'],
  ["Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)", 'network', '§3 could not connect'],
  // An MX named without "local host" is no loop; "my own" words about something else are none.
  ['lowest numbered MX record points to mx.example.net', null, 'no cause named'],
  // Postfix's DNS failure while the queue waits keeps its DNS reason.
  [
    'delivery temporarily suspended: Host or domain name not found. Name service error for name=example.net type=MX: Host not found, try again',
    'host-unknown',
    '§3 DNS, temporarily',
  ],
];

describe("the classic MTAs' own failure texts (eleventh pass)", () => {
  it.each(TAUGHT)('%s -> %s (%s)', (line, reason) => {
    expect(reasonFor(null, status(line), line, replyCode(line))).toBe(reason);
  });
  it.each(NOT)('near miss: %s -> %s (%s)', (line, reason) => {
    expect(reasonOfText(line, status(line))).toBe(reason);
  });

  it('stays linear on long runs of the words it looks for', () => {
    const runs = [
      `mailbox ${'x'.repeat(200_000)} has wrong`,
      'Name server: '.repeat(30_000),
      'Host '.repeat(50_000),
      'Uh-oh: '.repeat(40_000),
      'Cannot send message for 5 '.repeat(20_000),
      'greeted me with my own '.repeat(20_000),
    ];
    for (const text of runs) {
      const t0 = performance.now();
      reasonOfText(text);
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});
