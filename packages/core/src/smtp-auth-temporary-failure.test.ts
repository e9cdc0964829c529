import { describe, expect, it } from 'vitest';
import { getEntry } from './catalog.js';
import { classify } from './classify.js';
import { reasonOfEntry } from './reason.js';

// The provider-neutral page for RFC 4954's temporary AUTH failure (section 6: 454 4.7.0 "Temporary
// authentication failure"). Lines are typed here in each server's documented wording: Postfix's
// smtpd_sasl_glue.c with the reasons of xsasl_dovecot_server.c and of Cyrus SASL
// (sasl_errstring), Dovecot's submission-login, and the clients that wrap them.
describe('smtp-auth-temporary-failure: a login the server could not check', () => {
  it.each([
    // RFC 4954's own text (was the RFC 3463 4.7.0 page at 0.4).
    ['454 4.7.0 Temporary authentication failure'],
    // Postfix with Dovecot: no answer within its 10 seconds, or no way to send the request.
    ['454 4.7.0 Temporary authentication failure: Connection lost to authentication server'],
    ["454 4.7.0 Temporary authentication failure: Can't connect to authentication server"],
    // Postfix with Cyrus SASL (saslauthd not running: SASL_FAIL), and with no reason at all.
    ['454 4.7.0 Temporary authentication failure: generic failure'],
    ['454 4.7.0 Temporary authentication failure: (reason unavailable)'],
    // Dovecot's own submission service: the message, then its host name and the time.
    ['454 4.7.0 Temporary authentication failure. [smtp.example.net:2026-12-05 08:15:00]'],
    // Clients around it: nodemailer, Python's smtplib, a client that keeps only the enhanced code.
    [
      'Error: Invalid login: 454 4.7.0 Temporary authentication failure: Connection lost to authentication server',
    ],
    ["smtplib.SMTPAuthenticationError: (454, b'4.7.0 Temporary authentication failure: generic failure')"],
    [
      'login failed, will retry: 4.7.0 Temporary authentication failure: Connection lost to authentication server',
    ],
  ])('%s', (paste) => {
    const d = classify(paste);
    expect(d.entry?.id).toBe('smtp-auth-temporary-failure');
    expect(d.confidence).toBeGreaterThanOrEqual(0.9);
    // LABELLING.md §3: an SMTP AUTH login refused → credentials, by the words "authentication failure".
    expect(d.reason).toBe('credentials');
    expect(d.transient).toBe(true);
  });

  it("takes nodemailer's error object by its response", () => {
    const d = classify({
      code: 'EAUTH',
      response: '454 4.7.0 Temporary authentication failure: Connection lost to authentication server',
      responseCode: 454,
      command: 'AUTH PLAIN',
    });
    expect(d.entry?.id).toBe('smtp-auth-temporary-failure');
  });

  it('keeps its reason: credentials (the guide\'s "SMTP AUTH login refused", as Gmail\'s 454 4.7.0 page)', () => {
    expect(reasonOfEntry(getEntry('smtp-auth-temporary-failure')!)).toBe('credentials');
    expect(reasonOfEntry(getEntry('454-4.7.0-cannot-authenticate')!)).toBe('credentials');
  });
});

describe('smtp-auth-temporary-failure: near misses it must not take', () => {
  it.each([
    // Gmail's own 454 4.7.0 replies keep their pages.
    [
      '454-4.7.0 Cannot authenticate due to a temporary system problem. Try again later.\n454-4.7.0 https://support.google.com/mail/?p=client-login a1b2c3 - gsmtp',
      '454-4.7.0-cannot-authenticate',
    ],
    [
      '454-4.7.0 Too many login attempts, please try again later. For more information,\n454-4.7.0 go to\n454 4.7.0  https://support.google.com/mail/answer/7126229 a1b2c3 - gsmtp',
      '454-4.7.0-too-many-login-attempts',
    ],
    [
      'Error: Invalid login: 454 4.7.0 Too many login attempts, please try again later.',
      '454-4.7.0-too-many-login-attempts',
    ],
    // RFC 4954's words beside Gmail's login help link: Gmail's page of the same meaning and code.
    [
      '454 4.7.0 Temporary authentication failure https://support.google.com/mail/?p=client-login',
      '454-4.7.0-cannot-authenticate',
    ],
    // Postfix before 3.1 sent the same reason under 535: the words name the cause (the authentication
    // service did not answer), so this page, not the refused-login one (collected-s15-below15 dev).
    [
      '535 5.7.8 Error: authentication failed: Connection lost to authentication server',
      'smtp-auth-temporary-failure',
    ],
    // A plain refused login under 535 keeps the refused-login page.
    ['535 5.7.8 Error: authentication failed: authentication failure', 'smtp-auth-failed'],
    // A bare code pair keeps the answer it had: 454 is not only AUTH's (TLS, relay, Gmail's pages).
    ['454 4.7.0', 'generic-4.7.0-other-or-undefined-security-status'],
  ])('%s', (paste, page) => {
    expect(classify(paste).entry?.id).toBe(page);
  });

  it.each([
    // Other 454 replies: TLS unavailable, Postfix's temporary relay refusal.
    ['454 4.7.0 TLS not available due to local problem'],
    ['454 4.7.1 <someone@example.org>: Relay access denied'],
    // The words under another reply code.
    ['451 4.7.0 Temporary authentication failure'],
    // Dovecot's IMAP (RFC 5530) and POP3 (RFC 3206) logins: a mailbox login, not sending mail.
    ['a1 NO [UNAVAILABLE] Temporary authentication failure. [imap.example.net:2026-12-05 08:15:00]'],
    ['-ERR [SYS/TEMP] Temporary authentication failure. [pop.example.net:2026-12-05 08:15:00]'],
  ])('%s', (paste) => {
    expect(classify(paste).entry?.id ?? 'none').not.toBe('smtp-auth-temporary-failure');
  });
});
