import { describe, expect, it } from 'vitest';
import { type BounceReason, reasonOfText } from './reason.js';

// Fifth pass: the reply strings mail servers and delivery agents themselves emit (read in their
// source: Dovecot, OpenSMTPD, Haraka, maddy, chasquid, Cyrus, Courier, Postfix local/pipe/postscreen,
// Stalwart, hMailServer, Zimbra) and providers' documented error tables (T-Online, GMX/WEB.DE,
// IONOS, Coremail, Baruwa, Rackspace, Broadcom, Trend Micro, IceWarp, GNU Mailutils), each decided
// by the labelling guide (test/fixtures/bounces/LABELLING.md, cited per row). Every line is written
// here in the documented wording, with documentation addresses; none is copied from a bounce. The
// provider entries' own examples are exercised in reason-providers.test.ts.
const TAUGHT: readonly [string, BounceReason, string][] = [
  // §3 a mailbox's quota: a message-count quota is the mailbox's, not a sending rate.
  [
    '552 5.2.2 <someone@example.com> Too many messages in the mailbox',
    'mailbox-full',
    "§3 a mailbox's quota",
  ],
  ['550 User has too many messages on the server.', 'mailbox-full', "§3 a mailbox's quota"],
  [
    'someone: message would exceed maximum mailbox size for this recipient',
    'mailbox-full',
    "§3 a mailbox's quota",
  ],
  // §3 the receiving server's own fault, not a connection timeout or a rate.
  ['451 4.2.0 <someone@example.com> Timeout while waiting for lock', 'system', "§3 the server's own fault"],
  ['451 4.4.5 High load, try again later', 'system', "§3 the server's own fault"],
  ['user lookup error', 'system', "§3 the server's own fault"],
  ['alias database unavailable', 'system', "§3 the server's own fault"],
  [
    'cannot update mailbox /var/mail/someone for user someone. unable to create lock file /var/mail/someone.lock: Permission denied',
    'system',
    "§3 the server's own fault, whatever 'Permission denied' says",
  ],
  // §4 a pipe that failed, whatever its output.
  [
    'service unavailable. Command output: /usr/bin/procmail: cannot write the mailbox',
    'system',
    '§4 a local delivery program that failed',
  ],
  // §3 too many connections / a sending rate.
  [
    '451 4.3.0 <someone@example.com> Too many concurrent deliveries for user',
    'rate-limited',
    '§3 rate words',
  ],
  ['450 4.7.1 Error: too much mail from 192.0.2.1', 'rate-limited', '§3 rate words'],
  [
    '450 4.2.1 <someone@example.com>: Mailbox received too much email in a short period of time',
    'rate-limited',
    '§3 rate words',
  ],
  ['452 4.4.5 Maximum number of messages per session exceeded.', 'rate-limited', '§3 rate words'],
  ['451 Hourly send rate exceeded, retry later.', 'rate-limited', '§3 a sending quota'],
  // §3 SMTP AUTH required.
  ['530 5.5.1 Invalid command: Must issue an AUTH command first', 'credentials', '§3 SMTP AUTH required'],
  ['503 5.5.1 You must authenticate first.', 'credentials', '§3 SMTP AUTH required'],
  ['550 must be authenticated', 'credentials', '§3 SMTP AUTH required'],
  // §3 DNS could not find the recipient's mail host.
  ['451 4.4.3 MX lookup error', 'host-unknown', '§3 domain not found'],
  ['Temporary failure in MX lookup', 'host-unknown', '§3 domain not found, temporarily'],
  ['Domain does not accept mail', 'host-unknown', '§3 a domain that takes no mail'],
  ['Nowhere to deliver mail to for domain: example.com', 'host-unknown', '§3 no mail host'],
  // §3 sender domain not found: a rule about the sender.
  ['550 5.7.27 Domain in MAIL FROM has null MX record', 'policy', '§3 sender domain not found'],
  ['550 Sender domain does not have any MX records.', 'policy', '§3 sender domain not found'],
  [
    '517-Domain does not exist: example.invalid. 517 Invalid domain, see <URL:https://datatracker.ietf.org/doc/html/rfc1035>',
    'policy',
    "§3 sender domain not found (Courier's sender check)",
  ],
  // §3/§5 an identity check of the sending host.
  [
    '550 The host name specified in HELO does not match IP address.',
    'auth-failure',
    '§3 mismatched name of the sending IP',
  ],
  // §6 the sender's address on the receiver's own list.
  ["551 Sender is on domain's blacklist", 'policy', "§6 sender address on the receiver's list"],
  ['550 User in blacklist', 'policy', "§6 sender address on the user's list"],
  // §3 malformed message or conversation.
  ['503 5.5.1 Invalid command: Command not allowed at this point.', 'syntax', '§3 out-of-sequence commands'],
  ['550 Invalid syntax. Syntax should be RCPT TO:<mailbox@domain>[crlf]', 'syntax', '§3 bad address syntax'],
  ['550 5.7.7 Failed to parse message.', 'syntax', '§3 malformed message'],
  ['554 5.3.4 Line is too long.', 'syntax', '§3 malformed conversation'],
  ['500 Maximum line length exceeded', 'syntax', '§3 malformed conversation'],
  ['554 5.6.0 Multiple From addresses are not allowed', 'syntax', '§3 malformed headers'],
  ['550 Your message does not conform to RFC2822 standard', 'syntax', '§3 malformed message'],
  // §3 too big.
  [
    '552 5.2.2 <someone@example.com> Mail size is larger than the maximum size allowed by server configuration',
    'too-big',
    '§3 over a size limit',
  ],
  ['501 5.7.1 Message is too long', 'too-big', '§3 over a size limit'],
  ['523 Message length (20000000 bytes) exceeds administrative limit.', 'too-big', '§3 over a size limit'],
  // §3 TLS required but missing: an MTA-STS policy the MX does not satisfy.
  ['451 4.7.5 Failed to establish the MX record authenticity (MTA-STS)', 'tls', '§3 TLS required'],
  // §3 connection lost on an attempt.
  ['451 4.4.2 Network I/O error', 'network', '§3 connection lost'],
  ['Network connection shut down by the remote mail server', 'network', '§3 connection lost'],
  ['alias database loop for someone', 'network', '§3 mail loop'],
  // §3 IP refused as a sender.
  ['554 Your mail is not welcome here', 'blocked', '§4 refused at the connection'],
  ['521 5.7.0 Error: I can break rules, too. Goodbye.', 'blocked', '§4 refused at the connection'],
  [
    '554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)',
    'blocked',
    '§3 IP refused as a sender',
  ],
  ['550 Dictionary attack detected', 'blocked', '§3 IP refused as a sender'],
  // §3 mailbox does not exist; a recipient rejected with no more detail.
  ['550 recipient <someone@example.com> denied', 'user-unknown', '§3 recipient rejected, no detail'],
  ['550 Recipient verification failed', 'user-unknown', '§3 mailbox does not exist'],
  ['Permanent failure in user lookup', 'user-unknown', '§3 mailbox does not exist'],
  // §3 sender verify failed.
  ['550 Sender verification failed', 'policy', '§3 sender verify failed'],
  // §3 spoofing, a quarantined message: the content.
  ['550 Requested mail action not taken: Fake sender', 'spam', '§3 spoofing'],
  ['550 5.7.0 Refusing to deliver a quarantined message', 'spam', '§3 a content filter'],
];

