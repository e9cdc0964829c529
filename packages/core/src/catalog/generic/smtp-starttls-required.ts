import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'smtp-starttls-required',
  provider: 'generic',
  replyCode: 530,
  enhancedCode: '5.7.0',
  providerText: 'Must issue a STARTTLS command first / STARTTLS is required to send mail',
  fromGoogleList: false,
  title: 'STARTTLS required (any server)',
  severity: 'high',
  summary:
    'The server will not accept a login or a message until the connection is encrypted with STARTTLS. Turn on STARTTLS in the client (port 587, `requireTLS`), or use implicit TLS on port 465 if the server offers it.',
  whatYouSee: [
    '530 5.7.0 Must issue a STARTTLS command first',
    '530 Must issue a STARTTLS command first',
    '451 5.7.3 STARTTLS is required to send mail',
    '530 5.7.0 Must issue a STARTTLS command first (in reply to MAIL FROM command)',
    'the server response was: 5.7.0 must issue STARTTLS command first',
    'msmtp: authentication failed (method unknown): cannot use a secure authentication method',
    '530 Login fail. A secure connection is requiered(such as ssl).',
  ],
  whatsHappening:
    'Submission servers (Postfix with smtpd_tls_security_level=encrypt, Exchange, Amazon SES, SendGrid, Gmail) refuse AUTH and MAIL on a plain connection. The client connected to 587 or 25 and went straight to AUTH or MAIL FROM without sending STARTTLS, because TLS is off in its settings, because the server did not advertise STARTTLS in its EHLO reply (something in between stripped it), or because the client only upgrades opportunistically and skipped it.',
  causes: [
    'TLS/STARTTLS turned off in the client (`secure: false` without `requireTLS`, PHPMailer `SMTPSecure` empty, `SMTPAutoTLS` false)',
    'A firewall, antivirus or ISP stripping STARTTLS from the EHLO reply',
    'Port 25 used for submission with a client that does not upgrade',
  ],
  fixes: [
    {
      title: 'Enable STARTTLS',
      detail:
        'nodemailer: port 587, secure: false, requireTLS: true. PHPMailer: SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS, Port = 587. Python: server.starttls() before login. Java: mail.smtp.starttls.enable=true and .required=true.',
    },
    {
      title: 'Or use implicit TLS',
      detail:
        'Port 465 with secure: true (nodemailer), SMTP_SSL (Python), ENCRYPTION_SMTPS (PHPMailer), if the server offers it.',
    },
    {
      title: 'Check nothing strips STARTTLS',
      detail:
        'Run `openssl s_client -starttls smtp -connect HOST:587`; if STARTTLS is missing from the EHLO list only on your network, something in between removes it.',
    },
  ],
  prevention: 'Require TLS in the mail client settings rather than relying on opportunistic upgrade.',
  related: ['530-5.7.0-starttls-first', 'tls-wrong-version-number', 'smtp-auth-required'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Nothing is accepted on this connection until TLS is started.',
  },
  stage: 'MAIL',
  signature: {
    // Also as people retype it without the article ("must issue STARTTLS command first").
    phrases: [
      'must issue a starttls command first',
      'must issue starttls command first',
      'starttls is required to send mail',
      // msmtp with TLS off refuses to send a password in clear (src/smtp.c): TLS first, as the server's
      // refusal above asks.
      'cannot use a secure authentication method',
      // QQ Mail's refusal of a login on a connection without TLS, in its own spelling (its help page
      // id=28 is linked in the reply; below13 dev, settled blind).
      'a secure connection is requiered',
    ],
  },
  sources: [
    'https://www.rfc-editor.org/rfc/rfc3207',
    'https://www.postfix.org/TLS_README.html',
    'https://github.com/apache/hertzbeat/issues/2365',
    'https://github.com/marlam/msmtp/blob/master/src/smtp.c',
    'https://service.mail.qq.com/cgi-bin/help?id=28',
  ],
  checked: '2026-12-03',
};
