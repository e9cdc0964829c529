import { describe, expect, it } from 'vitest';
import { type BounceReason, reasonOfText } from './reason.js';

// Fourth pass: wording families from other open-source bounce classifiers' rule lists (read as code,
// never their sample messages) which our words missed, each decided by the labelling guide
// (test/fixtures/bounces/LABELLING.md, cited per row). Sources: ZoneMTA's config/bounces.txt (regex →
// category lines); Mail::DeliveryStatus::BounceParser's _std_reason regexes (rjbs/Mail-DeliveryStatus-
// BounceParser); a Python regex Bounce_classifier and a Go dsn classifier found by searching code.
// Every line is written here in the reply format, not copied from any bounce.
const TAUGHT: readonly [string, BounceReason, string][] = [
  // ZoneMTA's blacklist rules: the sending IP refused by a list or by where it is (§3 blocked).
  ['550 5.7.1 198.51.100.7 has been blocked by lists.example.net', 'blocked', '§3 IP on a block list'],
  ['550 5.7.1 Mail from 198.51.100.7 rejected using lists.example.net', 'blocked', '§3 IP on a block list'],
  [
    '550 5.7.1 Connection from IP 198.51.100.7 refused due to listing in EXAMPLE-BL',
    'blocked',
    '§3 block list',
  ],
  ['550 5.7.1 Rejected. Host 198.51.100.7 found in EXAMPLE-BL listing', 'blocked', '§3 block list'],
  ['554 5.7.1 Message refused based on geographical location of the sender', 'blocked', '§3 IP refused'],
  [
    '550 5.7.1 Client address [198.51.100.7] blocked. You are on our SPAMMER list',
    'blocked',
    '§3 IP refused',
  ],
  ['553 5.7.1 Relaying denied - your IP identified as spammer', 'blocked', '§3 IP refused'],
  ['451 4.7.1 Currently Sending Spam, see the SORBS lookup page', 'blocked', '§4/§6 named block list'],
  ['554 5.7.1 Refused, listed by NJABL', 'blocked', '§4/§6 named block list'],
  ['550 5.7.1 Sender not authorized from this IP', 'blocked', '§3 "not authorized" for this IP'],
  // §4 "Recipient does not want your mail": the recipient's own list, not a block list.
  ['550 5.7.1 Blacklisted by recipient', 'policy', '§4 recipient does not want your mail'],
  // AOL's RTR:RD: no reverse DNS for the connecting IP (§3/§5 auth-failure), not an RTR block.
  ['554 RTR:RD the connecting IP has no reverse DNS entry', 'auth-failure', '§3 no reverse DNS'],
  // SPF's own words.
  [
    '550 5.7.1 example.org does not designate 198.51.100.7 as permitted sender',
    'auth-failure',
    '§3 SPF fail',
  ],
  // §3 account closed: an account said to be expired (Hot.ee, BounceParser).
  ['550 5.2.1 <a@example.net> is expired account', 'suspended', '§3 account closed'],
  ['550 This account has expired', 'suspended', '§3 account closed'],
  ['550 Mailbox discontinued', 'suspended', '§3 account closed'],
  // §3 mailbox does not exist, in BounceParser's user_unknown words.
  ['550 Recipient not recognized', 'user-unknown', '§3 mailbox does not exist'],
  ['550 Address <a@example.net> is not recognized', 'user-unknown', '§3 mailbox does not exist'],
  ['550 Address not known here', 'user-unknown', '§3 mailbox does not exist'],
  ['550 No such account', 'user-unknown', '§3 mailbox does not exist'],
  ['550 Unknown customer', 'user-unknown', '§3 mailbox does not exist'],
  ['551 not our customer', 'user-unknown', '§3 mailbox does not exist'],
  ["550 This host doesn't handle mail for that user", 'user-unknown', '§3 mailbox does not exist'],
  ['550 Recipient no longer on server', 'user-unknown', '§3 status detail X.1.6 (moved)'],
  // §3 "mailbox unavailable / invalid recipient" with no detail -> user-unknown.
  ['550 Mailbox not available', 'user-unknown', '§3 stock words, no detail'],
  ['550 Invalid address', 'user-unknown', '§3 stock words, no detail'],
  ['550 <a@example.net> is invalid', 'user-unknown', '§3 stock words, no detail'],
  // §3 a mailbox's quota.
  ['552 Mailbox for this user is full', 'mailbox-full', "§3 a mailbox's quota"],
  ['552 Mailbox size exceeded', 'mailbox-full', "§3 a mailbox's quota"],
  ['452 Inbox has too many messages', 'mailbox-full', "§3 a mailbox's quota"],
  ['452 Benutzer hat zu viele Mails auf dem Server', 'mailbox-full', "§3 a mailbox's quota"],
  // §3 size limit: Exchange's size-limit resolver codes.
  ['550 5.2.3 RESOLVER.RST.RecipSizeLimit; the recipient limit was reached', 'too-big', '§3 size limit'],
  ['550 5.2.3 RESOLVER.RST.SendSizeLimit.Org; over the organisation limit', 'too-big', '§3 size limit'],
  // §3 DNS could not find the recipient's domain.
  ['550 Domain unknown', 'host-unknown', '§3 domain not found'],
  ['DNS for example.net: No data record of requested type', 'host-unknown', '§3 domain not found'],
  ['MX lookup failed for example.net', 'host-unknown', '§3 domain not found'],
  ['556 5.1.10 This domain does not accept mail', 'host-unknown', 'reason.ts: null MX'],
  // §3 could not connect.
  ["Can't connect to mx.example.net", 'network', '§3 could not connect'],
  ['421 Network unreachable', 'network', '§3 could not connect'],
  ['451 None of the mail servers for example.net responded', 'network', '§3 no response'],
  // §3 rate words.
  ['421 4.7.0 You are sending too fast', 'rate-limited', '§3 rate words'],
  // §3 the server's own fault.
  ['451 4.3.5 Server configuration problem', 'system', "§3 the server's own fault"],
  ['451 4.3.0 Temporary file write error', 'system', "§3 the server's own fault"],
  ['451 qq write error or disk full (#4.3.0)', 'system', '§3 disk full'],
  ['452 4.3.1 Insufficient resources', 'system', "§3 the server's own fault"],
  ['451 4.4.0 Mail transport unavailable', 'system', '§3 a local MTA failure'],
  // §3 malformed conversation or address.
  ['502 5.5.1 Command not implemented', 'syntax', '§3 malformed conversation'],
  ['504 5.5.4 Command parameter not implemented', 'syntax', '§3 malformed conversation'],
  ['501 Invalid domain syntax', 'syntax', '§3 bad address syntax'],
  ['550 Invalid address format', 'syntax', '§3 bad address syntax'],
  // §3 relay denied.
  [
    '550 You tried to use me as a relay, but I have not been configured to let you',
    'policy',
    '§3 relay denied',
  ],
  // §3 a content filter.
  ['550 5.7.1 Message filtered', 'spam', '§3 content filter'],
];

