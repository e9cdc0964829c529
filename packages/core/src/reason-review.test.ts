import { describe, expect, it } from 'vitest';
import { reasonFor, reasonOfText } from './reason.js';

// Texts in the documented form of each MTA, written for these tests (documentation addresses).
describe('reasons a second reader checked against the MTA sources', () => {
  // Postfix writes RFC 7505's null MX as one word: src/dns/dns_lookup.c "Domain %s does not accept
  // mail (nullMX)"; its SMTP server refuses such a recipient with 556 5.1.10 (smtpd_check.c). The
  // recipient's domain accepts no mail: host-unknown, not Exchange's 5.1.10 unknown recipient.
  it("Postfix's '(nullMX)' is host-unknown, under 5.1.10 or 5.1.0", () => {
    expect(
      reasonFor(
        null,
        '5.1.10',
        '556 5.1.10 <u@example.com>: Recipient address rejected: Domain example.com does not accept mail (nullMX)',
        556,
      ),
    ).toBe('host-unknown');
    expect(
      reasonFor(null, '5.1.0', '<u@example.com>: Domain example.com does not accept mail (nullMX)'),
    ).toBe('host-unknown');
  });

  // Postfix's queue manager prefixes the cause of a dead destination with "delivery temporarily
  // suspended: %s" (src/qmgr/qmgr_defer.c): the delivery is suspended, not the account; the cause
  // after it decides.
  it("Postfix's 'delivery temporarily suspended: <cause>' is read by its cause", () => {
    expect(
      reasonFor(
        null,
        '4.4.3',
        'delivery temporarily suspended: Host or domain name not found. Name service error for name=example.com type=MX: Host not found, try again',
      ),
    ).toBe('host-unknown');
    expect(
      reasonFor(
        null,
        '4.4.1',
        'delivery temporarily suspended: connect to mx.example.com[192.0.2.1]:25: Connection refused',
      ),
    ).toBe('network');
    // An account that is suspended still is.
    expect(reasonFor(null, '5.2.1', '550 5.2.1 This account has been suspended', 550)).toBe('suspended');
  });
});

describe("sendmail's own sysexits texts", () => {
  // sendmail/sysexits.c: EX_CANTCREAT is ":550 5.0.0 Can't create output" (":" adds the errno text),
  // a local delivery that failed (a .forward's file or program): the guide's system, as Postfix's
  // "can't create user output file" is.
  it("'Can't create output' is system, with or without its errno text", () => {
    expect(reasonFor(null, '5.0.0', "550 5.0.0 Can't create output", 550)).toBe('system');
    expect(
      reasonFor(
        null,
        '5.0.0',
        "550 5.0.0 /home/u/.forward: line 1: |/usr/bin/prog... Can't create output: Permission denied",
        550,
      ),
    ).toBe('system');
  });
});

describe('an expired password, token or certificate is not an expired message', () => {
  it('reads them by what expired: a login (credentials) or TLS, and a queue that gave up as expired', () => {
    const login = '535 5.7.8 Error: authentication failed: password expired';
    expect(reasonFor(null, '5.7.8', login, 535)).toBe('credentials');
    expect(reasonOfText('454 4.7.0 TLS not available: certificate has expired')).toBe('tls');
    expect(reasonOfText('554 4.4.7 Message expired: unable to deliver in 840 minutes')).toBe('expired');
  });
});

// Findings of the review of 2026-12-04, decided by the labelling guide. Texts written in each
// client's documented form for these tests (documentation addresses).
describe('a refusal at the greeting, 4xx or 5xx, whichever client reports it (guide §4, §5)', () => {
  it('is blocked in Postfix, Exim and nodemailer as in the PHP mailers', () => {
    expect(
      reasonOfText(
        'host mx.example.com[192.0.2.1] refused to talk to me: 421 mx.example.com Service not available',
      ),
    ).toBe('blocked');
    expect(
      reasonOfText(
        'SMTP error from remote mail server after initial connection: 421 mx.example.com: connection rejected by policy',
      ),
    ).toBe('blocked');
    expect(
      reasonOfText('Invalid greeting. response=421 Local Policy Violation: 421 Local Policy Violation'),
    ).toBe('blocked');
    expect(
      reasonOfText(
        'Expected response code 220 but got code "421", with message "421 mx.example.com Service not available"',
      ),
    ).toBe('blocked');
    expect(
      reasonOfText(
        'host mx.example.com[192.0.2.1] refused to talk to me: 554 5.7.1 Connection rejected by policy',
      ),
    ).toBe('blocked');
  });

  it('keeps rate words rate-limited (§3) and a stated identity check auth-failure (§5)', () => {
    expect(
      reasonOfText(
        'host mx.example.com[192.0.2.1] refused to talk to me: 421 4.7.0 mx.example.com Error: too many connections from 192.0.2.1',
      ),
    ).toBe('rate-limited');
    expect(
      reasonOfText(
        'host mx.example.com[192.0.2.1] refused to talk to me: 450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]',
      ),
    ).toBe('auth-failure');
  });
});

describe('a forbidden attachment type named by a content filter (guide §3, §4 specific beats general)', () => {
  it('is policy; a content filter alone or a virus in the attachment stays spam', () => {
    expect(
      reasonFor(
        null,
        '5.7.1',
        '554 5.7.1 Message rejected by content filter: attachment type not allowed (.exe)',
        554,
      ),
    ).toBe('policy');
    expect(reasonFor(null, '5.7.1', '552 5.7.1 Executable attachments are not accepted', 552)).toBe('policy');
    expect(reasonFor(null, '5.7.1', '554 5.7.1 Message rejected by content filter', 554)).toBe('spam');
    expect(
      reasonFor(null, '5.7.1', '554 5.7.1 Attachment blocked: virus found (Eicar-Test-Signature)', 554),
    ).toBe('spam');
    // The virus named before the attachment rule is still the content itself.
    expect(
      reasonFor(null, '5.7.1', '554 5.7.1 Virus found (Eicar-Test-Signature): attachment blocked', 554),
    ).toBe('spam');
  });
});

describe("Mailgun's 'Too old' (code 602) is its queue giving up after its retries", () => {
  // Mailgun's failed event after the retry limit (documentation.mailgun.com, event types) reports
  // delivery-status message "Too old" with no remote reply: the guide's expired (no cause reported).
  it('is expired, and a cause beside it still wins', () => {
    expect(
      reasonFor(null, null, '"delivery-status": {"attempt-no": 8, "message": "Too old", "code": 602}'),
    ).toBe('expired');
    expect(reasonOfText('Too old: connect to mx.example.com[192.0.2.1]:25: Connection timed out')).toBe(
      'network',
    );
    // Only Mailgun's own form: a header check's "too old" is no queue giving up.
    expect(reasonOfText('550 5.7.1 Message date is too old')).not.toBe('expired');
  });
});

describe('a login word beside an identity check or an attachment (second reader)', () => {
  it("is the identity check's or the content's reason, not credentials", () => {
    expect(
      reasonOfText('550 5.7.1 Message rejected: sender authentication required, SPF and DKIM both failed'),
    ).toBe('auth-failure');
    expect(reasonOfText('552 Attachment password required to scan the message')).not.toBe('credentials');
    expect(reasonOfText('530 5.7.0 Authentication required')).toBe('credentials');
    expect(reasonOfText('534-5.7.9 Application-specific password required.')).toBe('credentials');
  });
});