// Near misses: the words above must not capture these, whose meaning the guide gives otherwise.
const NOT: readonly [string, BounceReason | null, string][] = [
  // Haraka's refusal when no plugin accepts the recipient names no cause (§7 names it): `other`.
  // (`null` here: no words name a cause; a bounce then reads `other`, bounce-gmatrix.test.ts.)
  ['550 I cannot deliver mail for <someone@example.net>', null, '§7 no cause named'],
  // Too many messages FROM a sender is a rate, not the mailbox's count.
  ['421 4.7.0 Too many messages from your IP, slow down', 'rate-limited', '§3 rate words'],
  ['452 4.5.3 Too many recipients', 'rate-limited', '§3 too many recipients'],
  // A message over the size limit is not a mailbox over its size.
  ['552 5.3.4 Message size exceeds fixed maximum message size', 'too-big', '§3 over a size limit'],
  // A connection that timed out stays network; only the lock wait is the server's.
  ['421 4.4.2 mx.example.com Error: timeout exceeded', 'network', '§3 timed out on an attempt'],
  // A disk I/O error is the server's own, a network I/O error the connection's.
  ['451 4.3.0 Input/output error', 'system', "§3 the server's own fault"],
  // A pipe whose output reports the mailbox owner's quota is the quota (§4).
  [
    'permission denied. Command output: maildrop: maildir over quota.',
    'mailbox-full',
    "§4 unless the mailbox owner's quota",
  ],
  // The pipe's "user unknown" status names the cause.
  ['user unknown. Command output: no such user', 'user-unknown', '§3 mailbox does not exist'],
  // Gmail asking the sender to authenticate with SPF or DKIM is SPF/DKIM, not an SMTP login.
  ['The sender must authenticate with at least one of SPF or DKIM.', 'auth-failure', '§3 SPF/DKIM fail'],
  // A recipient domain's null MX stays host-unknown.
  ['556 5.1.10 Recipient address has null MX', 'host-unknown', '§3 a domain that takes no mail'],
  // A domain refusing mail FROM the sender is not a domain that takes no mail.
  ['550 Domain does not accept mail from your network', null, 'not a null MX'],
  // A HELO name refused as invalid stays syntax (§4).
  ['501 5.5.2 Invalid HELO name', 'syntax', '§4 bad HELO'],
  // The sending IP on a block list stays blocked (§6), unlike the sender's address.
  ['554 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org', 'blocked', '§3 named block list'],
  // A relay refusal stays policy, not the out-of-sequence words.
  ['550 5.7.1 Relaying not allowed', 'policy', '§3 relay denied'],
  // Spam named with "too much" is the content, not a rate.
  ['550 5.7.1 Message contains too much spam content', 'spam', '§3 content'],
  // A recipient's own domain blacklist entry for an IP stays blocked.
  ["554 Your IP is on the domain's blacklist", 'blocked', '§3 IP refused as a sender'],
  ['554 Your IP address is on our blacklist', 'blocked', '§6 a listed IP stays blocked'],
];

describe("reason words from servers' own reply strings and providers' tables (fifth pass)", () => {
  it.each(TAUGHT)('%s -> %s (%s)', (line, reason) => {
    expect(reasonOfText(line)).toBe(reason);
  });
  it.each(NOT)('near miss: %s -> %s (%s)', (line, reason) => {
    expect(reasonOfText(line)).toBe(reason);
  });
});
