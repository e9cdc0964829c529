import { describe, expect, it } from 'vitest';
import { getEntry } from './catalog.js';
import { classify } from './classify.js';
import { reasonOfEntry } from './reason.js';

// The provider-neutral page for a login the server refused (RFC 4954 section 6: 535 5.7.8
// "Authentication credentials invalid"). Lines are each server's documented wording, typed here:
// Postfix's smtpd_sasl_glue.c, Exim's smtp_in.c, Microsoft's 535 5.7.3 / 5.7.139.
describe('smtp-auth-failed: a refused login on a server that is not Gmail', () => {
  it.each([
    // Postfix handing the login to Cyrus SASL or Dovecot (was the RFC 3463 5.7.8 page at 0.4).
    ['535 5.7.8 Error: authentication failed: authentication failure'],
    ['535 5.7.8 Error: authentication failed: generic failure'],
    // Microsoft 365 / Exchange (were the RFC 3463 5.7.0 and 5.7.3 pages).
    [
      '535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [AB1PR01CA0001.namprd01.prod.outlook.com]',
    ],
    ['535 5.7.3 Authentication unsuccessful [AB1PR01CA0001.namprd01.prod.outlook.com]'],
    ['535 5.7.139 Authentication unsuccessful, basic authentication is disabled.'],
    // No page before: a bare 535, nodemailer's wrapper, Exim.
    ['535 Authentication failed'],
    ['Invalid login: 535 Authentication Failed'],
    ['535 Incorrect authentication data'],
    ['Expected response code 235 but got code "535", with message "535 Incorrect authentication data"'],
    // RFC 4954's own text, as Python's smtplib prints it.
    ["smtplib.SMTPAuthenticationError: (535, b'5.7.8 Authentication credentials invalid')"],
  ])('%s', (paste) => {
    const d = classify(paste);
    expect(d.entry?.id).toBe('smtp-auth-failed');
    expect(d.confidence).toBeGreaterThanOrEqual(0.9);
    expect(d.reason).toBe('credentials');
    expect(d.originNote).not.toBeNull();
  });

  it("takes nodemailer's error object by its response", () => {
    const d = classify({
      code: 'EAUTH',
      response: '535 Authentication failed',
      responseCode: 535,
      command: 'AUTH PLAIN',
    });
    expect(d.entry?.id).toBe('smtp-auth-failed');
  });

  it('the reply code alone names it when no phrase does, at the confidence of a code page', () => {
    // RFC 4954 gives 535 to a refused AUTH alone; words of no known server ride along.
    const d = classify('535 5.7.8 Sorry, that username or password did not match');
    expect(d.entry?.id).toBe('smtp-auth-failed');
    expect(d.confidence).toBeLessThanOrEqual(0.4);
    expect(d.reason).toBe('credentials');
    // With a PHPMailer debug line the server's reply says why; the wrapper's words do not win.
    expect(
      classify(
        'SMTP ERROR: Password command failed: 535 Incorrect authentication data\nSMTP Error: Could not authenticate.',
      ).entry?.id,
    ).toBe('smtp-auth-failed');
  });

  it('keeps its reason: credentials', () => {
    expect(reasonOfEntry(getEntry('smtp-auth-failed')!)).toBe('credentials');
  });
});

describe('smtp-auth-failed: near misses it must not take', () => {
  it.each([
    // Gmail's own replies keep their pages.
    [
      '535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1b2c3 - gsmtp',
      '535-5.7.8-bad-credentials',
    ],
    [
      '535 5.7.8 https://support.google.com/mail/?p=BadCredentials a1b2c3 - gsmtp',
      '535-5.7.8-bad-credentials',
    ],
    [
      'SASL authentication failed; server smtp.gmail.com[192.0.2.1] said: 535-5.7.8 Username and Password not accepted.',
      '535-5.7.8-bad-credentials',
    ],
    ['534-5.7.9 Application-specific password required. Learn more at', '534-5.7.9-app-password-required'],
    // A bare code pair is read as Gmail's, as before.
    ['535 5.7.8', '535-5.7.8-bad-credentials'],
    // No login happened (530), or Microsoft's 530 5.7.57 quoting the refused 535: the login-required page.
    ['530 5.7.0 Authentication required', '530-5.7.0-authentication-required'],
    [
      '530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.',
      'smtp-auth-required',
    ],
    [
      'The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.',
      'smtp-auth-required',
    ],
    // A library hiding the reply: the wrapper page.
    ['SMTP Error: Could not authenticate.', 'auth-phpmailer-could-not-authenticate'],
    // Google's token endpoint.
    [
      'invalid_grant: Token has been expired or revoked. Authentication failed',
      'token-invalid-grant-expired-or-revoked',
    ],
    // .NET's TLS handshake, worded "Authentication failed".
    [
      "System.Security.Authentication.AuthenticationException: Authentication failed because the remote party sent a TLS alert: 'HandshakeFailure'.",
      'tls-handshake-failure',
    ],
    // Gmail's "Send mail as" dialog sentence.
    ['Authentication failed. Please check your username/password.', 'notice-send-mail-as-login-failed'],
    // RFC 4954's temporary failure (454) is not a refused login: the server could not check it.
    ['454 4.7.0 Temporary authentication failure', 'smtp-auth-temporary-failure'],
    [
      '454 4.7.0 Temporary authentication failure: Connection lost to authentication server',
      'smtp-auth-temporary-failure',
    ],
  ])('%s', (paste, page) => {
    expect(classify(paste).entry?.id).toBe(page);
  });

  it.each([
    // A mailbox login over IMAP (RFC 5530) or POP (RFC 3206) is not sending mail.
    ['a1 NO [AUTHENTICATIONFAILED] Authentication failed.'],
    ['-ERR [AUTH] Authentication failed.'],
    // The same words under another reply code.
    ['550 5.7.1 Authentication failed for this relay'],
  ])('%s', (paste) => {
    expect(classify(paste).entry?.id ?? 'none').not.toBe('smtp-auth-failed');
  });
});

describe('smtp-auth-failed: the words with no reply code (review14)', () => {
  // "Authentication failed" with no code is every program's sentence; only a paste that shows it is
  // SMTP (the word, an enhanced code, the page's own 535 in the text) reaches the page.
  it.each([
    ["fatal: Authentication failed for 'https://git.example.org/team/repo.git/'"],
    ['Authentication failed'],
    ['ldap_bind: Authentication failed for cn=admin,dc=example,dc=org'],
    ['IMAP login failed: Authentication failed'],
    ['Temporary authentication failure'],
    // .NET's TLS handshake under SmtpClient: the TLS layer's words, not a refused login.
    ['SmtpClient: Authentication failed, see inner exception.'],
    [
      'System.Net.Mail.SmtpException: Failure sending mail. ---> System.Security.Authentication.AuthenticationException: Authentication failed, see inner exception.',
    ],
  ])('%s', (paste) => {
    const id = classify(paste).entry?.id ?? 'none';
    expect(id).not.toBe('smtp-auth-failed');
    expect(id).not.toBe('smtp-auth-temporary-failure');
  });

  it.each([
    ['SMTP authentication failed'],
    ['smtplib: authentication failed'],
    ['Invalid login - 535 Incorrect authentication data'],
    ['AuthError: Invalid login - 535 Authentication failed'],
  ])('%s', (paste) => {
    expect(classify(paste).entry?.id).toBe('smtp-auth-failed');
  });
});
