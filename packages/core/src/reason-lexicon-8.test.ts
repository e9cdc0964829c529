import { describe, expect, it } from 'vitest';
import { type BounceReason, reasonFor, reasonOfText } from './reason.js';

// Eighth pass: reply lines as they appear in public code (SMTP servers' and milters' reply strings,
// policy daemons' actions, mail apps' tests and docs), found by searching for their status codes
// ("450 4.7.1 ", "554 5.6.0 ", "550 5.2.1 " …). Each is decided by the labelling guide
// (test/fixtures/bounces/LABELLING.md, row cited per line; §7: the words decide, then the status
// detail). Every line is written here in the wording found, with our own addresses and IPs; none is
// from a bounce message.
const status = (line: string) => line.match(/\b[245]\.\d{1,3}\.\d{1,3}\b/)?.[0] ?? null;
const replyCode = (line: string) => Number(line.match(/^[245]\d\d\b/)?.[0] ?? Number.NaN);

const TAUGHT: readonly [string, BounceReason, string][] = [
  // §3 rate-limited: too many connections; Postfix's anvil limit on AUTH commands is a login rate,
  // as Gmail's "Too many login attempts" is read.
  ['450 4.7.1 Error: too many AUTH commands from unknown[192.0.2.1]', 'rate-limited', '§3 too many'],
  ['450 4.7.1 too many AUTH commands', 'rate-limited', '§3 too many'],
  ['421 4.7.0 Too many authentication commands, slow down', 'rate-limited', '§3 too many'],
  // §3 syntax: a malformed conversation (unrecognised commands, pipelining abuse) and a malformed
  // message (invalid or missing headers, NUL characters, over-long lines).
  [
    '421 4.7.0 Error: too many unrecognized commands, closing connection',
    'syntax',
    '§3 malformed conversation',
  ],
  ['500 5.5.2 Unrecognized commands are not accepted', 'syntax', '§3 malformed conversation'],
  ['421 4.7.0 Too many pipelined commands, closing connection', 'syntax', '§3 malformed conversation'],
  [
    '554 5.6.0 Message with invalid header rejected, id=12345-01 - MIME error: part did not end with expected boundary',
    'syntax',
    '§3 malformed headers (amavisd-new BAD-HEADER)',
  ],
  ['554 5.6.0 Message rejected: invalid headers', 'syntax', '§3 malformed headers'],
  ['550 5.6.0 Invalid header found (see RFC2822 section 3.6)', 'syntax', '§3 malformed headers (Momentum)'],
  ['554 5.6.0 Message contains NUL characters', 'syntax', '§3 malformed message (Cyrus)'],
  [
    '554 5.6.0 Message does not contains a From header field (msg ID = 0000abcd)',
    'syntax',
    '§3 header missing',
  ],
  ["550 Message doesn't contain a valid Date header", 'syntax', '§3 header missing'],
  [
    '554 5.0.0 Error: transaction failed, blame it on the weather: smtp: too longer line in input stream',
    'syntax',
    '§3 malformed message (go-smtp ErrTooLongLine)',
  ],
  // §3 policy: the sender's domain not found, the sender's address refused (§4: a cause stated after
  // "Mailbox unavailable" decides, not its 5.2.1).
  ['550 5.7.1 Sender domain could not be found in DNS', 'policy', '§3 sender domain not found'],
  ["550 Sender's domain cannot be resolved", 'policy', '§3 sender domain not found'],
  ['553 Domain of sender address could not be verified', 'policy', '§3 sender verify failed'],
  [
    '550 5.2.1 Mailbox unavailable. This server does not accept mails from this sender address',
    'policy',
    '§4 stated cause after mailbox unavailable',
  ],
  ["550 We don't accept mail from the sender <kim@example.org>", 'policy', '§3 sender address refused'],
];

