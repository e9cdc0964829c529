import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { unmangle } from './normalize.js';
import { type BounceReason, reasonOfText } from './reason.js';

// morph9: the wordings our rules already know, spelt the way servers and people spell them: a typo
// ("recipent", "unkown", "doesnot", "exceded"), another spelling ("unrecognised", "authentification",
// "black-listed", "mail-box"), another inflection ("does not exists", "was refused", "has been
// exceeded", "no longer exists"), a hyphen ("rate-limited", "reverse-DNS", "content-filter", "timed-out"),
// an accent typed for the apostrophe ("doesn´t"), a reply split over its lines with each line's code.
// Each variant was found in public text (source or documentation, never a sample bounce; one hit per
// variant in the helper's notes) and is written here in our own words as a reply line; the reason is the
// labelling guide's row (test/fixtures/bounces/LABELLING.md §3) for the family it belongs to.
const VARIANTS: readonly [string, BounceReason, string][] = [
  // §3 mailbox does not exist (user-unknown).
  ['550 The recipient doesnot exist here', 'user-unknown', '§3 mailbox does not exist'],
  ['550 Sorry, that user doesn´t exist', 'user-unknown', '§3 mailbox does not exist'],
  ['550 5.1.1 Recipent not found', 'user-unknown', '§3 mailbox does not exist'],
  ['550 Invalid recipent', 'user-unknown', '§3 invalid recipient, no detail'],
  ['550 User unkown', 'user-unknown', '§3 mailbox does not exist'],
  ['550 Unknow user', 'user-unknown', '§3 mailbox does not exist'],
  ['550 Recipients unknown', 'user-unknown', '§3 mailbox does not exist'],
  ['550 Mail box not found', 'user-unknown', '§3 mailbox does not exist'],
  ['550 Non existent user', 'user-unknown', '§3 mailbox does not exist'],
  ['550 Nonexistant mailbox', 'user-unknown', '§3 mailbox does not exist'],
  ['550 This address no longer exists', 'user-unknown', '§3 mailbox does not exist'],
  ['550 Unknown mail address', 'user-unknown', '§3 mailbox does not exist'],
  ['550 No such adress', 'user-unknown', '§3 mailbox does not exist'],
  ['550 User not exists', 'user-unknown', '§3 mailbox does not exist'],
  // A reply's lines each with their code, the sentence broken between them.
  [
    '550-The user you wrote to does not\r\n550 exist on this server',
    'user-unknown',
    '§3 mailbox does not exist',
  ],
  [
    '550-The user you wrote to does not 550-exist on this server',
    'user-unknown',
    '§3 mailbox does not exist',
  ],
  // §3 mailbox full.
  ['552 Mail-box full', 'mailbox-full', '§3 mailbox full'],
  ['552 Recipient mailbox-full', 'mailbox-full', '§3 mailbox full'],
  ['552 User is over-quota', 'mailbox-full', '§3 over quota'],
  ['552 Quota exceded', 'mailbox-full', '§3 quota exceeded'],
  ['552 Quota has been exceeded for this mailbox', 'mailbox-full', '§3 quota exceeded'],
  // §3 account closed / disabled.
  ['550 This account is closed', 'suspended', '§3 account closed'],
  ['550 The account was closed by its owner', 'suspended', '§3 account closed'],
  ['550 Account de-activated', 'suspended', '§3 account disabled'],
  // §3 DNS could not find the recipient's domain.
  ['550 Domain does not exists', 'host-unknown', '§3 no such domain'],
  ["550 The domain dosn't exist", 'host-unknown', '§3 no such domain'],
  ['550 example.org does not exists', 'host-unknown', '§3 no such domain'],
  ['550 Non existent domain', 'host-unknown', '§3 no such domain'],
  ['550 The recipient domain could not be resolved', 'host-unknown', '§3 no such domain'],
  ['451 Host unkown', 'host-unknown', '§3 host not found'],
  // §3 rate limited.
  ['421 You are rate-limited, try later', 'rate-limited', '§3 rate limited'],
  ['421 Rate-limit exceeded', 'rate-limited', '§3 rate limited'],
  ['421 Too many connection from your IP', 'rate-limited', '§3 too many connections'],
  ['452 Too many e-mails from you today', 'rate-limited', '§3 sending quota'],
  ['452 Too many recipents', 'rate-limited', '§3 too many recipients'],
  ['421 Connection rate exceeded', 'rate-limited', '§3 too many connections'],
  ['421 Message rate exceeded', 'rate-limited', '§3 rate limited'],
  // §3 IP refused as a sender (blocked); §6 the sender's address on the receiver's list (policy).
  ['554 Your IP is black-listed', 'blocked', '§3 block list'],
  ['554 Client host block-listed', 'blocked', '§3 block list'],
  ['554 Connecting host is denylisted', 'blocked', '§3 block list'],
  ['554 This IP has been banned', 'blocked', '§3 banned'],
  ['550 Sender is black listed', 'policy', "§6 sender address on the receiver's list"],
  ['550 Sender address is black-listed', 'policy', "§6 sender address on the receiver's list"],
  ['550 Sender not authorized', 'policy', '§3 sender address refused by a rule'],
  // §3 content filter (spam).
  ['554 Rejected by content-filter', 'spam', '§3 content filter'],
  // §3 reverse DNS (auth-failure).
  ['550 Reverse-DNS lookup failed for 192.0.2.1', 'auth-failure', '§3 no reverse DNS'],
  ['550 No reverse-DNS for your IP', 'auth-failure', '§3 no reverse DNS'],
  ['550 Could not find your hostname', 'auth-failure', '§3 cannot find your hostname'],
  // §3 SMTP AUTH refused or required (credentials).
  ['530 Authentification required', 'credentials', '§3 SMTP AUTH required'],
  ['535 Invalid username or password', 'credentials', '§3 SMTP AUTH refused'],
  ['535 Incorrect password', 'credentials', '§3 SMTP AUTH refused'],
  // §3 over a size limit (too-big).
  ['552 Message size exceeded', 'too-big', '§3 message over a size limit'],
  ['552 Message exceeded maximum size', 'too-big', '§3 message over a size limit'],
  ['552 Maximum size exceeded', 'too-big', '§3 message over a size limit'],
  ['552 Message to large', 'too-big', '§3 message over a size limit'],
  ['552 Size-limit exceeded', 'too-big', '§3 message over a size limit'],
  // §3 malformed conversation (syntax): sendmail's "Command unrecognized", British spelling.
  ['500 5.5.1 Command unrecognized: "XYZZY"', 'syntax', '§3 out-of-sequence or unknown command'],
  ['500 Unrecognised command', 'syntax', '§3 out-of-sequence or unknown command'],
  // §3 could not connect (network).
  ['451 Connection timed-out', 'network', '§3 timed out on an attempt'],
  ['451 Connection was refused by the remote host', 'network', '§3 could not connect'],
  ['451 Connection was reset', 'network', '§3 connection lost'],
  ['451 Conection refused', 'network', '§3 could not connect'],
  ["451 Couldn't connect to mx.example.org", 'network', '§3 could not connect'],
  ['451 Failed to connect to mx.example.org', 'network', '§3 could not connect'],
  // §3 the receiver's own fault (system).
  ['452 Disk full', 'system', '§3 disk full'],
];

