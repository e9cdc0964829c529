import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '454-5.5.1-starttls-repeated',
  provider: 'gmail',
  replyCode: 454,
  enhancedCode: '5.5.1',
  providerText: 'STARTTLS may not be repeated.',
  fromGoogleList: true,
  title: 'STARTTLS may not be repeated',
  severity: 'medium',
  summary:
    'Your client sent STARTTLS on a connection that is already encrypted: either it connected with TLS on port 465, or it already ran STARTTLS once. Pick one TLS mode and send STARTTLS at most once.',
  whatYouSee: [
    '454 5.5.1 STARTTLS may not be repeated. d2e1a72fcca58-4a0 - gsmtp',
    '454 5.5.1 STARTTLS may not be repeated.',
  ],
  whatsHappening:
    'STARTTLS upgrades a plain-text SMTP session to TLS, once. After the upgrade, Gmail no longer lists STARTTLS in its EHLO reply, and on port 465 the session is TLS from the first byte, so STARTTLS is never offered there. A client that sends STARTTLS anyway gets 454 5.5.1. The reply code is 4xx but the enhanced code 5.5.1 says the command itself is wrong: repeating it will never work. The connection is still usable and already encrypted, so the fix is to stop sending the second STARTTLS.',
  causes: [
    'Connecting to port 465 with implicit TLS and also issuing STARTTLS (for example forcing STARTTLS in code without checking EHLO)',
    'Calling the STARTTLS step twice: once in a helper and once in the library, or again after a second EHLO',
    'Go code that dials with `tls.Dial` and then calls `client.StartTLS` on the same connection',
    'A reused connection object that re-runs its setup (EHLO + STARTTLS) on every send',
  ],
  fixes: [
    {
      title: 'Choose one TLS mode',
      detail:
        'Either port 465 with implicit TLS and no STARTTLS (nodemailer `port: 465, secure: true`; Python `smtplib.SMTP_SSL`; PHPMailer `SMTPSecure = PHPMailer::ENCRYPTION_SMTPS`), or port 587 with one STARTTLS (nodemailer `port: 587, secure: false, requireTLS: true`; Python `smtplib.SMTP` + one `starttls()`; PHPMailer `ENCRYPTION_STARTTLS`).',
    },
    {
      title: 'Only send STARTTLS when EHLO offers it',
      detail:
        'Check the EHLO reply for STARTTLS before sending the command (Python: `server.has_extn(\'starttls\')`; Go: `client.Extension("STARTTLS")`). After a successful upgrade, send EHLO again and go on to AUTH, not STARTTLS.',
    },
    {
      title: 'Remove duplicate setup code',
      detail:
        'Search your code for every place that calls starttls or sets TLS options; keep one. When reusing a connection for several messages, run the connection setup once per connection, not once per message.',
    },
  ],
  prevention:
    'Configure TLS in one place, and let the library decide on STARTTLS from the server’s EHLO reply.',
  related: [
    '454-4.5.0-pipelining-after-starttls',
    '530-5.7.0-starttls-first',
    'tls-wrong-version-number',
    'conn-greeting-never-received',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The enhanced code 5.5.1 means the command is wrong, not the moment; stop sending the extra STARTTLS, then resend.',
  },
  stage: 'STARTTLS',
  helpUrl: 'https://support.google.com/a/answer/3221692',
  signature: {
    phrases: ['starttls may not be repeated'],
  },
  sources: ['https://support.google.com/a/answer/3726730'],
  checked: '2026-11-23',
};
