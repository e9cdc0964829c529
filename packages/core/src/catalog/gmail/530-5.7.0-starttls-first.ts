import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '530-5.7.0-starttls-first',
  provider: 'gmail',
  replyCode: 530,
  enhancedCode: '5.7.0',
  providerText: 'Must issue a STARTTLS command first.',
  fromGoogleList: true,
  googleListRows: [
    'Must issue a STARTTLS command first. For more information, go to About SMTP error messages and review RFC 3207 specifications.',
  ],
  title: 'Must issue a STARTTLS command first',
  severity: 'high',
  summary:
    'Your client connected to port 587 (or 25) and tried to log in or send without switching the connection to TLS. Enable STARTTLS (or use port 465 with implicit TLS).',
  whatYouSee: [
    '530 5.7.0 Must issue a STARTTLS command first. d2e1a72fcca58-4a0 - gsmtp',
    'com.sun.mail.smtp.SMTPSendFailedException: 530 5.7.0 Must issue a STARTTLS command first. d2e1a72fcca58-4a0 - gsmtp',
    'Net::SMTPAuthenticationError: 530 5.7.0 Must issue a STARTTLS command first. d2e1a72fcca58-4a0',
    'SMTP Error: 530 5.7.0 Must issue a STARTTLS command first. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'On port 587 smtp.gmail.com starts in plain text and only offers AUTH after the client sends STARTTLS and upgrades the connection. A client that goes straight to AUTH or MAIL FROM on the unencrypted connection gets 530 5.7.0. Gmail never sends credentials or mail over a plain connection, so this is not something to work around: the client must be told to use TLS. It typically appears as an AUTH error in Ruby/PHP and as a MAIL FROM error in JavaMail (`mailFrom`) when `mail.smtp.starttls.enable` is not set.',
  causes: [
    'STARTTLS not enabled in the client: JavaMail without `mail.smtp.starttls.enable=true`, PHPMailer without `SMTPSecure`, Ruby without `enable_starttls_auto`',
    'A library or tool that does not support STARTTLS at all (some only do implicit TLS on 465, or none)',
    'Encryption setting "None" in an app or appliance while using port 587',
    'A proxy, antivirus or firewall stripping the STARTTLS capability from the EHLO reply',
  ],
  fixes: [
    {
      title: 'Turn on STARTTLS for port 587',
      detail:
        "nodemailer: `host: 'smtp.gmail.com', port: 587, secure: false, requireTLS: true`. PHPMailer: `$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS; $mail->Port = 587;`. JavaMail: `mail.smtp.starttls.enable=true` and `mail.smtp.starttls.required=true`. Python: `s.starttls()` before `s.login()`. Rails: `enable_starttls_auto: true`.",
    },
    {
      title: 'Or use implicit TLS on port 465',
      detail:
        "nodemailer `port: 465, secure: true`; PHPMailer `ENCRYPTION_SMTPS`; Python `smtplib.SMTP_SSL('smtp.gmail.com', 465)`. Do not combine `secure: true` with port 587 (that gives a TLS 'wrong version number' error).",
    },
    {
      title: 'Check that STARTTLS is advertised',
      detail:
        "Run `openssl s_client -starttls smtp -connect smtp.gmail.com:587 -crlf`. If your client's EHLO log has no `250-STARTTLS` line, something on your network (antivirus mail scanning, SMTP inspection on a firewall) is rewriting the session; disable that inspection.",
    },
  ],
  prevention:
    'Set `requireTLS`/`starttls.required` so the client fails fast instead of ever sending AUTH in plain text, and keep TLS settings in versioned configuration.',
  related: [
    'tls-wrong-version-number',
    '530-5.5.1-authentication-required',
    '454-5.5.1-starttls-repeated',
    '454-4.5.0-pipelining-after-starttls',
    '421-4.7.0-tls-required-for-rcpt-domain',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The server requires TLS on every connection; enable STARTTLS or implicit TLS, then resend.',
  },
  stage: 'MAIL',
  signature: {
    phrases: ['must issue a starttls command first'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://github.com/dcparker/ruby-gmail/issues/22',
    'https://github.com/virtualzone/tubewarder/issues/29',
    'https://github.com/deanproxy/eMail/issues/53',
    'https://github.com/passbolt/passbolt_docker/issues/25',
  ],
  checked: '2026-11-23',
};