// Near misses: the wider spellings must not capture these, whose reason the guide gives otherwise.
const NOT: readonly [string, BounceReason | null, string][] = [
  // The queue giving up, not a message over a size limit.
  ['Exceeded Maximum Delivery Attempts', 'expired', '§3 maximum delivery attempts'],
  // A mailbox's size, not the message's.
  ['552 5.2.2 Mailbox size exceeded', 'mailbox-full', '§3 mailbox full'],
  // A message to large lists is about its audience, not its size.
  ['550 Message to large mailing lists needs approval', null, 'no cause named'],
  // A sending quota stays a rate, however "exceeded" is inflected.
  ['550 Daily quota has been exceeded', 'rate-limited', '§3 sending quota'],
  // The sender's domain that does not resolve is a rule about the sender.
  ['550 Sender domain could not be resolved', 'policy', '§3 sender domain not found'],
  // A DKIM key that does not resolve is DKIM failing.
  ['550 DKIM key for example.org could not be resolved', 'auth-failure', '§3 DKIM fail'],
  // A forward DNS lookup of the recipient's domain stays host-unknown; only reverse DNS is the sender's.
  ['451 DNS lookup failed for example.org', 'host-unknown', '§3 DNS could not find the domain'],
  // A sender "not authorized" by SPF is SPF failing.
  ['550 5.7.1 Sender not authorized: SPF check failed', 'auth-failure', '§3 SPF fail'],
  // "Refused" without a connection is still a refusal by a rule.
  ['550 Relay access refused', 'policy', '§3 relay denied'],
  // "Client host unknown" names the sending host's name (the guide's reverse DNS), not the recipient's.
  ['450 Client host unknown', null, 'not a recipient host'],
  // "unknowingly" is no "unknow".
  ['550 The user unknowingly sent too much', null, 'no cause named'],
  // A greeting refusal keeps its code on the next line: blocked, not the words of the reply alone.
  ['host mx.example.org refused to talk to me:\n554 Go away', 'blocked', '§4 refused at the greeting'],
  // A line that ends a sentence ("said:") keeps the next line's code out of the words' concern.
  [
    'SMTP error from remote mail server after initial connection:\n554 5.7.1 Go away',
    'blocked',
    '§4 greeting',
  ],
  // A mailbox's disk quota stays a mailbox's.
  ["552 User's disk quota exceeded", 'mailbox-full', "§3 mailbox owner's disk quota"],
  // A password-protected attachment is still an attachment rule, not a login.
  ['554 Rejected: password-protected attachments not allowed', 'policy', '§3 forbidden attachment type'],
  // The account's closed connection is the network's, not a closed account.
  ['451 Connection closed', 'network', '§3 connection lost'],
];