// Near misses: the words above must not capture these, whose meaning the guide gives otherwise.
const NOT: readonly [string, BounceReason | null, string][] = [
  // An SMTP AUTH login naming an expired account is a login refused (credentials), not a closed box.
  ['535 5.7.8 Authentication failed: account expired', 'credentials', '§3 SMTP AUTH refused'],
  // A password that expired is no account state (the status decides).
  ['535 5.7.8 Password expired', null, 'not a closed account'],
  // A queue giving up is still expired.
  ['Message expired after 5 days in the queue', 'expired', '§3 sender gave up'],
  // "too many messages" as a sending quota stays rate-limited (§3).
  ['450 4.7.1 Too many messages from your account', 'rate-limited', '§3 sending quota'],
  // Exchange's delivery restrictions stay policy.
  ['550 5.7.1 RESOLVER.RST.AuthRequired; authentication required', 'policy', '§3 restricted recipients'],
  // A domain that refuses only this sender is no null MX.
  ['550 This domain does not accept mail from your IP', null, 'not host-unknown'],
  // The SENDER's domain or MX is a rule about the sender (§3 policy), not the recipient's domain.
  ['553 5.1.8 Sender domain unknown', 'policy', '§3 sender domain not found'],
  ['450 4.1.8 Sender address rejected: MX lookup failed', 'policy', '§3 sender refused'],
  // An invalid address under a sender-syntax detail stays syntax; a sender's address is no recipient.
  ['501 5.1.7 Invalid address', 'syntax', 'X.1.7 bad sender address syntax'],
  ['553 Sender <a@example.net> is invalid', null, 'no recipient named'],
  // A command not recognized is syntax, not an unknown recipient.
  ['500 5.5.1 Command not recognized', 'syntax', '§3 malformed conversation'],
  // "do not handle mail for <domain>" is relay denied (policy), not an unknown user.
  ["550 We don't handle mail for example.net", 'policy', '§3 relay denied'],
  // The server's disk, not the mailbox.
  ['452 4.3.1 Insufficient system storage', 'system', '§3 disk full'],
  // A greylisting refusal "try again later" stays policy; a bare "try again later" names no cause.
  ['451 4.7.1 Greylisted, please try again later', 'policy', '§3 greylisting'],
  ['450 4.7.1 Please try again later', null, 'no cause: the status decides'],
  // Exchange's "because of security policies" header is no cause of its own.
  ["Your message wasn't delivered because of security policies.", null, 'no cause in these words'],
];

describe("reason words for the families other bounce classifiers' rule lists name (fourth pass)", () => {
  it.each(TAUGHT)('%s -> %s (%s)', (line, reason) => {
    expect(reasonOfText(line)).toBe(reason);
  });
  it.each(NOT)('near miss: %s -> %s (%s)', (line, reason) => {
    expect(reasonOfText(line, line.match(/\b[245]\.\d{1,3}\.\d{1,3}\b/)?.[0] ?? null)).toBe(reason);
  });
});
