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