describe('morph9: known wordings in their common spellings and inflections', () => {
  it.each(VARIANTS)('%s -> %s (%s)', (line, reason) => {
    expect(reasonOfText(line)).toBe(reason);
  });
  it.each(NOT)('near miss: %s -> %s (%s)', (line, reason) => {
    expect(reasonOfText(line)).toBe(reason);
  });
});

// A reply copied from a web page or an escaped log keeps its characters as references: numeric ones
// ("doesn&#039;t", "&#8217;", "&#x2019;"), typographic ones by name ("&rsquo;") and references escaped
// twice ("&amp;#39;"). The words are read only once they are characters again.
describe('morph9: character references decoded before the words are read', () => {
  it.each([
    ['doesn&#039;t', "doesn't"],
    ['doesn&#8217;t', 'doesn\u2019t'],
    ['doesn&#x2019;t', 'doesn\u2019t'],
    ['doesn&#X27;t', "doesn't"],
    ['doesn&rsquo;t', 'doesn\u2019t'],
    ['doesn&amp;#39;t', "doesn't"],
    ['a &ndash; b', 'a \u2013 b'],
    ['mailbox&#160;full', 'mailbox full'],
    ['black&#45;listed', 'black-listed'],
  ])('%s -> %s', (escaped, plain) => {
    expect(unmangle(escaped)).toBe(plain);
  });
  it.each([
    ['&#0;', '&#0;'],
    ['&#xD800;', '&#xD800;'],
    ['&#99999999;', '&#99999999;'],
    ['AT&T', 'AT&T'],
    ['&amp;#39 no semicolon', '&#39 no semicolon'],
  ])('left alone: %s', (text, same) => {
    expect(unmangle(text)).toBe(same);
  });
  it.each([
    ['550 The email account that you tried to reach doesn&#8217;t exist', 'user-unknown'],
    ['550 The email account that you tried to reach doesn&rsquo;t exist', 'user-unknown'],
    ['550 The email account that you tried to reach doesn&amp;#39;t exist', 'user-unknown'],
    ['554 Your IP is black&#45;listed', 'blocked'],
  ])('classify: %s -> %s', (reply, reason) => {
    expect(classify(reply).reason).toBe(reason);
  });
});
