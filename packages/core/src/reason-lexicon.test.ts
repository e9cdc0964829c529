import { describe, expect, it } from 'vitest';
import { type BounceReason, reasonOfText } from './reason.js';

// Wording families that Sisimai's reason modules (lib/sisimai/reason/*.rb, read as code) list and our
// words missed, each decided by the labelling guide (test/fixtures/bounces/LABELLING.md, cited per row).
// Every line is written here in the reply format those servers use, not copied from any bounce.
const TAUGHT: readonly [string, BounceReason, string][] = [
  // §3: the mailbox does not exist -> user-unknown.
  ['550 5.1.1 <ann@example.org>: address unknown', 'user-unknown', '§3 mailbox does not exist'],
  ['550 5.1.1 Unknown mailbox ann@example.org', 'user-unknown', '§3 mailbox does not exist'],
  ['550 Unknown e-mail address <ann@example.org>', 'user-unknown', '§3 mailbox does not exist'],
  ['550 5.1.1 Mailbox not present', 'user-unknown', '§3 mailbox does not exist'],
  ['550 5.1.1 Recipient not exist', 'user-unknown', '§3 mailbox does not exist'],
  ['550 User not known', 'user-unknown', '§3 mailbox does not exist'],
  ['550 User <ann@example.org> was not found', 'user-unknown', '§3 mailbox does not exist'],
  ['550 No such person at this address', 'user-unknown', '§3 mailbox does not exist'],
  ['550 Sorry, no account by that name here', 'user-unknown', '§3 mailbox does not exist'],
  ['550 Address not present in directory', 'user-unknown', '§3 mailbox does not exist'],
  ['550 5.1.1 Nonexistent user', 'user-unknown', '§3 mailbox does not exist'],
  [
    '553 sorry, this recipient is not in my validrcptto list (#5.7.1)',
    'user-unknown',
    '§3 (qmail list of valid users)',
  ],
  ['550 5.1.1 Utilisateur inconnu', 'user-unknown', '§3 mailbox does not exist (French)'],
  ['550 No existe ese usuario', 'user-unknown', '§3 mailbox does not exist (Spanish)'],
  ['550 5.1.1 Not a valid recipient', 'user-unknown', '§3 invalid recipient, no detail'],
  // §3: a mailbox over its quota -> mailbox-full.
  ['552 5.2.2 User is over the quota', 'mailbox-full', '§3 over quota'],
  ['452 4.2.2 Account is exceeding their quota', 'mailbox-full', '§3 quota exceeded'],
  ['552 Mailbox quota usage exceeded', 'mailbox-full', '§3 quota exceeded'],
  ['552 Full mailbox', 'mailbox-full', '§3 mailbox full'],
  ['552 The recipient mailbox has exceeded its disk space limit', 'mailbox-full', '§3 mailbox full'],
  ['552 Recipient rejected: mailbox would exceed maximum allowed storage', 'mailbox-full', '§3 mailbox full'],
  ["550 The user's space has been used up", 'mailbox-full', '§3 mailbox full'],
  // §3: the account disabled / closed -> suspended.
  ['550 5.2.1 vdelivermail: account is locked email bounced', 'suspended', '§3 account disabled'],
  ['550 5.2.1 Mailbox is frozen', 'suspended', '§3 account disabled'],
  ['550 ann@example.org is unavailable: user is terminated', 'suspended', '§3 account closed'],
  // §3: DNS could not find the recipient's domain or host -> host-unknown.
  ['550 5.1.2 Unknown host', 'host-unknown', '§3 DNS'],
  ['550 Mail domain mentioned in email address is unknown', 'host-unknown', '§3 DNS'],
  ['451 4.4.0 DNS records for the destination computer could not be found', 'host-unknown', '§3 DNS'],
  ['451 Host name lookup failure', 'host-unknown', '§3 DNS, temporarily'],
  [
    'Name service error for name=example.org type=MX: Malformed or unexpected name server reply',
    'host-unknown',
    '§3 DNS',
  ],
  // §3: routing loop -> network; could not connect -> network.
  ['554 5.4.6 Maximum forwarding loop count exceeded', 'network', '§3 mail loop'],
  ['554 5.3.5 Local configuration error: mail loops back to myself', 'network', '§3 mail loop before config'],
  ['451 Host is unreachable', 'network', '§3 could not connect'],
  // §3: too many connections -> rate-limited.
  [
    '421 4.7.0 Exceeds per-domain connection limit for example.org',
    'rate-limited',
    '§3 too many connections',
  ],
  ['421 Trop de connexions, essayez plus tard', 'rate-limited', '§3 too many connections (French)'],
  ['450 Please try again slower', 'rate-limited', '§3 rate'],
  // §3: the sending IP refused as a sender -> blocked.
  ['550 5.7.1 Banned sending IP 192.0.2.1', 'blocked', '§3 IP refused'],
  ['554 Server access forbidden by your IP 192.0.2.1', 'blocked', '§3 IP refused'],
  ['550 IP 192.0.2.1 is blocked by example.net', 'blocked', '§3 IP refused'],
  ['550 Rejecting open proxy 192.0.2.1', 'blocked', '§3 IP refused'],
  ['553 5.3.0 Blocked for abuse. See http://example.net/blocks', 'blocked', '§3 IP banned'],
  ['554 Mail server at 192.0.2.1 is blocked', 'blocked', '§3 IP refused'],
  ['554 Your IP is in a black list', 'blocked', '§3 block list'],
  ['554 Blocked - see http://www.spamcop.net/bl.shtml?192.0.2.1', 'blocked', '§3 SpamCop is a block list'],
  ['550 Email blocked by zen.barracudacentral.org', 'blocked', '§3 Barracuda is a block list'],
  // §3: SPF/DKIM/DMARC or reverse DNS of the sending IP -> auth-failure.
  ['550 5.7.25 Access denied. IP name lookup failed [192.0.2.1]', 'auth-failure', '§3 reverse DNS'],
  ['550 Sender IP reverse lookup rejected', 'auth-failure', '§3 reverse DNS'],
  ['550 Domain example.org mismatches client IP', 'auth-failure', '§3 mismatched reverse DNS'],
  // §3: SMTP AUTH login refused or required -> credentials.
  ['535 5.7.8 Authentication failed', 'credentials', '§3 login refused'],
  [
    '530 Our mail server requires authentication when sending to a non-local address',
    'credentials',
    '§3 login required (relay for want of a login)',
  ],
  ['535 Authentification invalide', 'credentials', '§3 login refused (French)'],
  ['535 5.7.0 Authentication failure', 'credentials', '§3 login refused'],
  ['535 Authentication credentials invalid', 'credentials', '§3 login refused'],
  // §3 / §6: the sender's ADDRESS refused by a rule, relay denied, group rights -> policy.
  ['550 5.1.0 Sender rejected', 'policy', '§3 sender address refused'],
  ['553 5.7.1 Sender email address rejected', 'policy', '§3 sender address refused'],
  ['550 Invalid sender <bob@example.net>', 'policy', '§3 sender address refused'],
  ['553 5.7.1 <bob@example.net>: Mail from not owned by user', 'policy', '§3 not owned by user'],
  ['550 5.7.1 Unroutable sender address', 'policy', '§3 sender domain not found'],
  ['550 BATV validation failure', 'policy', '§3 sender address refused (BATV)'],
  [
    '554 Message rejected: Email address is not verified.',
    'policy',
    "§6 a sending service's rule on the address",
  ],
  ['550 You are sending to/from an address that has been blacklisted', 'policy', '§6 the address on a list'],
  ['550 Sender is in my black list', 'policy', '§6 the address on a list'],
  ['550 5.7.1 We do not relay: not an open relay, so get lost', 'policy', '§3 relay denied'],
  ['554 No relaying', 'policy', '§3 relay denied'],
  ["553 We don't handle mail for example.org", 'policy', '§3 relay denied'],
  ['550 Posting by non-member to a members-only list', 'policy', '§3 group posting rights'],
  ['550 Message bounced due to organizational settings', 'policy', '§3 an admin rule'],
  ['554 Message contains an illegal attachment', 'policy', '§3 forbidden attachment type'],
  // §3: this message's content -> spam.
  ['554 5.7.1 Message content rejected, id=12345', 'spam', '§3 content filter'],
  ['550 Rejecting banned content', 'spam', '§3 content filter'],
  ['451 Your message has been temporarily blocked by our filter', 'spam', '§3 content filter'],
  // §3: the message over a size limit -> too-big.
  ['552 5.3.4 Exceeded maximum inbound message size', 'too-big', '§3 size'],
  ['552 5.2.3 Message length exceeds administrative limit', 'too-big', '§3 size'],
  // §3: malformed message -> syntax.
  ['554 5.6.0 Duplicate header', 'syntax', '§3 malformed headers'],
  ['554 This message contains invalid MIME headers', 'syntax', '§3 malformed message'],
  ['554 Improper use of 8-bit data in message header', 'syntax', '§3 malformed headers'],
  // §3: the receiving server's own fault -> system.
  ['451 4.3.0 Mail system configuration error', 'system', "§3 the server's own fault"],
  ['452 No space left on device', 'system', '§3 disk full'],
  ['451 Queue file write error', 'system', "§3 the server's own fault"],
  ['Command died with status 1: "/usr/bin/procmail"', 'system', '§4 a local delivery program failed'],
  ['421 Service currently unavailable', 'system', "§3 the server's own fault"],
  // §3: the queue gave up and names no cause -> expired.
  ['Unable to deliver message after multiple retries', 'expired', '§3 gave up, no cause'],
  ['This message has been in the queue too long', 'expired', '§3 queue lifetime'],
  ['Recipient was not reachable within the allowed queue period', 'expired', '§3 queue lifetime'],
];

