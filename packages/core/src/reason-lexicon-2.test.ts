import { describe, expect, it } from 'vitest';
import { type BounceReason, reasonOfText } from './reason.js';

// Second pass: wording families from Sisimai's per-provider reply tables (lib/sisimai/rhost/*.rb, read
// as code, never its sample messages) and RFC 3463's detail texts, which our words missed, each decided
// by the labelling guide (test/fixtures/bounces/LABELLING.md, cited per row). Every line is written
// here in the reply format those servers document, not copied from any bounce.
const TAUGHT: readonly [string, BounceReason, string][] = [
  // §3 mailbox does not exist: RFC 3463 X.1.1's own text.
  ['550 5.1.1 Bad destination mailbox address', 'user-unknown', '§3 mailbox does not exist'],
  // §3 DNS could not find the recipient's domain: RFC 3463 X.1.2, Gmail's 5.1.2 wording.
  ['550 5.1.2 Bad destination system address', 'host-unknown', '§3 domain not found'],
  ["553 5.1.2 We weren't able to find the recipient domain.", 'host-unknown', '§3 domain not found'],
  // §3 a mailbox's storage used up.
  ['552 5.2.2 Account storage limit exceeded', 'mailbox-full', '§3 mailbox over its quota'],
  ['452 4.2.2 Mailbox storage quota reached', 'mailbox-full', '§3 mailbox over its quota'],
  // §3 routing loop (X.4.6): a hop limit reached.
  ['554 5.4.6 Message exceeded 50 hops', 'network', '§3 too many hops'],
  // §3 rate words: a sender sending too often, a threshold, a recipient receiving too fast.
  ['550 Mail sent denied. Sender frequency limited.', 'rate-limited', '§3 rate words'],
  ['452 4.2.0 Message threshold exceeded', 'rate-limited', '§3 rate words'],
  [
    '450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.',
    'rate-limited',
    '§3 rate words',
  ],
  // §3 SMTP AUTH login refused.
  ['535 Incorrect authentication data', 'credentials', '§3 SMTP AUTH refused (Exim)'],
  ['535 5.7.8 Invalid authentication data', 'credentials', '§3 SMTP AUTH refused'],
  ['535 Submitter failed to authenticate', 'credentials', '§3 SMTP AUTH refused (Mimecast)'],
  [
    '534 5.7.9 Please log in through your web browser and then try again.',
    'credentials',
    '§3 login required',
  ],
  ['530 5.7.3 Cannot achieve Exchange Server authentication', 'credentials', '§3 server login refused'],
  // §3 SPF/DKIM failed; the sending IP not matching its PTR name.
  [
    '550 5.7.26 This message fails to pass authentication checks (SPF and DKIM both do not pass).',
    'auth-failure',
    '§3 SPF/DKIM fail',
  ],
  [
    '550 5.7.25 The IP address sending this message does not match the IP address of the hostname in the PTR record.',
    'auth-failure',
    '§3 mismatched reverse DNS',
  ],
  // §3 IP refused as a sender: not authorized for this IP; refused at the connection.
  [
    "550 5.7.1 The IP you're using to send mail is not authorized to send email directly to our servers.",
    'blocked',
    '§3 "not authorized" for this IP',
  ],
  ['554 Connection denied', 'blocked', '§3/§4 refused at the connection'],
  // §3 the sender ADDRESS refused by a rule; restricted recipients.
  ['550 Sender address blocked', 'policy', '§3 sender address refused'],
  ['550 5.1.7 Unknown sender address', 'policy', '§3 sender address refused'],
  ['550 5.7.1 Delivery not authorized, message refused', 'policy', '§3 restricted recipients'],
  // §3 the receiving server's own fault.
  ['451 4.3.5 System incorrectly configured', 'system', "§3 the server's own fault"],
  ['451 Unable to process connection at this time', 'system', "§3 the server's own fault"],
  ['421 4.3.2 Service not active', 'system', "§3 the server's own fault"],
  // §3 malformed message or conversation.
  ['554 5.6.0 Mail message is malformed. Not accepted.', 'syntax', '§3 malformed message'],
  ['554 Headers are not RFC compliant', 'syntax', '§3 malformed headers'],
  ['553 5.1.3 The recipient address is not a valid RFC 5321 address.', 'syntax', '§3 address syntax'],
  ['501 5.1.3 Bad recipient address syntax', 'syntax', '§3 address syntax'],
  ['500 5.5.1 Unrecognized command', 'syntax', '§3 malformed conversation'],
  ['503 5.5.1 MAIL first.', 'syntax', '§3 out-of-sequence commands'],
  ['503 5.5.1 EHLO/HELO first.', 'syntax', '§3 out-of-sequence commands'],
  ['503 5.5.2 Send hello first', 'syntax', '§3 out-of-sequence commands'],
  // From KumoMTA's community bounce rules (assets/community/bounces.toml, code), by our guide:
  // §3 mailbox does not exist.
  ['550 5.1.1 Recipient unrecognized', 'user-unknown', '§3 mailbox does not exist'],
  ['550 User ann@example.org unknown', 'user-unknown', '§3 mailbox does not exist'],
  // §3 account inactive.
  ['550 Account is not active', 'suspended', '§3 account disabled/inactive'],
  ['550 User account not activated', 'suspended', '§3 account disabled/inactive'],
  // §3 a mailbox's quota.
  ['552 Mailbox limit exceeded for this email address', 'mailbox-full', '§3 mailbox full'],
  // §3 sender domain not found -> policy.
  ['553 Sender Domain Resolve Fail', 'policy', '§3 sender domain not found'],
  [
    '550 5.1.8 Sender ann@example.org has no A, AAAA, or MX DNS records',
    'policy',
    '§3 sender domain not found',
  ],
  // §3 a named block list.
  ['550 Email blocked by cbl.abuseat.org', 'blocked', '§3 block list'],
  ['550 5.7.1 Blocked by ivmSIP', 'blocked', '§3 block list'],
  // From PHPMailer-BMH's rule list (phpmailer-bmh_rules.php, code), by our guide:
  ["550 Sorry, can't find user's mailbox. (#5.1.1)", 'user-unknown', '§3 mailbox does not exist'],
  ["550 This user doesn't have an example.org account", 'user-unknown', '§3 mailbox does not exist'],
  ['550 Recipient not member of domain', 'user-unknown', '§3 mailbox does not exist'],
  ['550 5.1.1 Unknown alias', 'user-unknown', '§3 mailbox does not exist'],
  ['550 Mailbox closed due to inactivity', 'suspended', '§3 account closed'],
  ['550 This address no longer accepts mail.', 'suspended', '§3 account closed'],
  ['552 User has exhausted allowed storage space', 'mailbox-full', '§3 mailbox full'],
  ["552 Not enough storage space in user's mailbox to accept message", 'mailbox-full', '§3 mailbox full'],
  ['552 5.2.2 Mailbox has exceeded the quota', 'mailbox-full', "§3 a mailbox's quota"],
  ['451 4.3.0 can not open new email file errno=13', 'system', "§3 the server's own fault"],
  [
    '451 4.3.0 Unable to switch to the mail directory: input/output error.',
    'system',
    "§3 the server's own fault",
  ],
  ['554 5.4.6 MX list for example.org points back to mx.example.org', 'network', '§3 routing loop'],
  ['554 5.7.1 Content reject', 'spam', '§3 content filter'],
  ['501 5.5.4 HELO / EHLO requires domain address', 'syntax', '§4 bad HELO'],
];

