import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '454-4.5.0-pipelining-after-starttls',
  provider: 'gmail',
  replyCode: 454,
  enhancedCode: '4.5.0',
  providerText: 'SMTP protocol violation, no commands allowed to pipeline after STARTTLS, visit RFC 3207.',
  fromGoogleList: true,
  title: 'No commands allowed to pipeline after STARTTLS',
  severity: 'medium',
  summary:
    'Your client sent more commands in the same write as STARTTLS, before the TLS handshake. Gmail refuses that for security. Send STARTTLS alone, wait for 220, complete TLS, then send EHLO again.',
  whatYouSee: [
    '454 4.5.0 SMTP protocol violation, no commands allowed to pipeline after STARTTLS, see RFC 3207 d2e1a72fcca58-4a0 - gsmtp',
    '454 4.5.0 SMTP protocol violation, no commands allowed to pipeline after STARTTLS, visit RFC 3207.',
  ],
  whatsHappening:
    'RFC 3207 says STARTTLS must be the last command in a pipelined group: the client sends it, waits for "220 Ready to start TLS", does the TLS handshake, and starts over with EHLO inside the encrypted channel. If anything follows STARTTLS in the same packet (EHLO, AUTH, MAIL FROM), it arrived in plain text and would be executed as if it came over TLS, which is the STARTTLS command-injection attack. Gmail detects the extra bytes and refuses with 454 4.5.0. The session cannot continue; the same client will do the same thing on every retry.',
  causes: [
    'Hand-written socket code that writes "STARTTLS\\r\\nEHLO ...\\r\\n" in one write',
    'A library that pipelines every command once PIPELINING is advertised, including STARTTLS (old or buggy versions)',
    'Testing tools with a fast STARTTLS mode that sends commands without waiting (for example testssl.sh’s FAST_STARTTLS)',
    'A proxy or middlebox that buffers client commands and releases them together',
  ],
  fixes: [
    {
      title: 'Send STARTTLS on its own',
      detail:
        'Write `STARTTLS\\r\\n`, read the reply, and only on `220` start the TLS handshake on the same socket. Discard anything left in your read buffer, then send `EHLO` again over TLS before AUTH or MAIL FROM.',
    },
    {
      title: 'Use a maintained SMTP library',
      detail:
        'nodemailer, Python smtplib, PHPMailer, Symfony Mailer, Jakarta Mail and MailKit all do the STARTTLS sequence correctly. Upgrade old versions and remove custom pipelining code.',
    },
    {
      title: 'Or use implicit TLS on port 465',
      detail:
        "Connect with TLS from the first byte and skip STARTTLS entirely: nodemailer `host: 'smtp.gmail.com', port: 465, secure: true`; Python `smtplib.SMTP_SSL('smtp.gmail.com', 465)`.",
    },
    {
      title: 'Test by hand',
      detail:
        'Check the server path with `openssl s_client -starttls smtp -connect smtp.gmail.com:587 -crlf`, which performs STARTTLS correctly; if that works and your client fails, the client is pipelining.',
    },
  ],
  prevention: 'Never hand-roll STARTTLS; use a maintained SMTP library or implicit TLS on port 465.',
  related: [
    '451-4.5.0-protocol-violation',
    '454-5.5.1-starttls-repeated',
    '530-5.7.0-starttls-first',
    'tls-wrong-version-number',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Retrying with the same client repeats the violation; fix the STARTTLS sequence, then resend.',
  },
  stage: 'STARTTLS',
  helpUrl: 'https://support.google.com/a/answer/3221692',
  signature: {
    phrases: ['no commands allowed to pipeline after starttls'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://github.com/testssl/testssl.sh/issues/274',
  ],
  checked: '2026-11-23',
};
