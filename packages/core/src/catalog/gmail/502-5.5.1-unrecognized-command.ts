import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '502-5.5.1-unrecognized-command',
  provider: 'gmail',
  replyCode: 502,
  enhancedCode: '5.5.1',
  providerText: 'Unrecognized command.',
  fromGoogleList: true,
  googleListRows: ['Unrecognized command. For more information, go to About SMTP error messages.'],
  title: 'Unrecognized command',
  severity: 'low',
  summary:
    'Gmail could not parse the last line as an SMTP command: a typo, a header sent outside DATA, or a command in the wrong form. Check the exact line your client sent.',
  whatYouSee: [
    '502 5.5.1 Unrecognized command. d2e1a72fcca58-4a0 - gsmtp',
    'HELLO mail.example.com',
    '502 5.5.1 Unrecognized command. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Gmail answers 502 5.5.1 to any line that is not an SMTP verb it knows: `HELLO` instead of `HELO`, `Subject: ...` typed before `DATA`, a command with stray characters, or bytes from the wrong protocol. The session stays open, so a single one is harmless if the client then sends the right command. Several in a row make Gmail close the connection with "Too many unrecognized commands, goodbye". In application logs it usually points to hand-written SMTP code or to a client that kept sending message lines after DATA was refused.',
  causes: [
    'A typo in a manual or scripted session (`HELLO`, `MAIL FORM:`, `RCTP TO:`)',
    'Message headers or body sent before DATA was accepted (e.g. `Subject:` typed straight after RCPT)',
    'A client that keeps streaming the message after DATA or an earlier command failed',
    'Non-SMTP traffic on the port (HTTP, a TLS handshake on a plain-text connection, a health-check probe)',
  ],
  fixes: [
    {
      title: 'Log the exact line that was rejected',
      detail:
        'Enable protocol debugging (nodemailer `debug: true, logger: true`; PHPMailer `SMTPDebug = 2`; smtplib `set_debuglevel(1)`) and read the client line right before the 502. Correct its spelling or form.',
    },
    {
      title: 'Send headers only inside DATA',
      detail:
        'The order is EHLO → (STARTTLS → EHLO) → AUTH → MAIL FROM → RCPT TO → DATA, wait for `354`, then headers, a blank line, the body, and a line with a single dot.',
    },
    {
      title: 'Check the reply before each next command',
      detail:
        'If DATA or any earlier command is refused, stop and handle that error; do not send the message lines anyway.',
    },
    {
      title: 'Use an SMTP library',
      detail:
        'For anything beyond a manual test, use nodemailer, smtplib, PHPMailer, JavaMail or MailKit instead of writing raw commands to a socket.',
    },
  ],
  prevention:
    'Generate SMTP commands with a maintained library and check every reply code before moving to the next step.',
  related: [
    '502-5.5.1-too-many-unrecognized-commands',
    '502-5.5.1-unimplemented-command',
    '503-5.5.1-rcpt-first',
    '555-5.5.2-syntax-error',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same line is rejected every time; correct the command, then continue or resend.',
  },
  stage: 'any',
  signature: {
    // Also a substring of "too many unrecognized commands" (502-5.5.1-too-many-unrecognized-commands, same codes);
    // that page's longer phrase must win when both match.
    phrases: ['unrecognized command'],
  },
  sources: ['https://support.google.com/a/answer/3726730'],
  checked: '2026-11-23',
};
