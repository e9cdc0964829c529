import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.29-tls-required',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.29',
  providerText:
    "This message was blocked because it wasn't sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections. To set up TLS for email, visit TLS & SSL connections. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
  fromGoogleList: true,
  title: "Blocked because the message wasn't sent over TLS",
  severity: 'high',
  summary:
    'Gmail refused the message for good because your server delivered it without STARTTLS. Turn on outbound TLS (and fix whatever makes the handshake fail), then send the message again.',
  whatYouSee: [
    "550-5.7.29 This message was blocked because it wasn't sent over a TLS connection.",
    '550 5.7.29 Gmail requires all bulk email senders to use TLS/SSL for SMTP connections. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'The permanent form of 421 4.7.29. Gmail’s MX servers offer STARTTLS after EHLO, and Google’s sender guidelines require a TLS connection for transmitting mail to Gmail. The delivering server stayed in plain text (TLS switched off, a failed handshake followed by a plain-text fallback, or a firewall hiding STARTTLS), and Gmail bounced the message instead of deferring it. This is the server-to-server hop into Gmail on port 25.',
  causes: [
    'Outbound TLS switched off on the MTA (Postfix `smtp_tls_security_level` empty or `none`)',
    'A TLS handshake failure (old TLS library, restricted ciphers) followed by a plain-text fallback',
    'A firewall or SMTP inspection feature that removes STARTTLS from the EHLO response',
    'An app or device delivering straight to the MX with a library that never tries STARTTLS',
  ],
  fixes: [
    {
      title: 'Enable opportunistic TLS outbound',
      detail:
        'Postfix: `smtp_tls_security_level = may`; Exim: do not set `hosts_avoid_tls`; Exchange: enable TLS on the send connector.',
    },
    {
      title: 'Confirm the handshake',
      detail:
        'Look for the TLS connection to gmail-smtp-in.l.google.com in the log, or test with `openssl s_client -starttls smtp -connect gmail-smtp-in.l.google.com:25`.',
    },
    {
      title: 'Send the bounced messages again',
      detail: 'The bounced copies are final: send them again once deliveries use TLS.',
    },
  ],
  prevention:
    'Require or prefer TLS on every outbound route and alert on plain-text deliveries in the MTA log.',
  related: ['421-4.7.29-tls-required', '421-4.7.0-tls-required-for-rcpt-domain', 'tls-certificate-error'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Not retried: the message bounced. Make the delivering server use STARTTLS with Gmail, confirm it, then send the message again.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126',
  signature: {
    phrases: ["blocked because it wasn't sent over a tls connection"],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/81126',
    'https://www.rfc-editor.org/rfc/rfc3207',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