// Near misses: the words above must not capture these, whose meaning the guide gives otherwise.
const NOT: readonly [string, BounceReason | null, string][] = [
  // "exceeded the quota" with no mailbox named is not the mailbox's: the words say nothing (Gmail's
  // Message-ID limit gets its reason from its page).
  ['550 You have exceeded the quota for messages with the same Message-ID', null, '§3'],
  ['550 5.7.1 Daily sending quota exceeded', 'rate-limited', '§3 sending quota'],
  // "temporarily rate limited" wins over the PTR / forward-DNS words (§3 first row).
  [
    '421 4.7.0 The corresponding forward DNS entry does not point to the sending IP; your IP has been temporarily rate limited',
    'rate-limited',
    '§3 rate limited whatever the cause',
  ],
  // A sender address refusal that names a block list stays with the list words.
  ['550 Sender rejected: listed at zen.spamhaus.org', 'blocked', '§3 named block list'],
  // The stock Exchange heading "security policies" is no stated cause: the quoted stock reply decides.
  [
    'Your message was not delivered because of security policies. 550 5.7.1 Recipient address rejected: Invalid recipient',
    'user-unknown',
    '§4 stock reply',
  ],
  // "unknown hostname" in HELO is not an unknown recipient host.
  ['550 Unknown hostname given in HELO, use your real hostname in HELO', 'syntax', '§4 HELO'],
  // A client IP not found by name is reverse DNS, not the recipient's domain.
  ['450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]', 'auth-failure', '§5'],
  // DKIM's own "authentication failure" is the identity check, not a login.
  ['550 5.7.1 DKIM authentication failure', 'auth-failure', '§3 DKIM'],
  // A delivery agent's lock on the mailbox file is no closed account.
  ['451 4.2.0 Mailbox is locked by another process', null, '§3'],
  // A delivery delay that names no cause names none.
  ['Delivery attempts will continue to be made for 4 days', null, '§1 a warning names its failure'],
  // "ip" inside a word is no IP ("invalid sender ip" is an IP: blocked, not a sender's address).
  ['550 Invalid sender IP 192.0.2.1', 'blocked', '§3 IP refused'],
  // A message that timed out stays by the existing timeout rule; "in the queue" is the queue.
  ['Message timed out in the queue', 'expired', '§3 queue gave up'],
];

describe("reason words for the families Sisimai's reason lists name", () => {
  it.each(TAUGHT)('%s -> %s (%s)', (line, reason) => {
    expect(reasonOfText(line)).toBe(reason);
  });
  it.each(NOT)('near miss: %s -> %s (%s)', (line, reason) => {
    expect(reasonOfText(line)).toBe(reason);
  });
});