// Lines the rules above must leave to the words or status they had.
const NOT: readonly [string, BounceReason | null, string][] = [
  // "commands" alone is no rate: only AUTH commands (a login rate) and pipelined ones (syntax).
  ['421 4.7.0 Error: too many errors', null, 'no cause named; the status decides'],
  ['550 5.7.1 Command rejected', null, 'no cause named; the status decides'],
  // The existing rate words stay.
  ['421 4.3.2 Too many connections from your IP', 'rate-limited', '§3 too many connections'],
  ['421 4.7.0 Error: too many failed login attempts', 'rate-limited', '§3 too many'],
  // DKIM's, ARC's or an authentication header is no malformed header.
  ['550 5.7.1 DKIM invalid header list', 'auth-failure', '§3 DKIM'],
  ['550 5.7.20 Message does not contain a DKIM-Signature header', 'auth-failure', '§3 DKIM (by 5.7.20)'],
  ['550 5.7.1 Message does not contain an ARC-Seal header', null, 'not a missing message header'],
  // A line too long is not a message too long, and a message too long stays too-big.
  ['552 5.3.4 Message is too long', 'too-big', '§3 over a size limit'],
  // The recipient's domain not found stays host-unknown; only the sender's is a policy.
  ["550 5.1.2 The domain example.net couldn't be found in DNS", 'host-unknown', '§3 DNS'],
  // A domain that accepts no mail at all is the recipient's domain (null MX), not the sender's.
  ['550 5.1.10 Null MX: domain does not accept email (example.org)', 'host-unknown', '§3 no MX'],
  // A stock "Mailbox unavailable" with nothing more still goes by its detail.
  ['550 5.2.1 Mailbox unavailable', 'suspended', '§3 stock words, 5.2.1'],
  [
    '550 5.2.1 Mailbox unavailable. Your IP address 192.0.2.10 is blacklisted using RBL-Plus.',
    'blocked',
    '§3',
  ],
];

describe('reply lines found by status code in public code (eighth pass)', () => {
  it.each(TAUGHT)('%s -> %s (%s)', (line, reason) => {
    expect(reasonOfText(line, status(line))).toBe(reason);
  });
  it.each(NOT)('near miss: %s -> %s (%s)', (line, reason) => {
    expect(reasonOfText(line, status(line))).toBe(reason);
  });

  // Postfix's refusal prefixes under RFC 3463's undefined X.0.0 (an access map's REJECT): the prefix
  // says what was refused (the connecting host: blocked), where 5.0.0 says nothing; a defined
  // detail still decides.
  it('reads a Postfix refusal prefix under an undefined X.0.0 status', () => {
    const line = '554 5.0.0 <192.0.2.4>: Client host rejected: reject';
    expect(reasonOfText(line, '5.0.0')).toBe('blocked');
    expect(reasonFor(null, '5.0.0', line, 554)).toBe('blocked');
    expect(reasonOfText('554 5.1.8 <a@example.org>: Sender address rejected: reject', '5.1.8')).toBe(
      'policy',
    );
    expect(reasonOfText('554 5.7.1 <192.0.2.4>: Client host rejected: match 192.0.2', '5.7.1')).toBeNull();
    const rcpt = '554 5.1.1 <a@example.org>: Recipient address rejected: reject';
    expect(reasonOfText(rcpt, '5.1.1')).toBeNull();
    expect(reasonFor(null, '5.1.1', rcpt, 554)).toBe('user-unknown');
  });

  it('leaves stock lines with no cause to their status or reply code', () => {
    for (const [line, reason] of [
      ['451 4.7.1 Try again later', 'policy'],
      ['550 5.7.26 rejected', 'auth-failure'],
      ['554 5.6.0 Parse error', 'syntax'],
      ['451 4.4.1 could not transmit to smarthost', 'network'],
    ] as const) {
      expect(reasonFor(null, status(line), line, replyCode(line))).toBe(reason);
    }
  });

  it('stays linear on long runs of the words it looks for', () => {
    const runs = [
      'too many auth '.repeat(40_000),
      'invalid '.repeat(60_000),
      `does not contain ${'x-'.repeat(100_000)}`,
      'too longer '.repeat(50_000),
      `sender domain ${'could not be '.repeat(30_000)}`,
      'do not accept mails from '.repeat(20_000),
    ];
    for (const text of runs) {
      const t0 = performance.now();
      reasonOfText(text);
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});
