import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '451-4.5.0-protocol-violation',
  provider: 'gmail',
  replyCode: 451,
  enhancedCode: '4.5.0',
  providerText: 'SMTP protocol violation, visit RFC 2821.',
  fromGoogleList: true,
  googleListRows: [
    'SMTP protocol violation. For more information, go to About SMTP error messages and review RFC 5321 specifications.',
  ],
  title: 'SMTP protocol violation (RFC 2821)',
  severity: 'medium',
  summary:
    'Your client sent something out of order or malformed, and Gmail stopped the session. This is a client bug, not a transient fault: capture the SMTP transcript and fix or replace the sending code.',
  whatYouSee: [
    '451 4.5.0 SMTP protocol violation, see RFC 2821 d2e1a72fcca58-4a0 - gsmtp',
    '451 4.5.0 SMTP protocol violation, visit RFC 2821.',
  ],
  whatsHappening:
    'Gmail checks that clients follow the SMTP command sequence: wait for the greeting, send a command, read its reply, and only then send the next one (unless PIPELINING was offered and is used within its rules). When a client breaks that, for example by writing commands ahead of replies, sending message data before the 354 go-ahead, or sending a malformed AUTH exchange, Gmail answers 451 4.5.0 and gives up on the session. Older replies say "see RFC 2821", newer ones "visit RFC 2821". The reply code is 4xx, but the same client will trip the same check every time until its code changes.',
  causes: [
    'Hand-written SMTP code that writes several commands in one go instead of waiting for each reply',
    'Message data sent before the 354 reply to DATA, or after a rejected RCPT/DATA',
    'A malformed AUTH exchange; some Perl Net::SMTP / Authen::SASL setups hit this with AUTH PLAIN',
    'Lines ending in bare LF instead of CRLF, or a message body that is not dot-stuffed',
    'A proxy or security device that rewrites or buffers the SMTP stream',
  ],
  fixes: [
    {
      title: 'Capture the transcript',
      detail:
        'Log the exact bytes exchanged. nodemailer: `logger: true, debug: true`; Python: `server.set_debuglevel(1)`; PHPMailer: `$mail->SMTPDebug = 2`. Reproduce by hand with `openssl s_client -starttls smtp -connect smtp.gmail.com:587 -crlf` and compare.',
    },
    {
      title: 'Use a maintained SMTP library',
      detail:
        'Replace home-made socket code with a library that implements the protocol (nodemailer, Python smtplib, PHPMailer or Symfony Mailer, JavaMail/Jakarta Mail, MailKit). Upgrade old versions, which may pipeline incorrectly.',
    },
    {
      title: 'Wait for each reply and use CRLF',
      detail:
        'If you must write raw SMTP: read the full (possibly multi-line) reply before the next command, send the message only after 354, end every line with `\\r\\n`, and double any line that starts with a dot.',
    },
    {
      title: 'Change the AUTH mechanism',
      detail:
        'If the violation follows AUTH, try another mechanism supported by Gmail (LOGIN instead of PLAIN, or XOAUTH2 through a library that supports it) and check that the credentials are base64-encoded exactly once.',
    },
  ],
  prevention:
    'Send mail through a well-tested SMTP library, keep it up to date, and keep a debug transcript switch available for when a server complains.',
  related: [
    '454-4.5.0-pipelining-after-starttls',
    '502-5.5.1-unrecognized-command',
    '503-5.5.1-ehlo-first',
    '555-5.5.2-syntax-error',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same client code fails the same way; fix the protocol error, then resend.',
  },
  stage: 'any',
  helpUrl: 'https://support.google.com/a/answer/3221692',
  signature: {
    // "smtp protocol violation" is shared with 454-4.5.0-pipelining-after-starttls; reply code 451 (vs 454)
    // tells them apart, and older Gmail replies say "see RFC 2821" instead of "visit".
    phrases: ['smtp protocol violation, visit rfc 2821', 'smtp protocol violation'],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://support.google.com/a/answer/3221692'],
  checked: '2026-11-23',
};
