import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '503-5.5.1-ehlo-first',
  provider: 'gmail',
  replyCode: 503,
  enhancedCode: '5.5.1',
  providerText: 'EHLO/HELO first.',
  fromGoogleList: true,
  googleListRows: [
    'EHLO/HELO first. An email transaction protocol command was issued out of sequence. For more information, go to HELO/EHLO email error.',
  ],
  title: 'EHLO/HELO first',
  severity: 'medium',
  summary:
    'Your client sent AUTH, MAIL or another command before greeting Gmail with EHLO (or without greeting again after STARTTLS). Send EHLO first, and again right after the TLS upgrade.',
  whatYouSee: [
    '503 5.5.1 EHLO/HELO first. d2e1a72fcca58-4a0 - gsmtp',
    'Error: Mail command failed: 503 5.5.1 EHLO/HELO first. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'An SMTP session must start with EHLO (or HELO) before any mail command. After STARTTLS the session is reset (RFC 3207), so the client must send EHLO again on the encrypted connection before AUTH or MAIL. Gmail answers 503 5.5.1 to a command that arrives before the greeting. Mature libraries never do this, so it points to custom SMTP code, a client that skipped the second EHLO after STARTTLS, or a client that carried on after its EHLO was rejected (for example with 501 5.5.4 for a bad hostname).',
  causes: [
    'Custom SMTP code that sends AUTH or MAIL FROM straight after connecting',
    'No EHLO after STARTTLS: the TLS upgrade resets the session and the client reused its pre-TLS state',
    'The EHLO itself was rejected (e.g. `501 5.5.4` invalid argument) and the client continued anyway',
    'A pooled or reused connection that was reset or re-established without a new greeting',
  ],
  fixes: [
    {
      title: 'Greet first, and again after STARTTLS',
      detail:
        'Sequence: connect → read 220 → `EHLO mail.example.com` → `STARTTLS` → TLS handshake → `EHLO mail.example.com` again → AUTH → MAIL. In Python: `s.ehlo(); s.starttls(); s.ehlo(); s.login(...)` (smtplib also re-greets on its own when you call login/sendmail).',
    },
    {
      title: 'Check the EHLO reply',
      detail:
        'If EHLO returns anything other than 250, stop: fix the cause (often an invalid EHLO name, see 501 5.5.4) rather than continuing to AUTH or MAIL.',
    },
    {
      title: 'Let the library manage the session',
      detail:
        'Use nodemailer, smtplib, PHPMailer, JavaMail or MailKit and do not send raw commands on their connections; with connection pools, let the library reconnect instead of replaying commands on a new socket.',
    },
  ],
  prevention:
    'Use a maintained SMTP library, and if you write your own client, treat STARTTLS as a session reset that requires a fresh EHLO.',
  related: [
    '501-5.5.4-invalid-helo-argument',
    '503-5.5.1-mail-first',
    '530-5.7.0-starttls-first',
    '454-4.5.0-pipelining-after-starttls',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'A client sequencing bug; fix the command order, then resend on a new connection.',
  },
  stage: 'any',
  signature: {
    phrases: [
      'ehlo/helo first',
      'ehlo/helo first. an email transaction protocol command was issued out of sequence',
    ],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://www.rfc-editor.org/rfc/rfc3207'],
  checked: '2026-11-23',
};