// Near misses: the words above must not capture these, whose meaning the guide gives otherwise.
const NOT: readonly [string, BounceReason | null, string][] = [
  // X.1.3 is the address's syntax, not an unknown mailbox: the words leave it to the status (its
  // catalog page says syntax).
  ['501 5.1.3 Bad destination mailbox address syntax', null, '§3 address syntax, by status'],
  // "email first" is no MAIL command out of order.
  ['550 Please verify your email first', null, 'not a command sequence'],
  // A sender's sending quota is a rate, not a mailbox's storage.
  ['550 5.7.1 Daily sending quota exceeded', 'rate-limited', '§3 sending quota'],
  // A mail loop named beside a hop count stays the loop.
  ['554 5.4.6 Too many hops', 'network', '§3 too many hops'],
  // "authentication data" of SPF is the identity check, not a login.
  ['550 5.7.23 SPF authentication failed', 'auth-failure', '§3 SPF'],
  // A named block list beside a sender address refusal stays blocked.
  ['550 Sender address blocked; listed at zen.spamhaus.org', 'blocked', '§3 named block list'],
  // A service, not an account, not active: the server's own fault.
  ['421 4.3.2 Service not active', 'system', "§3 the server's own fault"],
  // The recipient's domain without MX is the recipient's host, not a sender rule.
  ['550 5.1.2 example.org has no MX records', 'host-unknown', '§3 no MX'],
  // Disk space of the server, not the mailbox's: system (first pass's words).
  ['452 No space left on device', 'system', '§3 disk full'],
  // A sender's sending quota with no mailbox named stays a rate.
  ['550 5.7.1 You have exceeded your daily sending quota', 'rate-limited', '§3 sending quota'],
  // A connection that timed out is not denied.
  ['Connection timed out', 'network', '§3 timed out on an attempt'],
];

describe("reason words for the families Sisimai's provider tables name (second pass)", () => {
  it.each(TAUGHT)('%s -> %s (%s)', (line, reason) => {
    expect(reasonOfText(line)).toBe(reason);
  });
  it.each(NOT)('near miss: %s -> %s (%s)', (line, reason) => {
    expect(reasonOfText(line)).toBe(reason);
  });
});
